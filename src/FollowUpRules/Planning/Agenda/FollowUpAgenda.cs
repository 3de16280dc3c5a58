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
/// <para>3. The steps are sorted in the engine's order of pending steps (see <see cref="Evaluation.Recommendations"/>:
/// urgency, the date that makes a step urgent, due date, priority, the rule's position in the playbook), with the
/// application id (ordinal) before the target, anchor and occurrence, and each in turn is put on the first day, from today for a due or overdue step and from its due
/// date for an upcoming one, that is outside every pause and, for a step to a person, keeps the daily limit, the weekly
/// limit for its company (ISO weeks, Monday to Sunday) and the spacing from every other ask to the same person. No step is
/// dropped: one pushed beyond <c>until</c> is scheduled after it. Every move adds a sentence to the item's explanation, and
/// a step pushed past its latest date is flagged and says what pushed it.</para>
/// <para>The result depends only on the arguments, not on the order of the applications. Immutable and thread-safe, like
/// the engine it uses.</para>
/// </remarks>
public sealed partial class FollowUpAgenda
{
    private static readonly AgendaSettingsValidator SettingsValidator = new();

    // The list each evaluating thread takes one application's recommendations into (emptied after each), so that an
    // evaluation makes no array of them: they are copied into the candidates at once. See Take.
    [ThreadStatic]
    private static List<Recommendation>? takenSteps;

    private readonly FollowUpEngine engine;
    private readonly ParallelOptions parallel;

    // The position of each of the playbook's rules, the step order's tie-break after priority (see StepOrder). Keyed by the
    // rule object, which every recommendation of the engine holds: found without hashing the id.
    private readonly Dictionary<Rule, int> rulePositions;

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
    /// with many applications. Finding shared touchpoints and making the items use as many threads, and so, for thousands
    /// of steps, do merging and (on two threads) sorting; only placing the steps against the limits runs in order. The agenda
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
        ValueList<Rule> rules = engine.Playbook.Rules;
        rulePositions = new Dictionary<Rule, int>(rules.Count, ReferenceEqualityComparer.Instance);
        for (int i = 0; i < rules.Count; i++)
        {
            rulePositions.TryAdd(rules[i], i);
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

    /// <summary>
    /// Returns each application as the agenda evaluates it: with the relationship touchpoints (see
    /// <see cref="TouchpointKinds.IsAboutTheRelationship"/>) recorded with the other applications at its company, whichever
    /// application they were filed under, and with every person marked do-not-contact by any of them marked so too.
    /// </summary>
    /// <param name="applications">The applications, as given to <see cref="Build(IEnumerable{EvaluationInput}, LocalDate, LocalDate, AgendaSettings?)"/>; application ids must be distinct.</param>
    /// <returns>The inputs, in the ordinal order of the application ids; an application alone at its company as it was given.</returns>
    /// <remarks>
    /// What an agenda item's <see cref="AgendaItem.Recommendation"/> was evaluated from: the input to draft it with (a posting
    /// filed under another application at the company is among its touchpoints only here), or to plan one application with
    /// <see cref="FollowUpPlanner.Project"/> as the agenda sees it. Thread-safe.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="applications"/> or one of its elements is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Two applications share an id.</exception>
    public static ValueList<EvaluationInput> ShareTouchpoints(IEnumerable<EvaluationInput> applications) =>
        ValueList<EvaluationInput>.Wrap(Shared(Preconditions.CheckNotNull(applications)));

    /// <summary>Gives each application the relationship touchpoints recorded with the other applications at its company.</summary>
    /// <returns>The inputs, ordered by application id.</returns>
    internal static EvaluationInput[] Shared(IEnumerable<EvaluationInput> applications)
    {
        var portfolio = Portfolio.Of(applications, new ParallelOptions { MaxDegreeOfParallelism = 1 });
        var result = new EvaluationInput[portfolio.Inputs.Length];
        for (int i = 0; i < result.Length; i++)
        {
            result[i] = portfolio.Shared(i);
        }

        return result;
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
}
