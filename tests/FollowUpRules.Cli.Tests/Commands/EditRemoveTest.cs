using FollowUpRules.Domain;
using FollowUpRules.Serialization;
using Spectre.Console.Testing;

namespace FollowUpRules.Cli.Tests.Commands;

/// <summary><c>edit</c> and <c>remove</c> of applications and contacts: what changes, what stays, confirmation.</summary>
public class EditRemoveTest
{
    [Fact]
    public void EditApplication_RoleAndId_KeepsContactsAndTouchpoints()
    {
        string path = Cli.CopyOfSample(out _);

        Result result = Cli.Run(["edit", "application", "initech-engineer", "--role", "Senior Software Engineer", "--id", "initech-senior", "--file", path, .. Cli.Fixed]);

        result.ExitCode.ShouldBe(0, result.Error);
        result.Out.ShouldBe("Changed initech-engineer: Senior Software Engineer at Initech (initech-senior, Interviewing), applied Mon 2026-11-02.\n");
        PipelineApplication entry = PipelineJson.LoadFile(path).Find("initech-senior")!;
        entry.Contacts.Select(c => c.Id).ShouldBe(["ana", "ben"]);
        entry.Touchpoints.Single().Kind.ShouldBe(TouchpointKind.Interview);
    }

    [Fact]
    public void EditApplication_NothingToChange_SaysHowToChangeTheStatus()
    {
        string path = Cli.CopyOfSample(out _);

        Result result = Cli.Run(["edit", "application", "initech-engineer", "--file", path, .. Cli.Fixed]);

        result.ExitCode.ShouldBe(ExitCodes.Usage);
        result.Error.ShouldContain("'followup status <application> <status>' changes its status.");
    }

    [Fact]
    public void EditApplication_AppliedAfterItsInterview_IsRefused()
    {
        string path = Cli.CopyOfSample(out _);

        Result result = Cli.Run(["edit", "application", "initech-engineer", "--applied", "2026-11-21", "--file", path, .. Cli.Fixed]);

        result.ExitCode.ShouldBe(ExitCodes.Usage);
        result.Error.ShouldContain("The Interview 't1' is dated 2026-11-20, before the application date 2026-11-21.");
    }

    [Fact]
    public void EditContact_ByName_ChangesEveryCopyAndClearsAnEmptyField()
    {
        string path = Cli.CopyOfSample(out _);
        Cli.Run(["add", "application", "Initech", "Tech Lead", "--file", path, .. Cli.Fixed]);
        Cli.Run(["add", "contact", "initech-tech-lead", "Ana Ruiz", "--file", path, .. Cli.Fixed]).ExitCode.ShouldBe(0);

        Result result = Cli.Run(["edit", "contact", "initech-engineer", "ana ruiz", "--email", "ana.ruiz@initech.example", "--time-zone", "", "--do-not-contact", "--file", path, .. Cli.Fixed]);

        result.ExitCode.ShouldBe(0, result.Error);
        result.Out.ShouldBe("Changed Ana Ruiz (ana) at Initech: email ana.ruiz@initech.example, do not contact, for initech-engineer and initech-tech-lead.\n");
        PipelineFile pipeline = PipelineJson.LoadFile(path);
        Contact[] copies = [.. pipeline.Applications.SelectMany(a => a.Contacts).Where(c => c.Id == "ana")];
        copies.Length.ShouldBe(2);
        copies.ShouldAllBe(c => c.Email == "ana.ruiz@initech.example" && c.TimeZoneId == null && c.DoNotContact);
    }

    [Fact]
    public void EditContact_Misspelt_SuggestsTheNearest()
    {
        string path = Cli.CopyOfSample(out _);

        Result result = Cli.Run(["edit", "contact", "initech-engineer", "bne", "--phone", "1", "--file", path, .. Cli.Fixed]);

        result.ExitCode.ShouldBe(ExitCodes.Usage);
        result.Error.ShouldBe("error: edit contact: initech-engineer has no contact 'bne'. Did you mean 'ben'? Its contacts are: ana (Ana Ruiz), ben (Ben Okafor).\n");
    }

    [Fact]
    public void RemoveApplication_InputRedirectedWithoutYes_AsksForYesAndWritesNothing()
    {
        string path = Cli.CopyOfSample(out _);
        byte[] before = File.ReadAllBytes(path);

        Result result = Cli.Run(["remove", "application", "initech-engineer", "--file", path, .. Cli.Fixed]);

        result.ExitCode.ShouldBe(ExitCodes.Usage);
        result.Error.ShouldBe("error: remove application asks for confirmation, and input is not a terminal; add --yes to go ahead.\n");
        File.ReadAllBytes(path).ShouldBe(before);
    }

    [Fact]
    public void RemoveApplication_Yes_RemovesIt()
    {
        string path = Cli.CopyOfSample(out _);

        Result result = Cli.Run(["remove", "application", "initech-engineer", "--yes", "--file", path, .. Cli.Fixed]);

        result.ExitCode.ShouldBe(0, result.Error);
        result.Out.ShouldBe("Removed Software Engineer at Initech (initech-engineer, Interviewing), with its 2 contacts and 1 touchpoint. 'followup undo' brings it back.\n");
        PipelineJson.LoadFile(path).Find("initech-engineer").ShouldBeNull();
    }

    [Fact]
    public void RemoveApplication_OnATerminalAnsweredNo_ChangesNothing()
    {
        string path = Cli.CopyOfSample(out _);
        byte[] before = File.ReadAllBytes(path);
        TestConsole screen = Prompts.Console();
        screen.Input.PushTextWithEnter("n");

        Result result = Cli.Run((o, e) => new Terminal(o, e, rich: false, prompts: screen), ["remove", "application", "initech-engineer", "--file", path, .. Cli.Fixed]);

        result.ExitCode.ShouldBe(ExitCodes.Cancelled);
        result.Error.ShouldBe("error: Nothing was changed.\n");
        File.ReadAllBytes(path).ShouldBe(before);
    }

    [Fact]
    public void RemoveContact_NamedByTheInterview_IsRefusedUnlessWithTouchpoints()
    {
        string path = Cli.CopyOfSample(out _);

        Result refused = Cli.Run(["remove", "contact", "initech-engineer", "ben", "--yes", "--file", path, .. Cli.Fixed]);
        Result removed = Cli.Run(["remove", "contact", "initech-engineer", "ben", "--with-touchpoints", "--yes", "--file", path, .. Cli.Fixed]);

        refused.ExitCode.ShouldBe(ExitCodes.Usage);
        refused.Error.ShouldBe("error: Ben Okafor (ben) is named by 1 touchpoint of initech-engineer (t1: Interview on Fri 2026-11-20); nothing was removed. Add --with-touchpoints to remove those too.\n");
        removed.ExitCode.ShouldBe(0, removed.Error);
        PipelineApplication entry = PipelineJson.LoadFile(path).Find("initech-engineer")!;
        entry.Contacts.Select(c => c.Id).ShouldBe(["ana"]);
        entry.Touchpoints.Single().ContactIds.ToArray().ShouldBe(["ana"], "the interview stays, with Ana only");
    }
}
