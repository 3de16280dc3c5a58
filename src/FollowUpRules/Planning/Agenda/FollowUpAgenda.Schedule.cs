using FollowUpRules.Engine;
using FollowUpRules.Rules;
using FollowUpRules.Utility;
using NodaTime;

namespace FollowUpRules.Planning;

/// <summary>Scheduling: the steps, most urgent first, each on the first day every limit and pause lets it have.</summary>
public sealed partial class FollowUpAgenda
{
    private Agenda Schedule(PooledList<Pending> pending, Portfolio portfolio, LocalDate today, LocalDate until, AgendaSettings settings)
    {
        OutreachLimits limits = settings.Limits;
        int todayNumber = AgendaDays.DayNumber(today);
        var pauses = new PauseLimit(settings.Pauses);
        var daily = new DailyLimit(today, limits.MaxPerDay);
        var weekly = new CompanyWeekLimit(today, limits.MaxPerCompanyPerWeek);
        using var spacing = new SpacingLimit(today, limits.MinSpacingPerPerson.Days, PeopleIn(pending), pending.Count);
        using var placements = new PooledList<Placement>(pending.Count);
        using var allMoves = new PooledList<AgendaMove>(pending.Count);
        var moves = new List<AgendaMove>();

        using PooledList<int> order = SortedByUrgency(pending);
        foreach (int index in order.Items)
        {
            ref readonly Pending item = ref pending.Items[index];
            Candidate step = item.Step;
            bool person = item.Person >= 0;
            LocalDate latest = step.Latest;
            LocalDate day = step.Due > today ? step.Due : today;
            int offset = AgendaDays.DayNumber(day) - todayNumber;
            moves.Clear();
            AgendaMoveReason? pushedPastLatestBy = null;

            // A pause holds every step; the limits hold only steps to a person. Each says whether the step may go on the day,
            // and if not, where it moves and why; the step moves until every one lets it stay.
            while (true)
            {
                AgendaMove move;
                if (pauses.Blocks(day, out move))
                {
                }
                else if (!person)
                {
                    break;
                }
                else if (!daily.Blocks(day, offset, out move) && !weekly.Blocks(step.Company, day, offset, out move) && !spacing.Blocks(item.Person, day, offset, out move))
                {
                    break;
                }

                if (day <= latest && move.To > latest)
                {
                    pushedPastLatestBy = move.Reason;
                }

                // A run of moves for the same reason (the same pause, full day after full day) is one move.
                if (moves.Count > 0 && moves[^1].ContinuedBy(move))
                {
                    moves[^1] = moves[^1] with { To = move.To };
                }
                else
                {
                    moves.Add(move);
                }

                day = move.To;
                offset = AgendaDays.DayNumber(day) - todayNumber;
            }

            if (person)
            {
                daily.Record(offset);
                weekly.Record(step.Company, offset);
                spacing.Record(item.Person, offset);
            }

            placements.Add(new Placement(index, day, offset, allMoves.Count, moves.Count, pushedPastLatestBy));
            foreach (AgendaMove move in moves)
            {
                allMoves.Add(move);
            }
        }

        // Only the placing above has to run in order; the items are made on the agenda's threads.
        using var placedList = new PooledList<AgendaItem>(placements.Count, null!);
        using var placedOn = new PooledList<int>(placements.Count, 0);
        ForEach(placements.Count, n =>
        {
            Placement placement = placements[n];
            ref readonly Pending item = ref pending.Items[placement.Index];
            Candidate step = item.Step;
            AgendaExplanation? explanation = placement.MoveCount == 0
                ? null
                : new AgendaExplanation(allMoves.Items.Slice(placement.MoveStart, placement.MoveCount), placement.PushedPastLatestBy, step.Recommendation, portfolio.Inputs[step.Application].Application, limits);
            placedList.Items[n] = new AgendaItem(placement.Date, step.Recommendation, item.ApplicationIds, step.Urgency == Urgency.Overdue, placement.PushedPastLatestBy is not null, explanation);
            placedOn.Items[n] = placement.Day;
        });

        return new Agenda(today, until, AgendaDays.ByDay(placedList, placedOn));
    }

    /// <summary>Returns one more than the highest person number among the steps.</summary>
    private static int PeopleIn(PooledList<Pending> pending)
    {
        int people = 0;
        foreach (Pending item in pending.Items)
        {
            people = Math.Max(people, item.Person + 1);
        }

        return people;
    }

    /// <summary>
    /// Returns the indexes of the steps in the step order (<see cref="StepOrder"/>): the urgency key, the rule's position,
    /// the application (numbered in the ordinal order of the ids), the target, the anchor and the occurrence.
    /// </summary>
    private PooledList<int> SortedByUrgency(PooledList<Pending> pending)
    {
        // Two numeric keys decide almost every comparison (the urgency key; the rule's position and the application's
        // number, packed); the strings only break the rest.
        int n = pending.Count;
        using var keyList = new PooledList<UrgencyKey>(n, default);
        Span<UrgencyKey> keys = keyList.Items;
        for (int i = 0; i < n; i++)
        {
            ref readonly Pending item = ref pending.Items[i];
            keys[i] = new UrgencyKey(item.Step.UrgencyKey, ((long)item.Step.Rule << 32) | (uint)item.FirstApplication, i);
        }

        var comparer = new UrgencyOrder(pending);
        var order = new PooledList<int>(n);
        if (parallel.MaxDegreeOfParallelism == 1 || n < 4_096)
        {
            keys.Sort(comparer);
            foreach (UrgencyKey key in keys)
            {
                order.Add(key.Index);
            }

            return order;
        }

        // Two halves sorted at once, then merged: the comparison is a total order (the position breaks the last ties), so
        // the result is the one a single sort gives.
        int half = n / 2;
        Parallel.Invoke(parallel, () => keyList.Items[..half].Sort(comparer), () => keyList.Items[half..].Sort(comparer));
        int left = 0;
        int right = half;
        while (left < half && right < n)
        {
            order.Add(comparer.Compare(keys[left], keys[right]) <= 0 ? keys[left++].Index : keys[right++].Index);
        }

        while (left < half)
        {
            order.Add(keys[left++].Index);
        }

        while (right < n)
        {
            order.Add(keys[right++].Index);
        }

        return order;
    }

    /// <summary>
    /// Where the step at <c>Index</c> was put: its date (<c>Day</c> days from today), its moves (<c>MoveCount</c> of them from
    /// <c>MoveStart</c>) and the reason that pushed it past its latest date, if one did.
    /// </summary>
    private readonly record struct Placement(int Index, LocalDate Date, int Day, int MoveStart, int MoveCount, AgendaMoveReason? PushedPastLatestBy);

    /// <summary>The numeric sort keys of the step at <c>Index</c>.</summary>
    private readonly record struct UrgencyKey(long Urgency, long RuleAndApplication, int Index);

    /// <summary>Orders steps by their numeric keys, then by target, anchor, occurrence and original position.</summary>
    private readonly struct UrgencyOrder(PooledList<Pending> pending) : IComparer<UrgencyKey>
    {
        public int Compare(UrgencyKey x, UrgencyKey y)
        {
            int c = x.Urgency.CompareTo(y.Urgency);
            if (c == 0)
            {
                c = x.RuleAndApplication.CompareTo(y.RuleAndApplication);
            }

            if (c != 0)
            {
                return c;
            }

            Recommendation a = pending[x.Index].Step.Recommendation;
            Recommendation b = pending[y.Index].Step.Recommendation;
            c = StepOrder.CompareWithinApplication(a.Target.Kind, a.Target.ContactId, a.AnchorKey, a.Occurrence, b.Target.Kind, b.Target.ContactId, b.AnchorKey, b.Occurrence);

            return c != 0 ? c : x.Index.CompareTo(y.Index);
        }
    }
}
