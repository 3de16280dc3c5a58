using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace FollowUpRules.Cli.Output;

/// <summary>The agenda as <c>--format json</c> writes it.</summary>
internal sealed record AgendaReport(string From, string Until, string Zone, IReadOnlyList<StepView> Steps);

/// <summary>One application's next step as <c>--format json</c> writes it.</summary>
internal sealed record NextReport(string Application, string Today, StepView? Next, IReadOnlyList<StepView> Pending);

/// <summary>One application's plan as <c>--format json</c> writes it.</summary>
internal sealed record PlanReport(string Application, string From, string Until, bool Truncated, IReadOnlyList<StepView> Steps);

/// <summary>The plans of <c>plan --format json</c>: an object like the agenda's, with one plan per application.</summary>
internal sealed record PlansReport(string From, string Until, string Zone, IReadOnlyList<PlanReport> Plans);

/// <summary>The applications as <c>list --format json</c> writes them.</summary>
internal sealed record ListReport(string Today, IReadOnlyList<ApplicationView> Applications);

/// <summary>One application as <c>show --format json</c> writes it.</summary>
internal sealed record ShowReport(string Today, ApplicationView Application, IReadOnlyList<ContactView> Contacts, IReadOnlyList<TouchpointView> Touchpoints, IReadOnlyList<StepView> Pending);

/// <summary>What <c>validate --format json</c> writes: whether the file is valid, what it is, and every problem as data.</summary>
internal sealed record ValidateReport(string File, bool Valid, string? Kind, string? Summary, IReadOnlyList<ValidateError> Errors);

/// <summary>One problem of <c>validate --format json</c>: its path in the file, its line and column for JSON syntax errors, the message.</summary>
internal sealed record ValidateError(string Path, long? Line, long? Column, string Message);

/// <summary>One step's draft as <c>followup draft --format json</c> writes it.</summary>
internal sealed record DraftReport(string Application, string Today, int? Step, StepView? For, DraftView? Draft);

/// <summary>A draft's parts: a message (subject where the channel has one, body, talking points) or a how-to.</summary>
internal sealed record DraftView(string Kind, string Channel, string? Subject, string Body, IReadOnlyList<string> TalkingPoints)
{
    public static DraftView From(FollowUpRules.Drafts.Draft draft) =>
        new(draft.Kind == FollowUpRules.Drafts.DraftKind.Message ? "message" : "howTo", draft.Channel.ToString(), draft.Subject, draft.Body, [.. draft.TalkingPoints]);
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = true,
    IndentSize = 2)]
[JsonSerializable(typeof(AgendaReport))]
[JsonSerializable(typeof(NextReport))]
[JsonSerializable(typeof(PlansReport))]
[JsonSerializable(typeof(ListReport))]
[JsonSerializable(typeof(ShowReport))]
[JsonSerializable(typeof(ValidateReport))]
[JsonSerializable(typeof(DraftReport))]
internal sealed partial class ReportJsonContext : JsonSerializerContext;

/// <summary>The reports' serializer: names and text as they are, not as \u escapes.</summary>
internal static class ReportJson
{
    public static ReportJsonContext Context { get; } = new(new JsonSerializerOptions(ReportJsonContext.Default.Options) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
}
