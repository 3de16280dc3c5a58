using System.Runtime.InteropServices;
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
    private readonly bool[] interviewed;
    private readonly List<Touchpoint>? interviews;
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
        interviewed = new bool[contacts.Length];
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
        int interviewers = 0;
        for (int i = 0; i < contacts.Length; i++)
        {
            interviewed[i] &= IndexOf(contacts[i].Id) == i;
            interviewers += interviewed[i] ? 1 : 0;
        }

        Interviewers = interviewers == 0 ? [] : new int[interviewers];
        for (int i = 0, next = 0; i < contacts.Length; i++)
        {
            if (interviewed[i])
            {
                Interviewers[next++] = i;
            }
        }
    }

    internal EvaluationInput Input { get; }

    internal Application Application => Input.Application;

    internal LocalDate Today { get; }

    /// <summary>Gets every touchpoint, by date then id.</summary>
    internal Touchpoint[] Sorted { get; }

    /// <summary>Gets every touchpoint, by date then id, as the value list custom conditions see.</summary>
    internal ValueList<Touchpoint> Touchpoints => touchpointList ??= new ValueList<Touchpoint>(Sorted);

    /// <summary>Gets the contacts, in input order; the engine names a contact by its position here.</summary>
    internal Contact[] Contacts => contacts;

    /// <summary>Gets the snoozes, by date then id; <see langword="null"/> when there are none.</summary>
    internal List<Touchpoint>? Snoozes { get; }

    /// <summary>Gets the dismissals, by date then id; <see langword="null"/> when there are none.</summary>
    internal List<Touchpoint>? Dismissals { get; }

    /// <summary>Gets the interviews, by date then id.</summary>
    internal ReadOnlySpan<Touchpoint> Interviews => CollectionsMarshal.AsSpan(interviews);

    /// <summary>Gets the positions of the contacts named by an interview, in input order.</summary>
    internal int[] Interviewers { get; }

    /// <summary>Returns whether the contact at <paramref name="person"/> was named by an interview.</summary>
    internal bool IsInterviewer(int person) => interviewed[person];

    internal LocalDate? LastInterview => Interviews.Length == 0 ? null : Interviews[^1].Date;

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

    /// <summary>Returns the contact at <paramref name="person"/> as a target, built once per contact.</summary>
    internal Target PersonTarget(int person) =>
        targets[person] ??= Target.Person(contacts[person].Id, contacts[person].Name);

    /// <summary>Returns the touchpoints naming the contact at <paramref name="person"/>, by date then id.</summary>
    internal ReadOnlySpan<Touchpoint> TouchpointsWith(int person) =>
        touchpointsByContact[person] is { } list ? CollectionsMarshal.AsSpan(list) : default;

    /// <summary>
    /// Returns the summary of the touchpoints naming the contact at <paramref name="person"/> (every touchpoint when -1),
    /// built on first use; <see langword="null"/> when the scope is small enough to scan.
    /// </summary>
    internal ScopeSummary? SummaryOf(int person)
    {
        if (person < 0)
        {
            return Sorted.Length <= ScopeSummary.ScanLimit ? null : summaryOfAll ??= new ScopeSummary(Sorted);
        }

        if (touchpointsByContact[person] is not { Count: > ScopeSummary.ScanLimit } list)
        {
            return null;
        }

        return summaries[person] ??= new ScopeSummary(list);
    }

    /// <summary>Returns the time zone of the contact at <paramref name="person"/>: their own when known, else the seeker's. Looked up once per contact.</summary>
    internal DateTimeZone ZoneOf(int person)
    {
        if (contacts[person].TimeZoneId is not { } id)
        {
            return Input.Seeker.Zone;
        }

        return zones[person] ??= TzdbZones.GetZoneOrNull(id) ?? Input.Seeker.Zone;
    }

    /// <summary>Gets what the app and the touchpoints together know of a LinkedIn connection: the furthest state either shows.</summary>
    internal LinkedInConnection LinkedInState(int person)
    {
        LinkedInConnection state = contacts[person].LinkedIn;
        foreach (Touchpoint t in TouchpointsWith(person))
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
