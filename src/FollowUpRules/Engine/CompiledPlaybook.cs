using FollowUpRules.Calendar;
using FollowUpRules.Domain;
using FollowUpRules.Rules;
using FollowUpRules.Rules.Conditions;

namespace FollowUpRules.Engine;

/// <summary>
/// What the engine precomputes once per playbook: the silent-rejection rules, and the evaluation order (every rule after
/// the rule it waits on) of the others, compiled, the stop rules, the business calendars, and the custom condition
/// evaluators.
/// </summary>
internal sealed class CompiledPlaybook
{
    // Indexed by touchpoint kind: see IsReadForOnePersonOnly.
    private readonly bool[] readForOnePersonOnly;

    internal CompiledPlaybook(Playbook playbook, IReadOnlyDictionary<string, ICustomConditionEvaluator> customConditions)
    {
        Playbook = playbook;
        CustomConditions = customConditions;
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < playbook.Rules.Count; i++)
        {
            index[playbook.Rules[i].Id] = i;
        }

        RuleIndex = index;
        HolidayCalendar[] seekers = [.. playbook.Holidays.Where(c => c.ForSeeker)];
        SeekerCalendar = new BusinessCalendar(playbook.WorkingWeek, seekers);
        var byId = new Dictionary<string, BusinessCalendar>(StringComparer.Ordinal);
        foreach (HolidayCalendar calendar in playbook.Holidays)
        {
            byId.TryAdd(calendar.Id, seekers.Contains(calendar) ? SeekerCalendar : new BusinessCalendar(playbook.WorkingWeek, [.. seekers, calendar]));
        }

        ContactCalendars = byId;
        StopRules = [.. playbook.Rules.Where(r => r.IsStopRule).Select(r => new StopRule(r, r.Conditions.All(DependsOnContactOnly)))];
        Evidence = playbook.Rules.ToDictionary(r => r.Id, EvidenceFor, StringComparer.Ordinal);

        var order = new List<Rule>();
        var placed = new HashSet<string>(StringComparer.Ordinal);
        foreach (Rule rule in playbook.Rules.Where(r => r.Action.Kind == ActionKind.TreatAsRejected))
        {
            order.Add(rule);
            placed.Add(rule.Id);
        }

        foreach (Rule rule in playbook.Rules.Where(r => !r.IsStopRule))
        {
            Place(rule, playbook, placed, order, depth: 0);
        }

        // Marks go to one slot per rule id some rule waits on; the rules anchored after it read them from there.
        var markSlots = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (Rule rule in playbook.Rules)
        {
            if (rule.Anchor is { Kind: AnchorKind.AfterRule, RuleId: { } waitsOn })
            {
                markSlots.TryAdd(waitsOn, markSlots.Count);
            }
        }

        MarkSlots = markSlots.Count;
        var compiledRules = new Dictionary<Rule, CompiledRule>(ReferenceEqualityComparer.Instance);
        foreach (Rule rule in playbook.Rules)
        {
            int anchorSlot = rule.Anchor is { Kind: AnchorKind.AfterRule, RuleId: { } waitsOn } ? markSlots[waitsOn] : -1;
            compiledRules.TryAdd(rule, new CompiledRule(rule, index[rule.Id], Evidence[rule.Id], markSlots.GetValueOrDefault(rule.Id, -1), anchorSlot));
        }

        SilentRejectionRules = [.. order.Where(r => r.Action.Kind == ActionKind.TreatAsRejected).Select(r => compiledRules[r])];
        readForOnePersonOnly = KindsReadForOnePersonOnly(playbook, Evidence);
        EvaluationOrder = [.. order.Where(r => r.Action.Kind != ActionKind.TreatAsRejected).Select(r => compiledRules[r])];
    }

    /// <summary>Gets the order of pending steps: the most urgent first (see <see cref="StepOrder"/>).</summary>
    internal static Comparison<Ranked<Recommendation>> CompareUrgency { get; } = static (a, b) =>
        StepOrder.Compare(a.Key, a.RuleIndex, 0, a.Step, b.Key, b.RuleIndex, 0, b.Step);

    /// <summary>
    /// Gets the order of expired steps: by latest date, then the rule's position, the target (as <see cref="StepOrder"/>
    /// orders them), the occurrence, and for one rule and target the order of the anchor events (their keys' <see cref="Ranked{T}.Key"/>).
    /// </summary>
    internal static Comparison<Ranked<ExpiredStep>> CompareExpired { get; } = static (a, b) =>
    {
        int c = a.Step.Latest.CompareTo(b.Step.Latest);
        if (c == 0)
        {
            c = a.RuleIndex.CompareTo(b.RuleIndex);
        }

        if (c == 0)
        {
            c = StepOrder.CompareTargets(a.Step.Target, b.Step.Target);
        }

        if (c == 0)
        {
            c = a.Step.Occurrence.CompareTo(b.Step.Occurrence);
        }

        return c != 0 ? c : a.Key.CompareTo(b.Key);
    };

    /// <summary>Gets the order of suppressed steps: the rule's position, then the target, then for one rule and target the order of the anchor events.</summary>
    internal static Comparison<Ranked<SuppressedStep>> CompareSuppressed { get; } = static (a, b) =>
    {
        int c = a.RuleIndex.CompareTo(b.RuleIndex);
        if (c == 0)
        {
            c = StepOrder.CompareTargets(a.Step.Target, b.Step.Target);
        }

        return c != 0 ? c : a.Key.CompareTo(b.Key);
    };

    internal Playbook Playbook { get; }

    internal IReadOnlyDictionary<string, ICustomConditionEvaluator> CustomConditions { get; }

    internal IReadOnlyDictionary<string, int> RuleIndex { get; }

    /// <summary>Gets the working week with the seeker's holiday calendars: the calendar of every step.</summary>
    internal BusinessCalendar SeekerCalendar { get; }

    /// <summary>Gets, per calendar id, the seeker's calendars plus that one: the calendar of steps for a contact who names it.</summary>
    internal IReadOnlyDictionary<string, BusinessCalendar> ContactCalendars { get; }

    /// <summary>Gets the stop rules, in playbook order.</summary>
    internal StopRule[] StopRules { get; }

    /// <summary>Gets the rules that treat silence as a rejection, compiled, in playbook order: they run before the others.</summary>
    internal CompiledRule[] SilentRejectionRules { get; }

    /// <summary>Gets the other rules but the stop rules, compiled, in the order they are evaluated: each after the rule it waits on.</summary>
    internal CompiledRule[] EvaluationOrder { get; }

    /// <summary>Gets how many rule ids some rule waits on: the number of mark slots.</summary>
    internal int MarkSlots { get; }

    internal IReadOnlyDictionary<string, HashSet<TouchpointKind>> Evidence { get; }

    /// <summary>
    /// Returns whether a touchpoint of <paramref name="kind"/> that names one person can change no step but that person's:
    /// no rule reads it beyond the person it names. The planner relies on this to do several people's steps of one day from
    /// one evaluation; the answer errs towards <see langword="false"/>.
    /// </summary>
    /// <remarks>
    /// A person's steps read only that person's touchpoints, with these exceptions, each of which makes a kind shared:
    /// the kinds the facts keep for the whole application (interviews, which also make interviewers; the rejection, which
    /// changes the status; snoozes, dismissals, postings); a condition that looks at anyone's touchpoints, and every
    /// custom condition; every read by a rule for the seeker or the company (its evidence, conditions and reply anchor),
    /// which sees every touchpoint; every read by a silent-rejection rule, which changes the status for all; and, when a
    /// rule picks the first reachable person, every read by a stop rule, which can make that person unreachable and move
    /// the step to someone else.
    /// </remarks>
    internal bool IsReadForOnePersonOnly(TouchpointKind kind) => (uint)kind < (uint)readForOnePersonOnly.Length && readForOnePersonOnly[(int)kind];

    /// <summary>Returns the business calendar of steps for <paramref name="contact"/> (the seeker's, for seeker and company steps).</summary>
    internal BusinessCalendar CalendarFor(Contact? contact) =>
        contact?.HolidayCalendarId is { } id && ContactCalendars.TryGetValue(id, out BusinessCalendar? calendar) ? calendar : SeekerCalendar;

    /// <summary>
    /// Returns whether <paramref name="condition"/> holds or not for a contact whatever the anchor date and at any point of
    /// an evaluation: it reads only the contact, the touchpoints and today, not the anchor, the (possibly silent) rejection
    /// or a custom evaluator.
    /// </summary>
    private static bool DependsOnContactOnly(Condition condition) => condition switch
    {
        DoNotContactCondition or HasChannelCondition or LinkedInConnectedCondition or LinkedInStateIsCondition or EmployedElsewhereCondition => true,
        ReplyReceivedCondition reply => !reply.SinceAnchor,
        TouchpointRecordedCondition recorded => !recorded.SinceAnchor,
        NotCondition not => DependsOnContactOnly(not.Inner),
        AnyOfCondition any => any.Conditions.All(DependsOnContactOnly),
        _ => false,
    };

    private static bool[] KindsReadForOnePersonOnly(Playbook playbook, IReadOnlyDictionary<string, HashSet<TouchpointKind>> evidence)
    {
        bool picksFirst = playbook.Rules.Any(r => r.Audience.IsPeople && r.Audience.Selection == AudienceSelection.First);
        TouchpointKind[] kinds = Enum.GetValues<TouchpointKind>();
        bool[] result = new bool[kinds.Max(k => (int)k) + 1];
        foreach (TouchpointKind kind in kinds)
        {
            result[(int)kind] = kind is not (TouchpointKind.Interview or TouchpointKind.Rejection or TouchpointKind.Snooze or TouchpointKind.Dismissal or TouchpointKind.PostingSpotted)
                && !playbook.Rules.Any(rule => ReadsBeyondOnePerson(rule, kind, evidence[rule.Id], picksFirst));
        }

        return result;
    }

    private static bool ReadsBeyondOnePerson(Rule rule, TouchpointKind kind, HashSet<TouchpointKind> evidence, bool picksFirst)
    {
        bool everyRead = !rule.Audience.IsPeople || rule.Action.Kind == ActionKind.TreatAsRejected || (rule.IsStopRule && picksFirst);
        if (everyRead && (evidence.Contains(kind) || (kind == TouchpointKind.Reply && rule.Anchor?.Kind == AnchorKind.ReplyReceived)))
        {
            return true;
        }

        foreach (Condition condition in rule.Conditions.Concat(rule.StopWhen))
        {
            if (Reads(condition, kind, everyRead))
            {
                return true;
            }
        }

        return false;
    }

    // Whether the condition reads touchpoints of the kind: any it reads when everyRead, else only those beyond the target.
    private static bool Reads(Condition condition, TouchpointKind kind, bool everyRead) => condition switch
    {
        TouchpointRecordedCondition recorded => recorded.Kind == kind && (everyRead || recorded.Scope != ConditionScope.Target),
        ReplyReceivedCondition reply => kind == TouchpointKind.Reply && (everyRead || reply.Scope != ConditionScope.Target),
        LinkedInConnectedCondition or LinkedInStateIsCondition => everyRead && kind is TouchpointKind.LinkedInRequestSent or TouchpointKind.LinkedInRequestAccepted,
        NotCondition not => Reads(not.Inner, kind, everyRead),
        AnyOfCondition any => any.Conditions.Any(c => Reads(c, kind, everyRead)),
        CustomCondition => true,
        _ => false,
    };

    private static HashSet<TouchpointKind> EvidenceFor(Rule rule)
    {
        var kinds = new HashSet<TouchpointKind>();
        foreach (ActionSpec spec in rule.Action.Chain())
        {
            kinds.UnionWith(ActionKinds.EvidenceOf(spec.Kind));
        }

        if (rule.Late.TurnInto is { } turnInto)
        {
            foreach (ActionSpec spec in turnInto.Chain())
            {
                kinds.UnionWith(ActionKinds.EvidenceOf(spec.Kind));
            }
        }

        return kinds;
    }

    private static void Place(Rule rule, Playbook playbook, HashSet<string> placed, List<Rule> order, int depth)
    {
        if (placed.Contains(rule.Id))
        {
            return;
        }

        // The validator rejects cycles; the depth bound keeps a hand-built, unvalidated playbook from recursing forever.
        if (depth <= playbook.Rules.Count && rule.Anchor is { Kind: AnchorKind.AfterRule, RuleId: { } waitsOn } && playbook.FindRule(waitsOn) is { } dependency)
        {
            Place(dependency, playbook, placed, order, depth + 1);
        }

        if (placed.Add(rule.Id))
        {
            order.Add(rule);
        }
    }
}

/// <summary>
/// A step with the position of its rule in the playbook, which the orders compare instead of looking the rule id up, and a
/// key: for a recommendation its urgency key (<see cref="StepOrder.UrgencyKey(Recommendation)"/>), worked out once; for an
/// expired or suppressed step the order it was found in, which for one rule and target is the order of the anchor events
/// (by date, then touchpoint id) whatever the order of the input.
/// </summary>
internal readonly record struct Ranked<T>(int RuleIndex, T Step, long Key = 0);

/// <summary>A stop rule, and whether its verdict on a contact depends on the contact alone (not on the anchor date, the rejection or a custom evaluator): then an evaluation asks once per contact.</summary>
internal sealed record StopRule(Rule Rule, bool DependsOnContactOnly);
