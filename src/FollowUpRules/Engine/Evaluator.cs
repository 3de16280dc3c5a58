using FollowUpRules.Calendar;
using FollowUpRules.Domain;
using FollowUpRules.Rules;
using FollowUpRules.Rules.Conditions;
using System.Diagnostics;
using System.Runtime.InteropServices;
using FollowUpRules.Utility;
using NodaTime;

namespace FollowUpRules.Engine;

/// <summary>
/// One evaluation: walks the playbook's rules in dependency order over the facts of one application and collects
/// recommendations, expired steps and suppressed steps. Not thread-safe; the engine makes one per call.
/// </summary>
internal sealed partial class Evaluator
{
    /// <summary>The back-off multiplier never exceeds this, whatever the number of unanswered attempts.</summary>
    internal const int MaxBackOffMultiplier = 64;

    private readonly CompiledPlaybook compiled;
    private readonly Facts facts;
    // The lists the steps are collected in: the thread's, reused between evaluations (Run gives them back).
    private readonly Workspace work = Workspace.Rent();
    private Dictionary<(int Person, int Rule), List<Touchpoint>>? evidenceByScope;
    // The anchors of rules that wait on another rule, per mark slot (see CompiledRule.MarkSlot) and target (Subject.Slot).
    private AnchorInstance?[]? marks;

    // Explanations are rendered lazily: a fast run (source set) builds no sentence and gives each step an explanation
    // that points back to the source; reading one runs the evaluation again with sentences (source null, explaining),
    // which walks the same path and produces the same steps in the same order, and collects their sentences here.
    private readonly ExplanationSource? source;
    private readonly List<ValueList<string>>? explained;
    private int produced;

    // Set for callers that read only the recommendations (the agenda, the planner): expired and suppressed steps are
    // counted, so that every step keeps the number the explaining run gives it, but not made.
    private readonly bool recommendationsOnly;

    /// <summary>Initializes an evaluation that builds no sentence: each explanation is rendered by <paramref name="source"/> when first read.</summary>
    /// <param name="compiled">The playbook, compiled once per engine.</param>
    /// <param name="input">The validated input.</param>
    /// <param name="today">The date the evaluation is made on, in the seeker's zone.</param>
    /// <param name="source">The source every step of this evaluation points back to, to write its explanation when read.</param>
    /// <param name="recommendationsOnly">Whether to skip making the expired and suppressed steps, for <see cref="RunRecommendations"/>.</param>
    internal Evaluator(CompiledPlaybook compiled, EvaluationInput input, LocalDate today, ExplanationSource source, bool recommendationsOnly = false)
    {
        this.compiled = compiled;
        facts = new Facts(input, today, work.Facts);
        this.source = source;
        this.recommendationsOnly = recommendationsOnly;
    }

    /// <summary>Initializes an evaluation that writes every sentence, collecting them in production order in <paramref name="explained"/>.</summary>
    internal Evaluator(CompiledPlaybook compiled, EvaluationInput input, LocalDate today, List<ValueList<string>> explained)
    {
        this.compiled = compiled;
        facts = new Facts(input, today, work.Facts);
        this.explained = explained;
    }

    private bool Explaining => explained is not null;

    private LocalDate Today => facts.Today;

    internal Evaluation Run()
    {
        Debug.Assert(!recommendationsOnly, "An evaluation that skips the expired and suppressed steps cannot return them.");
        try
        {
            EvaluateRules();
            return new Evaluation(
                facts.Application.Id,
                Today,
                InOrder(work.Recommendations, CompiledPlaybook.CompareUrgency),
                InOrder(work.Expired, CompiledPlaybook.CompareExpired),
                InOrder(work.Suppressed, CompiledPlaybook.CompareSuppressed));
        }
        finally
        {
            work.Return();
        }
    }

    /// <summary>Runs the evaluation and adds only its recommendations to <paramref name="into"/>, in the order <see cref="Run"/> gives them.</summary>
    internal void RunRecommendations(List<Recommendation> into)
    {
        try
        {
            EvaluateRules();
            Span<Ranked<Recommendation>> ranked = work.Recommendations.Items;
            ranked.Sort(CompiledPlaybook.CompareUrgency);
            foreach (Ranked<Recommendation> step in ranked)
            {
                into.Add(step.Step);
            }
        }
        finally
        {
            work.Return();
        }
    }

    private void EvaluateRules()
    {
        foreach (CompiledRule rule in compiled.EvaluationOrder)
        {
            EvaluateRule(rule);
        }
    }

    private static ValueList<T> InOrder<T>(PooledList<Ranked<T>> steps, Comparison<Ranked<T>> order)
    {
        if (steps.Count == 0)
        {
            return ValueList<T>.Empty;
        }

        Span<Ranked<T>> ranked = steps.Items;
        ranked.Sort(order);
        var items = new T[ranked.Length];
        for (int i = 0; i < items.Length; i++)
        {
            items[i] = ranked[i].Step;
        }

        return ValueList<T>.Wrap(items);
    }

    private void EvaluateRule(CompiledRule compiledRule)
    {
        Rule rule = compiledRule.Rule;
        Audience audience = rule.Audience;
        ReadOnlySpan<Contact> contacts = facts.Contacts;
        switch (audience.Kind)
        {
            case AudienceKind.Seeker:
                EvaluateTarget(compiledRule, new Subject(TargetKind.Seeker, null, -1));
                break;
            case AudienceKind.Company:
                EvaluateTarget(compiledRule, new Subject(TargetKind.Company, null, -1));
                break;
            case AudienceKind.Interviewers:
                ReadOnlySpan<int> interviewers = facts.Interviewers;
                if (audience.Selection == AudienceSelection.Each)
                {
                    foreach (int person in interviewers)
                    {
                        EvaluateTarget(compiledRule, PersonSubject(person));
                    }
                }
                else if (interviewers.Length > 0)
                {
                    // The first person who is neither blocked nor unreachable; if everyone is, the first one, so that the
                    // evaluation says why nothing is recommended.
                    int chosen = interviewers[0];
                    foreach (int person in interviewers)
                    {
                        if (IsReachable(rule, person))
                        {
                            chosen = person;
                            break;
                        }
                    }

                    EvaluateTarget(compiledRule, PersonSubject(chosen));
                }

                break;
            default:
                ValueList<ContactRole> roles = audience.Roles;
                if (audience.Selection == AudienceSelection.Each)
                {
                    // Each contact with one of the roles (every contact when there are none), in input order.
                    for (int person = 0; person < contacts.Length; person++)
                    {
                        if (roles.Count == 0 || HasAnyRole(contacts[person], roles))
                        {
                            EvaluateTarget(compiledRule, PersonSubject(person));
                        }
                    }
                }
                else if (FirstOf(rule, roles) is var chosenContact and >= 0)
                {
                    EvaluateTarget(compiledRule, PersonSubject(chosenContact));
                }

                break;
        }
    }

    /// <summary>
    /// Returns the contact a "first of" audience picks: the first candidate who is neither blocked nor unreachable, else
    /// the first candidate; -1 when there is none. The candidates are the contacts with the first role, then those with
    /// the second (who were not already candidates), and so on; every contact, in input order, when there are no roles.
    /// </summary>
    private int FirstOf(Rule rule, ValueList<ContactRole> roles)
    {
        ReadOnlySpan<Contact> contacts = facts.Contacts;
        int fallback = -1;
        for (int role = 0; role < Math.Max(1, roles.Count); role++)
        {
            for (int person = 0; person < contacts.Length; person++)
            {
                if (roles.Count > 0 && !IsCandidateAt(contacts[person], roles, role))
                {
                    continue;
                }

                if (IsReachable(rule, person))
                {
                    return person;
                }

                fallback = fallback < 0 ? person : fallback;
            }
        }

        return fallback;
    }

    private Subject PersonSubject(int person) => new(TargetKind.Person, facts.Contacts[person], person);

    // Targets are made when a step names them rather than for every subject walked: an evaluation that makes only its
    // recommendations (see recommendationsOnly) then makes no target for a contact who gets none. Each is made once.
    private Target TargetOf(Subject who) => who.Kind switch
    {
        TargetKind.Seeker => Target.Seeker,
        TargetKind.Company => facts.Company,
        _ => facts.PersonTarget(who.Person),
    };

    /// <summary>Returns whether <paramref name="contact"/> is first a candidate of a "first of" audience at its <paramref name="role"/>th role.</summary>
    private static bool IsCandidateAt(Contact contact, ValueList<ContactRole> roles, int role)
    {
        if (!Has(contact.Roles, roles[role]))
        {
            return false;
        }

        for (int earlier = 0; earlier < role; earlier++)
        {
            if (Has(contact.Roles, roles[earlier]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Returns whether the contact at <paramref name="person"/> is neither blocked nor unreachable for <paramref name="rule"/>.</summary>
    private bool IsReachable(Rule rule, int person) =>
        !IsBlocked(facts.Contacts[person], person) && ResolveAction(rule.Action, facts.Contacts[person]) is not null;

    private bool IsBlocked(Contact contact, int person)
    {
        if (contact.DoNotContact)
        {
            return true;
        }

        for (int s = 0; s < compiled.StopRules.Length; s++)
        {
            if (BlockingStopRuleApplies(s, contact, person, Today))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Returns whether the <paramref name="s"/>th stop rule blocks the contact; asked once per contact when only the contact matters.</summary>
    private bool BlockingStopRuleApplies(int s, Contact contact, int person, LocalDate anchorDate)
    {
        StopRule stop = compiled.StopRules[s];
        if (!stop.DependsOnContactOnly)
        {
            return StopRuleApplies(stop.Rule, contact, person, anchorDate);
        }

        ref sbyte known = ref work.StopRuleVerdicts(compiled.StopRules.Length * facts.Contacts.Length)[(s * facts.Contacts.Length) + person];
        if (known == 0)
        {
            known = StopRuleApplies(stop.Rule, contact, person, anchorDate) ? (sbyte)1 : (sbyte)-1;
        }

        return known > 0;
    }

    private bool StopRuleApplies(Rule stop, Contact contact, int person, LocalDate anchorDate)
    {
        if (!InAudience(stop.Audience, contact, person))
        {
            return false;
        }

        foreach (Condition condition in stop.Conditions)
        {
            if (!Holds(condition, contact, person, stop.Audience.Kind, anchorDate))
            {
                return false;
            }
        }

        return true;
    }

    private bool InAudience(Audience audience, Contact contact, int person) => audience.Kind switch
    {
        AudienceKind.Interviewers => facts.IsInterviewer(person),
        AudienceKind.Contacts => audience.Roles.Count == 0 || HasAnyRole(contact, audience.Roles),
        _ => false,
    };

    private static bool HasAnyRole(Contact contact, ValueList<ContactRole> roles)
    {
        foreach (ContactRole role in contact.Roles)
        {
            if (Has(roles, role))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Has<T>(ValueList<T> list, T item)
        where T : struct, Enum
    {
        foreach (T x in list)
        {
            if (EqualityComparer<T>.Default.Equals(x, item))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Names(ValueList<string> ids, string id)
    {
        foreach (string x in ids)
        {
            if (string.Equals(x, id, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Evaluates every occurrence of the rule's anchor event for the target, up to today.</summary>
    private void EvaluateTarget(CompiledRule rule, Subject who)
    {
        Anchor anchor = rule.Rule.Anchor!;
        switch (anchor.Kind)
        {
            case AnchorKind.ApplicationSubmitted:
                LocalDate applied = facts.Application.AppliedOn;
                Instance(rule, who, new AnchorInstance(applied, "applied", Explaining ? Say.Applied(applied) : null, applied, "you applied"));
                break;
            case AnchorKind.InterviewHeld:
                // The interviews (naming the person, for a person), by date then id.
                foreach (Touchpoint interview in who.Contact is null ? facts.Interviews : facts.TouchpointsWith(who.Person))
                {
                    if (interview.Kind == TouchpointKind.Interview)
                    {
                        Instance(rule, who, new AnchorInstance(interview.Date, interview.Id, Explaining ? Say.Interview(interview.Date, Names(interview)) : null, interview.Date, "the interview"));
                    }
                }

                break;
            case AnchorKind.LastInterview:
                if (facts.Interviews.Length > 0)
                {
                    Touchpoint last = facts.Interviews[^1];
                    Instance(rule, who, new AnchorInstance(last.Date, "last-interview", Explaining ? Say.LastInterview(last.Date, Names(last)) : null, last.Date, "the last interview"));
                }

                break;
            case AnchorKind.RejectionReceived:
                if (facts.EffectiveRejection is { } rejected)
                {
                    string? text = Explaining ? Say.Rejection(rejected, facts.ExplicitRejection, facts.SilentRejection, facts.SilentRejectionRuleId) : null;
                    Instance(rule, who, new AnchorInstance(rejected, "rejection", text, facts.RejectionEvidenceFrom!.Value, "the rejection"));
                }

                break;
            case AnchorKind.ReplyReceived:
                // The replies (from the person, for a person), by date then id.
                foreach (Touchpoint reply in who.Contact is null ? facts.Sorted : facts.TouchpointsWith(who.Person))
                {
                    if (reply.Kind == TouchpointKind.Reply && (anchor.Outcome is null || reply.Outcome == anchor.Outcome))
                    {
                        string? text = Explaining ? Say.Reply(Names(reply), reply.Outcome, reply.Date) : null;
                        Instance(rule, who, new AnchorInstance(reply.Date, reply.Id, text, reply.Date, "the reply"));
                    }
                }

                break;
            case AnchorKind.PostingSpotted:
                foreach (Touchpoint posting in facts.Sorted)
                {
                    if (posting.Kind == TouchpointKind.PostingSpotted)
                    {
                        Instance(rule, who, new AnchorInstance(posting.Date, posting.Id, Explaining ? Say.Posting(facts.Application.CompanyName, posting.Date) : null, posting.Date, "the posting was spotted"));
                    }
                }

                break;
            case AnchorKind.AfterRule:
                if (marks?[MarkIndex(rule.AnchorMarkSlot, who)] is { } mark)
                {
                    Instance(rule, who, mark);
                }

                break;
        }
    }

    private void Instance(CompiledRule rule, Subject who, AnchorInstance instance)
    {
        if (instance.Date <= Today)
        {
            EvaluateInstance(rule, who, instance);
        }
    }

    private string Names(Touchpoint touchpoint) =>
        touchpoint.ContactIds.Count == 0
            ? facts.Application.CompanyName
            : string.Join(" and ", touchpoint.ContactIds.Select(id => facts.FindContact(id)?.Name ?? id));

    private void EvaluateInstance(CompiledRule compiledRule, Subject who, AnchorInstance instance)
    {
        Rule rule = compiledRule.Rule;
        Contact? contact = who.Contact;
        List<string>? lines = Explaining ? new List<string>(8) { Say.RuleLine(rule), Say.Anchor(instance.Text) } : null;

        if (contact is not null)
        {
            if (contact.DoNotContact)
            {
                Suppress(compiledRule, who, SuppressionReason.DoNotContact, null, lines, lines is null ? null : Say.DoNotContact(contact.Name));
                return;
            }

            for (int s = 0; s < compiled.StopRules.Length; s++)
            {
                if (BlockingStopRuleApplies(s, contact, who.Person, instance.Date))
                {
                    Rule stop = compiled.StopRules[s].Rule;
                    Suppress(compiledRule, who, SuppressionReason.StopRule, stop.Id, lines, lines is null ? null : Say.BlockedByStopRule(stop));
                    return;
                }
            }
        }

        foreach (Condition condition in rule.Conditions)
        {
            if (!Holds(condition, contact, who.Person, rule.Audience.Kind, instance.Date))
            {
                Suppress(compiledRule, who, SuppressionReason.ConditionNotMet, null, lines, lines is null ? null : Say.NotMet(condition));
                return;
            }
        }

        if (rule.Conditions.Count > 0 && Explaining)
        {
            lines?.Add(Say.Applies(rule.Conditions));
        }

        foreach (Condition condition in rule.StopWhen)
        {
            if (Holds(condition, contact, who.Person, rule.Audience.Kind, instance.Date))
            {
                Suppress(compiledRule, who, SuppressionReason.Stopped, null, lines, lines is null ? null : Say.Stopped(condition));
                return;
            }
        }

        Touchpoint? dismissal = LastAbout(facts.Dismissals, instance.Date, rule, contact);
        if (dismissal is not null)
        {
            // Rules that wait on this one still count from the date it was due: dismissing a note does not cancel the
            // congratulations that follow it.
            LocalDate due = DueDate(rule.Timing!, compiledRule.Offset, instance.Date, compiled.CalendarFor(contact), null);
            Mark(compiledRule, who, new AnchorInstance(due, compiledRule.AfterKey, Explaining ? Say.DismissedAnchor(rule.Title, TargetOf(who).Name, due) : null, due, "that step was due"));
            Suppress(compiledRule, who, SuppressionReason.Dismissed, null, lines, lines is null ? null : Say.Dismissed(dismissal.Date));
            return;
        }

        ActionSpec? action = ResolveAction(rule.Action, contact);
        if (action is null)
        {
            Suppress(compiledRule, who, SuppressionReason.Unreachable, null, lines, lines is null ? null : Say.Unreachable(contact!.Name, rule.Action));
            return;
        }

        if (action != rule.Action)
        {
            lines?.Add(Say.Fallback(contact!.Name, rule.Action.Channel, action));
        }

        RunChain(compiledRule, who, instance, action, lines);
    }

    private void RunChain(CompiledRule compiledRule, Subject who, AnchorInstance instance, ActionSpec action, List<string>? lines)
    {
        Rule rule = compiledRule.Rule;
        Contact? contact = who.Contact;
        Timing timing = rule.Timing!;
        Repeat? repeat = timing.Repeat;
        int maxCount = repeat?.MaxCount ?? (repeat is null ? 1 : int.MaxValue);
        ReadOnlySpan<Touchpoint> scope = contact is null ? facts.Sorted : facts.TouchpointsWith(who.Person);

        EvidenceView evidence = Evidence(compiledRule, who.Person, scope, instance.EvidenceFrom);

        BusinessCalendar calendar = compiled.CalendarFor(contact);

        LocalDate baseDate = instance.Date;
        string? baseText = instance.Short;
        int k = 0;
        int next = 0;
        bool offsetUsed = false;

        // A cadence that restarts on interaction numbers its occurrences by the attempts made; a missed one comes back
        // under the same number. Other repeats number every occurrence, done or missed.
        bool restarts = repeat is { RestartOnInteraction: true } && contact is not null;
        if (restarts)
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
                baseText = Explaining ? Say.LastInteraction(contact!.Name) : null;
                lines?.Add(Say.ClockRestarted(contact!.Name, lastInteraction.Kind, baseDate));
            }

            while (next < evidence.Count && evidence[next].Date <= baseDate)
            {
                next++;
                k++;
            }
        }

        // The last date a bounded repeat may be due on, before its adjustment: computed when first needed.
        LocalDate? repeatEnd = null;

        // Each pass handles one occurrence; the base date strictly increases between passes and repeats are bounded (validated).
        while (true)
        {
            if (k >= maxCount)
            {
                return;
            }

            List<string>? stepLines = lines is null ? null : new List<string>(lines);
            CompiledOffset interval = k == 0 && !offsetUsed ? compiledRule.Offset : compiledRule.Every;
            int unanswered = repeat is not null && contact is not null && (repeat.BackOffFactor > 1 || repeat.MaxUnanswered is not null)
                ? CountUnanswered(who.Person, evidence, next, baseDate)
                : 0;
            if (repeat?.MaxUnanswered is int most && unanswered >= most)
            {
                Suppress(compiledRule, who, SuppressionReason.Unanswered, null, stepLines, stepLines is null ? null : Say.Unanswered(contact!.Name, unanswered, most));
                return;
            }

            if (unanswered > 0 && repeat!.BackOffFactor > 1)
            {
                int multiplier = BackOffMultiplier(repeat.BackOffFactor, unanswered);
                interval = interval.Times(multiplier);
                stepLines?.Add(Say.BackedOff(multiplier, unanswered));
            }

            // The repeat's bound applies to the date the offset gives; the adjustment then moves it to a business day.
            LocalDate scheduled = interval.AddTo(baseDate, calendar);
            if (compiledRule.For is { } span && scheduled > (repeatEnd ??= span.AddTo(instance.Date)))
            {
                return;
            }

            stepLines?.Add(Say.Scheduled(repeat, k + 1, interval.Source, baseText, scheduled));

            if (stepLines is not null && interval.Source.IsBusinessDays)
            {
                // Holidays the business-day count skipped are adjustments too: name them.
                List<string> skipped = [];
                for (LocalDate d = baseDate.PlusDays(1); d < scheduled; d = d.PlusDays(1))
                {
                    if (calendar.Week.IsWorkingDay(d) && calendar.WhyNotBusinessDay(d) is { } why)
                    {
                        skipped.Add(why);
                    }
                }

                if (skipped.Count > 0)
                {
                    stepLines?.Add(Say.SkippedHolidays(skipped));
                }
            }

            LocalDate due = Adjust(timing.Adjust, scheduled, baseDate, calendar, stepLines);
            LocalDate earliest = compiledRule.Early is { } early ? Max(baseDate, early.SubtractFrom(due)) : baseDate;
            LocalDate latest = compiledRule.Late.AddTo(due);

            // A step counts as done from its earliest date (a snooze moves when it is shown, not what counts); for the
            // first step after a confirmed rejection that followed a silent one, also from the earliest date the silent
            // rejection gave it. A decision recorded any time after its anchor settles a TreatAsRejected step.
            LocalDate countsFrom = earliest;
            if (k == 0 && baseDate == instance.Date && instance.EvidenceFrom < instance.Date)
            {
                LocalDate alternativeDue = DueDate(timing, interval, instance.EvidenceFrom, calendar, null);
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
                stepLines?.Add(Say.Snoozed(snooze.Date, until));
            }

            stepLines?.Add(Say.Window(earliest, latest));

            if (k == 0 && action.Kind == ActionKind.TreatAsRejected && due <= Today && (facts.ExplicitRejection is null || facts.ExplicitRejection > due))
            {
                facts.RecordSilentRejection(due, rule.Id);
            }

            while (next < evidence.Count && evidence[next].Date < countsFrom)
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
                    LocalDate evidenceFrom = done.Date < due ? done.Date : due;
                    Mark(compiledRule, who, new AnchorInstance(done.Date, compiledRule.AfterKey, Explaining ? Say.DoneAnchor(rule.Title, TargetOf(who).Name, done.Date) : null, evidenceFrom, "that step was done"));
                }

                k++;
                offsetUsed = true;
                baseDate = done.Date;
                baseText = Explaining ? Say.PreviousDone(done.Kind, done.Date) : null;
                continue;
            }

            if (k == 0)
            {
                Mark(compiledRule, who, new AnchorInstance(due, compiledRule.AfterKey, Explaining ? Say.DueAnchor(rule.Title, TargetOf(who).Name, due) : null, due, "that step was due"));
            }

            if (Today <= latest)
            {
                Urgency urgency = Today < earliest ? Urgency.Upcoming : Urgency.Due;
                Recommend(compiledRule, who, action, instance.Key, k + 1, baseDate, earliest, due, latest, urgency, false, stepLines);
                return;
            }

            switch (rule.Late.Action)
            {
                case LateAction.Expire:
                    stepLines?.Add(Say.Expired(latest));
                    Expire(compiledRule, who, k + 1, due, latest, stepLines);
                    if (repeat is null)
                    {
                        return;
                    }

                    k += restarts ? 0 : 1;
                    offsetUsed = true;
                    baseDate = due;
                    baseText = Explaining ? Say.MissedOne(due) : null;
                    continue;
                case LateAction.TurnInto:
                    ActionSpec? replacement = ResolveAction(rule.Late.TurnInto!, contact);
                    if (replacement is null)
                    {
                        stepLines?.Add(Say.ExpiredUnreachable(latest, TargetOf(who).Name));
                        Expire(compiledRule, who, k + 1, due, latest, stepLines);
                        return;
                    }

                    LocalDate replacementDue = latest.PlusDays(1);
                    LocalDate replacementLatest = compiledRule.Late.AddTo(replacementDue);
                    stepLines?.Add(Say.TurnedInto(latest, replacement, replacementDue));
                    Urgency replacementUrgency = Today > replacementLatest ? Urgency.Overdue : Urgency.Due;
                    if (replacementUrgency == Urgency.Overdue)
                    {
                        stepLines?.Add(Say.OverdueSince(replacementLatest.PlusDays(1)));
                    }

                    Recommend(compiledRule, who, replacement, instance.Key, k + 1, baseDate, replacementDue, replacementDue, replacementLatest, replacementUrgency, true, stepLines);
                    return;
                default:
                    stepLines?.Add(Say.OverdueSince(latest.PlusDays(1)));
                    Recommend(compiledRule, who, action, instance.Key, k + 1, baseDate, earliest, due, latest, Urgency.Overdue, false, stepLines);
                    return;
            }
        }
    }

    /// <summary>Returns the due date <paramref name="interval"/> after <paramref name="from"/>, adjusted by the timing's convention.</summary>
    private static LocalDate DueDate(Timing timing, CompiledOffset interval, LocalDate from, BusinessCalendar calendar, List<string>? lines) =>
        Adjust(timing.Adjust, interval.AddTo(from, calendar), from, calendar, lines);

    /// <summary>
    /// Moves <paramref name="due"/> to a business day by <paramref name="adjustment"/> and explains the move. A move back
    /// that would go before <paramref name="from"/>, the date the step counts from, goes forward instead.
    /// </summary>
    private static LocalDate Adjust(DateAdjustment adjustment, LocalDate due, LocalDate from, BusinessCalendar calendar, List<string>? lines)
    {
        if (lines is null)
        {
            // The same dates as below, without the reasons.
            LocalDate moved = calendar.Move(due, adjustment);
            return moved != due && moved < from ? calendar.Move(due, DateAdjustment.Following) : moved;
        }

        (LocalDate adjusted, string? reason) = calendar.Adjust(due, adjustment);
        if (reason is null)
        {
            return due;
        }

        if (adjusted < from)
        {
            (adjusted, reason) = calendar.Adjust(due, DateAdjustment.Following);
            lines.Add(Say.Moved(adjustment, due, adjusted, reason, from));
            return adjusted;
        }

        lines.Add(Say.Moved(adjustment, due, adjusted, reason, null));
        return adjusted;
    }

    /// <summary>
    /// Returns the send window of a step for the person of <paramref name="who"/> (none for the seeker or the company), due
    /// on <paramref name="date"/>. The recommendation works out the send time from it when read; only an explaining run
    /// works it out here, to say what it is.
    /// </summary>
    private SendWindow? SendWindowOf(Subject who, LocalDate date, List<string>? lines)
    {
        if (who.Contact is not { } contact)
        {
            return null;
        }

        SendWindow window = compiled.Playbook.SendWindow;
        if (lines is not null)
        {
            DateTimeZone zone = facts.ZoneOf(who.Person);
            lines.Add(Say.SendAt(window.SendTime(date, zone), date, contact, zone, facts.Input.Seeker.Zone, window));
        }

        return window;
    }

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

    private static bool IsAbout(Touchpoint touchpoint, Rule rule, Contact? contact) =>
        string.Equals(touchpoint.RuleId, rule.Id, StringComparison.Ordinal)
        && (contact is null ? touchpoint.ContactIds.Count == 0 : Names(touchpoint.ContactIds, contact.Id));

    /// <summary>Returns the last of <paramref name="touchpoints"/> (snoozes or dismissals, by date) dated on or after <paramref name="from"/> about the rule and target.</summary>
    private static Touchpoint? LastAbout(List<Touchpoint>? touchpoints, LocalDate from, Rule rule, Contact? contact)
    {
        if (touchpoints is null)
        {
            return null;
        }

        for (int i = touchpoints.Count - 1; i >= 0 && touchpoints[i].Date >= from; i--)
        {
            if (IsAbout(touchpoints[i], rule, contact))
            {
                return touchpoints[i];
            }
        }

        return null;
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

    private void Mark(CompiledRule rule, Subject who, AnchorInstance instance)
    {
        if (rule.MarkSlot >= 0)
        {
            (marks ??= work.Marks(compiled.MarkSlots * (2 + facts.Contacts.Length)))[MarkIndex(rule.MarkSlot, who)] = instance;
        }
    }

    private int MarkIndex(int markSlot, Subject who) => (markSlot * (2 + facts.Contacts.Length)) + who.Slot;

    private static ActionSpec? ResolveAction(ActionSpec action, Contact? contact)
    {
        if (contact is null)
        {
            return action;
        }

        for (ActionSpec? spec = action; spec is not null; spec = spec.Otherwise)
        {
            if (contact.HasChannel(spec.Channel))
            {
                return spec;
            }
        }

        return null;
    }

    private bool Holds(Condition condition, Contact? contact, int person, AudienceKind kind, LocalDate anchorDate)
    {
        switch (condition)
        {
            case StatusIsCondition status:
                return Has(status.Statuses, facts.EffectiveStatus);
            case RejectionReasonIsCondition reason:
                return facts.EffectiveReason is { } r && Has(reason.Reasons, r);
            case HasChannelCondition channel:
                return contact is not null && contact.HasChannel(channel.Channel);
            case LinkedInConnectedCondition:
                return contact is not null && facts.LinkedInState(person) == LinkedInConnection.Connected;
            case LinkedInStateIsCondition state:
                return contact is not null && Has(state.States, facts.LinkedInState(person));
            case DoNotContactCondition:
                return contact is not null && contact.DoNotContact;
            case EmployedElsewhereCondition:
                return facts.EmployedElsewhere;
            case ReplyReceivedCondition reply:
                if (SummaryOf(reply.Scope, person) is { } replySummary)
                {
                    return replySummary.LatestReply(reply.Outcome) is { } latestReply && (!reply.SinceAnchor || latestReply >= anchorDate);
                }

                ReadOnlySpan<Touchpoint> replies = InScope(reply.Scope, person);
                for (int i = reply.SinceAnchor ? FirstOnOrAfter(replies, anchorDate) : 0; i < replies.Length; i++)
                {
                    if (replies[i].Kind == TouchpointKind.Reply && (reply.Outcome is null || replies[i].Outcome == reply.Outcome))
                    {
                        return true;
                    }
                }

                return false;
            case TouchpointRecordedCondition recorded:
                if (SummaryOf(recorded.Scope, person) is { } summary)
                {
                    return summary.Latest(recorded.Kind) is { } latest && (!recorded.SinceAnchor || latest >= anchorDate);
                }

                ReadOnlySpan<Touchpoint> scope = InScope(recorded.Scope, person);
                for (int i = recorded.SinceAnchor ? FirstOnOrAfter(scope, anchorDate) : 0; i < scope.Length; i++)
                {
                    if (scope[i].Kind == recorded.Kind)
                    {
                        return true;
                    }
                }

                return false;
            case NotCondition not:
                return !Holds(not.Inner, contact, person, kind, anchorDate);
            case AnyOfCondition any:
                foreach (Condition inner in any.Conditions)
                {
                    if (Holds(inner, contact, person, kind, anchorDate))
                    {
                        return true;
                    }
                }

                return false;
            case CustomCondition custom:
                ICustomConditionEvaluator evaluator = compiled.CustomConditions[custom.Name];
                return evaluator.IsSatisfied(custom, new ConditionContext(facts.Input, facts.Touchpoints, contact, kind, anchorDate, Today));
            default:
                throw new InvalidOperationException($"Condition type '{condition.GetType().Name}' is not part of the condition vocabulary.");
        }
    }

    // The scope of a condition: the person's touchpoints (person >= 0 for a person target), else every touchpoint.
    private ScopeSummary? SummaryOf(ConditionScope scope, int person) =>
        facts.SummaryOf(scope == ConditionScope.Target ? person : -1);

    private ReadOnlySpan<Touchpoint> InScope(ConditionScope scope, int person) =>
        scope == ConditionScope.Target && person >= 0 ? facts.TouchpointsWith(person) : facts.Sorted;

    // The steps are made here rather than where they are found, like the sentences (see Say), so that the rule walk
    // does not hold each one's temporaries on its stack.
    private void Recommend(CompiledRule rule, Subject who, ActionSpec action, string anchorKey, int occurrence, LocalDate anchorDate, LocalDate earliest, LocalDate due, LocalDate latest, Urgency urgency, bool isReplacement, List<string>? lines)
    {
        SendWindow? sendWindow = SendWindowOf(who, due, lines);
        work.Recommendations.Add(new(rule.Index, new Recommendation(rule.Rule, action, TargetOf(who), anchorKey, occurrence, anchorDate, earliest, due, latest, urgency, isReplacement, sendWindow, Explain(rule.Rule.Id, lines))));
    }

    private void Expire(CompiledRule rule, Subject who, int occurrence, LocalDate due, LocalDate latest, List<string>? lines)
    {
        if (OnlyCounted())
        {
            return;
        }

        work.Expired.Add(new(rule.Index, new ExpiredStep(rule.Rule.Id, TargetOf(who), occurrence, due, latest, Explain(rule.Rule.Id, lines))));
    }

    private void Suppress(CompiledRule rule, Subject who, SuppressionReason reason, string? blockingRuleId, List<string>? lines, string? why)
    {
        if (OnlyCounted())
        {
            return;
        }

        lines?.Add(why!);
        work.Suppressed.Add(new(rule.Index, new SuppressedStep(rule.Rule.Id, TargetOf(who), reason, blockingRuleId, Explain(rule.Rule.Id, lines))));
    }

    /// <summary>
    /// Returns whether the next expired or suppressed step is only counted, not made (see recommendationsOnly): counted,
    /// so that every later step keeps the number the explaining run gives it.
    /// </summary>
    private bool OnlyCounted()
    {
        if (!recommendationsOnly)
        {
            return false;
        }

        produced++;
        return true;
    }

    /// <summary>
    /// Returns the explanation of the next step produced: the sentences in <paramref name="lines"/> when explaining, else
    /// one that <see cref="source"/> renders when first read. Both runs number their steps the same way.
    /// </summary>
    private ExplanationSlot Explain(string ruleId, List<string>? lines)
    {
        int index = produced++;
        if (explained is not null)
        {
            var rendered = ValueList<string>.From(lines!);
            explained.Add(rendered);
            return new ExplanationSlot(new Explanation(ruleId, rendered));
        }

        return new ExplanationSlot(source!, index);
    }

    private static LocalDate Max(LocalDate a, LocalDate b) => a >= b ? a : b;

    /// <summary>The touchpoints of a list from a position on: the evidence of one chain.</summary>
    private readonly struct EvidenceView(List<Touchpoint> list, int offset)
    {
        internal int Count => list.Count - offset;

        internal Touchpoint this[int index] => list[offset + index];
    }

    /// <summary>Whom a step is for: the kind of target and, for a person, the contact and their position in the input (else -1).</summary>
    private readonly record struct Subject(TargetKind Kind, Contact? Contact, int Person)
    {
        /// <summary>Gets the subject's place among a rule's marks: the seeker, the company, then each contact.</summary>
        internal int Slot => Person >= 0 ? 2 + Person : Kind == TargetKind.Company ? 1 : 0;
    }

    /// <summary>
    /// The lists one evaluation collects its steps in, kept per thread between evaluations so that each starts with lists
    /// that have already grown: of the collections, only the results are allocated. An evaluation run while another is
    /// under way on the same thread (from a custom condition) gets lists of its own.
    /// </summary>
    private sealed class Workspace
    {
        // Arrays that grew beyond this (a very large input) are not kept by the thread: the step lists give theirs back to
        // the shared array pool, which a later large evaluation rents from; the others are left to the garbage collector.
        private const int MaxKeptCapacity = 1024;

        [ThreadStatic]
        private static Workspace? kept;

        private AnchorInstance?[] marks = [];
        private int marksInUse;
        private sbyte[] stopRuleVerdicts = [];
        private int verdictsInUse;

        internal PooledList<Ranked<Recommendation>> Recommendations { get; } = new(16);

        internal PooledList<Ranked<ExpiredStep>> Expired { get; } = new(16);

        internal PooledList<Ranked<SuppressedStep>> Suppressed { get; } = new(16);

        /// <summary>Gets the list the evidence of one chain is filtered into (chains do not nest).</summary>
        internal List<Touchpoint> Evidence { get; } = [];

        /// <summary>Gets the arrays the evaluation's facts are kept in.</summary>
        internal Facts.Buffers Facts { get; } = new();

        /// <summary>Returns the thread's workspace, or a new one when it is in use.</summary>
        internal static Workspace Rent()
        {
            Workspace? workspace = kept;
            kept = null;
            return workspace ?? new Workspace();
        }

        /// <summary>Returns an array of at least <paramref name="length"/> empty marks.</summary>
        internal AnchorInstance?[] Marks(int length)
        {
            if (marks.Length < length)
            {
                marks = new AnchorInstance?[length];
            }

            marksInUse = length;
            return marks;
        }

        /// <summary>Returns an array of at least <paramref name="length"/> verdicts of stop rules on contacts: 0 until known, then 1 (blocks) or -1.</summary>
        internal sbyte[] StopRuleVerdicts(int length)
        {
            if (verdictsInUse < length)
            {
                if (stopRuleVerdicts.Length < length)
                {
                    stopRuleVerdicts = new sbyte[length];
                }

                verdictsInUse = length;
            }

            return stopRuleVerdicts;
        }

        /// <summary>Empties the lists (they hold no step or touchpoint afterwards) and keeps the workspace for the thread's next evaluation.</summary>
        internal void Return()
        {
            Recommendations.ClearAndTrim(MaxKeptCapacity);
            Expired.ClearAndTrim(MaxKeptCapacity);
            Suppressed.ClearAndTrim(MaxKeptCapacity);
            Evidence.Clear();
            marks.AsSpan(0, marksInUse).Clear();
            marksInUse = 0;
            stopRuleVerdicts.AsSpan(0, verdictsInUse).Clear();
            verdictsInUse = 0;
            Facts.Clear(MaxKeptCapacity);
            if (Evidence.Capacity <= MaxKeptCapacity && marks.Length <= MaxKeptCapacity && stopRuleVerdicts.Length <= MaxKeptCapacity)
            {
                kept = this;
            }
        }
    }

    /// <summary>One occurrence of an anchor event. Steps count as done by touchpoints from <paramref name="EvidenceFrom"/> on.</summary>
    /// <remarks><paramref name="Text"/> and <paramref name="Short"/> are only written when explaining.</remarks>
    private readonly record struct AnchorInstance(LocalDate Date, string Key, string? Text, LocalDate EvidenceFrom, string? Short);
}
