using FollowUpRules.Domain;
using FollowUpRules.Utility;
using NodaTime;

namespace FollowUpRules.Engine;

/// <summary>
/// The facts of one evaluation, computed once from the input and today: touchpoints in date order, indexes per contact,
/// the interviews, the rejection (explicit, then silent once known), the effective status.
/// </summary>
internal sealed class Facts
{
    private static readonly IComparer<Touchpoint> ByDateThenId = Comparer<Touchpoint>.Create(static (a, b) =>
    {
        int c = a.Date.CompareTo(b.Date);
        return c != 0 ? c : string.CompareOrdinal(a.Id, b.Id);
    });

    private readonly Dictionary<string, Contact> contactsById;
    private readonly Dictionary<string, List<Touchpoint>> touchpointsByContact;
    private Dictionary<string, DateTimeZone>? zones;

    internal Facts(EvaluationInput input, LocalDate today)
    {
        Input = input;
        Today = today;
        Touchpoint[] sorted = [.. input.Touchpoints];
        Array.Sort(sorted, ByDateThenId);
        Touchpoints = new ValueList<Touchpoint>(sorted);

        contactsById = new Dictionary<string, Contact>(StringComparer.Ordinal);
        foreach (Contact contact in input.Contacts)
        {
            contactsById[contact.Id] = contact;
        }

        touchpointsByContact = new Dictionary<string, List<Touchpoint>>(StringComparer.Ordinal);
        var interviews = new List<Touchpoint>();
        var interviewers = new List<Contact>();
        var seenInterviewers = new HashSet<string>(StringComparer.Ordinal);
        foreach (Touchpoint tp in sorted)
        {
            foreach (string contactId in tp.ContactIds)
            {
                if (!touchpointsByContact.TryGetValue(contactId, out List<Touchpoint>? list))
                {
                    list = [];
                    touchpointsByContact[contactId] = list;
                }

                list.Add(tp);
            }

            if (tp.Kind == TouchpointKind.Interview)
            {
                interviews.Add(tp);
            }
            else if (tp.Kind == TouchpointKind.Rejection && ExplicitRejection is null)
            {
                ExplicitRejection = tp.Date;
            }
        }

        // Interviewers in the order the input lists contacts, so that "first" selections follow the seeker's order.
        foreach (Contact contact in input.Contacts)
        {
            if (interviews.Any(i => i.ContactIds.Contains(contact.Id)) && seenInterviewers.Add(contact.Id))
            {
                interviewers.Add(contact);
            }
        }

        Interviews = interviews;
        Interviewers = interviewers;
    }

    internal EvaluationInput Input { get; }

    internal Application Application => Input.Application;

    internal LocalDate Today { get; }

    /// <summary>Gets every touchpoint, by date then id.</summary>
    internal ValueList<Touchpoint> Touchpoints { get; }

    internal IReadOnlyList<Touchpoint> Interviews { get; }

    internal IReadOnlyList<Contact> Interviewers { get; }

    internal LocalDate? LastInterview => Interviews.Count == 0 ? null : Interviews[^1].Date;

    internal LocalDate? ExplicitRejection { get; }

    /// <summary>Gets the date of the silent rejection a <c>TreatAsRejected</c> rule found, if any.</summary>
    internal LocalDate? SilentRejection { get; private set; }

    internal string? SilentRejectionRuleId { get; private set; }

    /// <summary>Gets the rejection date the after-rejection rules count from: the explicit rejection, else the silent one.</summary>
    internal LocalDate? EffectiveRejection => ExplicitRejection ?? SilentRejection;

    /// <summary>
    /// Gets the first date from which steps after the rejection count as done: the earlier of the explicit and the silent
    /// rejection, so that steps the seeker took after a silent rejection stay done when the company confirms it later.
    /// </summary>
    internal LocalDate? RejectionEvidenceFrom =>
        ExplicitRejection is { } e && SilentRejection is { } s ? (e < s ? e : s) : EffectiveRejection;

    internal ApplicationStatus EffectiveStatus =>
        SilentRejection is not null && Application.Status is ApplicationStatus.Applied or ApplicationStatus.Interviewing
            ? ApplicationStatus.Rejected
            : Application.Status;

    internal RejectionReason? EffectiveReason
    {
        get
        {
            if (EffectiveRejection is null)
            {
                return null;
            }

            return Application.RejectionReason ?? (ExplicitRejection is null ? RejectionReason.NoResponse : RejectionReason.Unknown);
        }
    }

    internal bool EmployedElsewhere => Input.Seeker.EmployedElsewhereSince is { } since && since <= Today;

    internal Contact? FindContact(string id) => contactsById.GetValueOrDefault(id);

    /// <summary>Returns the time zone of <paramref name="contact"/>: their own when known, else the seeker's. Looked up once per contact.</summary>
    internal DateTimeZone ZoneOf(Contact contact)
    {
        if (contact.TimeZoneId is not { } id)
        {
            return Input.Seeker.Zone;
        }

        zones ??= new Dictionary<string, DateTimeZone>(StringComparer.Ordinal);
        if (!zones.TryGetValue(id, out DateTimeZone? zone))
        {
            zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(id) ?? Input.Seeker.Zone;
            zones[id] = zone;
        }

        return zone;
    }

    /// <summary>Returns the touchpoints naming <paramref name="contactId"/>, by date then id.</summary>
    internal IReadOnlyList<Touchpoint> TouchpointsWith(string contactId) =>
        touchpointsByContact.TryGetValue(contactId, out List<Touchpoint>? list) ? list : [];

    /// <summary>Gets what the app and the touchpoints together know of a LinkedIn connection: the furthest state either shows.</summary>
    internal LinkedInConnection LinkedInState(Contact contact)
    {
        LinkedInConnection state = contact.LinkedIn;
        foreach (Touchpoint t in TouchpointsWith(contact.Id))
        {
            if (t.Kind == TouchpointKind.LinkedInRequestAccepted)
            {
                return LinkedInConnection.Connected;
            }

            if (t.Kind == TouchpointKind.LinkedInRequestSent && state == LinkedInConnection.None)
            {
                state = LinkedInConnection.Pending;
            }
        }

        return state;
    }

    internal void RecordSilentRejection(LocalDate date, string ruleId)
    {
        if (SilentRejection is null || date < SilentRejection)
        {
            SilentRejection = date;
            SilentRejectionRuleId = ruleId;
        }
    }
}
