using FollowUpRules.Domain;
using FollowUpRules.Serialization;
using Spectre.Console.Testing;

namespace FollowUpRules.Cli.Tests.Commands;

/// <summary><c>add application</c> and <c>add contact</c>: ids made for the person, defaults, the company-wide person, refusals.</summary>
public class AddTest
{
    [Fact]
    public void AddApplication_CompanyAndRole_IsAppliedTodayWithAnIdFromBoth()
    {
        string path = Cli.EmptyPipeline(out _);

        Result result = Cli.Run(["add", "application", "Société Générale", "Data Analyst", "--file", path, .. Cli.Fixed]);

        result.ExitCode.ShouldBe(0, result.Error);
        result.Out.ShouldStartWith("Added societe-generale-data-analyst: Data Analyst at Société Générale, Applied, applied Mon 2026-11-23.\n");
        Application added = PipelineJson.LoadFile(path).Applications.Single().Application;
        added.ShouldBe(new Application("societe-generale-data-analyst", "societe-generale", "Société Générale", "Data Analyst", ApplicationStatus.Applied, new NodaTime.LocalDate(2026, 11, 23)));
    }

    [Fact]
    public void AddApplication_SecondAtACompany_SharesTheCompanyIdAndSaysSo()
    {
        string path = Cli.EmptyPipeline(out _);
        Cli.Run(["add", "application", "Initech", "Software Engineer", "--file", path, .. Cli.Fixed]).ExitCode.ShouldBe(0);

        Result result = Cli.Run(["add", "application", "initech", "Tech Lead", "--applied", "2026-11-20", "--status", "interviewing", "--file", path, .. Cli.Fixed]);

        result.ExitCode.ShouldBe(0, result.Error);
        result.Out.ShouldContain("(your second application at initech: its people are shared)");
        PipelineJson.LoadFile(path).Find("initech-tech-lead")!.Application.CompanyId.ShouldBe("initech");
    }

    [Theory]
    [InlineData("--status", "Rejected", "a rejection needs its date and reason")]
    [InlineData("--status", "ghosted", "a rejection needs its date and reason")]
    [InlineData("--status", "Interviwing", "--status: 'Interviwing' is not an application status; use one of: Applied, Interviewing, Offer, Rejected, Withdrawn, Hired, Closed. Did you mean 'Interviewing'?")]
    [InlineData("--applied", "2026-11-31", "--applied: '2026-11-31' is not a date")]
    [InlineData("--applied", "2026-12-01", "The application date (2026-12-01) is after today (2026-11-23)")]
    [InlineData("--id", "my id", "--id: 'my id' cannot be an id")]
    public void AddApplication_BadValue_IsAUsageErrorAndWritesNothing(string option, string value, string message)
    {
        string path = Cli.EmptyPipeline(out _);
        byte[] before = File.ReadAllBytes(path);

        Result result = Cli.Run(["add", "application", "Initech", "Engineer", option, value, "--file", path, .. Cli.Fixed]);

        result.ExitCode.ShouldBe(ExitCodes.Usage);
        result.Error.ShouldContain(message);
        File.ReadAllBytes(path).ShouldBe(before);
    }

    [Fact]
    public void AddApplication_NoCompanyAndInputRedirected_SaysWhatToGiveWithoutAsking()
    {
        string path = Cli.EmptyPipeline(out _);

        Result result = Cli.Run(["add", "application", "--file", path, .. Cli.Fixed]);

        result.ExitCode.ShouldBe(ExitCodes.Usage);
        result.Error.ShouldBe("error: Missing the company: followup add application <company> <role> (for example: followup add application Initech \"Software Engineer\") (input is not a terminal, so the tool cannot ask for it).\n");
    }

    [Fact]
    public void AddApplication_OnATerminal_AsksForTheCompanyAndTheRole()
    {
        string path = Cli.EmptyPipeline(out _);
        TestConsole screen = Prompts.Console();
        screen.Input.PushTextWithEnter("Initech");
        screen.Input.PushTextWithEnter("QA Engineer");

        Result result = Cli.Run((o, e) => new Terminal(o, e, rich: false, prompts: screen), ["add", "application", "--file", path, .. Cli.Fixed]);

        result.ExitCode.ShouldBe(0, result.Error);
        screen.Output.ShouldContain("The company:");
        screen.Output.ShouldContain("The role:");
        PipelineJson.LoadFile(path).Find("initech-qa-engineer").ShouldNotBeNull();
    }

    [Fact]
    public void AddContact_AllFields_AreStoredAndTheIdIsMadeFromTheName()
    {
        string path = Cli.CopyOfSample(out _);

        Result result = Cli.Run(["add", "contact", "globex-analyst", "Zoë Park", "--role", "HiringManager", "--role", "team member", "--email", "zoe@globex.example", "--linkedin", "https://linkedin.example/zoe",
            "--address", "Globex, 2 Main St", "--phone", "+1 555 0100", "--time-zone", "America/Chicago", "--do-not-contact", "--file", path, .. Cli.Fixed]);

        result.ExitCode.ShouldBe(0, result.Error);
        result.Out.ShouldStartWith("Added Zoë Park (zoe-park) to globex-analyst: HiringManager, TeamMember, zoe@globex.example, https://linkedin.example/zoe, Globex, 2 Main St, +1 555 0100, America/Chicago, do not contact.\n");
        PipelineJson.LoadFile(path).FindContact("globex", "zoe-park").ShouldBe(new Contact("zoe-park", "globex", "Zoë Park", [ContactRole.HiringManager, ContactRole.TeamMember], "zoe@globex.example", "https://linkedin.example/zoe", "Globex, 2 Main St", "+1 555 0100", "America/Chicago", doNotContact: true));
    }

    [Fact]
    public void AddContact_SameNameAtASecondApplicationOfTheCompany_IsTheSamePersonWithOneSetOfDetails()
    {
        string path = Cli.EmptyPipeline(out _);
        Cli.Run(["add", "application", "Initech", "Software Engineer", "--applied", "2026-11-02", "--file", path, .. Cli.Fixed]);
        Cli.Run(["add", "application", "Initech", "Tech Lead", "--applied", "2026-11-16", "--file", path, .. Cli.Fixed]);
        Cli.Run(["add", "contact", "initech-software-engineer", "Ana Ruiz", "--role", "HiringManager", "--email", "ana@initech.example", "--file", path, .. Cli.Fixed]).ExitCode.ShouldBe(0);

        Result result = Cli.Run(["add", "contact", "initech-tech-lead", "ana ruiz", "--time-zone", "Europe/Madrid", "--file", path, .. Cli.Fixed]);

        result.ExitCode.ShouldBe(0, result.Error);
        result.Out.ShouldContain("Ana Ruiz is the same person as at initech-software-engineer (Initech)");
        PipelineFile pipeline = PipelineJson.LoadFile(path);
        var ana = new Contact("ana-ruiz", "initech", "Ana Ruiz", [ContactRole.HiringManager], "ana@initech.example", timeZoneId: "Europe/Madrid");
        pipeline.Find("initech-software-engineer")!.Contacts.ShouldBe([ana]);
        pipeline.Find("initech-tech-lead")!.Contacts.ShouldBe([ana]);
    }

    [Fact]
    public void AddContact_AlreadyListed_PointsToEditContact()
    {
        string path = Cli.CopyOfSample(out _);

        Result result = Cli.Run(["add", "contact", "initech-engineer", "Ana Ruiz", "--file", path, .. Cli.Fixed]);

        result.ExitCode.ShouldBe(ExitCodes.Usage);
        result.Error.ShouldBe("error: initech-engineer already lists Ana Ruiz (ana); change their details with 'followup edit contact initech-engineer ana ...'.\n");
    }

    [Theory]
    [InlineData("--email", "ana-at-initech", "'ana-at-initech' is not an email address.")]
    [InlineData("--time-zone", "Europe/Madird", "--time-zone: 'Europe/Madird' is not a time zone id of the TZDB; use for example Europe/London or America/New_York. Did you mean 'Europe/Madrid'?")]
    [InlineData("--role", "interviewer", "--role: 'interviewer' is not a role: who interviewed you is read from the interview itself")]
    [InlineData("--role", "recruter", "--role: 'recruter' is not a contact role; use one of: HiringManager, Recruiter, TeamMember, Referrer. Did you mean 'Recruiter'?")]
    public void AddContact_BadValue_IsAUsageErrorNamingIt(string option, string value, string message)
    {
        string path = Cli.CopyOfSample(out _);
        byte[] before = File.ReadAllBytes(path);

        Result result = Cli.Run(["add", "contact", "globex-analyst", "Zed", option, value, "--file", path, .. Cli.Fixed]);

        result.ExitCode.ShouldBe(ExitCodes.Usage);
        result.Error.ShouldContain(message);
        File.ReadAllBytes(path).ShouldBe(before);
    }

    [Fact]
    public void AddContact_OnATerminal_ChoosesTheApplicationFromAList()
    {
        string path = Cli.CopyOfSample(out _);
        TestConsole screen = Prompts.Console();
        screen.Input.PushKey(ConsoleKey.DownArrow);
        screen.Input.PushKey(ConsoleKey.Enter);
        screen.Input.PushTextWithEnter("Zed Lee");
        screen.Input.PushKey(ConsoleKey.DownArrow);
        screen.Input.PushKey(ConsoleKey.Spacebar);
        screen.Input.PushKey(ConsoleKey.Enter);

        Result result = Cli.Run((o, e) => new Terminal(o, e, rich: false, prompts: screen), ["add", "contact", "--file", path, .. Cli.Fixed]);

        result.ExitCode.ShouldBe(0, result.Error);
        screen.Output.ShouldContain("Software Engineer at Initech (initech-engineer, Interviewing)");
        PipelineJson.LoadFile(path).FindContact("initech", "zed-lee")!.Roles.ShouldBe([ContactRole.Recruiter]);
    }
}
