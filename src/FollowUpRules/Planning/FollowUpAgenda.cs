using System.Runtime.InteropServices;
using FluentValidation.Results;
using FollowUpRules.Domain;
using FollowUpRules.Engine;
using FollowUpRules.Rules;
using FollowUpRules.Utility;
using FollowUpRules.Validation;
using NodaTime;

namespace FollowUpRules.Planning;

/// <summary>
/// Builds the agenda across many applications at once: what to do on each day, most urgent first, within the limits of
/// <see cref="AgendaSettings"/> (outreach steps a day, steps to one company a week, days between asks to one person, pauses).
/// </summary>
/// <remarks>
/// <para>The agenda only reads the engine's evaluations, in three steps.</para>
/// <para>1. One touch counts for every application it concerns. Each application is evaluated with its own touchpoints plus
/// the company-wide touchpoints (<see cref="Touchpoint.ApplicationId"/> <see langword="null"/>) recorded with the other
/// applications at the same company: a coffee with a team member, recorded once, does the matching step of each application
/// there. A touchpoint is shared only if it is about the relationship rather than one application (not an interview,
/// rejection, thank-you, status follow-up, snooze or dismissal), is dated on or after the application date, and names only
/// contacts given with the application; touchpoints are told apart by id, so one recorded with several applications counts
/// once. Then the same person step pending for several applications at one company (same rule, same person) becomes one
/// item listing every application id: the k-th such step of each application (by due date) are merged together.</para>
/// <para>2. Each application is evaluated as of today; the steps due on or before <c>until</c> are taken.</para>
/// <para>3. The steps are sorted by urgency (overdue, due, then upcoming), due date, priority (highest first), application
/// id, rule id and target, and each in turn is put on the first day, from today for a due or overdue step and from its due
/// date for an upcoming one, that is outside every pause and, for a step to a person, keeps the daily limit, the weekly
/// limit for its company (ISO weeks, Monday to Sunday) and the spacing from every other ask to the same person. No step is
/// dropped: one pushed beyond <c>until</c> is scheduled after it. Every move adds a sentence to the item's explanation, and
/// a step pushed past its latest date is flagged and says what pushed it.</para>
/// <para>The result depends only on the arguments, not on the order of the applications. Immutable and thread-safe, like
/// the engine it uses.</para>
/// </remarks>
public sealed class FollowUpAgenda
{
    private static readonly AgendaSettingsValidator SettingsValidator = new();

    // The list each evaluating thread takes one application's recommendations into (emptied after each), so that an
    // evaluation makes no array of them: they are copied into the candidates at once. See Take.
    [ThreadStatic]
    private static List<Recommendation>? takenSteps;

    private readonly FollowUpEngine engine;
    private readonly ParallelOptions parallel;

    // The rank of each of the playbook's rules by id in ordinal order, so that steps sort by rule id as numbers. Keyed by
    // the rule object, which every recommendation of the engine holds: found without hashing the id.
    private readonly Dictionary<Rule, int> ruleRanks;

    /// <summary>Initializes a new agenda builder that evaluates the applications one after another.</summary>
    /// <param name="engine">The engine whose recommendations are scheduled.</param>
    /// <exception cref="ArgumentNullException"><paramref name="engine"/> is <see langword="null"/>.</exception>
    public FollowUpAgenda(FollowUpEngine engine)
        : this(engine, maxDegreeOfParallelism: 1)
    {
    }

    /// <summary>Initializes a new agenda builder that evaluates up to <paramref name="maxDegreeOfParallelism"/> applications at once.</summary>
    /// <param name="engine">The engine whose recommendations are scheduled.</param>
    /// <param name="maxDegreeOfParallelism">
    /// How many applications to evaluate at once, on thread-pool threads: 1 (the default of the other constructor) evaluates
    /// them on the calling thread, one after another; for example <see cref="Environment.ProcessorCount"/> in a batch job
    /// with many applications. The parts of the build that do not depend on order (finding shared touchpoints, merging,
    /// sorting, making the items) use as many threads; only placing the steps against the limits runs in order. The agenda
    /// is the same either way. Custom conditions must then be safe to call from several threads at once (as pure functions
    /// are). A web app serving many requests usually keeps 1: the requests already use the cores.
    /// </param>
    /// <exception cref="ArgumentNullException"><paramref name="engine"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxDegreeOfParallelism"/> is less than 1.</exception>
    public FollowUpAgenda(FollowUpEngine engine, int maxDegreeOfParallelism)
    {
        this.engine = Preconditions.CheckNotNull(engine);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxDegreeOfParallelism, 1);
        parallel = new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism };
        Rule[] byId = [.. engine.Playbook.Rules.OrderBy(rule => rule.Id, StringComparer.Ordinal)];
        ruleRanks = new Dictionary<Rule, int>(byId.Length, ReferenceEqualityComparer.Instance);
        for (int i = 0; i < byId.Length; i++)
        {
            ruleRanks[byId[i]] = i;
        }
    }

    /// <summary>Builds the agenda from <paramref name="today"/> for the steps due within <paramref name="horizon"/>.</summary>
    /// <param name="applications">The applications, each with its company's contacts, its touchpoints and the seeker; application ids must be distinct.</param>
    /// <param name="today">The agenda's first day.</param>
    /// <param name="horizon">How far ahead steps are taken, for example <c>Period.FromWeeks(1)</c>: a positive period of years, months, weeks and days.</param>
    /// <param name="settings">The limits and pauses; <see langword="null"/> for the engine's playbook's <see cref="Rules.Playbook.OutreachLimits"/> and no pauses.</param>
    /// <returns>The agenda, as <see cref="Build(IEnumerable{EvaluationInput}, LocalDate, LocalDate, AgendaSettings?)"/> makes it up to <paramref name="today"/> plus <paramref name="horizon"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="applications"/>, one of its elements, or <paramref name="horizon"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Two applications share an id, or <paramref name="horizon"/> is not a positive date period or ends after <see cref="Limits.MaxDate"/>.</exception>
    /// <exception cref="FollowUpValidationException">The settings are invalid, or an application's input is; the exception lists every problem.</exception>
    public Agenda Build(IEnumerable<EvaluationInput> applications, LocalDate today, Period horizon, AgendaSettings? settings = null) =>
        Build(applications, today, Horizon.End(today, horizon), settings);

    /// <summary>Builds the agenda from <paramref name="today"/> for the steps due by <paramref name="until"/>.</summary>
    /// <param name="applications">The applications, each with its company's contacts, its touchpoints and the seeker; application ids must be distinct.</param>
    /// <param name="today">The agenda's first day.</param>
    /// <param name="until">The last due date taken: steps due after it are left for a later agenda. Not before <paramref name="today"/>.</param>
    /// <param name="settings">The limits and pauses; <see langword="null"/> for the engine's playbook's <see cref="Rules.Playbook.OutreachLimits"/> and no pauses.</param>
    /// <returns>The agenda.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="applications"/> or one of its elements is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Two applications share an id, or <paramref name="until"/> is before <paramref name="today"/> or after <see cref="Limits.MaxDate"/>.</exception>
    /// <exception cref="FollowUpValidationException">The settings are invalid, or an application's input is; the exception lists every problem.</exception>
    public Agenda Build(IEnumerable<EvaluationInput> applications, LocalDate today, LocalDate until, AgendaSettings? settings = null)
    {
        Preconditions.CheckNotNull(applications);
        settings = Checked(settings, today, until);
        var portfolio = Portfolio.Of(applications, parallel);
        using PooledList<Candidate> candidates = Candidates(portfolio, today, until);
        using PooledList<Pending> pending = Merge(candidates, portfolio);
        return Schedule(pending, portfolio, today, until, settings);
    }

    /// <summary>
    /// Projects the whole agenda forward over <paramref name="horizon"/>, assuming the seeker does every step on the day the
    /// agenda puts it: a timeline of the steps of every application, day by day, within the limits and outside the pauses.
    /// </summary>
    /// <param name="applications">The applications, as for <see cref="Build(IEnumerable{EvaluationInput}, LocalDate, LocalDate, AgendaSettings?)"/>.</param>
    /// <param name="today">The first day of the projection.</param>
    /// <param name="horizon">How far ahead, for example <c>Period.FromMonths(3)</c>: a positive period of years, months, weeks and days.</param>
    /// <param name="settings">The limits and pauses; <see langword="null"/> for the engine's playbook's <see cref="Rules.Playbook.OutreachLimits"/> and no pauses.</param>
    /// <returns>
    /// An agenda whose days run from <paramref name="today"/> to <paramref name="today"/> plus <paramref name="horizon"/>:
    /// each day holds what <see cref="Build(IEnumerable{EvaluationInput}, LocalDate, LocalDate, AgendaSettings?)"/> would
    /// put on it on that day, given the steps done on the days before.
    /// </returns>
    /// <remarks>
    /// <para>This is the agenda stepped through day by day: on each day the agenda is built from that day to the end of the
    /// horizon, the steps it puts on that day are recorded as done that day (with <see cref="FollowUpPlanner.RecordDone"/>,
    /// for each application the step serves), and the next day follows. Days on which no application has a step due are
    /// skipped without changing the result. A step that a limit or a pause moved keeps the sentence that says so, from the
    /// day it was moved. The real applications are never changed. For one application without limits, see
    /// <see cref="FollowUpPlanner.Project"/>.</para>
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="applications"/>, one of its elements, or <paramref name="horizon"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Two applications share an id, or <paramref name="horizon"/> is not a positive date period or ends after <see cref="Limits.MaxDate"/>.</exception>
    /// <exception cref="FollowUpValidationException">The settings are invalid, or an application's input is; the exception lists every problem.</exception>
    public Agenda Project(IEnumerable<EvaluationInput> applications, LocalDate today, Period horizon, AgendaSettings? settings = null)
    {
        Preconditions.CheckNotNull(applications);
        LocalDate until = Horizon.End(today, horizon);
        settings = Checked(settings, today, until);
        EvaluationInput[] current = ShareTouchpoints(applications); // checks the ids; sorted by id
        var position = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < current.Length; i++)
        {
            position[current[i].Application.Id] = i;
        }

        var days = new List<AgendaDay>();
        var movedBefore = new Dictionary<string, AgendaItem>(StringComparer.Ordinal);
        int done = 0;
        LocalDate day = today;
        while (day <= until)
        {
            var portfolio = Portfolio.Of(current, parallel);
            using PooledList<Candidate> candidates = Candidates(portfolio, day, until);
            if (candidates.Count == 0)
            {
                break;
            }

            // Nothing can be put on a day before the first due date: step straight to it.
            LocalDate firstDue = candidates[0].Due;
            foreach (Candidate candidate in candidates.Items)
            {
                firstDue = candidate.Due < firstDue ? candidate.Due : firstDue;
            }

            if (firstDue > day)
            {
                day = firstDue;
                continue;
            }

            Agenda agenda;
            using (PooledList<Pending> pending = Merge(candidates, portfolio))
            {
                agenda = Schedule(pending, portfolio, day, until, settings);
            }

            if (agenda.Days.Count > 0 && agenda.Days[0].Date == day)
            {
                AgendaDay first = Explained(agenda.Days[0], movedBefore);
                days.Add(first);
                foreach (AgendaItem item in first.Items)
                {
                    done++;
                    foreach (string id in item.ApplicationIds)
                    {
                        int at = position[id];
                        current[at] = FollowUpPlanner.RecordDone(current[at], item.Recommendation, day, $"agenda-plan:{done}:{item.Recommendation.RuleId}");
                    }
                }
            }

            // A step the limits moved to a later day keeps the reason: built from that day, it would seem simply due then.
            movedBefore.Clear();
            foreach (AgendaItem item in agenda.Items)
            {
                if (item.MoveExplanation is not null && item.Date > day)
                {
                    movedBefore[Key(item)] = item;
                }
            }

            day = day.PlusDays(1);
        }

        return new Agenda(today, until, days);
    }

    private static string Key(AgendaItem item)
    {
        Recommendation r = item.Recommendation;
        return $"{string.Join(",", item.ApplicationIds)}|{r.RuleId}|{r.Target.Key}|{r.AnchorKey}|{r.Occurrence}|{r.Due:uuuu-MM-dd}|{r.Latest:uuuu-MM-dd}";
    }

    /// <summary>Gives each item of <paramref name="day"/> that has no move of its own the moves that put it there when the agenda was built on an earlier day.</summary>
    private static AgendaDay Explained(AgendaDay day, Dictionary<string, AgendaItem> movedBefore)
    {
        if (movedBefore.Count == 0)
        {
            return day;
        }

        var items = new AgendaItem[day.Items.Count];
        int at = 0;
        foreach (AgendaItem item in day.Items)
        {
            items[at++] = item.MoveExplanation is null && movedBefore.TryGetValue(Key(item), out AgendaItem? earlier) && earlier.Date == item.Date
                ? new AgendaItem(item.Date, item.Recommendation, item.ApplicationIds, item.IsLate, earlier.PastDeadline && !item.IsLate, earlier.MoveExplanation)
                : item;
        }

        return new AgendaDay(day.Date, ValueList<AgendaItem>.Wrap(items));
    }

    private AgendaSettings Checked(AgendaSettings? settings, LocalDate today, LocalDate until)
    {
        settings ??= new AgendaSettings(engine.Playbook.OutreachLimits);
        ValidationResult result = SettingsValidator.Validate(settings);
        if (!result.IsValid)
        {
            throw new FollowUpValidationException("The agenda settings are invalid", result.Errors);
        }

        Preconditions.CheckArgument(until >= today, nameof(until), $"The agenda must end on or after its first day, {today:uuuu-MM-dd}; it ends on {until:uuuu-MM-dd}.");
        Preconditions.CheckArgument(until <= Limits.MaxDate, nameof(until), $"The agenda would end on {until:uuuu-MM-dd}, after {Limits.MaxDate:uuuu-MM-dd}.");
        return settings;
    }

    private PooledList<Candidate> Candidates(Portfolio portfolio, LocalDate today, LocalDate until)
    {
        // Only each evaluation's steps due by `until` are kept, as candidates that carry what the merge and the sort compare,
        // read while the step is at hand on the evaluating thread: those later one-thread passes then read compact values
        // rather than follow references all over a large heap, and the rest of each evaluation is garbage at once.
        int count = portfolio.Inputs.Length;
        var candidates = new PooledList<Candidate>(count * 4);
        if (parallel.MaxDegreeOfParallelism == 1 || count < 2)
        {
            for (int i = 0; i < count; i++)
            {
                Take(portfolio, i, today, until, candidates);
            }

            return candidates;
        }

        // Each worker adds to its own list and each application notes where its steps went, so they are put together in
        // application order afterwards: the same candidates in the same order however many threads evaluated them.
        using var placed = new PooledList<(PooledList<Candidate>? List, int Start, int Count)>(count, default);
        using var failures = new PooledList<Exception?>(count, null);
        var lists = new List<PooledList<Candidate>>();
        try
        {
            Parallel.For(
                0,
                count,
                parallel,
                () => new PooledList<Candidate>(4 * count / parallel.MaxDegreeOfParallelism),
                (i, _, list) =>
                {
                    try
                    {
                        int start = list.Count;
                        Take(portfolio, i, today, until, list);
                        placed.Items[i] = (list, start, list.Count - start);
                    }
                    catch (Exception e)
                    {
                        failures.Items[i] = e;
                    }

                    return list;
                },
                list =>
                {
                    lock (lists)
                    {
                        lists.Add(list);
                    }
                });

            // An invalid application throws as it would one after another: the first one's exception, unwrapped.
            foreach (Exception? failure in failures.Items)
            {
                if (failure is not null)
                {
                    candidates.Dispose();
                    System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);
                }
            }

            foreach ((PooledList<Candidate>? list, int start, int taken) in placed.Items)
            {
                candidates.AddRange(list!.Items.Slice(start, taken));
            }

            return candidates;
        }
        finally
        {
            foreach (PooledList<Candidate> list in lists)
            {
                list.Dispose();
            }
        }
    }

    /// <summary>Evaluates application <paramref name="index"/> and adds its steps due by <paramref name="until"/> to <paramref name="candidates"/>.</summary>
    private void Take(Portfolio portfolio, int index, LocalDate today, LocalDate until, PooledList<Candidate> candidates)
    {
        // Taken from the thread while in use, so that an agenda built from inside this evaluation (by a custom condition)
        // gets a list of its own.
        List<Recommendation> steps = takenSteps ?? [];
        takenSteps = null;
        try
        {
            engine.Recommend(portfolio.Shared(index), today, steps);
            foreach (Recommendation recommendation in steps)
            {
                if (recommendation.Due <= until)
                {
                    candidates.Add(new Candidate(recommendation, index, portfolio.CompanyOf[index], ruleRanks[recommendation.Rule]));
                }
            }
        }
        finally
        {
            steps.Clear();
            takenSteps = steps;
        }
    }

    /// <summary>Gives each application the company-wide relationship touchpoints recorded with the other applications at its company.</summary>
    /// <returns>The inputs, ordered by application id.</returns>
    internal static EvaluationInput[] ShareTouchpoints(IEnumerable<EvaluationInput> applications)
    {
        var portfolio = Portfolio.Of(applications, new ParallelOptions { MaxDegreeOfParallelism = 1 });
        var result = new EvaluationInput[portfolio.Inputs.Length];
        for (int i = 0; i < result.Length; i++)
        {
            result[i] = portfolio.Shared(i);
        }

        return result;
    }

    /// <summary>Makes one item of the steps that are one touch: the same person step pending for several applications at one company.</summary>
    private PooledList<Pending> Merge(PooledList<Candidate> candidates, Portfolio portfolio)
    {
        // Steps are only ever merged within a company, so the companies are split among the agenda's threads (by number,
        // modulo the number of parts), each part merging its own; the parts' items are then put together in the order of
        // their first candidate, as one part alone would give them.
        int parts = Math.Min(parallel.MaxDegreeOfParallelism, Math.Max(1, candidates.Count / 4_096));
        using var nextList = new PooledList<int>(candidates.Count, -1);
        using var personList = new PooledList<int>(candidates.Count, -1);
        var merged = new PooledList<Pending>[parts];
        try
        {
            if (parts == 1)
            {
                merged[0] = MergePart(candidates, nextList, personList, portfolio, 0, 1);
                return merged[0];
            }

            Parallel.For(0, parts, parallel, part => merged[part] = MergePart(candidates, nextList, personList, portfolio, part, parts));
            var pending = new PooledList<Pending>(candidates.Count);
            Span<int> at = stackalloc int[parts];
            while (true)
            {
                int next = -1;
                for (int part = 0; part < parts; part++)
                {
                    if (at[part] < merged[part].Count && (next < 0 || merged[part][at[part]].Head < merged[next][at[next]].Head))
                    {
                        next = part;
                    }
                }

                if (next < 0)
                {
                    return pending;
                }

                pending.Add(merged[next][at[next]++]);
            }
        }
        finally
        {
            if (parts > 1)
            {
                foreach (PooledList<Pending>? part in merged)
                {
                    part?.Dispose();
                }
            }
        }
    }

    /// <summary>Merges the candidates of the companies whose number is <paramref name="part"/> modulo <paramref name="parts"/>.</summary>
    /// <returns>The part's items, in the order of their first candidate.</returns>
    private static PooledList<Pending> MergePart(PooledList<Candidate> candidates, PooledList<int> nextList, PooledList<int> personList, Portfolio portfolio, int part, int parts)
    {
        // A step to a person is one touch for every application at the company (same rule, same person): each person at a
        // company is numbered (interleaved with the other parts' numbers), and each (person, rule) keeps the last candidate
        // of its group. Any other step is its application's own, merged only with an equal step of the same application
        // (the candidates of one application are next to each other). Each group is a chain of candidate indexes (next[i]),
        // in candidate order; groups keep the order of their first candidate. The chains and each candidate's person number
        // (personOf[i]) are shared by the parts, each writing only its own candidates' entries. Per person, the last candidate
        // of each rule is found along a chain of (rule, candidate) entries that starts at lastOf[the person's number here]:
        // a person has steps of a few rules, and the pooled arrays are not allocated afresh on every build as a dictionary's are.
        var people = new Dictionary<PersonAtCompany, int>();
        using var lastOf = new PooledList<int>(candidates.Count / parts);
        using var lastOfRule = new PooledList<LastOfRule>(candidates.Count / parts);
        using var first = new PooledList<int>(candidates.Count / parts);

        ReadOnlySpan<Candidate> all = candidates.Items;
        Span<int> next = nextList.Items;
        Span<int> personOf = personList.Items;
        int applicationStart = 0;
        for (int i = 0; i < all.Length; i++)
        {
            ref readonly Candidate candidate = ref all[i];
            if (i > 0 && all[i - 1].Application != candidate.Application)
            {
                applicationStart = i;
            }

            if (candidate.Company % parts != part)
            {
                continue;
            }

            int tail = -1;
            if (candidate.PersonId is not null)
            {
                var who = new PersonAtCompany(candidate.Company, candidate.PersonHash, candidate.PersonId);
                ref int person = ref CollectionsMarshal.GetValueRefOrAddDefault(people, who, out bool known);
                if (!known)
                {
                    person = ((people.Count - 1) * parts) + part;
                    lastOf.Add(-1);
                }

                personOf[i] = person;
                ref int chain = ref lastOf.Items[person / parts];
                int entry = chain;
                while (entry >= 0 && lastOfRule[entry].Rule != candidate.Rule)
                {
                    entry = lastOfRule[entry].Next;
                }

                if (entry >= 0)
                {
                    tail = lastOfRule[entry].Candidate;
                    lastOfRule.Items[entry].Candidate = i;
                }
                else
                {
                    lastOfRule.Add(new LastOfRule(candidate.Rule, i, chain));
                    chain = lastOfRule.Count - 1;
                }
            }
            else
            {
                for (int j = applicationStart; j < i; j++)
                {
                    ref readonly Candidate other = ref all[j];
                    if (other.PersonId is null && other.Rule == candidate.Rule && SameStep(other.Recommendation, candidate.Recommendation))
                    {
                        tail = j;
                        while (next[tail] >= 0)
                        {
                            tail = next[tail];
                        }

                        break;
                    }
                }
            }

            if (tail >= 0)
            {
                next[tail] = i;
            }
            else
            {
                first.Add(i);
            }
        }

        var pending = new PooledList<Pending>(first.Count);
        var group = new List<int>();
        var touch = new List<int>();
        foreach (int head in first.Items)
        {
            if (next[head] < 0)
            {
                ref readonly Candidate only = ref all[head];
                pending.Add(new Pending(only, head, only.Application, personOf[head], portfolio.IdsOf(only.Application)));
                continue;
            }

            group.Clear();
            for (int i = head; i >= 0; i = next[i])
            {
                group.Add(i);
            }

            MergeGroup(all, group, touch, head, personOf[head], portfolio, pending);
        }

        return pending;
    }

    /// <summary>Tells whether two steps of one application, not to a person and of the same rule, are the same step.</summary>
    private static bool SameStep(Recommendation a, Recommendation b) =>
        CompiledPlaybook.CompareTargets(a.Target, b.Target) == 0 && a.AnchorKey == b.AnchorKey && a.Occurrence == b.Occurrence;

    /// <summary>The k-th step of each application in the group (by due date) are one touch.</summary>
    /// <param name="all">The candidates.</param>
    /// <param name="group">The indexes of the group's candidates, in candidate order; sorted in place.</param>
    /// <param name="touch">A list to work in.</param>
    /// <param name="head">The group's first candidate.</param>
    /// <param name="person">The number of the person the group's steps are to, or -1.</param>
    /// <param name="portfolio">The applications.</param>
    /// <param name="pending">Where the touches go.</param>
    private static void MergeGroup(ReadOnlySpan<Candidate> all, List<int> group, List<int> touch, int head, int person, Portfolio portfolio, PooledList<Pending> pending)
    {
        // The candidates of one application are next to each other, so each application's steps are a run of the group,
        // the runs in application order. Each run is sorted by due date.
        int ranks = 0;
        for (int start = 0; start < group.Count;)
        {
            int end = start + 1;
            while (end < group.Count && all[group[end]].Application == all[group[start]].Application)
            {
                end++;
            }

            for (int i = start + 1; i < end; i++)
            {
                // Insertion sort, which keeps the order of equal steps: a run is a few steps long.
                int item = group[i];
                int j = i - 1;
                while (j >= start && CompareWithinApplication(all[group[j]], all[item]) > 0)
                {
                    group[j + 1] = group[j];
                    j--;
                }

                group[j + 1] = item;
            }

            ranks = Math.Max(ranks, end - start);
            start = end;
        }

        for (int rank = 0; rank < ranks; rank++)
        {
            // The rank-th step of each application, sorted by due date then application (numbered in the ordinal order of
            // their ids), keeping the order of equal ones.
            touch.Clear();
            for (int start = 0; start < group.Count;)
            {
                int end = start + 1;
                while (end < group.Count && all[group[end]].Application == all[group[start]].Application)
                {
                    end++;
                }

                if (rank < end - start)
                {
                    int item = group[start + rank];
                    int j = touch.Count - 1;
                    touch.Add(item);
                    while (j >= 0 && CompareAcrossApplications(all[touch[j]], all[item]) > 0)
                    {
                        touch[j + 1] = touch[j];
                        j--;
                    }

                    touch[j + 1] = item;
                }

                start = end;
            }

            ref readonly Candidate chosen = ref all[touch[0]];
            if (touch.Count == 1)
            {
                pending.Add(new Pending(chosen, head, chosen.Application, person, portfolio.IdsOf(chosen.Application)));
                continue;
            }

            int[] members = new int[touch.Count];
            for (int i = 0; i < members.Length; i++)
            {
                members[i] = all[touch[i]].Application;
            }

            Array.Sort(members);
            string[] ids = new string[members.Length];
            for (int i = 0; i < ids.Length; i++)
            {
                ids[i] = portfolio.Inputs[members[i]].Application.Id;
            }

            pending.Add(new Pending(chosen, head, members[0], person, ValueList<string>.Wrap(ids)));
        }
    }

    /// <summary>Orders the steps of one application in a group: by due date, anchor and occurrence.</summary>
    private static int CompareWithinApplication(in Candidate a, in Candidate b)
    {
        int c = a.Due.CompareTo(b.Due);
        if (c == 0)
        {
            c = string.CompareOrdinal(a.Recommendation.AnchorKey, b.Recommendation.AnchorKey);
        }

        return c != 0 ? c : a.Recommendation.Occurrence.CompareTo(b.Recommendation.Occurrence);
    }

    /// <summary>Orders the steps of one touch: by due date, then application.</summary>
    private static int CompareAcrossApplications(in Candidate a, in Candidate b)
    {
        int c = a.Due.CompareTo(b.Due);
        return c != 0 ? c : a.Application.CompareTo(b.Application);
    }

    private Agenda Schedule(PooledList<Pending> pending, Portfolio portfolio, LocalDate today, LocalDate until, AgendaSettings settings)
    {
        OutreachLimits limits = settings.Limits;
        int spacing = limits.MinSpacingPerPerson.Days;
        DateInterval[] pauses = [.. settings.Pauses];
        int todayNumber = DayNumber(today);

        // Days are counted from today. Per day, the outreach steps put on it; a day that reached the daily limit points to a
        // later day (path-compressed), so a step skips a run of full days in one look-up rather than one day at a time.
        // Pause days never fill, so the skip stops at a pause as a day-by-day walk would, and the explanation is the same:
        // one move for the whole run of full days. Per person, the days they were asked.
        int[] perDay = new int[64];
        int[] nextWithRoom = new int[64];
        var perCompanyWeek = new Dictionary<long, int>();
        using var lastAsk = new PooledList<int>(PeopleIn(pending), -1);
        using var asks = new PooledList<(int Day, int Previous)>(pending.Count);
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
            int offset = DayNumber(day) - todayNumber;
            moves.Clear();
            AgendaMoveReason? pushedPastLatestBy = null;

            while (true)
            {
                AgendaMove move;
                DateInterval? pause = PauseAt(pauses, day);
                if (pause is not null)
                {
                    move = new AgendaMove(day, pause.End.PlusDays(1), AgendaMoveReason.Pause, pause.Start, pause.End);
                }
                else if (!person)
                {
                    break;
                }
                else if (offset < nextWithRoom.Length && nextWithRoom[offset] != 0)
                {
                    move = new AgendaMove(day, today.PlusDays(FirstDayWithRoom(nextWithRoom, offset)), AgendaMoveReason.DailyLimit, default, default);
                }
                else if (perCompanyWeek.GetValueOrDefault(CompanyWeek(step.Company, todayNumber + offset)) >= limits.MaxPerCompanyPerWeek)
                {
                    move = new AgendaMove(day, today.PlusDays(NextMonday(todayNumber + offset) - todayNumber), AgendaMoveReason.WeeklyLimit, default, default);
                }
                else if (spacing > 0 && LastAskWithin(asks.Items, lastAsk[item.Person], offset, spacing) is int asked)
                {
                    move = new AgendaMove(day, today.PlusDays(asked + spacing), AgendaMoveReason.Spacing, today.PlusDays(asked), default);
                }
                else
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
                offset = DayNumber(day) - todayNumber;
            }

            if (person)
            {
                Reach(ref perDay, offset);
                if (++perDay[offset] >= limits.MaxPerDay)
                {
                    Reach(ref nextWithRoom, offset);
                    nextWithRoom[offset] = offset + 1;
                }

                CollectionsMarshal.GetValueRefOrAddDefault(perCompanyWeek, CompanyWeek(step.Company, todayNumber + offset), out _)++;
                asks.Add((offset, lastAsk[item.Person]));
                lastAsk.Items[item.Person] = asks.Count - 1;
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
        var sentences = new AgendaSentences(limits);
        ForEach(placements.Count, n =>
        {
            Placement placement = placements[n];
            ref readonly Pending item = ref pending.Items[placement.Index];
            Candidate step = item.Step;
            AgendaExplanation? explanation = placement.MoveCount == 0
                ? null
                : new AgendaExplanation(allMoves.Items.Slice(placement.MoveStart, placement.MoveCount), placement.PushedPastLatestBy, step.Recommendation, portfolio.Inputs[step.Application].Application, sentences);
            placedList.Items[n] = new AgendaItem(placement.Date, step.Recommendation, item.ApplicationIds, step.Urgency == Urgency.Overdue, placement.PushedPastLatestBy is not null, explanation);
            placedOn.Items[n] = placement.Day;
        });

        return new Agenda(today, until, ByDay(placedList, placedOn));
    }

    /// <summary>Runs <paramref name="body"/> for each number from 0 to <paramref name="count"/> - 1, on up to the agenda's number of threads.</summary>
    private void ForEach(int count, Action<int> body)
    {
        if (parallel.MaxDegreeOfParallelism == 1 || count < 2)
        {
            for (int i = 0; i < count; i++)
            {
                body(i);
            }
        }
        else
        {
            Parallel.For(0, count, parallel, body);
        }
    }

    /// <summary>Groups the items by day, in date order; within a day, in the order they were scheduled.</summary>
    private static List<AgendaDay> ByDay(PooledList<AgendaItem> placed, PooledList<int> placedOn)
    {
        // A counting sort on the day numbers (the days from today), which keeps the scheduling order within a day.
        int lastDay = 0;
        foreach (int offset in placedOn.Items)
        {
            lastDay = Math.Max(lastDay, offset);
        }

        using var startList = new PooledList<int>(lastDay + 2, 0);
        Span<int> starts = startList.Items;
        foreach (int offset in placedOn.Items)
        {
            starts[offset + 1]++;
        }

        var days = new List<AgendaDay>();
        for (int offset = 0; offset <= lastDay; offset++)
        {
            int count = starts[offset + 1];
            starts[offset + 1] = starts[offset] + count;
            if (count > 0)
            {
                days.Add(null!);
            }
        }

        // starts[d] is now where day d's items begin; fill each day's array in scheduling order.
        using var itemsList = new PooledList<AgendaItem[]?>(lastDay + 1, null);
        Span<AgendaItem[]?> itemsOf = itemsList.Items;
        using var filledList = new PooledList<int>(lastDay + 1, 0);
        Span<int> filled = filledList.Items;
        for (int i = 0; i < placed.Count; i++)
        {
            int offset = placedOn[i];
            AgendaItem[] items = itemsOf[offset] ??= new AgendaItem[starts[offset + 1] - starts[offset]];
            items[filled[offset]++] = placed[i];
        }

        int at = 0;
        foreach (AgendaItem[]? items in itemsOf)
        {
            if (items is not null)
            {
                days[at++] = new AgendaDay(items[0].Date, ValueList<AgendaItem>.Wrap(items));
            }
        }

        return days;
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

    /// <summary>Grows <paramref name="days"/> (doubling it) until it has the entry <paramref name="offset"/>.</summary>
    private static void Reach(ref int[] days, int offset)
    {
        if (offset >= days.Length)
        {
            Array.Resize(ref days, Math.Max(days.Length * 2, offset + 1));
        }
    }

    /// <summary>Tells whether touchpoints of <paramref name="kind"/> are about one application rather than the relationship, and so are never shared.</summary>
    private static bool IsPerApplication(TouchpointKind kind) =>
        kind is TouchpointKind.Interview or TouchpointKind.Rejection or TouchpointKind.ThankYouEmail or TouchpointKind.ThankYouNote
            or TouchpointKind.StatusFollowUp or TouchpointKind.Snooze or TouchpointKind.Dismissal;

    /// <summary>Returns the day number of <paramref name="date"/>: days since 0001-01-01.</summary>
    private static int DayNumber(LocalDate date) => date.ToDateOnly().DayNumber;

    /// <summary>
    /// Returns the indexes of the steps sorted by urgency (overdue, due, upcoming), due date, priority (highest first),
    /// application id, rule id, target, anchor and occurrence; equal steps keep their order.
    /// </summary>
    private PooledList<int> SortedByUrgency(PooledList<Pending> pending)
    {
        // Two numeric keys decide almost every comparison (applications are numbered in the ordinal order of their ids,
        // rules in the ordinal order of theirs); the strings only break the rest.
        int n = pending.Count;
        using var keyList = new PooledList<UrgencyKey>(n, default);
        Span<UrgencyKey> keys = keyList.Items;
        for (int i = 0; i < n; i++)
        {
            ref readonly Pending item = ref pending.Items[i];
            keys[i] = new UrgencyKey(item.Step.UrgencyKey, ((long)item.FirstApplication * ruleRanks.Count) + item.Step.Rule, i);
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

    /// <summary>Returns the pause that holds <paramref name="day"/> and ends last, or <see langword="null"/>.</summary>
    private static DateInterval? PauseAt(DateInterval[] pauses, LocalDate day)
    {
        DateInterval? found = null;
        foreach (DateInterval pause in pauses)
        {
            if (pause.Contains(day) && (found is null || pause.End > found.End))
            {
                found = pause;
            }
        }

        return found;
    }

    /// <summary>Returns the first day after <paramref name="day"/> (a full day) that is not full, compressing the path it took.</summary>
    /// <param name="nextWithRoom">For each full day (by number from today), a later day to look at; 0 for a day that is not full.</param>
    /// <param name="day">A full day.</param>
    private static int FirstDayWithRoom(int[] nextWithRoom, int day)
    {
        int next = nextWithRoom[day];
        while (next < nextWithRoom.Length && nextWithRoom[next] != 0)
        {
            next = nextWithRoom[next];
        }

        // Point every day on the way straight at the answer, so the next look-up is one step.
        int walk = day;
        while (walk != next)
        {
            int following = nextWithRoom[walk];
            nextWithRoom[walk] = next;
            walk = following;
        }

        return next;
    }

    /// <summary>
    /// Returns the latest ask to one person fewer than <paramref name="spacing"/> days from <paramref name="day"/>, before or
    /// after it, or <see langword="null"/> (days by number from today).
    /// </summary>
    /// <param name="asks">Every ask, each pointing to the ask to the same person before it (-1 for none).</param>
    /// <param name="last">The person's last ask, or -1.</param>
    /// <param name="day">The day looked at.</param>
    /// <param name="spacing">The days to keep between asks.</param>
    private static int? LastAskWithin(ReadOnlySpan<(int Day, int Previous)> asks, int last, int day, int spacing)
    {
        int? latest = null;
        for (int at = last; at >= 0; at = asks[at].Previous)
        {
            int date = asks[at].Day;
            if (Math.Abs(day - date) < spacing && (latest is null || date > latest.Value))
            {
                latest = date;
            }
        }

        return latest;
    }

    /// <summary>Returns a key for the ISO week of day number <paramref name="dayNumber"/> (see <see cref="DayNumber"/>) at one company.</summary>
    /// <remarks>Day numbers count from Monday 0001-01-01, so a day's ISO week is its number divided by 7.</remarks>
    private static long CompanyWeek(int company, int dayNumber) => ((long)company << 32) | (uint)(dayNumber / 7);

    /// <summary>Returns the number of the Monday after the ISO week of day number <paramref name="dayNumber"/>.</summary>
    private static int NextMonday(int dayNumber) => ((dayNumber / 7) + 1) * 7;

    private static int UrgencyRank(Urgency urgency) => urgency switch
    {
        Urgency.Overdue => 0,
        Urgency.Due => 1,
        _ => 2,
    };

    /// <summary>
    /// A pending step of the application numbered <c>Application</c> in the <see cref="Portfolio"/>, with the values the merge
    /// and the sort compare, read once from the recommendation.
    /// </summary>
    private readonly struct Candidate
    {
        public Candidate(Recommendation recommendation, int application, int company, int rule)
        {
            Recommendation = recommendation;
            Application = application;
            Company = company;
            Rule = rule;
            Due = recommendation.Due;
            Latest = recommendation.Latest;
            Urgency = recommendation.Urgency;
            UrgencyKey = ((long)UrgencyRank(recommendation.Urgency) << 40) | ((long)DayNumber(recommendation.Due) << 8) | (long)(byte.MaxValue - recommendation.Priority);
            Target target = recommendation.Target;
            if (target.Kind == TargetKind.Person)
            {
                PersonId = target.ContactId;
                PersonHash = StringComparer.Ordinal.GetHashCode(target.ContactId!);
            }
        }

        public Recommendation Recommendation { get; }

        public int Application { get; }

        public int Company { get; }

        /// <summary>Gets the rank of the step's rule id among the playbook's, in ordinal order.</summary>
        public int Rule { get; }

        public LocalDate Due { get; }

        public LocalDate Latest { get; }

        public Urgency Urgency { get; }

        /// <summary>Gets the urgency rank, the due date and the priority (highest first) in one number that sorts in that order.</summary>
        public long UrgencyKey { get; }

        /// <summary>Gets the contact id of a step to a person; <see langword="null"/> for any other step.</summary>
        public string? PersonId { get; }

        public int PersonHash { get; }
    }

    /// <summary>
    /// A step to schedule: the candidate chosen to stand for the applications whose ids are given (<c>FirstApplication</c> is
    /// the lowest number among them), the first candidate of its group (<c>Head</c>), and the number of the person it is to,
    /// or -1.
    /// </summary>
    private readonly record struct Pending(Candidate Step, int Head, int FirstApplication, int Person, ValueList<string> ApplicationIds);

    /// <summary>The last candidate of a rule for one person, and the person's entry for another rule (-1 when none): see MergePart.</summary>
    private record struct LastOfRule(int Rule, int Candidate, int Next);

    /// <summary>A person at one company, by contact id.</summary>
    private readonly struct PersonAtCompany(int company, int hash, string id) : IEquatable<PersonAtCompany>
    {
        private readonly int company = company;
        private readonly int hash = hash;
        private readonly string id = id;

        public bool Equals(PersonAtCompany other) => company == other.company && hash == other.hash && string.Equals(id, other.id, StringComparison.Ordinal);

        public override bool Equals(object? obj) => obj is PersonAtCompany other && Equals(other);

        public override int GetHashCode() => HashCode.Combine(company, hash);
    }

    /// <summary>
    /// Where the step at <c>Index</c> was put: its date (<c>Day</c> days from today), its moves (<c>MoveCount</c> of them from
    /// <c>MoveStart</c>) and the reason that pushed it past its latest date, if one did.
    /// </summary>
    private readonly record struct Placement(int Index, LocalDate Date, int Day, int MoveStart, int MoveCount, AgendaMoveReason? PushedPastLatestBy);

    /// <summary>The numeric sort keys of the step at <c>Index</c>.</summary>
    private readonly record struct UrgencyKey(long Urgency, long Application, int Index);

    /// <summary>Orders steps by their numeric keys, then by target, anchor, occurrence and original position.</summary>
    private readonly struct UrgencyOrder(PooledList<Pending> pending) : IComparer<UrgencyKey>
    {
        public int Compare(UrgencyKey x, UrgencyKey y)
        {
            int c = x.Urgency.CompareTo(y.Urgency);
            if (c == 0)
            {
                c = x.Application.CompareTo(y.Application);
            }

            if (c != 0)
            {
                return c;
            }

            Recommendation a = pending[x.Index].Step.Recommendation;
            Recommendation b = pending[y.Index].Step.Recommendation;
            c = CompiledPlaybook.CompareTargets(a.Target, b.Target);
            if (c == 0)
            {
                c = string.CompareOrdinal(a.AnchorKey, b.AnchorKey);
            }

            if (c == 0)
            {
                c = a.Occurrence.CompareTo(b.Occurrence);
            }

            return c != 0 ? c : x.Index.CompareTo(y.Index);
        }
    }

    /// <summary>
    /// The applications of one agenda, numbered in the ordinal order of their ids, with their companies numbered too and
    /// each company's shareable touchpoints gathered once, so the work grows with the size of each company's group, not
    /// with the square of all applications.
    /// </summary>
    private sealed class Portfolio
    {
        private readonly List<(EvaluationInput From, Touchpoint Touchpoint)>?[] shareable;

        // Each application's id as a list of one, made when first asked for and shared by its items.
        private readonly string[]?[] ids;

        private Portfolio(EvaluationInput[] inputs, int[] companyOf, List<(EvaluationInput From, Touchpoint Touchpoint)>?[] shareable)
        {
            Inputs = inputs;
            CompanyOf = companyOf;
            this.shareable = shareable;
            ids = new string[]?[inputs.Length];
        }

        /// <summary>Gets the applications as given, ordered by id.</summary>
        public EvaluationInput[] Inputs { get; }

        /// <summary>Gets each application's company number.</summary>
        public int[] CompanyOf { get; }

        /// <summary>Numbers the applications and their companies, and gathers the shareable touchpoints on up to <paramref name="parallel"/>'s number of threads.</summary>
        public static Portfolio Of(IEnumerable<EvaluationInput> applications, ParallelOptions parallel)
        {
            // One pass reads each application once, for its id and its company's: a large portfolio's applications are spread
            // over the heap, and reading each twice was most of this method's time.
            EvaluationInput[] inputs = [.. applications];
            string[] ids = new string[inputs.Length];
            string[] companyIds = new string[inputs.Length];
            bool sorted = true;
            for (int i = 0; i < inputs.Length; i++)
            {
                Application application = Preconditions.CheckNotNull(inputs[i], nameof(applications)).Application;
                ids[i] = application.Id;
                companyIds[i] = application.CompanyId;
                sorted = sorted && (i == 0 || string.CompareOrdinal(ids[i - 1], ids[i]) <= 0);
            }

            // Often given in id order already; otherwise sorted on the ids alone.
            if (!sorted)
            {
                Array.Sort(ids, inputs, StringComparer.Ordinal);
                for (int i = 0; i < inputs.Length; i++)
                {
                    companyIds[i] = inputs[i].Application.CompanyId;
                }
            }

            for (int i = 1; i < inputs.Length; i++)
            {
                Preconditions.CheckArgument(!string.Equals(ids[i], ids[i - 1], StringComparison.Ordinal), nameof(applications), $"Two applications have the id '{ids[i]}'; give each application its own id.");
            }

            // Companies are numbered in the order of their first application.
            var companies = new Dictionary<string, int>(StringComparer.Ordinal);
            var sizes = new List<int>();
            int[] companyOf = new int[inputs.Length];
            for (int i = 0; i < inputs.Length; i++)
            {
                ref int company = ref CollectionsMarshal.GetValueRefOrAddDefault(companies, companyIds[i], out bool known);
                if (!known)
                {
                    company = sizes.Count;
                    sizes.Add(0);
                }

                companyOf[i] = company;
                sizes[company]++;
            }

            // Only applications at the same company share touchpoints, and only relationship touchpoints. Finding them reads
            // every touchpoint, so it runs on the agenda's threads; they are then gathered per company, in application order.
            var found = new List<Touchpoint>?[inputs.Length];
            void Find(int i)
            {
                if (sizes[companyOf[i]] < 2)
                {
                    return;
                }

                foreach (Touchpoint touchpoint in inputs[i].Touchpoints)
                {
                    if (touchpoint.ApplicationId is null && !IsPerApplication(touchpoint.Kind))
                    {
                        (found[i] ??= []).Add(touchpoint);
                    }
                }
            }

            if (parallel.MaxDegreeOfParallelism == 1)
            {
                for (int i = 0; i < inputs.Length; i++)
                {
                    Find(i);
                }
            }
            else
            {
                Parallel.For(0, inputs.Length, parallel, Find);
            }

            var shareable = new List<(EvaluationInput From, Touchpoint Touchpoint)>?[sizes.Count];
            for (int i = 0; i < inputs.Length; i++)
            {
                foreach (Touchpoint touchpoint in found[i] ?? [])
                {
                    (shareable[companyOf[i]] ??= []).Add((inputs[i], touchpoint));
                }
            }

            return new Portfolio(inputs, companyOf, shareable);
        }

        /// <summary>Returns the id of application <paramref name="index"/> as a list of one; threads may ask at once for different applications (the merge's parts each ask for their own companies' applications).</summary>
        public ValueList<string> IdsOf(int index) => ValueList<string>.Wrap(ids[index] ??= [Inputs[index].Application.Id]);

        /// <summary>Returns application <paramref name="index"/> with the company-wide touchpoints recorded with the other applications at its company.</summary>
        public EvaluationInput Shared(int index)
        {
            EvaluationInput input = Inputs[index];
            List<(EvaluationInput From, Touchpoint Touchpoint)>? candidates = shareable[CompanyOf[index]];
            if (candidates is null)
            {
                return input;
            }

            Application application = input.Application;
            HashSet<string>? ids = null;
            HashSet<string>? contacts = null;
            List<Touchpoint>? touchpoints = null;
            foreach ((EvaluationInput from, Touchpoint touchpoint) in candidates)
            {
                if (ReferenceEquals(from, input) || touchpoint.Date < application.AppliedOn)
                {
                    continue;
                }

                if (ids is null)
                {
                    ids = new HashSet<string>(input.Touchpoints.Count, StringComparer.Ordinal);
                    foreach (Touchpoint own in input.Touchpoints)
                    {
                        ids.Add(own.Id);
                    }

                    contacts = new HashSet<string>(input.Contacts.Count, StringComparer.Ordinal);
                    foreach (Contact contact in input.Contacts)
                    {
                        contacts.Add(contact.Id);
                    }
                }

                if (NamesOnly(touchpoint, contacts!) && ids.Add(touchpoint.Id))
                {
                    if (touchpoints is null)
                    {
                        touchpoints = new List<Touchpoint>(input.Touchpoints.Count + 4);
                        touchpoints.AddRange(input.Touchpoints);
                    }

                    touchpoints.Add(touchpoint);
                }
            }

            return touchpoints is null ? input : new EvaluationInput(application, input.Contacts, touchpoints, input.Seeker);
        }

        private static bool NamesOnly(Touchpoint touchpoint, HashSet<string> contacts)
        {
            foreach (string id in touchpoint.ContactIds)
            {
                if (!contacts.Contains(id))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
