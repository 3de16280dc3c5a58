using System.Text;
using FollowUpRules.Domain;
using FollowUpRules.Serialization;
using NodaTime;

namespace FollowUpRules.Cli.Tests.Commands;

/// <summary><c>import</c>: columns by name and alias, dates, statuses, people, re-importing, and what is refused.</summary>
public partial class ImportTest
{
    private static string Csv(string folder, string text, string name = "applications.csv") => Bytes(folder, Encoding.UTF8.GetBytes(text), name);

    private static string Bytes(string folder, byte[] content, string name = "applications.csv")
    {
        string path = Path.Combine(folder, name);
        File.WriteAllBytes(path, content);
        return path;
    }

    private static Result Import(string pipeline, string csv, params string[] more) => Cli.Run(["import", csv, "--file", pipeline, .. more, .. Cli.Fixed]);

    [Fact]
    public void Import_DocsExample_AddsTwelveApplicationsWithTheirPeople()
    {
        string path = Cli.EmptyPipeline(out _);

        Result result = Import(path, Path.Combine(Cli.RepositoryRoot(), "docs", "examples", "applications.csv"));

        result.ExitCode.ShouldBe(0, result.Error);
        PipelineFile pipeline = PipelineJson.LoadFile(path);
        pipeline.Applications.Count.ShouldBe(12);
        pipeline.Find("initech-software-engineer")!.Contacts.Single().ShouldBe(new Contact("priya-shah", "initech", "Priya Shah", [ContactRole.Recruiter], "priya.shah@initech.example"));
        pipeline.Find("initech-tech-lead")!.Contacts.Single().Id.ShouldBe("priya-shah", "one recruiter for both Initech applications");
        PipelineApplication umbrella = pipeline.Find("umbrella-product-manager")!;
        umbrella.Application.RejectionReason.ShouldBe(RejectionReason.InternalCandidate);
        umbrella.Touchpoints.Single().ShouldBe(new Touchpoint("t1", TouchpointKind.Rejection, new LocalDate(2026, 11, 16)));
        pipeline.Find("stark-industries-software-engineer")!.Application.RejectionReason.ShouldBe(RejectionReason.NoResponse, "'Ghosted' is a rejection nobody answered");
        pipeline.Find("hooli-data-analyst")!.Application.Status.ShouldBe(ApplicationStatus.Interviewing, "'Phone screen' is interviewing");
        result.Out.ShouldContain("Columns ignored: 'Location', 'Notes'");
    }

    [Fact]
    public void Import_SameFileTwice_AddsNothingTheSecondTime()
    {
        string path = Cli.EmptyPipeline(out string folder);
        string csv = Csv(folder, "company,role,applied\nAcme,Analyst,2026-11-02\nAcme,Analyst,2026-11-09\n");
        Import(path, csv).ExitCode.ShouldBe(0);
        byte[] once = File.ReadAllBytes(path);

        Result again = Import(path, csv);

        again.ExitCode.ShouldBe(0, again.Error);
        again.Out.ShouldStartWith($"Imported nothing: the 2 applications of '{csv}' are already in {path}.");
        File.ReadAllBytes(path).ShouldBe(once);
        PipelineJson.LoadFile(path).Applications.Select(a => a.Application.Id).ToArray().ShouldBe(["acme-analyst", "acme-analyst-2"], "the same role twice at different dates is two applications");
    }

    [Theory]
    [InlineData("Company Name,Position,Application Date,Stage\nAcme,Analyst,2026-11-02,Offer\n")]
    [InlineData("organization;title;date applied;status\nAcme;Analyst;11/02/2026;offered\n")]
    [InlineData("Employer\tJob Title\tApplied On\tState\nAcme\tAnalyst\tNov 2, 2026\tOFFER\n")]
    [InlineData("\"company\",\"role\",\"applied\",\"status\"\n\"Acme\",\"Analyst\",\"2026-11-02T14:33:00Z\",\"Offer\"\n")]
    public void Import_AliasesSeparatorsAndDateForms_ReadTheSameApplication(string text)
    {
        string path = Cli.EmptyPipeline(out string folder);

        Result result = Import(path, Csv(folder, text));

        result.ExitCode.ShouldBe(0, result.Error);
        PipelineJson.LoadFile(path).Applications.Single().Application.ShouldBe(new Application("acme-analyst", "acme", "Acme", "Analyst", ApplicationStatus.Offer, new LocalDate(2026, 11, 2)));
    }

    [Fact]
    public void Import_DayFirst_ReadsDayBeforeMonth()
    {
        string path = Cli.EmptyPipeline(out string folder);

        Import(path, Csv(folder, "company,role,applied\nAcme,Analyst,02/11/2026\n"), "--day-first").ExitCode.ShouldBe(0);

        PipelineJson.LoadFile(path).Applications.Single().Application.AppliedOn.ShouldBe(new LocalDate(2026, 11, 2));
    }

    [Fact]
    public void Import_CompanyAlreadyInThePipeline_KeepsItsCompanyIdAndPeople()
    {
        string path = Cli.CopyOfSample(out string folder);

        Result result = Import(path, Csv(folder, "company,role,applied,contact,contact role\ninitech,Tech Lead,2026-11-16,Ana Ruiz,Hiring manager\n"));

        result.ExitCode.ShouldBe(0, result.Error);
        PipelineFile pipeline = PipelineJson.LoadFile(path);
        PipelineApplication lead = pipeline.Find("initech-tech-lead")!;
        lead.Application.CompanyId.ShouldBe("initech");
        lead.Contacts.Single().ShouldBe(pipeline.FindContact("initech", "ana"), "Ana Ruiz is the Ana already at Initech");
    }

    [Fact]
    public void Import_SkipInvalid_ImportsTheGoodRowsAndReportsTheBadOnes()
    {
        string path = Cli.EmptyPipeline(out string folder);
        string csv = Csv(folder, "company,role,applied,status\nAcme,Analyst,2026-11-02,Applied\n,Analyst,2026-11-02,Applied\nGlobex,Analyst,2026-11-02,Pending\n");

        Result result = Import(path, csv, "--skip-invalid");

        result.ExitCode.ShouldBe(0, result.Error);
        PipelineJson.LoadFile(path).Applications.Single().Application.Id.ShouldBe("acme-analyst");
        result.Error.ShouldBe("Skipped 2 bad rows:\n - line 3: no company.\n - line 4: status: 'Pending' is not an application status; use one of: Applied, Interviewing, Offer, Rejected, Withdrawn, Hired, Closed.\n");
    }
}
