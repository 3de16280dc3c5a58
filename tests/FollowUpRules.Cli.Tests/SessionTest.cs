using System.Text.RegularExpressions;

namespace FollowUpRules.Cli.Tests;

/// <summary>
/// A whole first day with the tool, as a person runs it in the folder of their pipeline (no --file): init, import,
/// add the interviewers, log the interview, record a rejection with its reason, see the agenda, undo, see it again.
/// Each command is a real process, so the exit codes and the working folder are the tool's own.
/// </summary>
public class SessionTest
{
    private static readonly string[] Today = ["--today", "2026-11-23"];

    [Fact]
    public void FirstDay_InitImportAddLogRejectAgendaUndo_NoJsonEditedByHand()
    {
        string home = Directory.CreateTempSubdirectory("followup-home").FullName;
        string folder = Path.Combine(home, "job-search");

        Result init = Cli.RunProcessIn(home, "init", "job-search", "--zone", "Europe/London");
        init.ExitCode.ShouldBe(0, init.Error);
        init.Out.ShouldStartWith("Created job-search: wrote pipeline.json (no applications yet; your time zone is Europe/London)");
        File.Copy(Path.Combine(Cli.RepositoryRoot(), "docs", "examples", "applications.csv"), Path.Combine(folder, "applications.csv"));

        Result import = Cli.RunProcessIn(folder, ["import", "applications.csv", .. Today]);
        import.ExitCode.ShouldBe(0, import.Error);
        import.Out.ShouldContain("Imported 12 applications from applications.csv into pipeline.json: 5 Applied, 4 Interviewing, 3 Rejected; 2 contacts.");

        Cli.RunProcessIn(folder, ["add", "contact", "initech-software-engineer", "Ana Ruiz", "--role", "HiringManager", "--email", "ana.ruiz@initech.example", .. Today]).ExitCode.ShouldBe(0);
        Cli.RunProcessIn(folder, ["add", "contact", "initech-software-engineer", "Ben Okafor", "--role", "TeamMember", "--email", "ben.okafor@initech.example", .. Today]).ExitCode.ShouldBe(0);
        Result log = Cli.RunProcessIn(folder, ["log", "initech-software-engineer", "Interview", "--contact", "ana-ruiz", "--contact", "ben-okafor", "--date", "2026-11-20", .. Today]);
        log.ExitCode.ShouldBe(0, log.Error);

        Result reject = Cli.RunProcessIn(folder, ["status", "acme-data-analyst", "rejected", "--reason", "HiringPaused", .. Today]);
        reject.ExitCode.ShouldBe(0, reject.Error);
        reject.Out.ShouldStartWith("acme-data-analyst is now Rejected (HiringPaused), the rejection recorded on Mon 2026-11-23 (t5).\n");

        Result before = Cli.RunProcessIn(folder, ["agenda", .. Today]);
        before.ExitCode.ShouldBe(0, before.Error);
        before.Out.ShouldStartWith("Agenda Mon 2026-11-23 to Mon 2026-11-30 (Europe/London), pipeline.json:");
        Lines(before, "acme-data-analyst").ShouldNotBeEmpty("the rejection's steps are on the agenda");
        Lines(before, "Send a thank-you email").Length.ShouldBe(2, "one thank-you per interviewer");

        Result undo = Cli.RunProcessIn(folder, ["undo"]);
        undo.ExitCode.ShouldBe(0, undo.Error);
        undo.Out.ShouldBe("Undid 'followup status acme-data-analyst rejected --reason HiringPaused --today 2026-11-23': pipeline.json is as it was before it. 4 earlier changes can be undone too.\n");

        Result after = Cli.RunProcessIn(folder, ["agenda", .. Today]);
        after.ExitCode.ShouldBe(0, after.Error);
        Lines(after, "acme-data-analyst").ShouldBeEmpty("the rejection is undone");
        Lines(after, "Send a thank-you email").Length.ShouldBe(2);
        Directory.GetFiles(folder, "*.json").Select(Path.GetFileName).Order(StringComparer.Ordinal).ShouldBe(["pipeline.json", "playbook.json"]);
    }

    private static string[] Lines(Result result, string text) =>
        [.. result.Out.Split('\n').Where(l => Regex.IsMatch(l, Regex.Escape(text)))];
}
