using FollowUpRules.Domain;
using FollowUpRules.Rules;
using FollowUpRules.Rules.Conditions;
using FollowUpRules.Validation;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace FollowUpRules.Testing;

/// <summary>
/// FsCheck generators of faulty playbooks: a valid generated playbook (<see cref="PlaybookGenerators.Playbook"/>) with
/// exactly one fault injected, and the path of the error <see cref="PlaybookValidator"/> must report for it.
/// </summary>
/// <remarks>
/// <para>The faults cover ids (duplicate, empty, malformed), titles, priorities, offsets, windows and repeats out of range,
/// undefined enum values (cast integers) in audiences, anchors, actions, channels, late policies and conditions, dangling
/// and circular <see cref="AnchorKind.AfterRule"/> anchors, malformed stop rules and silent-rejection rules, actions that
/// do not fit their audience, empty or too deep conditions, unknown custom conditions, playbook-level fields (among them
/// outreach limits out of range), and translations (cultures that are empty, unknown or given twice, translations of rules
/// or templates the playbook does not have, blank titles and bodies, templates whose parts differ from their original's;
/// <see cref="TranslationFaults"/> puts several in one playbook, with those only a template checker finds).</para>
/// <para>A fault never needs a custom condition evaluator: validate with <c>new PlaybookValidator()</c>. All members are thread-safe.</para>
/// </remarks>
public static partial class PlaybookFaults
{
    private static readonly Func<Playbook, int, PlaybookFault>[] Injectors =
    [
        DuplicateId, EmptyId, MalformedId, EmptyTitle, PriorityOutOfRange,
        ZeroRepeatSpacing, UnboundedRepeat, ZeroMaxCount, MaxCountOverLimit, BackOffOutOfRange, ZeroMaxUnanswered, ZeroRepeatSpan,
        NegativeEarly, LateWithTimePart, OffsetOverLimits, RepeatSpacingOverLimits,
        UndefinedAudienceKind, UndefinedSelection, UndefinedRole, UndefinedAnchorKind, UndefinedActionKind, UndefinedChannel,
        UndefinedLateAction, UndefinedConditionValue,
        EmptyStatusIs, EmptyAnyOf, UnknownCustomCondition, UnknownCustomStopCondition, DuplicateCustomParameter, PersonConditionForNonPeople, ConditionTooDeep,
        AfterMissingRule, AfterRuleWithoutId, AfterStopRule, TwoRuleCycle, OutcomeOnOtherAnchor,
        StopRuleWithAnchor, StopRuleWithTiming, StopRuleWithoutConditions, StopRuleForCompany,
        SilentRejectionOnRejection, SilentRejectionForPeople, PersonActionForNonPeople, PersonActionOnOwnChannel,
        StopOutreachAsAlternative, TooManyAlternatives, TurnIntoWithoutAction, ReplacementWithoutTurnInto,
        PlaybookVersionZero, PlaybookWithoutRules, PlaybookWithoutId, PlaybookWithoutName, OutreachLimitsOutOfRange,
    ];

    /// <summary>Gets how many kinds of fault the generator injects.</summary>
    /// <value>About sixty-five, thirteen of them in translations. Each kind has its own <see cref="PlaybookFault.Description"/>, up to a parenthesis naming the rule.</value>
    public static int KindCount => Injectors.Length + TranslationInjectors.Length;

    /// <summary>Generates a faulty playbook: a valid generated one with one fault injected, and the expected error path.</summary>
    /// <returns>The generator.</returns>
    public static Gen<PlaybookFault> Fault() =>
        from playbook in PlaybookGenerators.Playbook()
        from inject in Gen.Elements([.. Injectors, .. TranslationInjectors])
        from pick in Gen.Choose(0, 9999)
        select inject(playbook, pick);

    /// <summary>Gets the arbitrary of faulty playbooks, for <c>Prop.ForAll</c>. It does not shrink: a smaller playbook could lose the fault.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<PlaybookFault> Faults() => Arb.From(Fault());

    // Ids ---------------------------------------------------------------------------------------------------------------

    private static PlaybookFault DuplicateId(Playbook p, int pick)
    {
        Rule copy = p.Rules[pick % p.Rules.Count];
        return new PlaybookFault($"a rule id used twice (Rules[{p.Rules.Count}] '{copy.Id}')", With(p, [.. p.Rules, copy]), $"Rules[{p.Rules.Count}].Id");
    }

    private static PlaybookFault EmptyId(Playbook p, int pick) =>
        OnRule(p, pick, Any, StepFallback, "a rule with an empty id", r => (PlaybookGenerators.Copy(r, id: pick % 2 == 0 ? string.Empty : " "), "Id"));

    private static PlaybookFault MalformedId(Playbook p, int pick) =>
        OnRule(p, pick, Any, StepFallback, "a rule id with a space", r => (PlaybookGenerators.Copy(r, id: r.Id + " bis"), "Id"));

    private static PlaybookFault EmptyTitle(Playbook p, int pick) =>
        OnRule(p, pick, Any, StepFallback, "a rule without a title", r => (PlaybookGenerators.Copy(r, title: string.Empty), "Title"));

    private static PlaybookFault PriorityOutOfRange(Playbook p, int pick) =>
        OnRule(p, pick, Any, StepFallback, "a priority out of 0..100", r => (PlaybookGenerators.Copy(r, priority: pick % 2 == 0 ? Rule.MaxPriority + 1 : Rule.MinPriority - 1 - (pick % 50)), "Priority"));

    // Timing ------------------------------------------------------------------------------------------------------------

    private static PlaybookFault ZeroRepeatSpacing(Playbook p, int pick) =>
        WithRepeat(p, pick, "repeat every 0 days", new Repeat(StepOffset.Zero, maxCount: 3), "Timing.Repeat.Every");

    private static PlaybookFault UnboundedRepeat(Playbook p, int pick) =>
        WithRepeat(p, pick, "a repeat with neither MaxCount nor For", new Repeat(StepOffset.FromWeeks(1)), "Timing.Repeat");

    private static PlaybookFault ZeroMaxCount(Playbook p, int pick) =>
        WithRepeat(p, pick, "a repeat with MaxCount 0", new Repeat(StepOffset.FromWeeks(1), maxCount: 0), "Timing.Repeat.MaxCount");

    private static PlaybookFault MaxCountOverLimit(Playbook p, int pick) =>
        WithRepeat(p, pick, "a repeat with MaxCount over the limit", new Repeat(StepOffset.FromWeeks(1), maxCount: Limits.MaxRepeatCount + 1 + (pick % 100)), "Timing.Repeat.MaxCount");

    private static PlaybookFault BackOffOutOfRange(Playbook p, int pick) =>
        WithRepeat(p, pick, "a back-off factor out of 1..4", new Repeat(StepOffset.FromWeeks(1), maxCount: 3, backOffFactor: pick % 3 == 0 ? 0 : 9), "Timing.Repeat.BackOffFactor");

    private static PlaybookFault ZeroMaxUnanswered(Playbook p, int pick) =>
        WithRepeat(p, pick, "a repeat with MaxUnanswered 0", new Repeat(StepOffset.FromWeeks(1), maxCount: 3, maxUnanswered: 0), "Timing.Repeat.MaxUnanswered");

    private static PlaybookFault ZeroRepeatSpan(Playbook p, int pick) =>
        WithRepeat(p, pick, "a repeat For 0 days", new Repeat(StepOffset.FromWeeks(1), @for: Period.Zero), "Timing.Repeat.For");

    private static PlaybookFault NegativeEarly(Playbook p, int pick) =>
        OnRule(p, pick, IsStep, StepFallback, "a window opening after the due date, a negative Early", r =>
            (PlaybookGenerators.Copy(r, timing: new Timing(r.Timing!.Offset, new Window(Period.FromDays(-1 - (pick % 30)), r.Timing.Window.Late), r.Timing.Repeat)), "Timing.Window.Early"));

    private static PlaybookFault LateWithTimePart(Playbook p, int pick) =>
        OnRule(p, pick, IsStep, StepFallback, "a window grace with hours", r =>
            (PlaybookGenerators.Copy(r, timing: new Timing(r.Timing!.Offset, new Window(r.Timing.Window.Early, Period.FromHours(1 + (pick % 23))), r.Timing.Repeat)), "Timing.Window.Late"));

    private static PlaybookFault OffsetOverLimits(Playbook p, int pick) =>
        OnRule(p, pick, IsStep, StepFallback, "an offset over the limits", r =>
            (PlaybookGenerators.Copy(r, timing: new Timing(TooLong(pick), r.Timing!.Window, r.Timing.Repeat)), "Timing.Offset"));

    private static PlaybookFault RepeatSpacingOverLimits(Playbook p, int pick) =>
        WithRepeat(p, pick, "a repeat spacing over the limits", new Repeat(TooLong(pick), maxCount: 2), "Timing.Repeat.Every");

    private static StepOffset TooLong(int pick) => (pick % 5) switch
    {
        0 => StepOffset.FromDays(Limits.MaxDays + 1 + (pick % 1000)),
        1 => StepOffset.FromBusinessDays(Limits.MaxBusinessDays + 1 + (pick % 100)),
        2 => StepOffset.FromPeriod(Period.FromYears(Limits.MaxYears + 1)),
        3 => StepOffset.FromMonths(Limits.MaxMonths + 1),
        _ => StepOffset.FromWeeks(Limits.MaxWeeks + 1),
    };

    private static PlaybookFault WithRepeat(Playbook p, int pick, string description, Repeat repeat, string path) =>
        OnRule(p, pick, IsStep, StepFallback, description, r => (PlaybookGenerators.Copy(r, timing: new Timing(r.Timing!.Offset, r.Timing.Window, repeat)), path));

    // Undefined enum values ---------------------------------------------------------------------------------------------

    private static PlaybookFault UndefinedAudienceKind(Playbook p, int pick) =>
        OnRule(p, pick, Any, StepFallback, "an undefined audience kind", r => (PlaybookGenerators.Copy(r, audience: new Audience((AudienceKind)(4 + (pick % 100)))), "Audience.Kind"));

    private static PlaybookFault UndefinedSelection(Playbook p, int pick) =>
        OnRule(p, pick, Any, StepFallback, "an undefined audience selection", r => (PlaybookGenerators.Copy(r, audience: new Audience(r.Audience.Kind, r.Audience.Roles, (AudienceSelection)(2 + (pick % 100)))), "Audience.Selection"));

    private static PlaybookFault UndefinedRole(Playbook p, int pick) =>
        OnRule(p, pick, r => r.Audience.Kind == AudienceKind.Contacts, PersonFallback, "an undefined contact role", r =>
            (PlaybookGenerators.Copy(r, audience: new Audience(AudienceKind.Contacts, [(ContactRole)(4 + (pick % 100)), .. r.Audience.Roles], r.Audience.Selection)), "Audience.Roles[0]"));

    private static PlaybookFault UndefinedAnchorKind(Playbook p, int pick) =>
        OnRule(p, pick, IsStep, StepFallback, "an undefined anchor kind", r => (PlaybookGenerators.Copy(r, anchor: Anchor.Of((AnchorKind)(7 + (pick % 100)))), "Anchor.Kind"));

    private static PlaybookFault UndefinedActionKind(Playbook p, int pick) =>
        OnRule(p, pick, IsStep, StepFallback, "an undefined action kind", r => (PlaybookGenerators.Copy(r, action: new ActionSpec((ActionKind)(13 + (pick % 100)), r.Action.Channel, r.Action.Otherwise)), "Action.Kind"));

    private static PlaybookFault UndefinedChannel(Playbook p, int pick) =>
        OnRule(p, pick, IsStep, StepFallback, "an undefined channel", r => (PlaybookGenerators.Copy(r, action: new ActionSpec(r.Action.Kind, (Channel)(8 + (pick % 100)), r.Action.Otherwise)), "Action.Channel"));

    private static PlaybookFault UndefinedLateAction(Playbook p, int pick) =>
        OnRule(p, pick, Any, StepFallback, "an undefined late action", r => (PlaybookGenerators.Copy(r, late: LatePolicy.Of((LateAction)(3 + (pick % 100)))), "Late.Action"));

    private static PlaybookFault UndefinedConditionValue(Playbook p, int pick)
    {
        int bad = pick % 100;
        (Condition condition, string path) = (pick % 4) switch
        {
            0 => (Condition.StatusIs((ApplicationStatus)(7 + bad)), ".Statuses[0]"),
            1 => (Condition.RejectionReasonIs((RejectionReason)(7 + bad)), ".Reasons[0]"),
            2 => (Condition.ReplyReceived((ReplyOutcome)(3 + bad)), ".Outcome"),
            _ => (Condition.TouchpointRecorded((TouchpointKind)(20 + bad)), ".Kind"),
        };
        return AddCondition(p, pick, Any, "an undefined value in a condition", condition, path);
    }

    // Conditions --------------------------------------------------------------------------------------------------------

    private static PlaybookFault EmptyStatusIs(Playbook p, int pick) =>
        AddCondition(p, pick, Any, "StatusIs with no status", Condition.StatusIs(), ".Statuses");

    private static PlaybookFault EmptyAnyOf(Playbook p, int pick) =>
        AddCondition(p, pick, Any, "AnyOf with no condition", Condition.AnyOf(), ".Conditions");

    private static PlaybookFault UnknownCustomCondition(Playbook p, int pick) =>
        AddCondition(p, pick, Any, "an unregistered custom condition", new CustomCondition("unregistered-" + (pick % 10)), ".Name");

    private static PlaybookFault UnknownCustomStopCondition(Playbook p, int pick) =>
        OnRule(p, pick, IsStep, StepFallback, "an unregistered custom stop condition", r =>
            (PlaybookGenerators.Copy(r, stopWhen: [.. r.StopWhen, new CustomCondition("unregistered")]), $"StopWhen[{r.StopWhen.Count}].Name"));

    private static PlaybookFault DuplicateCustomParameter(Playbook p, int pick) =>
        AddCondition(p, pick, Any, "a custom condition parameter given twice", new CustomCondition("custom", [new ConditionParameter("p", "1"), new ConditionParameter("p", "2")]), ".Parameters[1]");

    private static PlaybookFault PersonConditionForNonPeople(Playbook p, int pick)
    {
        Condition condition = (pick % 4) switch
        {
            0 => Condition.HasChannel(Channel.Email),
            1 => Condition.LinkedInConnected,
            2 => Condition.LinkedInStateIs(LinkedInConnection.Pending),
            _ => Condition.DoNotContact,
        };
        return AddCondition(p, pick, r => IsStep(r) && !r.Audience.IsPeople, "a condition about a person on a seeker or company rule", condition, string.Empty);
    }

    private static PlaybookFault ConditionTooDeep(Playbook p, int pick)
    {
        Condition condition = Condition.EmployedElsewhere;
        for (int i = 0; i < Limits.MaxConditionDepth; i++)
        {
            condition = Condition.Not(condition);
        }

        return AddCondition(p, pick, Any, "conditions nested too deep", condition, string.Concat(Enumerable.Repeat(".Inner", Limits.MaxConditionDepth)));
    }

    private static PlaybookFault AddCondition(Playbook p, int pick, Func<Rule, bool> filter, string description, Condition condition, string pathInCondition) =>
        OnRule(p, pick, filter, StepFallback, description, r => (PlaybookGenerators.Copy(r, conditions: [.. r.Conditions, condition]), $"Conditions[{r.Conditions.Count}]{pathInCondition}"));

    // Anchors -----------------------------------------------------------------------------------------------------------

    private static PlaybookFault AfterMissingRule(Playbook p, int pick) =>
        OnRule(p, pick, IsStep, StepFallback, "an AfterRule anchor on a rule that does not exist", r => (PlaybookGenerators.Copy(r, anchor: Anchor.AfterRule("missing-" + (pick % 10))), "Anchor.RuleId"));

    private static PlaybookFault AfterRuleWithoutId(Playbook p, int pick) =>
        OnRule(p, pick, IsStep, StepFallback, "an AfterRule anchor naming no rule", r => (PlaybookGenerators.Copy(r, anchor: Anchor.Of(AnchorKind.AfterRule, ruleId: pick % 2 == 0 ? null : " ")), "Anchor.RuleId"));

    private static PlaybookFault AfterStopRule(Playbook p, int pick)
    {
        (Rule[] rules, int stop) = Pick([.. p.Rules], pick, r => r.IsStopRule, StopFallback);
        (rules, int step) = Pick(rules, pick / 7, IsStep, StepFallback);
        rules[step] = PlaybookGenerators.Copy(rules[step], anchor: Anchor.AfterRule(rules[stop].Id));
        return new PlaybookFault("an AfterRule anchor on a stop rule", With(p, rules), $"Rules[{step}].Anchor.RuleId");
    }

    private static PlaybookFault TwoRuleCycle(Playbook p, int pick)
    {
        Rule[] rules = [.. p.Rules];
        var pairs = new List<(int, int)>();
        for (int i = 0; i < rules.Length; i++)
        {
            for (int j = i + 1; j < rules.Length; j++)
            {
                if (IsStep(rules[i]) && IsStep(rules[j]) && !IsSilent(rules[i]) && !IsSilent(rules[j])
                    && (rules[i].Audience.Kind == rules[j].Audience.Kind || (rules[i].Audience.IsPeople && rules[j].Audience.IsPeople)))
                {
                    pairs.Add((i, j));
                }
            }
        }

        if (pairs.Count == 0)
        {
            rules = [.. rules, StepFallback("fault-cycle-a"), StepFallback("fault-cycle-b")];
            pairs.Add((rules.Length - 2, rules.Length - 1));
        }

        (int a, int b) = pairs[pick % pairs.Count];
        string idA = rules[a].Id;
        rules[a] = PlaybookGenerators.Copy(rules[a], anchor: Anchor.AfterRule(rules[b].Id));
        rules[b] = PlaybookGenerators.Copy(rules[b], anchor: Anchor.AfterRule(idA));

        // The validator reports a cycle once, at its first rule.
        return new PlaybookFault($"two rules waiting on each other (Rules[{a}] '{idA}' and Rules[{b}] '{rules[b].Id}')", With(p, rules), $"Rules[{a}].Anchor.RuleId");
    }

    private static PlaybookFault OutcomeOnOtherAnchor(Playbook p, int pick) =>
        OnRule(p, pick, IsStep, StepFallback, "a reply outcome on an anchor that is not a reply", r => (PlaybookGenerators.Copy(r, anchor: Anchor.Of(AnchorKind.ApplicationSubmitted, ReplyOutcome.Yes)), "Anchor.Outcome"));

    // Stop rules and silent rejections ----------------------------------------------------------------------------------

    private static PlaybookFault StopRuleWithAnchor(Playbook p, int pick) =>
        OnRule(p, pick, r => r.IsStopRule, StopFallback, "a stop rule with an anchor", r => (PlaybookGenerators.Copy(r, anchor: Anchor.ApplicationSubmitted), "Anchor"));

    private static PlaybookFault StopRuleWithTiming(Playbook p, int pick) =>
        OnRule(p, pick, r => r.IsStopRule, StopFallback, "a stop rule with a timing", r => (PlaybookGenerators.Copy(r, timing: new Timing(StepOffset.FromDays(1))), "Timing"));

    private static PlaybookFault StopRuleWithoutConditions(Playbook p, int pick) =>
        OnRule(p, pick, r => r.IsStopRule, StopFallback, "a stop rule without conditions", r => (PlaybookGenerators.Copy(r, conditions: []), "Conditions"));

    private static PlaybookFault StopRuleForCompany(Playbook p, int pick) =>
        OnRule(p, pick, r => r.IsStopRule, StopFallback, "a stop rule for the company", r => (PlaybookGenerators.Copy(r, audience: Audience.Company, conditions: [Condition.EmployedElsewhere]), "Audience.Kind"));

    private static PlaybookFault SilentRejectionOnRejection(Playbook p, int pick) =>
        OnRule(p, pick, IsSilent, SilentFallback, "a silent-rejection rule waiting on the rejection", r => (PlaybookGenerators.Copy(r, anchor: Anchor.RejectionReceived), "Anchor.Kind"));

    private static PlaybookFault SilentRejectionForPeople(Playbook p, int pick) =>
        OnRule(p, pick, IsSilent, SilentFallback, "a silent-rejection rule for interviewers", r => (PlaybookGenerators.Copy(r, audience: Audience.EachInterviewer, conditions: [], stopWhen: []), "Action.Kind"));

    // Actions and late policies -----------------------------------------------------------------------------------------

    private static PlaybookFault PersonActionForNonPeople(Playbook p, int pick) =>
        OnRule(p, pick, r => IsStep(r) && !r.Audience.IsPeople && !IsSilent(r), StepFallback, "a person's action for the seeker or the company", r =>
            (PlaybookGenerators.Copy(r, action: new ActionSpec(ActionKind.SendCheckIn, Channel.Email)), "Action.Kind"));

    private static PlaybookFault PersonActionOnOwnChannel(Playbook p, int pick) =>
        OnRule(p, pick, r => IsStep(r) && r.Audience.IsPeople, PersonFallback, "a person's action by a channel that reaches nobody", r =>
            (PlaybookGenerators.Copy(r, action: new ActionSpec(ActionKind.SendCheckIn, pick % 2 == 0 ? Channel.Social : Channel.None)), "Action.Channel"));

    private static PlaybookFault StopOutreachAsAlternative(Playbook p, int pick) =>
        OnRule(p, pick, IsStep, StepFallback, "StopOutreach as an alternative action", r =>
            (PlaybookGenerators.Copy(r, action: new ActionSpec(r.Action.Kind, r.Action.Channel, new ActionSpec(ActionKind.StopOutreach, Channel.None))), "Action.Otherwise.Kind"));

    private static PlaybookFault TooManyAlternatives(Playbook p, int pick) =>
        OnRule(p, pick, IsStep, StepFallback, "too many alternative actions", r =>
        {
            ActionSpec chain = new(r.Action.Kind, r.Action.Channel);
            for (int i = 0; i < Limits.MaxActionChain; i++)
            {
                chain = new ActionSpec(r.Action.Kind, r.Action.Channel, chain);
            }

            return (PlaybookGenerators.Copy(r, action: chain), "Action" + string.Concat(Enumerable.Repeat(".Otherwise", Limits.MaxActionChain)));
        });

    private static PlaybookFault TurnIntoWithoutAction(Playbook p, int pick) =>
        OnRule(p, pick, IsStep, StepFallback, "a TurnInto late policy without a replacement", r => (PlaybookGenerators.Copy(r, late: LatePolicy.Of(LateAction.TurnInto)), "Late.TurnInto"));

    private static PlaybookFault ReplacementWithoutTurnInto(Playbook p, int pick) =>
        OnRule(p, pick, IsStep, StepFallback, "a replacement action on a policy that is not TurnInto", r =>
            (PlaybookGenerators.Copy(r, late: LatePolicy.Of(pick % 2 == 0 ? LateAction.Expire : LateAction.KeepOpen, r.Action)), "Late.TurnInto"));

    // The playbook itself -----------------------------------------------------------------------------------------------

    private static PlaybookFault PlaybookVersionZero(Playbook p, int pick) =>
        new("a playbook version below 1", new Playbook(p.Id, p.Name, -(pick % 3), p.Rules, p.WorkingWeek), "Version");

    private static PlaybookFault PlaybookWithoutRules(Playbook p, int pick) =>
        new("a playbook without rules", new Playbook(p.Id, p.Name, p.Version, [], p.WorkingWeek), "Rules");

    private static PlaybookFault PlaybookWithoutId(Playbook p, int pick) =>
        new("a playbook without an id", new Playbook(pick % 2 == 0 ? string.Empty : " ", p.Name, p.Version, p.Rules, p.WorkingWeek), "Id");

    private static PlaybookFault PlaybookWithoutName(Playbook p, int pick) =>
        new("a playbook without a name", new Playbook(p.Id, pick % 2 == 0 ? string.Empty : " ", p.Version, p.Rules, p.WorkingWeek), "Name");

    private static PlaybookFault OutreachLimitsOutOfRange(Playbook p, int pick)
    {
        (OutreachLimits limits, string field) = (pick % 6) switch
        {
            0 => (new OutreachLimits(maxPerDay: 0), "MaxPerDay"),
            1 => (new OutreachLimits(maxPerDay: OutreachLimits.HighestMaxPerDay + 1 + (pick % 100)), "MaxPerDay"),
            2 => (new OutreachLimits(maxPerCompanyPerWeek: -(pick % 3)), "MaxPerCompanyPerWeek"),
            3 => (new OutreachLimits(maxPerCompanyPerWeek: OutreachLimits.HighestMaxPerCompanyPerWeek + 1), "MaxPerCompanyPerWeek"),
            4 => (new OutreachLimits(minSpacingPerPerson: Period.FromDays(OutreachLimits.MaxSpacingDays + 1 + (pick % 50))), "MinSpacingPerPerson"),
            _ => (new OutreachLimits(minSpacingPerPerson: Period.FromWeeks(1)), "MinSpacingPerPerson"),
        };
        return new("outreach limits out of range", new Playbook(p.Id, p.Name, p.Version, p.Rules, p.WorkingWeek, p.SendWindow, p.Holidays, limits), "OutreachLimits." + field);
    }

    // Helpers -----------------------------------------------------------------------------------------------------------

    private static bool Any(Rule rule) => true;

    private static bool IsStep(Rule rule) => !rule.IsStopRule;

    private static bool IsSilent(Rule rule) => rule.Action.Kind == ActionKind.TreatAsRejected;

    private static Rule StepFallback(string id) =>
        new(id, "Write notes", Anchor.ApplicationSubmitted, new Timing(StepOffset.FromDays(3)), Audience.Seeker, new ActionSpec(ActionKind.WriteJournalNotes, Channel.None));

    private static Rule PersonFallback(string id) =>
        new(id, "Thank the hiring manager", Anchor.InterviewHeld, new Timing(StepOffset.FromBusinessDays(1)), Audience.Each(ContactRole.HiringManager), new ActionSpec(ActionKind.SendThankYouEmail, Channel.Email));

    private static Rule StopFallback(string id) =>
        new(id, "Stop", null, null, Audience.EachInterviewer, new ActionSpec(ActionKind.StopOutreach, Channel.None), [Condition.ReplyReceived(ReplyOutcome.No)]);

    private static Rule SilentFallback(string id) =>
        new(id, "Silence", Anchor.LastInterview, new Timing(StepOffset.FromDays(30)), Audience.Seeker, new ActionSpec(ActionKind.TreatAsRejected, Channel.None));

    /// <summary>Picks a rule that passes <paramref name="filter"/>, appending one made by <paramref name="fallback"/> when none does.</summary>
    private static (Rule[] Rules, int Index) Pick(Rule[] rules, int pick, Func<Rule, bool> filter, Func<string, Rule> fallback)
    {
        int[] candidates = [.. Enumerable.Range(0, rules.Length).Where(i => filter(rules[i]))];
        if (candidates.Length > 0)
        {
            return (rules, candidates[pick % candidates.Length]);
        }

        Rule[] extended = [.. rules, fallback($"fault-{rules.Length}")];
        return (extended, extended.Length - 1);
    }

    private static PlaybookFault OnRule(Playbook p, int pick, Func<Rule, bool> filter, Func<string, Rule> fallback, string description, Func<Rule, (Rule Rule, string Path)> inject)
    {
        (Rule[] rules, int index) = Pick([.. p.Rules], pick, filter, fallback);
        (Rule faulty, string path) = inject(rules[index]);
        rules[index] = faulty;
        return new PlaybookFault($"{description} (Rules[{index}] '{faulty.Id}')", With(p, rules), $"Rules[{index}]{(path.Length == 0 ? string.Empty : "." + path)}");
    }

    private static Playbook With(Playbook p, Rule[] rules) => new(p.Id, p.Name, p.Version, rules, p.WorkingWeek, drafts: p.Drafts, translations: p.Translations);
}
