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

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = true,
    IndentSize = 2)]
[JsonSerializable(typeof(AgendaReport))]
[JsonSerializable(typeof(NextReport))]
[JsonSerializable(typeof(List<PlanReport>))]
internal sealed partial class ReportJsonContext : JsonSerializerContext;

/// <summary>The reports' serializer: names and text as they are, not as \u escapes.</summary>
internal static class ReportJson
{
    public static ReportJsonContext Context { get; } = new(new JsonSerializerOptions(ReportJsonContext.Default.Options) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
}
