using FluentValidation.Results;
using FollowUpRules.Cli.Output;
using FollowUpRules.Domain;
using FollowUpRules.Engine;
using FollowUpRules.Serialization;
using NodaTime;

namespace FollowUpRules.Cli.Commands;

/// <summary><c>followup log &lt;application&gt; &lt;kind&gt;</c>: records a touchpoint in the pipeline file, atomically.</summary>
internal static class LogCommand
{
    public static int Run(Terminal terminal, Options options, Arguments arguments)
    {
        string file = options.File
            ?? throw CliException.Usage("log writes to a pipeline file: give it with --file (create one with 'followup init'); the bundled sample is read-only.");

        // The lock is held from before the file is read until the new one is in place: a concurrent log waits its turn.
        using Workspace workspace = options.OpenForUpdate(file);
        EvaluationInput input = workspace.Input(arguments.Application);
        TouchpointKind kind = ParseKind(arguments.Kind);
        LocalDate date = arguments.Date is null ? workspace.Today : Workspace.ParseDate(arguments.Date, "--date");
        ReplyOutcome? outcome = arguments.Outcome is null ? null : ParseOutcome(arguments.Outcome);
        LocalDate? until = arguments.Until is null ? null : Workspace.ParseDate(arguments.Until, "--until");
        if (kind == TouchpointKind.Snooze && until is null)
        {
            throw CliException.Usage("A Snooze needs --until: the date the step comes back.");
        }

        if (kind == TouchpointKind.Reply && outcome is null)
        {
            throw CliException.Usage("A Reply needs --outcome: Yes, No or Neutral.");
        }

        string? rule = arguments.Rule;
        IReadOnlyList<string> contacts = arguments.Contacts;
        string about = string.Empty;
        if (kind is TouchpointKind.Snooze or TouchpointKind.Dismissal && rule is null)
        {
            // Without --rule, a snooze or a dismissal acts on the application's next step.
            Recommendation next = workspace.Engine.Evaluate(input, workspace.Today).Next
                ?? throw CliException.Usage($"'{arguments.Application}' has no pending step to {(kind == TouchpointKind.Snooze ? "snooze" : "dismiss")}; name one with --rule.");
            rule = next.RuleId;
            contacts = contacts.Count > 0 ? contacts : next.Target.ContactId is { } id ? [id] : [];
            about = $" ({next.Summary})";
        }

        var touchpoint = new Touchpoint(workspace.Pipeline.NextTouchpointId(), kind, date, contacts, null, outcome, rule, until);
        PipelineFile updated = workspace.Pipeline.WithTouchpoint(arguments.Application, touchpoint);
        ValidationResult result = workspace.Engine.Validate(updated.Find(arguments.Application)!.ToInput(workspace.Seeker), workspace.Today);
        if (!result.IsValid)
        {
            throw CliException.Usage("The touchpoint cannot be recorded:" + string.Concat(result.Errors.Select(e => Environment.NewLine + " - " + e.ErrorMessage)));
        }

        workspace.Save(updated);
        terminal.Out.WriteLine($"Recorded {touchpoint.Id}: {TouchpointKinds.Describe(kind)} on {Text.Date(date)} for {arguments.Application}{about} in {workspace.Path}.");
        return ExitCodes.Ok;
    }

    public static TouchpointKind ParseKind(string text) =>
        Enum.GetNames<TouchpointKind>().FirstOrDefault(n => string.Equals(n, text, StringComparison.OrdinalIgnoreCase)) is { } name
            ? Enum.Parse<TouchpointKind>(name)
            : throw CliException.Usage($"'{text}' is not a touchpoint kind; use one of: {string.Join(", ", Enum.GetNames<TouchpointKind>())}.");

    private static ReplyOutcome ParseOutcome(string text) =>
        Enum.GetNames<ReplyOutcome>().FirstOrDefault(n => string.Equals(n, text, StringComparison.OrdinalIgnoreCase)) is { } name
            ? Enum.Parse<ReplyOutcome>(name)
            : throw CliException.Usage($"--outcome: '{text}' is not a reply outcome; use one of: {string.Join(", ", Enum.GetNames<ReplyOutcome>())}.");

    internal sealed record Arguments(string Application, string Kind, IReadOnlyList<string> Contacts, string? Date, string? Outcome, string? Until, string? Rule);
}
