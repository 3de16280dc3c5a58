using System.CommandLine;
using FollowUpRules.Cli.Input;
using FollowUpRules.Cli.Localization;
using FollowUpRules.Cli.Output;
using FollowUpRules.Domain;
using FollowUpRules.Engine;
using FollowUpRules.Serialization;
using NodaTime;

namespace FollowUpRules.Cli.Commands;

/// <summary>
/// <c>followup status &lt;application&gt; &lt;status&gt;</c>: where an application stands. <c>rejected</c> records the
/// rejection the one way the core records it (<see cref="PipelineFile.RecordRejection"/>): the status, the reason when
/// known, and the Rejection touchpoint dated <c>--date</c> (today by default), exactly as
/// <c>followup log &lt;application&gt; Rejection</c> does.
/// </summary>
internal static class StatusCommand
{
    private const string Usage = "followup status <application> <status>";

    public static Command Create(Terminal terminal, GlobalOptions global)
    {
        var application = new Argument<string?>("application") { Description = CliText.Get("Help.ApplicationOrChoose"), Arity = ArgumentArity.ZeroOrOne };
        var status = new Argument<string?>("status") { Description = CliText.Format("Help.Status.Status", string.Join(", ", Enum.GetNames<ApplicationStatus>())), Arity = ArgumentArity.ZeroOrOne };
        Option<string?> reason = SharedOptions.Reason();
        Option<string?> date = SharedOptions.Date("Help.Status.Date");
        var command = new Command("status", CliText.Get("Help.Status")) { application, status, reason, date };
        command.SetAction(r => Run(terminal, global.Read(r), r.GetValue(application), r.GetValue(status), r.GetValue(reason), r.GetValue(date)));
        return command;
    }

    public static int Run(Terminal terminal, Options options, string? applicationText, string? statusText, string? reasonText, string? dateText)
    {
        options.TextOnly("status");
        using Workspace workspace = options.OpenForUpdate("status");
        PipelineApplication entry = Edits.Application(terminal, workspace, applicationText, $"{Usage} (for example: followup status acme-analyst rejected --reason HiringPaused)");
        ApplicationStatus status = Ask.Choice(terminal, statusText, t => Vocabulary.Status(t, "status"), "What.Status", $"{Usage} (one of {string.Join(", ", Enum.GetNames<ApplicationStatus>())})", Enum.GetValues<ApplicationStatus>(), Text.Status);
        RejectionReason? reason = reasonText is null ? null : Vocabulary.Reason(reasonText, "--reason");
        reason ??= statusText is not null ? Vocabulary.ImpliedReason(statusText) : null;
        if (reason is not null && status is not (ApplicationStatus.Rejected or ApplicationStatus.Closed))
        {
            throw CliException.Usage($"--reason goes with a rejection ('followup status {entry.Application.Id} rejected --reason {reason}'), not with {status}.");
        }

        if (status == ApplicationStatus.Rejected && reason is null && entry.Application.RejectionReason is null)
        {
            reason = Ask.Optional(terminal, CliText.Get("Ask.Why"), Enum.GetValues<RejectionReason>(), Text.Reason, CliText.Get("Ask.DontKnow"));
        }

        LocalDate? date = dateText is null ? null : Workspace.ParseDate(dateText, "--date");
        bool hadRejection = entry.Touchpoints.Any(t => t.Kind == TouchpointKind.Rejection);
        if (status == ApplicationStatus.Rejected && !hadRejection)
        {
            date ??= workspace.Today;
        }

        string newId = workspace.Pipeline.NextTouchpointId();
        PipelineFile updated = Edits.Apply($"{entry.Application.Id} cannot be set to {status}", () => workspace.Pipeline.SetStatus(entry.Application.Id, status, date, reason), newId);
        PipelineApplication after = updated.Find(entry.Application.Id)!;
        EvaluationInput input = after.ToInput(workspace.Seeker);
        if (workspace.Engine.Validate(input, workspace.Today) is { IsValid: false } result)
        {
            throw CliException.Usage($"{entry.Application.Id} cannot be set to {status}:" + string.Concat(result.Errors.Select(e => Environment.NewLine + " - " + Edits.WithoutId(e.ErrorMessage, newId))));
        }

        if (!workspace.Save(updated))
        {
            terminal.Out.WriteLine(CliText.Format("Set.Already", entry.Application.Id, Text.Status(after.Application)));
            return ExitCodes.Ok;
        }

        Touchpoint? rejection = after.Touchpoints.FirstOrDefault(t => t.Kind == TouchpointKind.Rejection);
        string said = status == ApplicationStatus.Rejected && rejection is not null
            ? CliText.Format("Set.NowRejected", entry.Application.Id, Text.Status(after.Application), Text.CultureDate(rejection.Date), rejection.Id)
            : CliText.Format(hadRejection && rejection is null ? "Set.NowTakenOff" : "Set.Now", entry.Application.Id, Text.Status(after.Application));
        terminal.Out.WriteLine(said);
        if (workspace.Engine.Evaluate(input, workspace.Today).Next is { } next)
        {
            terminal.Out.WriteLine(CliText.Format("Set.Next", next.Summary));
        }

        return ExitCodes.Ok;
    }
}
