using System.Collections.Immutable;
using FollowUpRules.Calendar;
using FollowUpRules.Domain;
using FollowUpRules.Rules;
using FollowUpRules.Rules.Conditions;
using FollowUpRules.Validation;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Week = FollowUpRules.Calendar.WorkingWeek;

namespace FollowUpRules.Testing;

/// <summary>
/// FsCheck generators for valid playbooks over the whole rule vocabulary, for property-testing the engine with playbooks
/// nobody wrote by hand. Every playbook they generate passes <see cref="PlaybookValidator"/> (given the custom condition
/// names passed in).
/// </summary>
/// <remarks>
/// <para>A generated playbook has 1 to 8 rules, ids <c>r1</c> to <c>r8</c>, covering every <see cref="AnchorKind"/>
/// (an <see cref="AnchorKind.AfterRule"/> anchor only waits on an earlier rule of a compatible audience, so there are no
/// cycles), calendar and business-day offsets up to the <see cref="Limits"/>, windows, bounded repeats (with restarts,
/// back-off and unanswered limits for people), every <see cref="AudienceKind"/> and <see cref="AudienceSelection"/>,
/// actions and channels that fit the audience with alternatives, every <see cref="LateAction"/>, silent-rejection rules
/// (<see cref="ActionKind.TreatAsRejected"/>, for the seeker, on the application, an interview or the last interview),
/// stop rules, conditions of every kind nested up to 3 levels, priorities and custom working weeks.</para>
/// <para>Half of them have draft templates (rules' own and the playbook's, valid Liquid from <see cref="TemplateTexts"/>
/// naming only values their steps can have), and a third have translations (<see cref="Translated"/>): one to three of
/// <see cref="TranslationCultures"/>, some partial, with rules' titles and sources and templates that name exactly the
/// values of their originals. So they pass the validator with the Drafts package's template checker too.</para>
/// <para><see cref="Playbooks"/> shrinks first by dropping the translations, then the templates, then rules no other rule
/// waits on (with their translations), conditions, repeats and late policies. All members are thread-safe.</para>
/// </remarks>
public static partial class PlaybookGenerators
{
    /// <summary>How deeply generated conditions nest: a condition at the top, inside one <c>Not</c> or <c>AnyOf</c>, inside two.</summary>
    public const int MaxConditionDepth = 3;

    /// <summary>The most rules a generated playbook has.</summary>
    public const int MaxRules = 8;

    private static readonly ActionKind[] PersonActions = [.. Enum.GetValues<ActionKind>().Where(k => ActionKinds.TargetsPerson(k) && k != ActionKind.StopOutreach)];

    private static readonly ActionKind[] OwnActions = [ActionKind.WriteJournalNotes, ActionKind.FollowOnSocial, ActionKind.CheckOnCompany];

    private static readonly Channel[] PersonChannels = [Channel.Email, Channel.LinkedIn, Channel.Postal, Channel.Phone, Channel.InPerson];

    private static readonly Channel[] OwnChannels = [Channel.None, Channel.Social, Channel.Web];

    private static readonly ReplyOutcome?[] OptionalOutcomes = [null, .. Enum.GetValues<ReplyOutcome>()];

    private static readonly Gen<Repeat?> NoRepeat = Gen.Constant<Repeat?>(null);

    /// <summary>Generates valid playbooks of 1 to <see cref="MaxRules"/> rules.</summary>
    /// <param name="customConditionNames">
    /// The names of the custom conditions the engine will know; rules then use <see cref="CustomCondition"/>s with these
    /// names. <see langword="null"/> or empty for none.
    /// </param>
    /// <returns>The generator.</returns>
    public static Gen<Playbook> Playbook(IEnumerable<string>? customConditionNames = null)
    {
        var pools = new Pools([.. customConditionNames ?? []]);
        return from count in Gen.Choose(1, MaxRules)
               from rules in RuleList(count, pools)
               from week in WorkingWeek()
               from window in SendWindow()
               from calendars in Gen.Frequency((2, Gen.Constant(0)), (1, Gen.Choose(1, 2)))
               from holidays in Gen.CollectToArray(Enumerable.Range(1, calendars).Select(i => FollowUpGenerators.HolidayCalendar("h" + i)))
               from version in Gen.Choose(1, 9)
               from limits in OutreachLimits()
               let playbook = new Playbook("generated", "Generated playbook", version, rules, week, window, holidays, limits)
               where holidays.Length == 0 || new PlaybookValidator(pools.CustomNames).Validate(playbook).IsValid // a rare week and calendars that leave no business day for too long
               from drafted in Gen.Frequency((1, Gen.Constant(playbook)), (1, Drafted(playbook)))
               from translated in Gen.Frequency((2, Gen.Constant(drafted)), (1, Translated(drafted)))
               select translated;
    }

    /// <summary>Gets the arbitrary of valid playbooks, with a shrinker that keeps them valid.</summary>
    /// <param name="customConditionNames">The names of the custom conditions the engine will know, as for <see cref="Playbook"/>.</param>
    /// <returns>The arbitrary, for <c>Prop.ForAll</c>.</returns>
    public static Arbitrary<Playbook> Playbooks(IEnumerable<string>? customConditionNames = null) =>
        Arb.From(Playbook(customConditionNames), Shrink);

    /// <summary>
    /// Returns smaller valid playbooks than <paramref name="playbook"/>: without translations, or one fewer; without
    /// templates; one rule fewer (never one that another rule waits on; its translations go with it), one condition or stop
    /// condition fewer (a stop rule keeps at least one), a rule without its repeat, a rule whose late steps stay open, the
    /// Monday-to-Friday week, office hours, no holidays, the default outreach limits.
    /// </summary>
    /// <param name="playbook">A valid playbook.</param>
    /// <returns>Candidate smaller playbooks, biggest cut first.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="playbook"/> is <see langword="null"/>.</exception>
    public static IEnumerable<Playbook> Shrink(Playbook playbook)
    {
        ArgumentNullException.ThrowIfNull(playbook);
        return ShrinkIterator(playbook);
    }

    /// <summary>Generates a valid condition for a rule with <paramref name="audience"/>, nested up to <see cref="MaxConditionDepth"/> levels.</summary>
    /// <param name="audience">The rule's audience: conditions about a person (channels, LinkedIn, do-not-contact) only come for people.</param>
    /// <param name="customConditionNames">The names of the custom conditions the engine will know; <see langword="null"/> for none.</param>
    /// <returns>The generator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="audience"/> is <see langword="null"/>.</exception>
    public static Gen<Condition> Condition(Audience audience, IEnumerable<string>? customConditionNames = null)
    {
        ArgumentNullException.ThrowIfNull(audience);
        return new Pools([.. customConditionNames ?? []]).Condition(audience.IsPeople);
    }

    /// <summary>Generates a step offset: the same day, days, weeks, months, years, mixed periods or business days, sometimes at the <see cref="Limits"/>.</summary>
    /// <param name="allowZero">Whether the same day (<see cref="StepOffset.Zero"/>) may come up; a repeat's spacing must not be zero.</param>
    /// <returns>The generator.</returns>
    public static Gen<StepOffset> Offset(bool allowZero = true)
    {
        var options = new List<(int, Gen<StepOffset>)>
        {
            (5, Gen.Choose(1, 30).Select(StepOffset.FromDays)),
            (4, Gen.Choose(1, 8).Select(StepOffset.FromWeeks)),
            (4, Gen.Choose(1, 12).Select(StepOffset.FromMonths)),
            (1, Gen.Choose(1, 3).Select(y => StepOffset.FromPeriod(Period.FromYears(y)))),
            (1, from y in Gen.Choose(0, 1)
                from m in Gen.Choose(0, 11)
                from w in Gen.Choose(0, 3)
                from d in Gen.Choose(1, 30)
                select StepOffset.FromPeriod(new PeriodBuilder { Years = y, Months = m, Weeks = w, Days = d }.Build())),
            (3, Gen.Choose(1, 15).Select(StepOffset.FromBusinessDays)),
            (1, Gen.Elements(
                StepOffset.FromPeriod(Period.FromYears(Limits.MaxYears)),
                StepOffset.FromMonths(Limits.MaxMonths),
                StepOffset.FromWeeks(Limits.MaxWeeks),
                StepOffset.FromDays(Limits.MaxDays),
                StepOffset.FromBusinessDays(Limits.MaxBusinessDays))),
        };
        if (allowZero)
        {
            options.Add((3, Gen.Constant(StepOffset.Zero)));
        }

        return Gen.Frequency(options);
    }

    /// <summary>Generates a working week: Monday to Friday most often, Sunday to Thursday, or any non-empty set of days.</summary>
    /// <returns>The generator.</returns>
    public static Gen<Week> WorkingWeek() =>
        Gen.Frequency(
            (4, Gen.Constant(Week.MondayToFriday)),
            (1, Gen.Constant(Week.Of(IsoDayOfWeek.Sunday, IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday))),
            (2, from first in Gen.Elements(AllDays)
                from others in Gen.SubListOf(AllDays)
                select Week.Of(others.Append(first))));

    private static IsoDayOfWeek[] AllDays =>
        [IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday, IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday];

    private static IEnumerable<Playbook> ShrinkIterator(Playbook playbook)
    {
        foreach (Playbook smaller in ShrinkWords(playbook))
        {
            yield return smaller;
        }

        Rule[] rules = [.. playbook.Rules];
        var waitedOn = playbook.Rules
            .Select(r => r.Anchor)
            .Where(a => a is { Kind: AnchorKind.AfterRule, RuleId: not null })
            .Select(a => a!.RuleId!)
            .ToHashSet(StringComparer.Ordinal);

        if (rules.Length > 1)
        {
            for (int i = rules.Length - 1; i >= 0; i--)
            {
                if (!waitedOn.Contains(rules[i].Id))
                {
                    yield return With(playbook, rules.Where((_, k) => k != i));
                }
            }
        }

        for (int i = 0; i < rules.Length; i++)
        {
            Rule rule = rules[i];
            for (int j = 0; j < rule.Conditions.Count; j++)
            {
                if (!rule.IsStopRule || rule.Conditions.Count > 1)
                {
                    yield return With(playbook, Replace(rules, i, Copy(rule, conditions: rule.Conditions.Where((_, k) => k != j))));
                }
            }

            for (int j = 0; j < rule.StopWhen.Count; j++)
            {
                yield return With(playbook, Replace(rules, i, Copy(rule, stopWhen: rule.StopWhen.Where((_, k) => k != j))));
            }

            if (rule.Timing is { Repeat: not null } timing)
            {
                yield return With(playbook, Replace(rules, i, Copy(rule, timing: new Timing(timing.Offset, timing.Window))));
            }

            if (rule.Late.Action != LateAction.KeepOpen)
            {
                yield return With(playbook, Replace(rules, i, Copy(rule, late: LatePolicy.KeepOpen)));
            }
        }

        if (playbook.WorkingWeek != Week.MondayToFriday)
        {
            yield return Rebuild(playbook, workingWeek: Week.MondayToFriday);
        }

        if (playbook.SendWindow != FollowUpRules.Calendar.SendWindow.OfficeHours)
        {
            yield return Rebuild(playbook, officeHours: true);
        }

        if (playbook.Holidays.Count > 0)
        {
            yield return Rebuild(playbook, noHolidays: true);
        }

        if (playbook.OutreachLimits != FollowUpRules.Rules.OutreachLimits.Default)
        {
            yield return Rebuild(playbook, defaultLimits: true);
        }
    }

    /// <summary>
    /// Generates a valid send window, on the quarter hour: office hours a third of the time; a start from 00:00 to 22:45 and
    /// a later end a third of the time; and otherwise a short window (15 minutes to 3 hours) starting from 00:00 to 03:45, the
    /// hours in which clocks change, so that windows partly or wholly skipped by a daylight-saving change are common.
    /// </summary>
    /// <returns>The generator.</returns>
    public static Gen<FollowUpRules.Calendar.SendWindow> SendWindow() =>
        Gen.Frequency(
            (1, Gen.Constant(FollowUpRules.Calendar.SendWindow.OfficeHours)),
            (1, from start in Gen.Choose(0, (24 * 4) - 2)
                from length in Gen.Choose(1, (24 * 4) - 1 - start)
                select Quarters(start, start + length)),
            (1, from start in Gen.Choose(0, 15)
                from length in Gen.Choose(1, 12)
                select Quarters(start, start + length)));

    private static FollowUpRules.Calendar.SendWindow Quarters(int start, int end) =>
        new(NodaTime.LocalTime.FromMinutesSinceMidnight(start * 15), NodaTime.LocalTime.FromMinutesSinceMidnight(end * 15));

    /// <summary>Generates valid outreach limits: the defaults half the time, otherwise 1 to 100 a day, 1 to 50 per company a week and 0 to 90 days between asks, small values more often.</summary>
    /// <returns>The generator.</returns>
    public static Gen<OutreachLimits> OutreachLimits() =>
        Gen.Frequency(
            (1, Gen.Constant(FollowUpRules.Rules.OutreachLimits.Default)),
            (1, from perDay in Gen.Frequency((3, Gen.Choose(1, 10)), (1, Gen.Choose(1, FollowUpRules.Rules.OutreachLimits.HighestMaxPerDay)))
                from perWeek in Gen.Frequency((3, Gen.Choose(1, 5)), (1, Gen.Choose(1, FollowUpRules.Rules.OutreachLimits.HighestMaxPerCompanyPerWeek)))
                from spacing in Gen.Frequency((3, Gen.Choose(0, 7)), (1, Gen.Choose(0, FollowUpRules.Rules.OutreachLimits.MaxSpacingDays)))
                select new OutreachLimits(perDay, perWeek, NodaTime.Period.FromDays(spacing))));

    // The playbook with other rules; the translations of a rule dropped go with it.
    private static Playbook With(Playbook playbook, IEnumerable<Rule> rules)
    {
        Rule[] kept = [.. rules];
        var ids = kept.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        return Rebuild(playbook, kept, translations: [.. playbook.Translations.Select(t => t.Rules.All(r => ids.Contains(r.RuleId))
            ? t
            : new PlaybookTranslation(t.Culture, t.Rules.Where(r => ids.Contains(r.RuleId)), t.Drafts))]);
    }

    private static Rule[] Replace(Rule[] rules, int index, Rule rule) => [.. rules.Select((r, k) => k == index ? rule : r)];

    /// <summary>Returns a copy of <paramref name="rule"/> with some parts replaced.</summary>
    internal static Rule Copy(
        Rule rule,
        string? id = null,
        string? title = null,
        Anchor? anchor = null,
        Timing? timing = null,
        Audience? audience = null,
        ActionSpec? action = null,
        IEnumerable<Condition>? conditions = null,
        IEnumerable<Condition>? stopWhen = null,
        LatePolicy? late = null,
        int? priority = null,
        bool clearAnchor = false,
        IEnumerable<DraftTemplate>? drafts = null) =>
        new(
            id ?? rule.Id,
            title ?? rule.Title,
            clearAnchor ? null : anchor ?? rule.Anchor,
            timing ?? rule.Timing,
            audience ?? rule.Audience,
            action ?? rule.Action,
            conditions ?? rule.Conditions,
            stopWhen ?? rule.StopWhen,
            late ?? rule.Late,
            priority ?? rule.Priority,
            rule.Source,
            drafts ?? rule.Drafts);

    private static Gen<ImmutableList<Rule>> RuleList(int count, Pools pools)
    {
        Gen<ImmutableList<Rule>> rules = Gen.Constant(ImmutableList<Rule>.Empty);
        for (int i = 1; i <= count; i++)
        {
            string id = "r" + i;
            rules = rules.SelectMany(earlier => Rule(id, earlier, pools).Select(earlier.Add));
        }

        return rules;
    }

    private static Gen<Rule> Rule(string id, IReadOnlyList<Rule> earlier, Pools pools) =>
        Gen.Frequency((1, StopRule(id, pools)), (9, StepRule(id, earlier, pools)));

    private static Gen<Rule> StopRule(string id, Pools pools) =>
        from audience in PeopleAudience()
        from count in Gen.Choose(1, 3)
        from conditions in Gen.ArrayOf(pools.Condition(people: true), count)
        from priority in Priority()
        select new Rule(id, $"Stop rule {id}", null, null, audience, new ActionSpec(ActionKind.StopOutreach, Channel.None), conditions, priority: priority);

    private static Gen<Rule> StepRule(string id, IReadOnlyList<Rule> earlier, Pools pools) =>
        from audience in Gen.Frequency((3, Gen.Constant(Audience.Seeker)), (2, Gen.Constant(Audience.Company)), (6, PeopleAudience()))
        from silent in audience.Kind == AudienceKind.Seeker ? Gen.Frequency((3, Gen.Constant(false)), (1, Gen.Constant(true))) : Gen.Constant(false)
        from action in silent ? SilentRejectionAction() : ActionChain(audience.IsPeople)
        from anchor in silent ? Gen.Elements(Anchor.ApplicationSubmitted, Anchor.InterviewHeld, Anchor.LastInterview) : AnchorFor(audience, earlier)
        from timing in Timing(audience.IsPeople)
        from conditionCount in Gen.Frequency((4, Gen.Constant(0)), (3, Gen.Constant(1)), (2, Gen.Constant(2)), (1, Gen.Constant(3)))
        from conditions in Gen.ArrayOf(pools.Condition(audience.IsPeople), conditionCount)
        from stopCount in Gen.Frequency((5, Gen.Constant(0)), (2, Gen.Constant(1)), (1, Gen.Constant(2)))
        from stopWhen in Gen.ArrayOf(pools.Condition(audience.IsPeople), stopCount)
        from late in Late(audience.IsPeople)
        from priority in Priority()
        from source in Gen.Elements(string.Empty, "Generated by FollowUpRules.Testing")
        select new Rule(id, $"Generated rule {id}", anchor, timing, audience, action, conditions, stopWhen, late, priority, source);

    private static Gen<Audience> PeopleAudience() =>
        Gen.Frequency(
            (1, Gen.Elements(AudienceSelection.Each, AudienceSelection.First).Select(s => new Audience(AudienceKind.Interviewers, null, s))),
            (1, from roles in Gen.SubListOf(Enum.GetValues<ContactRole>())
                from order in Gen.Shuffle(roles.ToArray())
                from selection in Gen.Elements(AudienceSelection.Each, AudienceSelection.First)
                select new Audience(AudienceKind.Contacts, order, selection)));

    private static Gen<int> Priority() =>
        Gen.Frequency((3, Gen.Constant(Rules.Rule.DefaultPriority)), (2, Gen.Choose(Rules.Rule.MinPriority, Rules.Rule.MaxPriority)), (1, Gen.Elements(Rules.Rule.MinPriority, Rules.Rule.MaxPriority)));

    private static Gen<ActionSpec> SilentRejectionAction() =>
        from channel in Gen.Elements(OwnChannels)
        from alternative in Gen.Frequency((3, Gen.Constant<ActionSpec?>(null)), (1, ActionChain(people: false, Limits.MaxActionChain - 1).Select(a => (ActionSpec?)a)))
        select new ActionSpec(ActionKind.TreatAsRejected, channel, alternative);

    private static Gen<ActionSpec> ActionChain(bool people, int longest = Limits.MaxActionChain) =>
        from length in Gen.Frequency((12, Gen.Constant(1)), (5, Gen.Constant(2)), (2, Gen.Constant(3)), (1, Gen.Constant(longest)))
        from kinds in Gen.ArrayOf(Gen.Elements(people ? PersonActions : OwnActions), length)
        from channels in Gen.ArrayOf(Gen.Elements(people ? PersonChannels : OwnChannels), length)
        select Chain(kinds, channels);

    private static ActionSpec Chain(ActionKind[] kinds, Channel[] channels)
    {
        ActionSpec? spec = null;
        for (int i = kinds.Length - 1; i >= 0; i--)
        {
            spec = new ActionSpec(kinds[i], channels[i], spec);
        }

        return spec!;
    }

    private static Gen<Anchor> AnchorFor(Audience audience, IReadOnlyList<Rule> earlier)
    {
        string[] waitable = [.. earlier
            .Where(r => !r.IsStopRule && (r.Audience.Kind == audience.Kind || (r.Audience.IsPeople && audience.IsPeople)))
            .Select(r => r.Id)];
        var options = new List<(int, Gen<Anchor>)>
        {
            (3, Gen.Constant(Anchor.ApplicationSubmitted)),
            (3, Gen.Constant(Anchor.InterviewHeld)),
            (2, Gen.Constant(Anchor.LastInterview)),
            (3, Gen.Constant(Anchor.RejectionReceived)),
            (2, Gen.Elements(OptionalOutcomes).Select(Anchor.ReplyReceived)),
            (1, Gen.Constant(Anchor.PostingSpotted)),
        };
        if (waitable.Length > 0)
        {
            options.Add((4, Gen.Elements(waitable).Select(Anchor.AfterRule)));
        }

        return Gen.Frequency(options);
    }

    private static Gen<Timing> Timing(bool people) =>
        from offset in Offset()
        from window in Window()
        from repeat in Gen.Frequency((3, NoRepeat), (2, Repeat(people)))
        from adjust in Gen.Frequency((3, Gen.Constant(DateAdjustment.None)), (1, Gen.Elements(Enum.GetValues<DateAdjustment>())))
        select new Timing(offset, window, repeat, adjust);

    private static Gen<Window> Window() =>
        from early in Gen.Frequency(
            (4, Gen.Constant<Period?>(null)),
            (3, Gen.Choose(0, 10).Select(d => (Period?)Period.FromDays(d))),
            (1, Gen.Choose(1, 4).Select(w => (Period?)Period.FromWeeks(w))),
            (1, Gen.Choose(1, 2).Select(m => (Period?)Period.FromMonths(m))),
            (1, Gen.Elements<Period?>(Period.FromYears(Limits.MaxYears), Period.FromDays(Limits.MaxDays))))
        from late in Gen.Frequency(
            (4, Gen.Constant(Period.Zero)),
            (3, Gen.Choose(1, 14).Select(Period.FromDays)),
            (1, Gen.Choose(1, 4).Select(Period.FromWeeks)),
            (1, Gen.Choose(1, 3).Select(Period.FromMonths)),
            (1, Gen.Elements(Period.FromMonths(Limits.MaxMonths), Period.FromWeeks(Limits.MaxWeeks))))
        select new Window(early, late);

    private static Gen<Repeat?> Repeat(bool people) =>
        from every in Offset(allowZero: false)
        from bound in Gen.Elements(BoundKind.Count, BoundKind.Span, BoundKind.Both)
        from count in Gen.Frequency((8, Gen.Choose(1, 6)), (1, Gen.Constant(Limits.MaxRepeatCount)))
        from span in Gen.Frequency(
            (3, Gen.Choose(1, 24).Select(Period.FromMonths)),
            (2, Gen.Choose(1, 5).Select(Period.FromYears)),
            (2, Gen.Choose(1, 400).Select(Period.FromDays)),
            (1, Gen.Constant(Period.FromYears(Limits.MaxYears))))
        from restart in people ? Gen.Elements(false, true) : Gen.Constant(false)
        from backOff in people ? Gen.Frequency((3, Gen.Constant(1)), (2, Gen.Choose(2, Limits.MaxBackOffFactor))) : Gen.Constant(1)
        from unanswered in people
            ? Gen.Frequency((3, Gen.Constant<int?>(null)), (2, Gen.Choose(1, 5).Select(n => (int?)n)), (1, Gen.Constant<int?>(Limits.MaxUnanswered)))
            : Gen.Constant<int?>(null)
        select (Repeat?)new Repeat(
            every,
            bound == BoundKind.Span ? null : count,
            bound == BoundKind.Count ? null : span,
            restart,
            backOff,
            unanswered);

    private static Gen<LatePolicy> Late(bool people) =>
        Gen.Frequency(
            (4, Gen.Constant(LatePolicy.KeepOpen)),
            (3, Gen.Constant(LatePolicy.Expire)),
            (2, ActionChain(people).Select(LatePolicy.TurnIntoAction)));

    private static Gen<T[]> NonEmptySubset<T>(T[] values) =>
        from first in Gen.Elements(values)
        from others in Gen.SubListOf(values)
        select others.Contains(first) ? others.ToArray() : others.Prepend(first).ToArray();

    private enum BoundKind
    {
        Count,
        Span,
        Both,
    }

    /// <summary>Condition generators, built once per playbook generator: one per audience kind (people or not).</summary>
    private sealed class Pools
    {
        private readonly Gen<Condition> forPeople;
        private readonly Gen<Condition> forOthers;

        internal Pools(string[] customConditionNames)
        {
            CustomNames = customConditionNames;
            forPeople = Build(people: true, depth: 1, customConditionNames);
            forOthers = Build(people: false, depth: 1, customConditionNames);
        }

        internal string[] CustomNames { get; }

        internal Gen<Condition> Condition(bool people) => people ? forPeople : forOthers;

        private static Gen<Condition> Build(bool people, int depth, string[] names)
        {
            var options = new List<(int, Gen<Condition>)>
            {
                (3, NonEmptySubset(Enum.GetValues<ApplicationStatus>()).Select(s => (Condition)new StatusIsCondition(s))),
                (2, NonEmptySubset(Enum.GetValues<RejectionReason>()).Select(r => (Condition)new RejectionReasonIsCondition(r))),
                (1, Gen.Constant(Rules.Conditions.Condition.EmployedElsewhere)),
                (2, from outcome in Gen.Elements(OptionalOutcomes)
                    from scope in Gen.Elements(Enum.GetValues<ConditionScope>())
                    from since in Gen.Elements(false, true)
                    select (Condition)new ReplyReceivedCondition(outcome, scope, since)),
                (3, from kind in Gen.Elements(Enum.GetValues<TouchpointKind>())
                    from scope in Gen.Elements(Enum.GetValues<ConditionScope>())
                    from since in Gen.Elements(false, true)
                    select (Condition)new TouchpointRecordedCondition(kind, scope, since)),
            };

            if (people)
            {
                options.Add((1, Gen.Elements(Enum.GetValues<Channel>()).Select(c => (Condition)new HasChannelCondition(c))));
                options.Add((1, Gen.Constant(Rules.Conditions.Condition.LinkedInConnected)));
                options.Add((1, NonEmptySubset(Enum.GetValues<LinkedInConnection>()).Select(s => (Condition)new LinkedInStateIsCondition(s))));
                options.Add((1, Gen.Constant(Rules.Conditions.Condition.DoNotContact)));
            }

            if (names.Length > 0)
            {
                options.Add((3, from name in Gen.Elements(names)
                                from count in Gen.Choose(0, 2)
                                from values in Gen.ArrayOf(Gen.Elements("a", "b", "7"), count)
                                select (Condition)new CustomCondition(name, values.Select((v, i) => new ConditionParameter("p" + (i + 1), v)))));
            }

            if (depth < MaxConditionDepth)
            {
                Gen<Condition> inner = Build(people, depth + 1, names);
                options.Add((2, inner.Select(c => (Condition)new NotCondition(c))));
                options.Add((2, from count in Gen.Choose(1, 3)
                                from conditions in Gen.ArrayOf(inner, count)
                                select (Condition)new AnyOfCondition(conditions)));
            }

            return Gen.Frequency(options);
        }
    }
}
