using System.Text.Json;
using System.Text.Json.Serialization;

namespace FollowUpRules.Serialization;

// The raw shape of a pipeline file, format version 1: a seeker's applications, with their contacts and touchpoints, an
// optional playbook path and settings. As with the playbook format, enums, dates and periods are read as plain JSON
// values and converted by PipelineMapper, so that every bad value is reported with its path, all at once. The documents
// are read and written by the playbook format's source-generated context, PlaybookJsonContext: the same options.

internal sealed class PipelineDocument
{
    public int? FormatVersion { get; set; }

    public SeekerDocument? Seeker { get; set; }

    public string? Playbook { get; set; }

    public PipelineSettingsDocument? Settings { get; set; }

    public List<ApplicationDocument?>? Applications { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }
}

internal sealed class SeekerDocument
{
    public string? Zone { get; set; }

    public string? EmployedElsewhereSince { get; set; }

    public string? Name { get; set; }

    public string? Signature { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }
}

internal sealed class PipelineSettingsDocument
{
    public List<string?>? WorkingWeek { get; set; }

    public List<HolidayCalendarDocument?>? Holidays { get; set; }

    public OutreachLimitsDocument? OutreachLimits { get; set; }

    public List<PauseDocument?>? Pauses { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }
}

internal sealed class PauseDocument
{
    public string? Start { get; set; }

    public string? End { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }
}

internal sealed class ApplicationDocument
{
    public string? Id { get; set; }

    public string? CompanyId { get; set; }

    public string? CompanyName { get; set; }

    public string? Role { get; set; }

    public string? Status { get; set; }

    public string? AppliedOn { get; set; }

    public string? RejectionReason { get; set; }

    public List<ContactDocument?>? Contacts { get; set; }

    public List<TouchpointDocument?>? Touchpoints { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }
}

internal sealed class ContactDocument
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    public List<string?>? Roles { get; set; }

    public string? Email { get; set; }

    public string? LinkedInUrl { get; set; }

    public string? PostalAddress { get; set; }

    public string? Phone { get; set; }

    public string? TimeZoneId { get; set; }

    public string? LinkedIn { get; set; }

    public bool? DoNotContact { get; set; }

    public string? HolidayCalendarId { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }
}

internal sealed class TouchpointDocument
{
    public string? Id { get; set; }

    public string? Kind { get; set; }

    public string? Date { get; set; }

    public List<string?>? ContactIds { get; set; }

    public string? Outcome { get; set; }

    public string? RuleId { get; set; }

    public string? SnoozeUntil { get; set; }

    public string? Title { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }
}
