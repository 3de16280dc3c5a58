using System.Text.Json;
using System.Text.Json.Serialization;

namespace FollowUpRules.Serialization;

// The raw shape of a playbook file, format version 1. Enums, periods and offsets are read as plain JSON values and
// converted by PlaybookMapper, so that every bad value is reported with its path, all at once. Unknown properties land
// in Unknown and are reported too. Nothing here is ever executed: it is declarative data.

internal sealed class PlaybookDocument
{
    public int? FormatVersion { get; set; }

    public string? Id { get; set; }

    public string? Name { get; set; }

    public int? Version { get; set; }

    public List<string?>? WorkingWeek { get; set; }

    public SendWindowDocument? SendWindow { get; set; }

    public List<HolidayCalendarDocument?>? Holidays { get; set; }

    public OutreachLimitsDocument? OutreachLimits { get; set; }

    public List<RuleDocument?>? Rules { get; set; }

    public List<DraftDocument?>? Drafts { get; set; }

    public Dictionary<string, TranslationDocument?>? Translations { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }
}

// The playbook's words in one language, under the culture's name in "translations": rules' titles, sources and own
// templates by rule id, and the playbook's templates as its "drafts" list writes them.
internal sealed class TranslationDocument
{
    public Dictionary<string, RuleTranslationDocument?>? Rules { get; set; }

    public List<DraftDocument?>? Drafts { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }
}

internal sealed class RuleTranslationDocument
{
    public string? Title { get; set; }

    public string? Source { get; set; }

    public Dictionary<string, DraftDocument?>? Drafts { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }
}

// A draft template: in the playbook's list with its action and channel; in a rule's "drafts", under its channel's name,
// with neither.
internal sealed class DraftDocument
{
    public string? Action { get; set; }

    public string? Channel { get; set; }

    public string? Subject { get; set; }

    public string? Body { get; set; }

    public List<string?>? TalkingPoints { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }
}

internal sealed class SendWindowDocument
{
    public string? Start { get; set; }

    public string? End { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }
}

internal sealed class OutreachLimitsDocument
{
    public int? MaxPerDay { get; set; }

    public int? MaxPerCompanyPerWeek { get; set; }

    public string? MinSpacingPerPerson { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }
}

internal sealed class HolidayCalendarDocument
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    public bool? ForSeeker { get; set; }

    public List<HolidayDocument?>? Holidays { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }
}

internal sealed class HolidayDocument
{
    public string? Type { get; set; }

    public string? Name { get; set; }

    public string? Date { get; set; }

    public int? Month { get; set; }

    public int? Day { get; set; }

    public string? DayOfWeek { get; set; }

    public int? Nth { get; set; }

    public string? Observed { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }
}

internal sealed class RuleDocument
{
    public string? Id { get; set; }

    public string? Title { get; set; }

    public string? Source { get; set; }

    public int? Priority { get; set; }

    public AnchorDocument? Anchor { get; set; }

    public TimingDocument? Timing { get; set; }

    public AudienceDocument? Audience { get; set; }

    public ActionDocument? Action { get; set; }

    public List<ConditionDocument?>? Conditions { get; set; }

    public List<ConditionDocument?>? StopWhen { get; set; }

    public LateDocument? Late { get; set; }

    public Dictionary<string, DraftDocument?>? Drafts { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }
}

internal sealed class AnchorDocument
{
    public string? Kind { get; set; }

    public string? Outcome { get; set; }

    public string? RuleId { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }
}

internal sealed class TimingDocument
{
    public JsonElement? Offset { get; set; }

    public string? Adjust { get; set; }

    public WindowDocument? Window { get; set; }

    public RepeatDocument? Repeat { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }
}

internal sealed class WindowDocument
{
    public string? Early { get; set; }

    public string? Late { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }
}

internal sealed class RepeatDocument
{
    public JsonElement? Every { get; set; }

    public int? MaxCount { get; set; }

    public string? For { get; set; }

    public bool? RestartOnInteraction { get; set; }

    public int? BackOffFactor { get; set; }

    public int? MaxUnanswered { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }
}

internal sealed class AudienceDocument
{
    public string? Kind { get; set; }

    public List<string?>? Roles { get; set; }

    public string? Selection { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }
}

internal sealed class ActionDocument
{
    public string? Kind { get; set; }

    public string? Channel { get; set; }

    public ActionDocument? Otherwise { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }
}

internal sealed class LateDocument
{
    public string? Action { get; set; }

    public ActionDocument? TurnInto { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }
}

internal sealed class ConditionDocument
{
    public string? Type { get; set; }

    public List<string?>? Statuses { get; set; }

    public List<string?>? Reasons { get; set; }

    public List<string?>? States { get; set; }

    public string? Channel { get; set; }

    public string? Outcome { get; set; }

    public string? Scope { get; set; }

    public bool? SinceAnchor { get; set; }

    public string? Kind { get; set; }

    public ConditionDocument? Inner { get; set; }

    public List<ConditionDocument?>? Conditions { get; set; }

    public string? Name { get; set; }

    public Dictionary<string, string?>? Parameters { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }
}

internal sealed class BusinessDaysDocument
{
    public int? BusinessDays { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = true,
    IndentSize = 2,
    MaxDepth = PlaybookJson.MaxDepth,
    AllowDuplicateProperties = false,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true,
    NumberHandling = JsonNumberHandling.Strict)]
[JsonSerializable(typeof(PlaybookDocument))]
[JsonSerializable(typeof(BusinessDaysDocument))]
[JsonSerializable(typeof(PipelineDocument))]
internal sealed partial class PlaybookJsonContext : JsonSerializerContext;
