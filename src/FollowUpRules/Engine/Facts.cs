using FollowUpRules.Domain;
using FollowUpRules.Utility;
using NodaTime;

namespace FollowUpRules.Engine;

/// <summary>
/// The facts of one evaluation, computed once from the input and today: touchpoints in date order, indexes per contact
/// (by position in the input), the snoozes and dismissals, the interviews, the rejection (explicit, then silent once
/// known), the effective status.
/// </summary>
internal sealed class Facts
{
    // Up to this many contacts, a contact is found by id with a loop; above it, with a dictionary built once.
    private const int LinearLookupLimit = 8;

    private static readonly Comparison<Touchpoint> ByDateThenId = static (a, b) =>
    {
        int c = a.Date.CompareTo(b.Date);
        return c != 0 ? c : string.CompareOrdinal(a.Id, b.Id);
    };

    private readonly Contact[] contacts;
    private readonly Dictionary<string, int>? contactIndex;
    private readonly List<Touchpoint>?[] touchpointsByContact;
    private readonly Target?[] targets;
    private readonly DateTimeZone?[] zones;
    private readonly ScopeSummary?[] summaries;
    private ScopeSummary? summaryOfAll;
    private Target? company;
    private ValueList<Touchpoint>? touchpointList;

    internal Facts(EvaluationInput input, LocalDate today)
    {
        Input = input;
        Today = today;
        var sorted = new Touchpoint[input.Touchpoints.Count];
        for (int i = 0; i < sorted.Length; i++)
        {
            sorted[i] = input.Touchpoints[i];
        }

        Array.Sort(sorted, ByDateThenId);
        Sorted = sorted;

        contacts = new Contact[input.Contacts.Count];
        for (int i = 0; i < contacts.Length; i++)
        {
            contacts[i] = input.Contacts[i];
        }

        if (contacts.Length > LinearLookupLimit)
        {
            contactIndex = new Dictionary<string, int>(contacts.Length, StringComparer.Ordinal);
            for (int i = 0; i < contacts.Length; i++)
            {
                contactIndex.TryAdd(contacts[i].Id, i);
            }
        }

        touchpointsByContact = new List<Touchpoint>?[contacts.Length];
        targets = new Target?[contacts.Length];
        zones = new DateTimeZone?[contacts.Length];
        summaries = new ScopeSummary?[contacts.Length];
        var interviewed = new bool[contacts.Length];
        List<Touchpoint>? interviews = null;
        foreach (Touchpoint tp in sorted)
        {
            bool interview = tp.Kind == TouchpointKind.Interview;
            foreach (string contactId in tp.ContactIds)
            {
                int c = IndexOf(contactId);
                if (c < 0)
                {
                    continue;
                }

                (touchpointsByContact[c] ??= []).Add(tp);
                interviewed[c] |= interview;
            }

            switch (tp.Kind)
            {
                case TouchpointKind.Interview:
                    (interviews ??= []).Add(tp);
                    break;
                case TouchpointKind.Rejection when ExplicitRejection is null:
                    ExplicitRejection = tp.Date;
                    break;
                case TouchpointKind.Snooze:
                    (Snoozes ??= []).Add(tp);
                    break;
                case TouchpointKind.Dismissal:
                    (Dismissals ??= []).Add(tp);
                    break;
            }
        }

        // Interviewers in the order the input lists contacts, so that "first" selections follow the seeker's order.
        List<Contact>? interviewers = null;
        for (int i = 0; i < contacts.Length; i++)
        {
            if (interviewed[i] && IndexOf(contacts[i].Id) == i)
            {
                (interviewers ??= []).Add(contacts[i]);
            }
        }

        Interviews = (IReadOnlyList<Touchpoint>?)interviews ?? [];
        Interviewers = (IReadOnlyList<Contact>?)interviewers ?? [];
    }

    internal EvaluationInput Input { get; }

    internal Application Application => Input.Application;

    internal LocalDate Today { get; }

    /// <summary>Gets every touchpoint, by date then id.</summary>
    internal Touchpoint[] Sorted { get; }

    /// <summary>Gets every touchpoint, by date then id, as the value list custom conditions see.</summary>
    internal ValueList<Touchpoint> Touchpoints => touchpointList ??= new ValueList<Touchpoint>(Sorted);

    /// <summary>Gets the contacts, in input order.</summary>
    internal IReadOnlyList<Contact> Contacts => contacts;

    /// <summary>Gets the snoozes, by date then id; <see langword="null"/> when there are none.</summary>
    internal List<Touchpoint>? Snoozes { get; }

    /// <summary>Gets the dismissals, by date then id; <see langword="null"/> when there are none.</summary>
    internal List<Touchpoint>? Dismissals { get; }

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

    /// <summary>Gets the company as a target, built once.</summary>
    internal Target Company => company ??= Target.Company(Application.CompanyName);

    internal Contact? FindContact(string id) => IndexOf(id) is var i and >= 0 ? contacts[i] : null;

    /// <summary>Returns <paramref name="contact"/> as a target, built once per contact.</summary>
    internal Target PersonTarget(Contact contact)
    {
        int i = IndexOf(contact.Id);
        return i < 0 ? Target.Person(contact.Id, contact.Name) : targets[i] ??= Target.Person(contact.Id, contact.Name);
    }

    /// <summary>Returns the touchpoints naming <paramref name="contactId"/>, by date then id.</summary>
    internal IReadOnlyList<Touchpoint> TouchpointsWith(string contactId) =>
        IndexOf(contactId) is var i and >= 0 && touchpointsByContact[i] is { } list ? list : [];

    /// <summary>
    /// Returns the summary of the touchpoints naming <paramref name="contact"/> (every touchpoint when <see langword="null"/>),
    /// built on first use; <see langword="null"/> when the scope is small enough to scan.
    /// </summary>
    internal ScopeSummary? SummaryOf(Contact? contact)
    {
        if (contact is null)
        {
            return Sorted.Length <= ScopeSummary.ScanLimit ? null : summaryOfAll ??= new ScopeSummary(Sorted);
        }

        int i = IndexOf(contact.Id);
        if (i < 0 || touchpointsByContact[i] is not { Count: > ScopeSummary.ScanLimit } list)
        {
            return null;
        }

        return summaries[i] ??= new ScopeSummary(list);
    }

    /// <summary>Returns the time zone of <paramref name="contact"/>: their own when known, else the seeker's. Looked up once per contact.</summary>
    internal DateTimeZone ZoneOf(Contact contact)
    {
        if (contact.TimeZoneId is not { } id)
        {
            return Input.Seeker.Zone;
        }

        int i = IndexOf(contact.Id);
        if (i >= 0 && zones[i] is { } known)
        {
            return known;
        }

        DateTimeZone zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(id) ?? Input.Seeker.Zone;
        if (i >= 0)
        {
            zones[i] = zone;
        }

        return zone;
    }

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

    // The position of the first contact with this id, or -1.
    private int IndexOf(string id)
    {
        if (contactIndex is not null)
        {
            return contactIndex.TryGetValue(id, out int index) ? index : -1;
        }

        for (int i = 0; i < contacts.Length; i++)
        {
            if (string.Equals(contacts[i].Id, id, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
