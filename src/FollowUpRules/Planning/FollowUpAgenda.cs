using System.Buffers;
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

    private static readonly HashSet<TouchpointKind> PerApplicationKinds =
    [
        TouchpointKind.Interview, TouchpointKind.Rejection, TouchpointKind.ThankYouEmail, TouchpointKind.ThankYouNote,
        TouchpointKind.StatusFollowUp, TouchpointKind.Snooze, TouchpointKind.Dismissal,
    ];

    private readonly FollowUpEngine engine;
    private readonly ParallelOptions parallel;

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
    /// with many applications. The agenda is the same either way. Custom conditions must then be safe to call from several
    /// threads at once (as pure functions are). A web app serving many requests usually keeps 1: the requests already use
    /// the cores.
    /// </param>
    /// <exception cref="ArgumentNullException"><paramref name="engine"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxDegreeOfParallelism"/> is less than 1.</exception>
    public FollowUpAgenda(FollowUpEngine engine, int maxDegreeOfParallelism)
    {
        this.engine = Preconditions.CheckNotNull(engine);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxDegreeOfParallelism, 1);
        parallel = new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism };
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
        var portfolio = Portfolio.Of(applications);
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
            var portfolio = Portfolio.Of(current);
            using PooledList<Candidate> candidates = Candidates(portfolio, day, until);
            if (candidates.Count == 0)
            {
                break;
            }

            // Nothing can be put on a day before the first due date: step straight to it.
            LocalDate firstDue = candidates[0].Recommendation.Due;
            foreach (Candidate candidate in candidates.Items)
            {
                firstDue = candidate.Recommendation.Due < firstDue ? candidate.Recommendation.Due : firstDue;
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
                if (item.Moves is not null && item.Date > day)
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
            items[at++] = item.Moves is null && movedBefore.TryGetValue(Key(item), out AgendaItem? earlier) && earlier.Date == item.Date
                ? new AgendaItem(item.Date, item.Recommendation, item.ApplicationIds, item.IsLate, earlier.PastDeadline && !item.IsLate, earlier.Moves)
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
        // Each application's pending steps go to its own slot, so the candidates come in the same order however many
        // threads evaluate them. Only the steps are kept: the rest of each evaluation is garbage at once.
        int count = portfolio.Inputs.Length;
        using var evaluations = new PooledList<ValueList<Recommendation>>(count, default);

        if (parallel.MaxDegreeOfParallelism == 1 || count < 2)
        {
            for (int i = 0; i < count; i++)
            {
                evaluations.Items[i] = engine.Evaluate(portfolio.Shared(i), today).Recommendations;
            }
        }
        else
        {
            // An invalid application throws as it would one after another: the first one's exception, unwrapped.
            using var failures = new PooledList<Exception?>(count, null);

            Parallel.For(0, count, parallel, i =>
            {
                try
                {
                    evaluations.Items[i] = engine.Evaluate(portfolio.Shared(i), today).Recommendations;
                }
                catch (Exception e)
                {
                    failures.Items[i] = e;
                }
            });
            foreach (Exception? failure in failures.Items)
            {
                if (failure is not null)
                {
                    System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);
                }
            }
        }

        var candidates = new PooledList<Candidate>(count * 4);
        for (int i = 0; i < count; i++)
        {
            foreach (Recommendation recommendation in evaluations[i])
            {
                if (recommendation.Due <= until)
                {
                    candidates.Add(new Candidate(recommendation, i));
                }
            }
        }

        return candidates;
    }

    /// <summary>Gives each application the company-wide relationship touchpoints recorded with the other applications at its company.</summary>
    /// <returns>The inputs, ordered by application id.</returns>
    internal static EvaluationInput[] ShareTouchpoints(IEnumerable<EvaluationInput> applications)
    {
        var portfolio = Portfolio.Of(applications);
        var result = new EvaluationInput[portfolio.Inputs.Length];
        for (int i = 0; i < result.Length; i++)
        {
            result[i] = portfolio.Shared(i);
        }

        return result;
    }

    /// <summary>Makes one item of the steps that are one touch: the same person step pending for several applications at one company.</summary>
    private static PooledList<Pending> Merge(PooledList<Candidate> candidates, Portfolio portfolio)
    {
        // A step to a person is one touch for every application at the company (same rule, same person); any other step
        // is its application's own, merged only with an equal step of the same application (the candidates of one
        // application are next to each other). Each group is a chain of candidate indexes (next[i]), in candidate order;
        // groups keep the order of their first candidate.
        var last = new Dictionary<(int Company, string Rule, string Target), int>(candidates.Count);
        using var first = new PooledList<int>(candidates.Count);
        using var nextList = new PooledList<int>(candidates.Count, -1);

        Span<int> next = nextList.Items;
        int applicationStart = 0;
        for (int i = 0; i < candidates.Count; i++)
        {
            Candidate candidate = candidates[i];
            Recommendation r = candidate.Recommendation;
            if (i > 0 && candidates[i - 1].Application != candidate.Application)
            {
                applicationStart = i;
            }

            int tail = -1;
            if (r.Target.Kind == TargetKind.Person)
            {
                (int, string, string) key = (portfolio.CompanyOf[candidate.Application], r.RuleId, r.Target.Key);
                if (!last.TryGetValue(key, out tail))
                {
                    tail = -1;
                }

                last[key] = i;
            }
            else
            {
                for (int j = applicationStart; j < i; j++)
                {
                    Recommendation other = candidates[j].Recommendation;
                    if (other.Target.Kind != TargetKind.Person && other.RuleId == r.RuleId && other.Target.Key == r.Target.Key && other.AnchorKey == r.AnchorKey && other.Occurrence == r.Occurrence)
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

        var pending = new PooledList<Pending>(candidates.Count);
        foreach (int head in first.Items)
        {
            if (next[head] < 0)
            {
                Candidate only = candidates[head];
                pending.Add(new Pending(only.Recommendation, only.Application, only.Application, [portfolio.Inputs[only.Application].Application.Id]));
                continue;
            }

            var group = new List<Candidate>();
            for (int i = head; i >= 0; i = next[i])
            {
                group.Add(candidates[i]);
            }

            MergeGroup(group, portfolio, pending);
        }

        return pending;
    }

    /// <summary>The k-th step of each application in the group (by due date) are one touch.</summary>
    private static void MergeGroup(List<Candidate> group, Portfolio portfolio, PooledList<Pending> pending)
    {
        // Each application's steps, in the order of its first step in the group, each sorted by due date.
        var perApplication = new List<List<Candidate>>();
        foreach (Candidate candidate in group)
        {
            List<Candidate>? steps = null;
            foreach (List<Candidate> other in perApplication)
            {
                if (other[0].Application == candidate.Application)
                {
                    steps = other;
                    break;
                }
            }

            if (steps is null)
            {
                perApplication.Add(steps = []);
            }

            steps.Add(candidate);
        }

        int ranks = 0;
        foreach (List<Candidate> steps in perApplication)
        {
            StableSort(steps, static (a, b) =>
            {
                int c = a.Recommendation.Due.CompareTo(b.Recommendation.Due);
                if (c == 0)
                {
                    c = string.CompareOrdinal(a.Recommendation.AnchorKey, b.Recommendation.AnchorKey);
                }

                return c != 0 ? c : a.Recommendation.Occurrence.CompareTo(b.Recommendation.Occurrence);
            });
            ranks = Math.Max(ranks, steps.Count);
        }

        for (int rank = 0; rank < ranks; rank++)
        {
            var touch = new List<Candidate>(perApplication.Count);
            foreach (List<Candidate> steps in perApplication)
            {
                if (rank < steps.Count)
                {
                    touch.Add(steps[rank]);
                }
            }

            // Applications are numbered in the ordinal order of their ids.
            StableSort(touch, static (a, b) =>
            {
                int c = a.Recommendation.Due.CompareTo(b.Recommendation.Due);
                return c != 0 ? c : a.Application.CompareTo(b.Application);
            });
            int[] members = new int[touch.Count];
            for (int i = 0; i < members.Length; i++)
            {
                members[i] = touch[i].Application;
            }

            Array.Sort(members);
            string[] ids = new string[members.Length];
            for (int i = 0; i < ids.Length; i++)
            {
                ids[i] = portfolio.Inputs[members[i]].Application.Id;
            }

            pending.Add(new Pending(touch[0].Recommendation, touch[0].Application, members[0], ids));
        }
    }

    /// <summary>Sorts <paramref name="list"/> keeping the order of equal elements, as LINQ's <c>OrderBy</c> does.</summary>
    private static void StableSort<T>(List<T> list, Comparison<T> comparison)
    {
        if (list.Count <= 16)
        {
            // Insertion sort: these lists are usually a few steps long.
            for (int i = 1; i < list.Count; i++)
            {
                T item = list[i];
                int j = i - 1;
                while (j >= 0 && comparison(list[j], item) > 0)
                {
                    list[j + 1] = list[j];
                    j--;
                }

                list[j + 1] = item;
            }

            return;
        }

        var indexed = new (T Item, int Index)[list.Count];
        for (int i = 0; i < indexed.Length; i++)
        {
            indexed[i] = (list[i], i);
        }

        Array.Sort(indexed, (a, b) =>
        {
            int c = comparison(a.Item, b.Item);
            return c != 0 ? c : a.Index.CompareTo(b.Index);
        });
        for (int i = 0; i < indexed.Length; i++)
        {
            list[i] = indexed[i].Item;
        }
    }

    private static Agenda Schedule(PooledList<Pending> pending, Portfolio portfolio, LocalDate today, LocalDate until, AgendaSettings settings)
    {
        int spacing = settings.Limits.MinSpacingPerPerson.Days;
        DateInterval[] pauses = [.. settings.Pauses];
        var perDay = new Dictionary<LocalDate, int>();

        // Days that reached the daily limit point to a later day (path-compressed), so a step skips a run of full days in
        // one look-up rather than one day at a time. Pause days never fill, so the skip stops at a pause as a day-by-day
        // walk would, and the explanation is the same: one move for the whole run of full days.
        var fullDays = new Dictionary<LocalDate, LocalDate>();
        var perCompanyWeek = new Dictionary<long, int>();
        var perPerson = new Dictionary<(int Company, string Contact), List<LocalDate>>();
        using var placedList = new PooledList<AgendaItem>(pending.Count);
        var moves = new List<AgendaMove>();
        var sentences = new AgendaSentences(settings.Limits);

        using PooledList<Pending> order = SortedByUrgency(pending);
        for (int n = 0; n < order.Count; n++)
        {
            Pending item = order[n];
            Recommendation recommendation = item.Recommendation;
            bool person = recommendation.Target.Kind == TargetKind.Person;
            int company = portfolio.CompanyOf[item.Application];
            (int, string) who = (company, recommendation.Target.ContactId ?? string.Empty);
            LocalDate latest = recommendation.Latest;
            LocalDate day = recommendation.Due > today ? recommendation.Due : today;
            moves.Clear();
            MoveReason? pushedPastLatestBy = null;

            while (true)
            {
                AgendaMove move;
                DateInterval? pause = PauseAt(pauses, day);
                if (pause is not null)
                {
                    move = new AgendaMove(day, pause.End.PlusDays(1), MoveReason.Pause, pause.Start, pause.End);
                }
                else if (!person)
                {
                    break;
                }
                else if (fullDays.ContainsKey(day))
                {
                    move = new AgendaMove(day, FirstDayWithRoom(fullDays, day), MoveReason.DailyLimit, default, default);
                }
                else if (perCompanyWeek.GetValueOrDefault(CompanyWeek(company, day)) >= settings.Limits.MaxPerCompanyPerWeek)
                {
                    move = new AgendaMove(day, WeekOf(day).PlusDays(7), MoveReason.WeeklyLimit, default, default);
                }
                else if (spacing > 0 && perPerson.TryGetValue(who, out List<LocalDate>? asked) && LastAskWithin(asked, day, spacing) is { } lastAsk)
                {
                    move = new AgendaMove(day, lastAsk.PlusDays(spacing), MoveReason.Spacing, lastAsk, default);
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
            }

            if (person)
            {
                int count = perDay[day] = perDay.GetValueOrDefault(day) + 1;
                if (count >= settings.Limits.MaxPerDay)
                {
                    fullDays[day] = day.PlusDays(1);
                }

                long week = CompanyWeek(company, day);
                perCompanyWeek[week] = perCompanyWeek.GetValueOrDefault(week) + 1;
                if (!perPerson.TryGetValue(who, out List<LocalDate>? dates))
                {
                    perPerson[who] = dates = [];
                }

                dates.Add(day);
            }

            AgendaExplanation? explanation = moves.Count == 0
                ? null
                : new AgendaExplanation([.. moves], pushedPastLatestBy, latest, portfolio.Inputs[item.Application].Application.CompanyName, recommendation.Target.Name, sentences);
            placedList.Add(new AgendaItem(day, recommendation, ValueList<string>.Wrap(item.ApplicationIds), recommendation.Urgency == Urgency.Overdue, pushedPastLatestBy is not null, explanation));
        }

        // Days in date order; within a day, the scheduling order.
        Span<AgendaItem> placed = placedList.Items;
        using var byDateList = new PooledList<(LocalDate Date, int Index)>(placed.Length);
        for (int i = 0; i < placed.Length; i++)
        {
            byDateList.Add((placed[i].Date, i));
        }

        Span<(LocalDate Date, int Index)> byDate = byDateList.Items;
        byDate.Sort();
        var days = new List<AgendaDay>();
        for (int start = 0; start < byDate.Length;)
        {
            int end = start + 1;
            while (end < byDate.Length && byDate[end].Date == byDate[start].Date)
            {
                end++;
            }

            var items = new AgendaItem[end - start];
            for (int i = start; i < end; i++)
            {
                items[i - start] = placed[byDate[i].Index];
            }

            days.Add(new AgendaDay(byDate[start].Date, ValueList<AgendaItem>.Wrap(items)));
            start = end;
        }

        return new Agenda(today, until, days);
    }

    /// <summary>
    /// Returns the steps sorted by urgency (overdue, due, upcoming), due date, priority (highest first), application id, rule
    /// id, target, anchor and occurrence; equal steps keep their order.
    /// </summary>
    private static PooledList<Pending> SortedByUrgency(PooledList<Pending> pending)
    {
        // Rule ids ranked in ordinal order, so that two numeric keys decide almost every comparison and the strings only
        // break the rest (applications are numbered in the ordinal order of their ids).
        var ruleRank = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (Pending item in pending.Items)
        {
            ruleRank.TryAdd(item.Recommendation.RuleId, 0);
        }

        string[] ruleIds = [.. ruleRank.Keys];
        Array.Sort(ruleIds, StringComparer.Ordinal);
        for (int i = 0; i < ruleIds.Length; i++)
        {
            ruleRank[ruleIds[i]] = i;
        }

        // The comparison reads these arrays from a closure, so they are plain arrays rather than pooled spans.
        int n = pending.Count;
        long[] urgencyKeys = ArrayPool<long>.Shared.Rent(n);
        long[] applicationKeys = ArrayPool<long>.Shared.Rent(n);
        Pending[] items = ArrayPool<Pending>.Shared.Rent(n);
        using var indexList = new PooledList<int>(n);
        for (int i = 0; i < n; i++)
        {
            Pending item = items[i] = pending[i];
            Recommendation r = item.Recommendation;
            urgencyKeys[i] = ((long)UrgencyRank(r.Urgency) << 40) | ((long)r.Due.ToDateOnly().DayNumber << 8) | (long)(byte.MaxValue - r.Priority);
            applicationKeys[i] = ((long)item.FirstApplication * ruleIds.Length) + ruleRank[r.RuleId];
            indexList.Add(i);
        }

        indexList.Items.Sort((x, y) =>
        {
            int c = urgencyKeys[x].CompareTo(urgencyKeys[y]);
            if (c == 0)
            {
                c = applicationKeys[x].CompareTo(applicationKeys[y]);
            }

            if (c != 0)
            {
                return c;
            }

            Recommendation a = items[x].Recommendation;
            Recommendation b = items[y].Recommendation;
            c = string.CompareOrdinal(a.Target.Key, b.Target.Key);
            if (c == 0)
            {
                c = string.CompareOrdinal(a.AnchorKey, b.AnchorKey);
            }

            if (c == 0)
            {
                c = a.Occurrence.CompareTo(b.Occurrence);
            }

            return c != 0 ? c : x.CompareTo(y);
        });
        var order = new PooledList<Pending>(n);
        foreach (int i in indexList.Items)
        {
            order.Add(items[i]);
        }

        ArrayPool<long>.Shared.Return(urgencyKeys);
        ArrayPool<long>.Shared.Return(applicationKeys);
        ArrayPool<Pending>.Shared.Return(items, clearArray: true);
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
    private static LocalDate FirstDayWithRoom(Dictionary<LocalDate, LocalDate> fullDays, LocalDate day)
    {
        LocalDate next = fullDays[day];
        while (fullDays.TryGetValue(next, out LocalDate further))
        {
            next = further;
        }

        // Point every day on the way straight at the answer, so the next look-up is one step.
        LocalDate walk = day;
        while (walk != next)
        {
            LocalDate following = fullDays[walk];
            fullDays[walk] = next;
            walk = following;
        }

        return next;
    }

    /// <summary>Returns the latest ask in <paramref name="asked"/> fewer than <paramref name="spacing"/> days from <paramref name="day"/>, before or after it, or <see langword="null"/>.</summary>
    private static LocalDate? LastAskWithin(List<LocalDate> asked, LocalDate day, int spacing)
    {
        LocalDate? last = null;
        foreach (LocalDate date in asked)
        {
            if (Math.Abs(Period.DaysBetween(date, day)) < spacing && (last is null || date > last.Value))
            {
                last = date;
            }
        }

        return last;
    }

    /// <summary>Returns a key for the ISO week of <paramref name="day"/> at one company.</summary>
    private static long CompanyWeek(int company, LocalDate day) => ((long)company << 32) | (uint)WeekOf(day).ToDateOnly().DayNumber;

    /// <summary>Returns the Monday of <paramref name="day"/>'s ISO week.</summary>
    private static LocalDate WeekOf(LocalDate day) => day.PlusDays(IsoDayOfWeek.Monday - day.DayOfWeek);

    private static int UrgencyRank(Urgency urgency) => urgency switch
    {
        Urgency.Overdue => 0,
        Urgency.Due => 1,
        _ => 2,
    };

    /// <summary>A pending step of the application numbered <c>Application</c> in the <see cref="Portfolio"/>.</summary>
    private readonly record struct Candidate(Recommendation Recommendation, int Application);

    /// <summary>
    /// A step to schedule: the recommendation of the application numbered <c>Application</c>, serving the applications whose
    /// ids are given (<c>FirstApplication</c> is the lowest number among them).
    /// </summary>
    private readonly record struct Pending(Recommendation Recommendation, int Application, int FirstApplication, string[] ApplicationIds);

    /// <summary>
    /// The applications of one agenda, numbered in the ordinal order of their ids, with their companies numbered too and
    /// each company's shareable touchpoints gathered once, so the work grows with the size of each company's group, not
    /// with the square of all applications.
    /// </summary>
    private sealed class Portfolio
    {
        private readonly List<(EvaluationInput From, Touchpoint Touchpoint)>?[] shareable;

        private Portfolio(EvaluationInput[] inputs, int[] companyOf, List<(EvaluationInput From, Touchpoint Touchpoint)>?[] shareable)
        {
            Inputs = inputs;
            CompanyOf = companyOf;
            this.shareable = shareable;
        }

        /// <summary>Gets the applications as given, ordered by id.</summary>
        public EvaluationInput[] Inputs { get; }

        /// <summary>Gets each application's company number.</summary>
        public int[] CompanyOf { get; }

        public static Portfolio Of(IEnumerable<EvaluationInput> applications)
        {
            EvaluationInput[] inputs = [.. applications];
            foreach (EvaluationInput input in inputs)
            {
                Preconditions.CheckNotNull(input, nameof(applications));
            }

            Array.Sort(inputs, static (a, b) => string.CompareOrdinal(a.Application.Id, b.Application.Id));
            for (int i = 1; i < inputs.Length; i++)
            {
                Preconditions.CheckArgument(inputs[i].Application.Id != inputs[i - 1].Application.Id, nameof(applications), $"Two applications have the id '{inputs[i].Application.Id}'; give each application its own id.");
            }

            var companies = new Dictionary<string, int>(StringComparer.Ordinal);
            var sizes = new List<int>();
            int[] companyOf = new int[inputs.Length];
            for (int i = 0; i < inputs.Length; i++)
            {
                if (!companies.TryGetValue(inputs[i].Application.CompanyId, out int company))
                {
                    companies.Add(inputs[i].Application.CompanyId, company = sizes.Count);
                    sizes.Add(0);
                }

                companyOf[i] = company;
                sizes[company]++;
            }

            // Only applications at the same company share touchpoints, and only relationship touchpoints.
            var shareable = new List<(EvaluationInput From, Touchpoint Touchpoint)>?[sizes.Count];
            for (int i = 0; i < inputs.Length; i++)
            {
                if (sizes[companyOf[i]] < 2)
                {
                    continue;
                }

                foreach (Touchpoint touchpoint in inputs[i].Touchpoints)
                {
                    if (touchpoint.ApplicationId is null && !PerApplicationKinds.Contains(touchpoint.Kind))
                    {
                        (shareable[companyOf[i]] ??= []).Add((inputs[i], touchpoint));
                    }
                }
            }

            return new Portfolio(inputs, companyOf, shareable);
        }

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
