namespace FollowUpRules.Cli.Tests;

/// <summary><c>log</c> records into the file, atomically, and the agenda reflects it.</summary>
public partial class LogTest
{
    [Fact]
    public void Log_DoneStep_ThenAgenda_ShowsTheStepGone()
    {
        string path = Cli.CopyOfSample(out string folder);
        Cli.Run(["agenda", "--file", path, .. Cli.Fixed]).Out.ShouldContain("Ana Ruiz    Send a thank-you email");

        Result log = Cli.Run(["log", "initech-engineer", "thankyouemail", "--contact", "ana", "--file", path, .. Cli.Fixed]);

        log.ExitCode.ShouldBe(0, log.Error);
        log.Out.ShouldBe($"Recorded t19: a thank-you email on Mon 2026-11-23 for initech-engineer in {path}.\n");
        string agenda = Cli.Run(["agenda", "--file", path, .. Cli.Fixed]).Out;
        agenda.ShouldNotContain("Ana Ruiz    Send a thank-you email");
        agenda.ShouldContain("Ben Okafor  Send a thank-you email");
        Directory.GetFiles(folder).Order(StringComparer.Ordinal).ToArray().ShouldBe([Path.Combine(folder, ".pipeline.json.lock"), path], customMessage: "no temporary file is left behind, only the (empty) lock file");
    }

    [Fact]
    public void Log_DismissalWithoutRule_DismissesTheNextStep()
    {
        string path = Cli.CopyOfSample(out _);

        Result log = Cli.Run(["log", "umbrella-pm", "Dismissal", "--file", path, .. Cli.Fixed]);

        log.ExitCode.ShouldBe(0, log.Error);
        log.Out.ShouldContain("a dismissal on Mon 2026-11-23 for umbrella-pm (Send a handwritten thank-you note (Hank Moss, by Postal)");
        Cli.Run(["agenda", "--file", path, .. Cli.Fixed]).Out.ShouldNotContain("Send a handwritten thank-you note");
        Serialization.PipelineJson.LoadFile(path).Find("umbrella-pm")!.Touchpoints[^1]
            .ShouldBe(new Domain.Touchpoint("t19", Domain.TouchpointKind.Dismissal, new NodaTime.LocalDate(2026, 11, 23), ["hank"], ruleId: "rejection-thank-you-note"));
    }

    [Fact]
    public void Log_Snooze_MovesTheStepPastTheAgendaWeek()
    {
        string path = Cli.CopyOfSample(out _);

        Result log = Cli.Run(["log", "globex-analyst", "snooze", "--until", "2026-12-10", "--file", path, .. Cli.Fixed]);

        log.ExitCode.ShouldBe(0, log.Error);
        Cli.Run(["agenda", "--file", path, .. Cli.Fixed]).Out.ShouldNotContain("globex-analyst");
    }

    [Fact]
    public void Log_Reply_RecordsTheOutcome()
    {
        string path = Cli.CopyOfSample(out _);

        Result log = Cli.Run(["log", "globex-analyst", "reply", "--contact", "rita", "--outcome", "neutral", "--date", "2026-11-22", "--file", path, .. Cli.Fixed]);

        log.ExitCode.ShouldBe(0, log.Error);
        Serialization.PipelineJson.LoadFile(path).Find("globex-analyst")!.Touchpoints.Single()
            .ShouldBe(new Domain.Touchpoint("t19", Domain.TouchpointKind.Reply, new NodaTime.LocalDate(2026, 11, 22), ["rita"], outcome: Domain.ReplyOutcome.Neutral));
    }

    [Fact]
    public void Log_Done_RecordsTheNextStepsTouchpoint_AndTwiceChangesNothing()
    {
        // umbrella-pm's next step on Mon 2026-11-23 is the handwritten thank-you note to Hank Moss.
        string path = Cli.CopyOfSample(out _);

        Result log = Cli.Run(["log", "umbrella-pm", "done", "--file", path, .. Cli.Fixed]);

        log.ExitCode.ShouldBe(0, log.Error);
        log.Out.ShouldStartWith("Recorded t19: a handwritten thank-you note on Mon 2026-11-23 for umbrella-pm, done: Send a handwritten thank-you note (Hank Moss, by Postal)");
        // The file keeps each touchpoint under its application, so it is read back with no application id of its own.
        Serialization.PipelineJson.LoadFile(path).Find("umbrella-pm")!.Touchpoints[^1]
            .ShouldBe(new Domain.Touchpoint("t19", Domain.TouchpointKind.ThankYouNote, new NodaTime.LocalDate(2026, 11, 23), ["hank"]));
        string once = Cli.Run(["next", "umbrella-pm", "--file", path, .. Cli.Fixed]).Out;
        once.ShouldNotContain("Send a handwritten thank-you note (Hank Moss");

        // The thank-you note again, as a double click would: a duplicate, so the next step stays the same.
        Cli.Run(["log", "umbrella-pm", "ThankYouNote", "--contact", "hank", "--file", path, .. Cli.Fixed]).ExitCode.ShouldBe(0);
        Cli.Run(["next", "umbrella-pm", "--file", path, .. Cli.Fixed]).Out.ShouldBe(once);
    }
}
