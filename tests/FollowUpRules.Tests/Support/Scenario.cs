using FollowUpRules.Domain;
using FollowUpRules.Engine;
using FollowUpRules.Rules;
using NodaTime;

namespace FollowUpRules.Tests.Support;

/// <summary>A terse builder for one application's story, for scenario tests with concrete dates.</summary>
internal sealed class Scenario
{
    private readonly List<Contact> contacts = [];
    private readonly List<Touchpoint> touchpoints = [];
    private ApplicationStatus status;
    private RejectionReason? reason;
    private LocalDate? employedSince;
    private string? seekerName;
    private string? signature;

    internal Scenario(LocalDate appliedOn, ApplicationStatus status = ApplicationStatus.Applied)
    {
        AppliedOn = appliedOn;
        this.status = status;
    }

    internal static DateTimeZone Zone { get; } = DateTimeZoneProviders.Tzdb["Europe/London"];

    internal LocalDate AppliedOn { get; }

    internal static LocalDate D(int year, int month, int day) => new(year, month, day);

    internal Scenario Person(string id, ContactRole[]? roles = null, bool email = true, bool postal = false, bool linkedIn = false, bool doNotContact = false, LinkedInConnection connection = LinkedInConnection.None, string? name = null, bool phone = false)
    {
        name ??= char.ToUpperInvariant(id[0]) + id[1..];
        contacts.Add(new Contact(
            id,
            "acme",
            name,
            roles,
            email: email ? $"{id}@acme.example" : null,
            linkedInUrl: linkedIn ? $"https://www.linkedin.com/in/{id}" : null,
            postalAddress: postal ? $"{name}, 1 Acme Way, London" : null,
            phone: phone ? "+44 20 7946 0000" : null,
            linkedIn: connection,
            doNotContact: doNotContact));
        return this;
    }

    internal Scenario Status(ApplicationStatus value, RejectionReason? rejectionReason = null)
    {
        status = value;
        reason = rejectionReason;
        return this;
    }

    internal Scenario Seeker(string? name, string? signature = null)
    {
        seekerName = name;
        this.signature = signature;
        return this;
    }

    internal Scenario Posting(LocalDate date, string? title) =>
        Add(new Touchpoint($"t{touchpoints.Count + 1}", TouchpointKind.PostingSpotted, date, title: title));

    internal Scenario EmployedElsewhereSince(LocalDate date)
    {
        employedSince = date;
        return this;
    }

    internal Scenario Interview(LocalDate date, params string[] interviewers)
    {
        if (status == ApplicationStatus.Applied)
        {
            status = ApplicationStatus.Interviewing;
        }

        return Touch(TouchpointKind.Interview, date, interviewers);
    }

    internal Scenario Rejected(LocalDate date, RejectionReason? rejectionReason = null)
    {
        status = ApplicationStatus.Rejected;
        reason = rejectionReason;
        return Touch(TouchpointKind.Rejection, date);
    }

    internal Scenario Reply(LocalDate date, string contactId, ReplyOutcome outcome) =>
        Add(new Touchpoint($"t{touchpoints.Count + 1}", TouchpointKind.Reply, date, [contactId], outcome: outcome));

    internal Scenario Snooze(LocalDate date, string ruleId, LocalDate until, params string[] contactIds) =>
        Add(new Touchpoint($"t{touchpoints.Count + 1}", TouchpointKind.Snooze, date, contactIds, ruleId: ruleId, snoozeUntil: until));

    internal Scenario Dismiss(LocalDate date, string ruleId, params string[] contactIds) =>
        Add(new Touchpoint($"t{touchpoints.Count + 1}", TouchpointKind.Dismissal, date, contactIds, ruleId: ruleId));

    internal Scenario Touch(TouchpointKind kind, LocalDate date, params string[] contactIds) =>
        Add(new Touchpoint($"t{touchpoints.Count + 1}", kind, date, contactIds));

    internal Scenario Add(Touchpoint touchpoint)
    {
        touchpoints.Add(touchpoint);
        return this;
    }

    internal EvaluationInput Input() =>
        new(new Application("app-1", "acme", "Acme", "Data Analyst", status, AppliedOn, reason), contacts, touchpoints, new Seeker(Zone, employedSince, seekerName, signature));

    internal Evaluation Evaluate(LocalDate today, Playbook? playbook = null) =>
        new FollowUpEngine(playbook ?? DefaultPlaybook.Instance, Clocks.AtNoon(today, Zone)).Evaluate(Input(), today);
}

internal static class EvaluationExtensions
{
    internal static Recommendation[] For(this Evaluation evaluation, string ruleId) =>
        [.. evaluation.Recommendations.Where(r => r.RuleId == ruleId)];

    internal static Recommendation Single(this Evaluation evaluation, string ruleId, string? contactId = null)
    {
        Recommendation[] matches = [.. evaluation.Recommendations.Where(r => r.RuleId == ruleId && (contactId is null || r.Target.ContactId == contactId))];
        matches.Length.ShouldBe(1, $"expected one '{ruleId}' recommendation{(contactId is null ? string.Empty : " for " + contactId)}; got: {string.Join(" | ", evaluation.Recommendations.Select(r => r.RuleId + "/" + r.Target.Key))}");
        return matches[0];
    }

    internal static SuppressedStep Suppressed(this Evaluation evaluation, string ruleId, string? contactId = null) =>
        evaluation.Suppressed.Single(s => s.RuleId == ruleId && (contactId is null || s.Target.ContactId == contactId));
}
