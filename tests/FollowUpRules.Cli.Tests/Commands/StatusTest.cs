using FollowUpRules.Domain;
using FollowUpRules.Serialization;
using NodaTime;
using Spectre.Console.Testing;

namespace FollowUpRules.Cli.Tests.Commands;

/// <summary><c>status</c>: where an application stands; a rejection the same way as <c>log ... Rejection</c>.</summary>
public class StatusTest
{
    [Fact]
    public void Status_RejectedWithReason_RecordsTheRejectionTodayAndSaysWhatIsNext()
    {
        string path = Cli.CopyOfSample(out _);

        Result result = Cli.Run(["status", "initech-engineer", "rejected", "--reason", "hiring paused", "--file", path, .. Cli.Fixed]);

        result.ExitCode.ShouldBe(0, result.Error);
        result.Out.ShouldBe("initech-engineer is now Rejected (HiringPaused), the rejection recorded on Mon 2026-11-23 (t19).\nNext: Write journal notes about the interviews, due Mon 2026-11-23.\n");
        PipelineApplication entry = PipelineJson.LoadFile(path).Find("initech-engineer")!;
        entry.Application.Status.ShouldBe(ApplicationStatus.Rejected);
        entry.Application.RejectionReason.ShouldBe(RejectionReason.HiringPaused);
        entry.Touchpoints[^1].ShouldBe(new Touchpoint("t19", TouchpointKind.Rejection, new LocalDate(2026, 11, 23)));
    }

    [Fact]
    public void Status_Rejected_WritesTheSameFileAsLoggingTheRejection()
    {
        string byStatus = Cli.CopyOfSample(out _);
        string byLog = Cli.CopyOfSample(out _);

        Cli.Run(["status", "initech-engineer", "Rejected", "--reason", "InternalCandidate", "--date", "2026-11-22", "--file", byStatus, .. Cli.Fixed]).ExitCode.ShouldBe(0);
        Result log = Cli.Run(["log", "initech-engineer", "Rejection", "--reason", "InternalCandidate", "--date", "2026-11-22", "--file", byLog, .. Cli.Fixed]);

        log.ExitCode.ShouldBe(0, log.Error);
        log.Out.ShouldContain("Recorded t19: a rejection on Sun 2026-11-22 for initech-engineer; initech-engineer is now Rejected (InternalCandidate)");
        File.ReadAllText(byLog).ShouldBe(File.ReadAllText(byStatus));
    }

    [Fact]
    public void Status_RejectedAgainWithAReason_KeepsTheOneRejectionAndItsDate()
    {
        string path = Cli.CopyOfSample(out _);

        Result result = Cli.Run(["status", "umbrella-pm", "rejected", "--reason", "Compensation", "--file", path, .. Cli.Fixed]);

        result.ExitCode.ShouldBe(0, result.Error);
        result.Out.ShouldStartWith("umbrella-pm is now Rejected (Compensation), the rejection recorded on Mon 2026-11-16 (t4).\n");
        PipelineJson.LoadFile(path).Find("umbrella-pm")!.Touchpoints.Count(t => t.Kind == TouchpointKind.Rejection).ShouldBe(1);
    }

    [Fact]
    public void Status_BackToInterviewing_TakesTheRejectionOff()
    {
        string path = Cli.CopyOfSample(out _);

        Result result = Cli.Run(["status", "umbrella-pm", "interviewing", "--file", path, .. Cli.Fixed]);

        result.ExitCode.ShouldBe(0, result.Error);
        result.Out.ShouldStartWith("umbrella-pm is now Interviewing; its rejection is taken off.\n");
        PipelineJson.LoadFile(path).Find("umbrella-pm")!.Touchpoints.ShouldNotContain(t => t.Kind == TouchpointKind.Rejection);
    }

    [Theory]
    [InlineData(new[] { "status", "initech-engineer", "rejectd" }, "status: 'rejectd' is not an application status; use one of: Applied, Interviewing, Offer, Rejected, Withdrawn, Hired, Closed. Did you mean 'Rejected'?")]
    [InlineData(new[] { "status", "initech-engineer", "rejected", "--reason", "budget" }, "--reason: 'budget' is not a rejection reason; use one of: Unknown, HiringPaused, InternalCandidate, Compensation, Overqualified, SkillsGap, NoResponse.")]
    [InlineData(new[] { "status", "initech-engineer", "offer", "--reason", "Compensation" }, "--reason goes with a rejection ('followup status initech-engineer rejected --reason Compensation'), not with Offer.")]
    [InlineData(new[] { "status", "initech-engineer", "rejected", "--date", "2026-10-01" }, "initech-engineer cannot be set to Rejected:\n - The Rejection is dated 2026-10-01, before the application date 2026-11-02.")]
    [InlineData(new[] { "status", "initech-engineer" }, "Missing the new status: followup status <application> <status> (one of Applied, Interviewing, Offer, Rejected, Withdrawn, Hired, Closed) (input is not a terminal, so the tool cannot ask for it).")]
    public void Status_BadInput_IsAUsageErrorAndWritesNothing(string[] args, string message)
    {
        string path = Cli.CopyOfSample(out _);
        byte[] before = File.ReadAllBytes(path);

        Result result = Cli.Run([.. args, "--file", path, .. Cli.Fixed]);

        result.ExitCode.ShouldBe(ExitCodes.Usage, result.Out);
        result.Error.ShouldContain(message);
        File.ReadAllBytes(path).ShouldBe(before);
    }

    [Fact]
    public void Status_RejectedOnATerminalWithoutAReason_AsksWhy()
    {
        string path = Cli.CopyOfSample(out _);
        TestConsole screen = Prompts.Console();
        screen.Input.PushKey(ConsoleKey.DownArrow);
        screen.Input.PushKey(ConsoleKey.DownArrow);
        screen.Input.PushKey(ConsoleKey.DownArrow);
        screen.Input.PushKey(ConsoleKey.Enter);

        Result result = Cli.Run((o, e) => new Terminal(o, e, rich: false, prompts: screen), ["status", "initech-engineer", "rejected", "--file", path, .. Cli.Fixed]);

        result.ExitCode.ShouldBe(0, result.Error);
        screen.Output.ShouldContain("Why were you turned down, if you know?");
        PipelineJson.LoadFile(path).Find("initech-engineer")!.Application.RejectionReason.ShouldBe(RejectionReason.InternalCandidate);
    }
}
