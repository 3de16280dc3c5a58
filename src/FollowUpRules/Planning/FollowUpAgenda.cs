using FluentValidation.Results;
using FollowUpRules.Domain;
using FollowUpRules.Engine;
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
        return Schedule(Merge(Candidates(ShareTouchpoints(applications), today, until)), today, until, settings);
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
            List<Candidate> candidates = Candidates(ShareTouchpoints(current), day, until);
            if (candidates.Count == 0)
            {
                break;
            }

            // Nothing can be put on a day before the first due date: step straight to it.
            LocalDate firstDue = candidates.Min(c => c.Recommendation.Due);
            if (firstDue > day)
            {
                day = firstDue;
                continue;
            }

            Agenda agenda = Schedule(Merge(candidates), day, until, settings);
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
                if (item.Explanation.Count > 0 && item.Date > day)
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

        var items = new List<AgendaItem>(day.Items.Count);
        foreach (AgendaItem item in day.Items)
        {
            items.Add(item.Explanation.Count == 0 && movedBefore.TryGetValue(Key(item), out AgendaItem? earlier) && earlier.Date == item.Date
                ? new AgendaItem(item.Date, item.Recommendation, item.ApplicationIds, item.IsLate, earlier.PastDeadline && !item.IsLate, earlier.Explanation)
                : item);
        }

        return new AgendaDay(day.Date, items);
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

    private List<Candidate> Candidates(EvaluationInput[] inputs, LocalDate today, LocalDate until)
    {
        // Each application's evaluation goes to its own slot, so the candidates come in the same order however many
        // threads evaluate them.
        var evaluations = new Evaluation[inputs.Length];
        if (parallel.MaxDegreeOfParallelism == 1 || inputs.Length < 2)
        {
            for (int i = 0; i < inputs.Length; i++)
            {
                evaluations[i] = engine.Evaluate(inputs[i], today);
            }
        }
        else
        {
            // An invalid application throws as it would one after another: the first one's exception, unwrapped.
            var failures = new Exception?[inputs.Length];
            Parallel.For(0, inputs.Length, parallel, i =>
            {
                try
                {
                    evaluations[i] = engine.Evaluate(inputs[i], today);
                }
                catch (Exception e)
                {
                    failures[i] = e;
                }
            });
            if (Array.Find(failures, f => f is not null) is { } first)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(first);
            }
        }

        var candidates = new List<Candidate>();
        for (int i = 0; i < inputs.Length; i++)
        {
            foreach (Recommendation recommendation in evaluations[i].Recommendations)
            {
                if (recommendation.Due <= until)
                {
                    candidates.Add(new Candidate(recommendation, inputs[i].Application));
                }
            }
        }

        return candidates;
    }

    /// <summary>Gives each application the company-wide relationship touchpoints recorded with the other applications at its company.</summary>
    /// <returns>The inputs, ordered by application id.</returns>
    internal static EvaluationInput[] ShareTouchpoints(IEnumerable<EvaluationInput> applications)
    {
        EvaluationInput[] inputs = [.. applications.Select(a => Preconditions.CheckNotNull(a, nameof(applications))).OrderBy(a => a.Application.Id, StringComparer.Ordinal)];
        for (int i = 1; i < inputs.Length; i++)
        {
            Preconditions.CheckArgument(inputs[i].Application.Id != inputs[i - 1].Application.Id, nameof(applications), $"Two applications have the id '{inputs[i].Application.Id}'; give each application its own id.");
        }

        // Only applications at the same company share touchpoints: group them once, so the work grows with the size of each
        // company's group, not with the square of all applications.
        var byCompany = new Dictionary<string, List<EvaluationInput>>(StringComparer.Ordinal);
        foreach (EvaluationInput input in inputs)
        {
            if (!byCompany.TryGetValue(input.Application.CompanyId, out List<EvaluationInput>? group))
            {
                byCompany[input.Application.CompanyId] = group = [];
            }

            group.Add(input);
        }

        var result = new EvaluationInput[inputs.Length];
        for (int i = 0; i < inputs.Length; i++)
        {
            EvaluationInput input = inputs[i];
            List<EvaluationInput> company = byCompany[input.Application.CompanyId];
            result[i] = company.Count == 1 ? input : WithSharedTouchpoints(input, company);
        }

        return result;
    }

    private static EvaluationInput WithSharedTouchpoints(EvaluationInput input, List<EvaluationInput> company)
    {
        Application application = input.Application;
        HashSet<string>? ids = null;
        HashSet<string>? contacts = null;
        List<Touchpoint>? touchpoints = null;
        foreach (EvaluationInput other in company)
        {
            if (ReferenceEquals(other, input))
            {
                continue;
            }

            foreach (Touchpoint touchpoint in other.Touchpoints)
            {
                if (touchpoint.ApplicationId is not null || PerApplicationKinds.Contains(touchpoint.Kind) || touchpoint.Date < application.AppliedOn)
                {
                    continue;
                }

                ids ??= new HashSet<string>(input.Touchpoints.Select(t => t.Id), StringComparer.Ordinal);
                contacts ??= new HashSet<string>(input.Contacts.Select(c => c.Id), StringComparer.Ordinal);
                if (touchpoint.ContactIds.All(contacts.Contains) && ids.Add(touchpoint.Id))
                {
                    (touchpoints ??= [.. input.Touchpoints]).Add(touchpoint);
                }
            }
        }

        return touchpoints is null ? input : new EvaluationInput(application, input.Contacts, touchpoints, input.Seeker);
    }

    private static List<Pending> Merge(List<Candidate> candidates)
    {
        var pending = new List<Pending>();
        foreach (IGrouping<(string, string, string, string), Candidate> group in candidates
            .GroupBy(c => c.Recommendation.Target.Kind == TargetKind.Person
                ? (c.Application.CompanyId, c.Recommendation.RuleId, c.Recommendation.Target.Key, string.Empty)
                : (c.Application.Id, c.Recommendation.RuleId, c.Recommendation.Target.Key, c.Recommendation.AnchorKey + "#" + c.Recommendation.Occurrence)))
        {
            // The k-th step of each application in the group (by due date) are one touch.
            IEnumerable<(Candidate Candidate, int Rank)> ranked = group
                .GroupBy(c => c.Application.Id)
                .SelectMany(perApplication => perApplication
                    .OrderBy(c => c.Recommendation.Due)
                    .ThenBy(c => c.Recommendation.AnchorKey, StringComparer.Ordinal)
                    .ThenBy(c => c.Recommendation.Occurrence)
                    .Select((c, rank) => (c, rank)));
            foreach (IGrouping<int, (Candidate Candidate, int Rank)> touch in ranked.GroupBy(r => r.Rank))
            {
                Candidate[] members = [.. touch.Select(t => t.Candidate).OrderBy(c => c.Recommendation.Due).ThenBy(c => c.Application.Id, StringComparer.Ordinal)];
                pending.Add(new Pending(members[0].Recommendation, members[0].Application, [.. members.Select(m => m.Application.Id).Order(StringComparer.Ordinal)]));
            }
        }

        return pending;
    }

    private static Agenda Schedule(List<Pending> pending, LocalDate today, LocalDate until, AgendaSettings settings)
    {
        int spacing = settings.Limits.MinSpacingPerPerson.Days;
        DateInterval[] pauses = [.. settings.Pauses];
        var perDay = new Dictionary<LocalDate, int>();

        // Days that reached the daily limit point to a later day (path-compressed), so a step skips a run of full days in
        // one look-up rather than one day at a time. Pause days never fill, so the skip stops at a pause as a day-by-day
        // walk would, and the explanation is the same: one move for the whole run of full days.
        var fullDays = new Dictionary<LocalDate, LocalDate>();
        var perCompanyWeek = new Dictionary<(string, LocalDate), int>();
        var perPerson = new Dictionary<(string, string), List<LocalDate>>();
        var placed = new List<AgendaItem>();

        IEnumerable<Pending> order = pending
            .OrderBy(p => UrgencyRank(p.Recommendation.Urgency))
            .ThenBy(p => p.Recommendation.Due)
            .ThenByDescending(p => p.Recommendation.Priority)
            .ThenBy(p => p.ApplicationIds[0], StringComparer.Ordinal)
            .ThenBy(p => p.Recommendation.RuleId, StringComparer.Ordinal)
            .ThenBy(p => p.Recommendation.Target.Key, StringComparer.Ordinal)
            .ThenBy(p => p.Recommendation.AnchorKey, StringComparer.Ordinal)
            .ThenBy(p => p.Recommendation.Occurrence);
        foreach (Pending item in order)
        {
            Recommendation recommendation = item.Recommendation;
            bool person = recommendation.Target.Kind == TargetKind.Person;
            string company = item.Application.CompanyId;
            (string, string) who = (company, recommendation.Target.ContactId ?? string.Empty);
            LocalDate latest = recommendation.Latest;
            LocalDate day = recommendation.Due > today ? recommendation.Due : today;
            var moves = new List<(LocalDate From, LocalDate To, string Reason)>();
            string? pushedPastLatestBy = null;

            void Move(LocalDate to, string reason, string cause)
            {
                if (day <= latest && to > latest)
                {
                    pushedPastLatestBy = cause;
                }

                if (moves.Count > 0 && moves[^1].To == day && moves[^1].Reason == reason)
                {
                    moves[^1] = (moves[^1].From, to, reason);
                }
                else
                {
                    moves.Add((day, to, reason));
                }

                day = to;
            }

            while (true)
            {
                DateInterval? pause = PauseAt(pauses, day);
                if (pause is not null)
                {
                    Move(pause.End.PlusDays(1), $"you paused everything from {Describe.Date(pause.Start)} to {Describe.Date(pause.End)}", "your pause");
                    continue;
                }

                if (!person)
                {
                    break;
                }

                if (fullDays.ContainsKey(day))
                {
                    Move(FirstDayWithRoom(fullDays, day), $"the daily limit of {Count(settings.Limits.MaxPerDay, "outreach step")} was reached", "the daily limit");
                    continue;
                }

                LocalDate week = WeekOf(day);
                if (perCompanyWeek.GetValueOrDefault((company, week)) >= settings.Limits.MaxPerCompanyPerWeek)
                {
                    Move(week.PlusDays(7), $"at most {Count(settings.Limits.MaxPerCompanyPerWeek, "step")} to {item.Application.CompanyName} per week", $"the weekly limit for {item.Application.CompanyName}");
                    continue;
                }

                if (spacing > 0 && perPerson.TryGetValue(who, out List<LocalDate>? asked))
                {
                    LocalDate? closest = LastAskWithin(asked, day, spacing);
                    if (closest is { } last)
                    {
                        string name = recommendation.Target.Name;
                        Move(last.PlusDays(spacing), $"{name} was asked something on {Describe.Date(last)}; at least {Count(spacing, "day")} between asks", $"the spacing between asks to {name}");
                        continue;
                    }
                }

                break;
            }

            if (person)
            {
                int count = perDay[day] = perDay.GetValueOrDefault(day) + 1;
                if (count >= settings.Limits.MaxPerDay)
                {
                    fullDays[day] = day.PlusDays(1);
                }

                perCompanyWeek[(company, WeekOf(day))] = perCompanyWeek.GetValueOrDefault((company, WeekOf(day))) + 1;
                if (!perPerson.TryGetValue(who, out List<LocalDate>? dates))
                {
                    perPerson[who] = dates = [];
                }

                dates.Add(day);
            }

            List<string> explanation = [.. moves.Select(m => $"Moved from {Describe.Date(m.From)} to {Describe.Date(m.To)}: {m.Reason}.")];
            if (pushedPastLatestBy is not null)
            {
                explanation.Add($"This is after its latest date, {Describe.Date(latest)}: {pushedPastLatestBy} pushed it past.");
            }

            placed.Add(new AgendaItem(day, recommendation, item.ApplicationIds, recommendation.Urgency == Urgency.Overdue, pushedPastLatestBy is not null, explanation));
        }

        // GroupBy keeps the scheduling order within each day.
        IEnumerable<AgendaDay> days = placed.GroupBy(i => i.Date).OrderBy(g => g.Key).Select(g => new AgendaDay(g.Key, g));
        return new Agenda(today, until, days);
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

    private static LocalDate WeekOf(LocalDate day) => day.With(DateAdjusters.PreviousOrSame(IsoDayOfWeek.Monday));

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";

    private static int UrgencyRank(Urgency urgency) => urgency switch
    {
        Urgency.Overdue => 0,
        Urgency.Due => 1,
        _ => 2,
    };

    private sealed record Candidate(Recommendation Recommendation, Application Application);

    private sealed record Pending(Recommendation Recommendation, Application Application, string[] ApplicationIds);
}
