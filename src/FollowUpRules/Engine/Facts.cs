using System.Buffers;
using FollowUpRules.Domain;
using FollowUpRules.Utility;
using NodaTime;

namespace FollowUpRules.Engine;

/// <summary>
/// The facts of one evaluation, computed once from the input and today: touchpoints in date order, each counted once
/// (see <see cref="Touchpoint.IsDuplicateOf"/>), indexes per contact (by position in the input), the snoozes and
/// dismissals, the interviews, the rejection, the effective status.
/// </summary>
/// <remarks>
/// Immutable once built: what the evaluation reads never changes under it (the silent rejection, which rules find, is the
/// evaluator's: see <c>Evaluator.SilentRejection.cs</c>). Some values (a scope's summary, a person's target and zone) are
/// worked out on first use and kept.
/// </remarks>
internal sealed class Facts
{
    // Up to this many contacts, a contact is found by id with a loop; above it, with a dictionary built once.
    private const int LinearLookupLimit = 8;

    private static readonly Comparison<Touchpoint> ByDateThenId = static (a, b) =>
    {
        int c = a.Date.CompareTo(b.Date);
        return c != 0 ? c : string.CompareOrdinal(a.Id, b.Id);
    };

    private static readonly Comparison<Touchpoint> ById = static (a, b) => string.CompareOrdinal(a.Id, b.Id);

    private readonly ValueList<Contact> contacts;
    private readonly Dictionary<string, int>? contactIndex;
    private readonly ValueList<Touchpoint> sorted;

    // The arrays below may be longer than what they hold (they can come from Buffers): one person per contact, then
    // interviewCount interviews and interviewerCount interviewers.
    private readonly Person[] people;

    // Every contact's touchpoints, one contact after the other (see Person.Start), each by date then id.
    private readonly Touchpoint[] byContact;
    private readonly Touchpoint[] interviews;
    private readonly int interviewCount;
    private readonly int[] interviewers;
    private readonly int interviewerCount;
    private ScopeSummary? summaryOfAll;
    private Target? company;

    /// <summary>Computes the facts of <paramref name="input"/> as of <paramref name="today"/>.</summary>
    /// <param name="input">The validated input.</param>
    /// <param name="today">The date the facts are taken on, in the seeker's zone.</param>
    /// <param name="buffers">
    /// The arrays to hold them in, reused from an earlier evaluation on this thread; the facts must not be read once the
    /// buffers are cleared for the next one. <see langword="null"/> for arrays of their own.
    /// </param>
    internal Facts(EvaluationInput input, LocalDate today, Buffers? buffers = null)
    {
        buffers ??= new Buffers();
        Input = input;
        Today = today;
        sorted = InOrderOnce(input.Touchpoints);
        contacts = input.Contacts;
        if (contacts.Count > LinearLookupLimit)
        {
            contactIndex = new Dictionary<string, int>(contacts.Count, StringComparer.Ordinal);
            for (int i = 0; i < contacts.Count; i++)
            {
                contactIndex.TryAdd(contacts[i].Id, i);
            }
        }

        // First pass: how many touchpoints name each contact, and the touchpoints of the kinds kept apart. Which contacts
        // each touchpoint names is kept as (touchpoint, contact) pairs, and each interview as (touchpoint, -1), so that the
        // second pass places them without reading a touchpoint or looking a contact id up again.
        people = buffers.People(contacts.Count);
        ReadOnlySpan<Touchpoint> all = Sorted;
        int[] pairs = ArrayPool<int>.Shared.Rent(Math.Max(16, 2 * all.Length));
        int used = 0;
        try
        {
            int named = 0;
            for (int t = 0; t < all.Length; t++)
            {
                Touchpoint tp = all[t];
                bool interview = tp.Kind == TouchpointKind.Interview;
                foreach (string contactId in tp.ContactIds)
                {
                    int c = IndexOf(contactId);
                    if (c >= 0)
                    {
                        people[c].Count++;
                        people[c].Interviewed |= interview;
                        named++;
                        Append(ref pairs, ref used, t, c);
                    }
                }

                switch (tp.Kind)
                {
                    case TouchpointKind.Interview:
                        interviewCount++;
                        Append(ref pairs, ref used, t, -1);
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

            // Second pass: each contact's touchpoints into their place, and the interviews, in date order.
            byContact = buffers.ByContact(named);
            interviews = buffers.Interviews(interviewCount);
            for (int c = 0, start = 0; c < contacts.Count; start += people[c].Count, c++)
            {
                people[c].Start = start;
            }

            Span<int> filled = contacts.Count <= 64 ? stackalloc int[contacts.Count] : new int[contacts.Count];
            for (int p = 0, placed = 0; p < used; p += 2)
            {
                Touchpoint tp = all[pairs[p]];
                int c = pairs[p + 1];
                if (c < 0)
                {
                    interviews[placed++] = tp;
                }
                else
                {
                    byContact[people[c].Start + filled[c]++] = tp;
                }
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(pairs);
        }

        // Interviewers in the order the input lists contacts, so that "first" selections follow the seeker's order.
        for (int i = 0; i < contacts.Count; i++)
        {
            people[i].Interviewed &= IndexOf(contacts[i].Id) == i;
            interviewerCount += people[i].Interviewed ? 1 : 0;
        }

        interviewers = buffers.Interviewers(interviewerCount);
        for (int i = 0, next = 0; i < contacts.Count; i++)
        {
            if (people[i].Interviewed)
            {
                interviewers[next++] = i;
            }
        }
    }

    internal EvaluationInput Input { get; }

    internal Application Application => Input.Application;

    internal LocalDate Today { get; }

    /// <summary>Gets every touchpoint, by date then id, each duplicate counted once (the first by id is kept).</summary>
    internal ReadOnlySpan<Touchpoint> Sorted => sorted.AsSpan();

    /// <summary>Gets every touchpoint, by date then id, each duplicate counted once, as the value list custom conditions see.</summary>
    internal ValueList<Touchpoint> Touchpoints => sorted;

    /// <summary>Gets the contacts, in input order; the engine names a contact by its position here.</summary>
    internal ReadOnlySpan<Contact> Contacts => contacts.AsSpan();

    /// <summary>Gets the snoozes, by date then id; <see langword="null"/> when there are none.</summary>
    internal List<Touchpoint>? Snoozes { get; }

    /// <summary>Gets the dismissals, by date then id; <see langword="null"/> when there are none.</summary>
    internal List<Touchpoint>? Dismissals { get; }

    /// <summary>Gets the interviews, by date then id.</summary>
    internal ReadOnlySpan<Touchpoint> Interviews => interviews.AsSpan(0, interviewCount);

    /// <summary>Gets the positions of the contacts named by an interview, in input order.</summary>
    internal ReadOnlySpan<int> Interviewers => interviewers.AsSpan(0, interviewerCount);

    /// <summary>Returns whether the contact at <paramref name="person"/> was named by an interview.</summary>
    internal bool IsInterviewer(int person) => people[person].Interviewed;

    /// <summary>Gets the date of the first Rejection touchpoint, if any.</summary>
    internal LocalDate? ExplicitRejection { get; }

    internal bool EmployedElsewhere => Input.Seeker.EmployedElsewhereSince is { } since && since <= Today;

    /// <summary>Gets the company as a target, built once.</summary>
    internal Target Company => company ??= Target.Company(Application.CompanyName);

    internal Contact? FindContact(string id) => IndexOf(id) is var i and >= 0 ? contacts[i] : null;

    /// <summary>Returns the contact at <paramref name="person"/> as a target, built once per contact.</summary>
    internal Target PersonTarget(int person) =>
        people[person].Target ??= Target.Person(contacts[person].Id, contacts[person].Name, ZoneOf(person));

    /// <summary>Returns the touchpoints naming the contact at <paramref name="person"/>, by date then id.</summary>
    internal ReadOnlySpan<Touchpoint> TouchpointsWith(int person) => byContact.AsSpan(people[person].Start, people[person].Count);

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

        return people[person].Count <= ScopeSummary.ScanLimit ? null : people[person].Summary ??= new ScopeSummary(TouchpointsWith(person));
    }

    /// <summary>Returns the time zone of the contact at <paramref name="person"/>: their own when known, else the seeker's. Looked up once per contact.</summary>
    internal DateTimeZone ZoneOf(int person)
    {
        if (contacts[person].TimeZoneId is not { } id)
        {
            return Input.Seeker.Zone;
        }

        return people[person].Zone ??= TzdbZones.GetZoneOrNull(id) ?? Input.Seeker.Zone;
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

    // The position of the contact with this id, or -1 (ids are unique in a valid input, the only one the engine evaluates).
    private int IndexOf(string id) =>
        contactIndex is not null
            ? contactIndex.TryGetValue(id, out int index) ? index : -1
            : Contact.IndexOf(contacts, id);

    // The touchpoints by date then id, each duplicate of an earlier one left out (see Touchpoint.IsDuplicateOf): the
    // input's own list when it is in that order and has no duplicate, as it usually is; else one new array, sorted and
    // deduplicated in a rented one first, so that every evaluation allocates at most the list it keeps.
    private static ValueList<Touchpoint> InOrderOnce(ValueList<Touchpoint> touchpoints)
    {
        ReadOnlySpan<Touchpoint> all = touchpoints.AsSpan();
        bool inOrder = true;
        for (int i = 1; i < all.Length && inOrder; i++)
        {
            inOrder = ByDateThenId(all[i - 1], all[i]) < 0;
        }

        if (inOrder && !HasDuplicates(all))
        {
            return touchpoints;
        }

        Touchpoint[] work = ArrayPool<Touchpoint>.Shared.Rent(all.Length);
        try
        {
            all.CopyTo(work);
            if (!inOrder)
            {
                SortByDateThenId(work, all.Length);
            }

            int kept = KeepFirstOfDuplicates(work.AsSpan(0, all.Length));
            return ValueList<Touchpoint>.Wrap(work.AsSpan(0, kept).ToArray());
        }
        finally
        {
            ArrayPool<Touchpoint>.Shared.Return(work, clearArray: true);
        }
    }

    // Sorts the first length touchpoints by a number per date first (comparing numbers, without reading the touchpoints;
    // skipped when the dates are in order, as they usually are when only ids of one day are not), then each run of one
    // date by id.
    private static void SortByDateThenId(Touchpoint[] touchpoints, int length)
    {
        int[] days = ArrayPool<int>.Shared.Rent(length);
        try
        {
            bool datesInOrder = true;
            for (int i = 0; i < length; i++)
            {
                days[i] = DayKey(touchpoints[i].Date);
                datesInOrder &= i == 0 || days[i - 1] <= days[i];
            }

            if (!datesInOrder)
            {
                Array.Sort(days, touchpoints, 0, length);
            }

            for (int start = 0, end; start < length; start = end)
            {
                end = start + 1;
                while (end < length && days[end] == days[start])
                {
                    end++;
                }

                if (end - start > 1)
                {
                    touchpoints.AsSpan(start, end - start).Sort(ById);
                }
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(days);
        }
    }

    // Whether a touchpoint of a list sorted by date duplicates an earlier one; duplicates share a date, so only
    // touchpoints of one date are compared.
    private static bool HasDuplicates(ReadOnlySpan<Touchpoint> sorted)
    {
        for (int i = 1, dayStart = 0; i < sorted.Length; i++)
        {
            if (sorted[i].Date != sorted[i - 1].Date)
            {
                dayStart = i;
                continue;
            }

            for (int j = dayStart; j < i; j++)
            {
                if (sorted[i].IsDuplicateOf(sorted[j]))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // Keeps, in place and in order, the first of each set of duplicates of a list sorted by date then id, and returns
    // how many are kept. Being a duplicate is sameness of a key, so comparing with the touchpoints kept is enough.
    private static int KeepFirstOfDuplicates(Span<Touchpoint> sorted)
    {
        int kept = 0;
        for (int i = 0, dayStart = 0; i < sorted.Length; i++)
        {
            Touchpoint touchpoint = sorted[i];
            if (kept > 0 && touchpoint.Date != sorted[kept - 1].Date)
            {
                dayStart = kept;
            }

            bool duplicate = false;
            for (int j = dayStart; j < kept && !duplicate; j++)
            {
                duplicate = touchpoint.IsDuplicateOf(sorted[j]);
            }

            if (!duplicate)
            {
                sorted[kept++] = touchpoint;
            }
        }

        return kept;
    }

    // Adds the pair (touchpoint, person) to pairs, renting a larger array when full. A bare rented array rather than a
    // PooledList, which is an object of its own: this runs once per evaluation, and every evaluation's bytes count.
    private static void Append(ref int[] pairs, ref int used, int touchpoint, int person)
    {
        if (used + 2 > pairs.Length)
        {
            int[] larger = ArrayPool<int>.Shared.Rent(pairs.Length * 2);
            pairs.AsSpan(0, used).CopyTo(larger);
            ArrayPool<int>.Shared.Return(pairs);
            pairs = larger;
        }

        pairs[used++] = touchpoint;
        pairs[used++] = person;
    }

    // Orders dates of one calendar as the dates order.
    private static int DayKey(LocalDate date) => (date.Year * 512) + (date.Month * 32) + date.Day;

    /// <summary>What the evaluation knows of one contact; built as needed, except the counts.</summary>
    internal struct Person
    {
        /// <summary>Where the contact's touchpoints start in <see cref="byContact"/>.</summary>
        internal int Start;

        /// <summary>How many touchpoints name the contact.</summary>
        internal int Count;

        /// <summary>Whether an interview names the contact (and the contact is the first with their id).</summary>
        internal bool Interviewed;

        internal Target? Target;

        internal DateTimeZone? Zone;

        internal ScopeSummary? Summary;
    }

    /// <summary>
    /// The arrays of one thread's evaluations, reused from one to the next (see Evaluator's workspace), so that facts
    /// allocate only what their evaluation's answer keeps. Each array is cleared before the next evaluation reads it.
    /// </summary>
    internal sealed class Buffers
    {
        private Person[] people = [];
        private int peopleInUse;
        private Touchpoint[] byContact = [];
        private int byContactInUse;
        private Touchpoint[] interviews = [];
        private int interviewsInUse;
        private int[] interviewers = [];

        internal Person[] People(int length) => Take(ref people, ref peopleInUse, length);

        internal Touchpoint[] ByContact(int length) => Take(ref byContact, ref byContactInUse, length);

        internal Touchpoint[] Interviews(int length) => Take(ref interviews, ref interviewsInUse, length);

        // Not cleared between evaluations: every position read is written first.
        internal int[] Interviewers(int length)
        {
            if (interviewers.Length < length)
            {
                interviewers = new int[length];
            }

            return interviewers;
        }

        /// <summary>
        /// Empties what the evaluation used, so that the next one counts each contact's touchpoints from zero and nothing
        /// keeps a touchpoint, target or summary alive; drops any array longer than <paramref name="maxKeptLength"/> (a
        /// very large input's), which the thread would otherwise hold on to.
        /// </summary>
        internal void Clear(int maxKeptLength)
        {
            Empty(ref people, ref peopleInUse, maxKeptLength);
            Empty(ref byContact, ref byContactInUse, maxKeptLength);
            Empty(ref interviews, ref interviewsInUse, maxKeptLength);
            if (interviewers.Length > maxKeptLength)
            {
                interviewers = [];
            }
        }

        private static void Empty<T>(ref T[] array, ref int inUse, int maxKeptLength)
        {
            if (array.Length > maxKeptLength)
            {
                array = [];
            }
            else
            {
                array.AsSpan(0, inUse).Clear();
            }

            inUse = 0;
        }

        // An array of at least length empty entries, which Clear empties again.
        private static T[] Take<T>(ref T[] array, ref int inUse, int length)
        {
            if (array.Length < length)
            {
                array = new T[length];
            }

            inUse = length;
            return array;
        }
    }
}
