namespace FollowUpRules.Cli.Tests;

/// <summary><c>--format html</c> and <c>--output</c> for plan and agenda: the timeline page, written whole to a file.</summary>
public class HtmlTest
{
    [Fact]
    public void Plan_HtmlToAFile_WritesTheTimelinePage_AndSaysWhere()
    {
        string folder = Directory.CreateTempSubdirectory("followup-html").FullName;
        string path = Path.Combine(folder, "plan.html");

        Result result = Cli.Run(["plan", "--format", "html", "--output", path, .. Cli.Fixed]);

        result.ExitCode.ShouldBe(ExitCodes.Ok, result.Error);
        result.Out.ShouldBeEmpty();
        result.Error.ShouldBe($"Wrote {path}.\n");
        string page = File.ReadAllText(path);
        page.ShouldStartWith("<!DOCTYPE html>\n<html lang=\"en\">");
        page.ShouldContain("<h1 id=\"fur-title\">Your follow-up plan</h1>");
        page.ShouldContain("From Mon 2026-11-23 to Tue 2027-02-23, dates in Europe/London. 5 applications at 5 companies; 25 steps: 2 overdue, 10 due, 13 upcoming.");
        page.ShouldContain("Your pause: Mon 2026-12-21 to Sun 2027-01-03");
        // Like every file the tool writes, the page is written under its lock file, which stays (see LockedFile).
        Directory.GetFiles(folder).Order().ToArray().ShouldBe([Path.Combine(folder, ".plan.html.lock"), path], "no temporary file is left in the folder");
    }

    [Fact]
    public void Agenda_HtmlToStandardOutput_IsTheAgendasPage_WithItsLimits()
    {
        Result result = Cli.Run(["agenda", "--format", "html", .. Cli.Fixed]);

        result.ExitCode.ShouldBe(ExitCodes.Ok, result.Error);
        result.Out.ShouldStartWith("<!DOCTYPE html>");
        result.Out.ShouldContain("<h1 id=\"fur-title\">Your follow-up agenda</h1>");
        result.Out.ShouldContain("The agenda&#x27;s limits: at most 4 outreach steps a day, 3 to one company a week, and 3 days between two asks to one person.");
        result.Out.ShouldContain("13 steps: 5 overdue, 1 past deadline, 7 due; 4 moved by the limits or a pause.");
    }

    [Fact]
    public void Plan_OneApplication_HasOneLane()
    {
        Result result = Cli.Run(["plan", "globex-analyst", "--format", "html", .. Cli.Fixed]);

        result.ExitCode.ShouldBe(ExitCodes.Ok, result.Error);
        result.Out.ShouldContain("1 application at 1 company; 2 steps: 1 due, 1 upcoming.");
        result.Out.Split("class=\"fur-lane\"").Length.ShouldBe(2);
    }

    [Fact]
    public void Next_Html_IsRefused_BecauseOnlyPlanAndAgendaArePages()
    {
        Result result = Cli.Run(["next", "globex-analyst", "--format", "html", .. Cli.Fixed]);

        result.ExitCode.ShouldBe(ExitCodes.Usage);
        result.Error.ShouldBe("error: --format html is for 'plan' and 'agenda'; 'next' writes text or json.\n");
    }

    [Fact]
    public void Plan_JsonToAFile_IsWhatStandardOutputWouldHaveHad()
    {
        string path = Path.Combine(Directory.CreateTempSubdirectory("followup-html").FullName, "plan.json");

        Result toFile = Cli.Run(["plan", "--format", "json", "--output", path, .. Cli.Fixed]);
        Result toOutput = Cli.Run(["plan", "--format", "json", .. Cli.Fixed]);

        toFile.ExitCode.ShouldBe(ExitCodes.Ok, toFile.Error);
        File.ReadAllText(path).ShouldBe(toOutput.Out);
    }

    [Fact]
    public void Plan_OutputInAFolderThatDoesNotExist_IsAFileError_AndWritesNothing()
    {
        string folder = Path.Combine(Path.GetTempPath(), "followup-missing-" + Guid.NewGuid().ToString("N"));

        Result result = Cli.Run(["plan", "--format", "html", "--output", Path.Combine(folder, "plan.html"), .. Cli.Fixed]);

        result.ExitCode.ShouldBe(ExitCodes.File);
        result.Error.ShouldBe($"error: The folder '{folder}' does not exist.\n");
        Directory.Exists(folder).ShouldBeFalse();
    }

    [Fact]
    public void Plan_FailingCommandWithOutput_LeavesNoFile()
    {
        string path = Path.Combine(Directory.CreateTempSubdirectory("followup-html").FullName, "plan.html");

        Result result = Cli.Run(["plan", "no-such-application", "--format", "html", "--output", path, .. Cli.Fixed]);

        result.ExitCode.ShouldBe(ExitCodes.Usage);
        File.Exists(path).ShouldBeFalse();
    }
}
