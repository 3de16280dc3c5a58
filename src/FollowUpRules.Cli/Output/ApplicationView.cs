using FollowUpRules.Domain;
using FollowUpRules.Serialization;
using NodaTime.Text;

namespace FollowUpRules.Cli.Output;

/// <summary>An application as <c>list</c> and <c>show</c> give it; also the shape of their <c>--format json</c>.</summary>
internal sealed record ApplicationView(string Id, string CompanyId, string Company, string Role, string Status, string? RejectionReason, string AppliedOn, TouchpointView? LastTouch, StepView? Next)
{
    public static ApplicationView From(PipelineApplication entry, StepView? next)
    {
        Application a = entry.Application;
        Touchpoint? last = entry.Touchpoints.Select((t, i) => (t, i)).OrderBy(x => x.t.Date).ThenBy(x => x.i).Select(x => x.t).LastOrDefault();
        return new(a.Id, a.CompanyId, a.CompanyName, a.Role, a.Status.ToString(), a.RejectionReason?.ToString(), LocalDatePattern.Iso.Format(a.AppliedOn), last is null ? null : TouchpointView.From(last, entry), next);
    }
}

/// <summary>A touchpoint as <c>list</c> and <c>show</c> give it.</summary>
internal sealed record TouchpointView(string Id, string Date, string Kind, string What, IReadOnlyList<string> ContactIds, IReadOnlyList<string> Who, string? Outcome, string? RuleId, string? SnoozeUntil)
{
    public static TouchpointView From(Touchpoint t, PipelineApplication entry) => new(
        t.Id,
        LocalDatePattern.Iso.Format(t.Date),
        t.Kind.ToString(),
        TouchpointKinds.Describe(t.Kind),
        [.. t.ContactIds],
        [.. t.ContactIds.Select(id => entry.Contacts.FirstOrDefault(c => c.Id == id)?.Name ?? id)],
        t.Outcome?.ToString(),
        t.RuleId,
        t.SnoozeUntil is { } until ? LocalDatePattern.Iso.Format(until) : null);
}

/// <summary>A contact as <c>show</c> gives it, with the other applications at the company that list the same person.</summary>
internal sealed record ContactView(string Id, string Name, IReadOnlyList<string> Roles, string? Email, string? LinkedInUrl, string? PostalAddress, string? Phone, string? TimeZone, string LinkedIn, bool DoNotContact, IReadOnlyList<string> AlsoWith)
{
    public static ContactView From(Contact c, PipelineFile pipeline, string applicationId) => new(
        c.Id,
        c.Name,
        [.. c.Roles.Select(r => r.ToString())],
        c.Email,
        c.LinkedInUrl,
        c.PostalAddress,
        c.Phone,
        c.TimeZoneId,
        c.LinkedIn.ToString(),
        c.DoNotContact,
        [.. pipeline.Applications.Where(a => a.Application.Id != applicationId && a.Application.CompanyId == c.CompanyId && a.Contacts.Any(x => x.Id == c.Id)).Select(a => a.Application.Id)]);
}
