using System.Runtime.InteropServices;
using FollowUpRules.Calendar;
using FollowUpRules.Domain;
using FollowUpRules.Rules;
using NodaTime;

namespace FollowUpRules.Engine;

/// <summary>
/// The chain of occurrences of one rule for one target and one anchor event: each occurrence's window, the evidence that
/// does it, the late policy when nothing does, then the next occurrence of a repeat, until one is pending or the chain ends.
/// </summary>
internal sealed partial class Evaluator
{
    private Dictionary<(int Person, int Rule), List<Touchpoint>>? evidenceByScope;

    private void RunChain(CompiledRule compiledRule, Subject who, AnchorInstance instance, ActionSpec action)
    {
        Rule rule = compiledRule.Rule;
        Contact? contact = who.Contact;
        Repeat? repeat = rule.Timing!.Repeat;
        int maxCount = repeat?.MaxCount ?? (repeat is null ? 1 : int.MaxValue);
        ReadOnlySpan<Touchpoint> scope = contact is null ? facts.Sorted : facts.TouchpointsWith(who.Person);
        EvidenceView evidence = Evidence(compiledRule, who.Person, scope, instance.EvidenceFrom);
        BusinessCalendar calendar = compiled.CalendarFor(contact);

        // Where the chain is: the occurrence (k, from 0), the next piece of evidence, and the date the next due date counts
        // from, which strictly increases between passes; repeats are bounded (validated), so the chain ends.
        LocalDate baseDate = instance.Date;
        int k = 0;
        int next = 0;
        bool offsetUsed = false;

        // Set once an occurrence is missed: the date counted from is then the due date of a previous occurrence, like the
        // date one was done on, which doneOnBase tells.
        bool missedOnBase = false;

        // A cadence that restarts on interaction numbers its occurrences by the attempts made; a missed one comes back
        // under the same number. Other repeats number every occurrence, done or missed.
        bool restarts = repeat is { RestartOnInteraction: true } && contact is not null;
        if (restarts)
        {
            RestartAtLastInteraction(contact!, scope, evidence, ref baseDate, ref next, ref k);
        }

        // The last date a bounded repeat may be due on, before its adjustment: computed when first needed.
        LocalDate? repeatEnd = null;
        int prefix = trace?.Count ?? 0;
        while (k < maxCount)
        {
            // Each occurrence's explanation is what the rule and the anchor gave the chain, then its own sentences.
            trace?.TruncateTo(prefix);
            CompiledOffset interval = k == 0 && !offsetUsed ? compiledRule.Offset : compiledRule.Every;
            if (!BackOff(compiledRule, who, repeat, evidence, next, baseDate, ref interval))
            {
                return;
            }

            // The repeat's bound applies to the date the offset gives; the adjustment then moves it to a business day.
            LocalDate scheduled = interval.AddTo(baseDate, calendar);
            if (compiledRule.For is { } span && scheduled > (repeatEnd ??= span.AddTo(instance.Date)))
            {
                return;
            }

            trace?.Scheduled(repeat, k + 1, interval.Source, scheduled, baseDate, calendar);
            // An occurrence done on the date this one counts from had that day's record: this one opens the day after.
            bool doneOnBase = next > 0 && evidence[next - 1].Date == baseDate;
            OccurrenceWindow window = WindowOf(compiledRule, who.Contact, instance, action, calendar, interval, scheduled, baseDate, k, doneOnBase, doneOnBase || missedOnBase);
            LocalDate due = window.Due;
            LocalDate latest = window.Latest;
            if (k == 0 && action.Kind == ActionKind.TreatAsRejected && due <= Today && (facts.ExplicitRejection is null || facts.ExplicitRejection > due))
            {
                // Only the silent-rejection pass gets here (see EvaluateRules).
                FoundSilentRejection(due, rule.Id);
            }

            while (next < evidence.Count && evidence[next].Date < window.CountsFrom)
            {
                next++;
            }

            // Under an Expire policy a step done after its latest date did not do this occurrence, which expired: the
            // touchpoint is left for the next occurrence.
            bool inTime = rule.Late.Action != LateAction.Expire || (next < evidence.Count && evidence[next].Date <= latest);
            if (next < evidence.Count && inTime)
            {
                Touchpoint done = evidence[next];
                next++;
                if (k == 0)
                {
                    // Rules that wait on this one count from when it was done; if it was done late, steps taken since it
                    // was due still count for them.
                    Mark(compiledRule, who, done.Date, done.Date < due ? done.Date : due, AnchorOrigin.StepDone);
                }

                k++;
                offsetUsed = true;
                baseDate = done.Date;
                trace?.From(ExplanationMessage.Of(MessageId.PreviousDone, done.Kind, done.Date));
                continue;
            }

            if (k == 0)
            {
                Mark(compiledRule, who, due, due, AnchorOrigin.StepDue);
            }

            if (Today <= latest)
            {
                Urgency urgency = Today < window.Earliest ? Urgency.Upcoming : Urgency.Due;
                Recommend(compiledRule, who, action, instance.Key, k + 1, baseDate, window.Earliest, due, latest, urgency, false);
                return;
            }

            if (!MissedLate(compiledRule, who, instance, action, baseDate, k, window))
            {
                return;
            }

            // An expired occurrence of a repeat: the next one counts from when the missed one was due.
            k += restarts ? 0 : 1;
            offsetUsed = true;
            missedOnBase = true;
            baseDate = due;
            trace?.From(ExplanationMessage.Of(MessageId.MissedOneDue, due));
        }
    }

    /// <summary>
    /// For a cadence that restarts on interaction: counts from the last interaction with the person when it is later than
    /// the anchor, numbering the occurrences by the attempts already made.
    /// </summary>
    private void RestartAtLastInteraction(Contact contact, ReadOnlySpan<Touchpoint> scope, EvidenceView evidence, ref LocalDate baseDate, ref int next, ref int k)
    {
        Touchpoint? lastInteraction = null;
        for (int i = scope.Length - 1; i >= 0; i--)
        {
            if (TouchpointKinds.IsInteraction(scope[i].Kind))
            {
                lastInteraction = scope[i];
                break;
            }
        }

        if (lastInteraction is not null && lastInteraction.Date > baseDate)
        {
            baseDate = lastInteraction.Date;
            trace?.Add(MessageId.ClockRestarted, contact.Name, lastInteraction.Kind, baseDate);
            trace?.From(ExplanationMessage.Of(MessageId.LastInteractionWith, contact.Name));
        }

        while (next < evidence.Count && evidence[next].Date <= baseDate)
        {
            next++;
            k++;
        }
    }

    /// <summary>
    /// Applies the repeat's back-off to <paramref name="interval"/> after unanswered attempts; returns <see langword="false"/>
    /// when too many are unanswered, and the rule stops for the person (suppressed).
    /// </summary>
    private bool BackOff(CompiledRule rule, Subject who, Repeat? repeat, EvidenceView evidence, int consumed, LocalDate baseDate, ref CompiledOffset interval)
    {
        int unanswered = repeat is not null && who.Contact is not null && (repeat.BackOffFactor > 1 || repeat.MaxUnanswered is not null)
            ? CountUnanswered(who.Person, evidence, consumed, baseDate)
            : 0;
        if (repeat?.MaxUnanswered is int most && unanswered >= most)
        {
            trace?.Add(MessageId.Unanswered, who.Contact!.Name, unanswered, most);
            Suppress(rule, who, SuppressionReason.Unanswered);
            return false;
        }

        if (unanswered > 0 && repeat!.BackOffFactor > 1)
        {
            int multiplier = BackOffMultiplier(repeat.BackOffFactor, unanswered);
            interval = interval.Times(multiplier);
            trace?.Add(MessageId.BackedOff, multiplier, unanswered);
        }

        return true;
    }

    /// <summary>
    /// Returns the window of the occurrence scheduled on <paramref name="scheduled"/>: its due date on a business day by the
    /// timing's convention, its earliest and latest dates, a snooze's delay, and the date from which evidence counts. When
    /// <paramref name="doneOnBase"/>, the previous occurrence was done on <paramref name="baseDate"/>, and this one opens
    /// the day after (unless it is due that very day): what was recorded that day did the previous one, and the same
    /// thing recorded again that day is a duplicate, which counts once. When <paramref name="previousOnBase"/>, the
    /// previous occurrence was done or due on <paramref name="baseDate"/>, so an occurrence scheduled after that day is
    /// not moved back onto it by the adjustment: doing it again that day would be the duplicate, and a missed one would
    /// be due again on the day it was missed, so the chain would never move on.
    /// </summary>
    private OccurrenceWindow WindowOf(CompiledRule compiledRule, Contact? contact, AnchorInstance instance, ActionSpec action, BusinessCalendar calendar, CompiledOffset interval, LocalDate scheduled, LocalDate baseDate, int k, bool doneOnBase, bool previousOnBase)
    {
        Rule rule = compiledRule.Rule;
        Timing timing = rule.Timing!;
        LocalDate from = previousOnBase && scheduled > baseDate ? baseDate.PlusDays(1) : baseDate;
        LocalDate due = Adjust(timing.Adjust, scheduled, from, calendar);
        trace?.Adjusted(timing.Adjust, scheduled, from, calendar);
        LocalDate opens = doneOnBase && due > baseDate ? baseDate.PlusDays(1) : baseDate;
        LocalDate earliest = compiledRule.Early is { } early ? Max(opens, early.SubtractFrom(due)) : opens;
        LocalDate latest = compiledRule.Late.AddTo(due);

        // A step counts as done from its earliest date (a snooze moves when it is shown, not what counts); for the first
        // step after a confirmed rejection that followed a silent one, also from the earliest date the silent rejection gave
        // it. A decision recorded any time after its anchor settles a TreatAsRejected step.
        LocalDate countsFrom = earliest;
        if (k == 0 && baseDate == instance.Date && instance.EvidenceFrom < instance.Date)
        {
            LocalDate alternativeDue = DueDate(timing, interval, instance.EvidenceFrom, calendar);
            LocalDate alternativeEarliest = compiledRule.Early is { } e ? Max(instance.EvidenceFrom, e.SubtractFrom(alternativeDue)) : instance.EvidenceFrom;
            countsFrom = alternativeEarliest < countsFrom ? alternativeEarliest : countsFrom;
        }

        if (action.Kind == ActionKind.TreatAsRejected)
        {
            countsFrom = baseDate;
        }

        Touchpoint? snooze = LastAbout(facts.Snoozes, baseDate, rule, contact);
        if (snooze?.SnoozeUntil is { } until)
        {
            earliest = Max(earliest, until);
            due = Max(due, until);
            latest = Max(latest, compiledRule.Late.AddTo(due));
            trace?.Add(MessageId.Snoozed, snooze.Date, until);
        }

        trace?.Add(MessageId.Window, earliest, latest);
        return new OccurrenceWindow(earliest, due, latest, countsFrom);
    }

    /// <summary>
    /// Applies the late policy to an occurrence not done by its latest date: expires it, under <c>Expire</c> or when its
    /// replacement cannot reach the person (returns <see langword="true"/> when a repeat goes on), or recommends its
    /// replacement or the overdue step (returns <see langword="false"/>).
    /// </summary>
    private bool MissedLate(CompiledRule compiledRule, Subject who, AnchorInstance instance, ActionSpec action, LocalDate baseDate, int k, OccurrenceWindow window)
    {
        Rule rule = compiledRule.Rule;
        LocalDate due = window.Due;
        LocalDate latest = window.Latest;
        switch (rule.Late.Action)
        {
            case LateAction.Expire:
                trace?.Add(MessageId.Expired, latest);
                Expire(compiledRule, who, k + 1, due, latest);
                return rule.Timing!.Repeat is not null;
            case LateAction.TurnInto:
                ActionSpec? replacement = ResolveAction(rule.Late.TurnInto!, who.Contact, who.Person);
                if (replacement is null)
                {
                    trace?.Add(MessageId.ExpiredUnreachable, latest, TargetOf(who).Name);
                    Expire(compiledRule, who, k + 1, due, latest);
                    return rule.Timing!.Repeat is not null;
                }

                LocalDate replacementDue = latest.PlusDays(1);
                LocalDate replacementLatest = compiledRule.Late.AddTo(replacementDue);
                trace?.Add(MessageId.TurnedInto, latest, replacement.Kind, replacement.Channel, replacementDue);
                Urgency replacementUrgency = Today > replacementLatest ? Urgency.Overdue : Urgency.Due;
                if (replacementUrgency == Urgency.Overdue)
                {
                    trace?.Add(MessageId.OverdueSince, replacementLatest.PlusDays(1));
                }

                Recommend(compiledRule, who, replacement, instance.Key, k + 1, baseDate, replacementDue, replacementDue, replacementLatest, replacementUrgency, true);
                return false;
            default:
                trace?.Add(MessageId.OverdueSince, latest.PlusDays(1));
                Recommend(compiledRule, who, action, instance.Key, k + 1, baseDate, window.Earliest, due, latest, Urgency.Overdue, false);
                return false;
        }
    }

    /// <summary>Returns the due date <paramref name="interval"/> after <paramref name="from"/>, adjusted by the timing's convention.</summary>
    private static LocalDate DueDate(Timing timing, CompiledOffset interval, LocalDate from, BusinessCalendar calendar) =>
        Adjust(timing.Adjust, interval.AddTo(from, calendar), from, calendar);

    /// <summary>
    /// Moves <paramref name="due"/> to a business day by <paramref name="adjustment"/>. A move back that would go before
    /// <paramref name="from"/>, the date the step counts from, goes forward instead.
    /// </summary>
    private static LocalDate Adjust(DateAdjustment adjustment, LocalDate due, LocalDate from, BusinessCalendar calendar)
    {
        LocalDate moved = calendar.Move(due, adjustment);
        return moved != due && moved < from ? calendar.Move(due, DateAdjustment.Following) : moved;
    }

    private static LocalDate Max(LocalDate a, LocalDate b) => a >= b ? a : b;

    /// <summary>
    /// Returns the touchpoints of <paramref name="scope"/> that do a step of <paramref name="rule"/>, from
    /// <paramref name="from"/> on. A small scope is filtered into one list reused by every chain (chains do not nest); a
    /// large one is filtered once per evaluation and rule, and each chain starts where its dates begin.
    /// </summary>
    private EvidenceView Evidence(CompiledRule rule, int person, ReadOnlySpan<Touchpoint> scope, LocalDate from)
    {
        if (scope.Length <= ScopeSummary.ScanLimit)
        {
            List<Touchpoint> chain = work.Evidence;
            chain.Clear();
            for (int i = FirstOnOrAfter(scope, from); i < scope.Length; i++)
            {
                if (rule.IsEvidence(scope[i].Kind))
                {
                    chain.Add(scope[i]);
                }
            }

            return new EvidenceView(chain, 0);
        }

        evidenceByScope ??= [];
        if (!evidenceByScope.TryGetValue((person, rule.Index), out List<Touchpoint>? all))
        {
            all = [];
            for (int i = 0; i < scope.Length; i++)
            {
                if (rule.IsEvidence(scope[i].Kind))
                {
                    all.Add(scope[i]);
                }
            }

            evidenceByScope[(person, rule.Index)] = all;
        }

        return new EvidenceView(all, FirstOnOrAfter(CollectionsMarshal.AsSpan(all), from));
    }

    private int CountUnanswered(int person, EvidenceView evidence, int consumed, LocalDate baseDate)
    {
        // The last answer on or before the base date: scan back from the first touchpoint after it.
        LocalDate? lastAnswer = null;
        ReadOnlySpan<Touchpoint> with = facts.TouchpointsWith(person);
        for (int i = FirstOnOrAfter(with, baseDate.PlusDays(1)) - 1; i >= 0; i--)
        {
            if (TouchpointKinds.IsAnswer(with[i].Kind))
            {
                lastAnswer = with[i].Date;
                break;
            }
        }

        int count = 0;
        for (int i = 0; i < consumed; i++)
        {
            Touchpoint attempt = evidence[i];
            if (attempt.Direction == Direction.Outbound && (lastAnswer is null || attempt.Date > lastAnswer))
            {
                count++;
            }
        }

        return count;
    }

    private static int BackOffMultiplier(int factor, int unanswered)
    {
        long multiplier = 1;
        for (int i = 0; i < unanswered && multiplier < MaxBackOffMultiplier; i++)
        {
            multiplier *= factor;
        }

        return (int)Math.Min(multiplier, MaxBackOffMultiplier);
    }

    /// <summary>Returns the index of the first of <paramref name="sorted"/> (by date) dated on or after <paramref name="date"/>.</summary>
    private static int FirstOnOrAfter(ReadOnlySpan<Touchpoint> sorted, LocalDate date)
    {
        int lo = 0;
        int hi = sorted.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid].Date < date)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>The touchpoints of a list from a position on: the evidence of one chain.</summary>
    private readonly struct EvidenceView(List<Touchpoint> list, int offset)
    {
        internal int Count => list.Count - offset;

        internal Touchpoint this[int index] => list[offset + index];
    }

    /// <summary>The window of one occurrence: its earliest, due and latest dates, and the first date evidence counts from.</summary>
    private readonly record struct OccurrenceWindow(LocalDate Earliest, LocalDate Due, LocalDate Latest, LocalDate CountsFrom);
}
