using FluentValidation.Results;
using FollowUpRules.Cli.Input;
using FollowUpRules.Cli.Localization;
using FollowUpRules.Cli.Output;
using FollowUpRules.Domain;
using FollowUpRules.Engine;
using FollowUpRules.Serialization;
using NodaTime;

namespace FollowUpRules.Cli.Commands;

/// <summary>
/// <c>followup log &lt;application&gt; &lt;kind&gt;</c>: records a touchpoint in the pipeline file, atomically. A
/// Rejection is recorded as <c>followup status ... rejected</c> records it (<see cref="PipelineFile.RecordRejection"/>).
/// </summary>
internal static class LogCommand
{
    public static int Run(Terminal terminal, Options options, Arguments arguments)
    {
        options.TextOnly("log");

        // The lock is held from before the file is read until the new one is in place: a concurrent log waits its turn.
        using Workspace workspace = options.OpenForUpdate("log");
        PipelineApplication entry = workspace.Entry(arguments.Application);
        EvaluationInput input = entry.ToInput(workspace.Seeker);
        LocalDate date = arguments.Date is null ? workspace.Today : Workspace.ParseDate(arguments.Date, "--date");
        if (string.Equals(arguments.Kind, Done, StringComparison.OrdinalIgnoreCase))
        {
            return LogDone(terminal, workspace, arguments, input, date);
        }

        TouchpointKind kind = ParseKind(arguments.Kind);
        ReplyOutcome? outcome = arguments.Outcome is null ? null : ParseOutcome(arguments.Outcome);
        LocalDate? until = arguments.Until is null ? null : Workspace.ParseDate(arguments.Until, "--until");
        RejectionReason? reason = arguments.Reason is null ? null : Vocabulary.Reason(arguments.Reason, "--reason");
        if (kind == TouchpointKind.Snooze && until is null)
        {
            throw CliException.Usage("A Snooze needs --until: the date the step comes back.");
        }

        if (kind == TouchpointKind.Reply && outcome is null)
        {
            throw CliException.Usage("A Reply needs --outcome: Yes, No or Neutral.");
        }

        if (reason is not null && kind != TouchpointKind.Rejection)
        {
            throw CliException.Usage($"--reason goes with a Rejection, not with a {kind}.");
        }

        // Contacts by id or name, each checked here so that a wrong one is named as typed, with the nearest suggested.
        string[] contacts = [.. arguments.Contacts.Select(c => Edits.Contact(entry, c, "--contact").Id)];
        string? rule = arguments.Rule;
        string about = string.Empty;
        if (kind is TouchpointKind.Snooze or TouchpointKind.Dismissal && rule is null)
        {
            // Without --rule, a snooze or a dismissal acts on the application's next step.
            Recommendation next = workspace.Engine.Evaluate(input, workspace.Today).Next
                ?? throw CliException.Usage($"'{arguments.Application}' has no pending step to {(kind == TouchpointKind.Snooze ? "snooze" : "dismiss")}; name one with --rule.");
            rule = next.RuleId;
            contacts = contacts.Length > 0 ? contacts : next.Target.ContactId is { } id ? [id] : [];
            about = $" ({next.Summary})";
        }

        string touchpointId = workspace.Pipeline.NextTouchpointId();
        var touchpoint = new Touchpoint(touchpointId, kind, date, contacts, null, outcome, rule, until);
        PipelineFile updated = Edits.Apply($"The {kind} cannot be recorded", () =>
        {
            PipelineFile with = workspace.Pipeline.WithTouchpoint(arguments.Application, touchpoint);
            return reason is null ? with : with.RecordRejection(arguments.Application, date, reason);
        }, touchpointId);
        ValidationResult result = workspace.Engine.Validate(updated.Find(arguments.Application)!.ToInput(workspace.Seeker), workspace.Today);
        if (!result.IsValid)
        {
            // The id is the tool's own choice; the person never typed it, so messages name the touchpoint by its kind.
            throw CliException.Usage($"The {kind} cannot be recorded:" + string.Concat(result.Errors.Select(e => Environment.NewLine + " - " + Edits.WithoutId(e.ErrorMessage, touchpointId))));
        }

        workspace.Save(updated);
        Touchpoint recorded = kind == TouchpointKind.Rejection
            ? updated.Find(arguments.Application)!.Touchpoints.First(t => t.Kind == TouchpointKind.Rejection)
            : touchpoint;
        string status = kind == TouchpointKind.Rejection ? CliText.Format("Log.NowStatus", arguments.Application, Text.Status(updated.Find(arguments.Application)!.Application)) : string.Empty;
        terminal.Out.WriteLine(CliText.Format("Log.Recorded", recorded.Id, TouchpointKinds.Describe(kind), Text.CultureDate(date), arguments.Application, about + status, workspace.Path));
        return ExitCodes.Ok;
    }

    public static TouchpointKind ParseKind(string text) => Vocabulary.Kind(text, "kind");

    // The kind argument that records the application's next step as done, with the touchpoint the step itself says does it.
    private const string Done = "done";

    private static int LogDone(Terminal terminal, Workspace workspace, Arguments arguments, EvaluationInput input, LocalDate date)
    {
        if (arguments.Contacts.Count > 0 || arguments.Outcome is not null || arguments.Until is not null || arguments.Rule is not null || arguments.Reason is not null)
        {
            throw CliException.Usage("'log <application> done' records the application's next step as done; it takes only --date.");
        }

        Recommendation next = workspace.Engine.Evaluate(input, workspace.Today).Next
            ?? throw CliException.Usage($"'{arguments.Application}' has no pending step to mark done.");
        string touchpointId = workspace.Pipeline.NextTouchpointId();
        Touchpoint touchpoint = next.DoneOn(date, touchpointId);
        PipelineFile updated = Edits.Apply($"'{next.Summary}' cannot be marked done", () => touchpoint.Kind == TouchpointKind.Rejection
            ? workspace.Pipeline.RecordRejection(arguments.Application, date, null)
            : workspace.Pipeline.WithTouchpoint(arguments.Application, touchpoint), touchpointId);
        ValidationResult result = workspace.Engine.Validate(updated.Find(arguments.Application)!.ToInput(workspace.Seeker), workspace.Today);
        if (!result.IsValid)
        {
            throw CliException.Usage($"'{next.Summary}' cannot be marked done:" + string.Concat(result.Errors.Select(e => Environment.NewLine + " - " + Edits.WithoutId(e.ErrorMessage, touchpointId))));
        }

        workspace.Save(updated);
        string recorded = touchpoint.Kind == TouchpointKind.Rejection
            ? updated.Find(arguments.Application)!.Touchpoints.First(t => t.Kind == TouchpointKind.Rejection).Id
            : touchpointId;
        terminal.Out.WriteLine(CliText.Format("Log.Done", recorded, TouchpointKinds.Describe(touchpoint.Kind), Text.CultureDate(date), arguments.Application, next.Summary, workspace.Path));
        return ExitCodes.Ok;
    }

    private static ReplyOutcome ParseOutcome(string text) =>
        Enum.GetNames<ReplyOutcome>().FirstOrDefault(n => string.Equals(n, text, StringComparison.OrdinalIgnoreCase)) is { } name
            ? Enum.Parse<ReplyOutcome>(name)
            : throw CliException.Usage($"--outcome: '{text}' is not a reply outcome; use one of: {string.Join(", ", Enum.GetNames<ReplyOutcome>())}.");

    internal sealed record Arguments(string Application, string Kind, IReadOnlyList<string> Contacts, string? Date, string? Outcome, string? Until, string? Rule, string? Reason = null);
}
