using FluentValidation.Results;
using FollowUpRules.Domain;
using FollowUpRules.Rules;
using FollowUpRules.Rules.Conditions;
using FollowUpRules.Utility;
using FollowUpRules.Validation;
using NodaTime;

namespace FollowUpRules.Engine;

/// <summary>
/// Computes what a job seeker should do next for one application: every pending step with its target, channel, window,
/// urgency and explanation, ordered by urgency, from a playbook of rules.
/// </summary>
/// <remarks>
/// <para>The engine is pure: no I/O, and no clock of its own. "Today" is read from the injected <see cref="IClock"/> in the
/// seeker's time zone (<see cref="Seeker.Zone"/>), or given explicitly.</para>
/// <para>The playbook is validated and precompiled once, in the constructor. An engine is immutable and safe to share
/// between threads; a host typically keeps one per playbook as a singleton.</para>
/// </remarks>
public sealed class FollowUpEngine
{
    private readonly CompiledPlaybook compiled;
    private readonly IClock clock;

    // Built once: FluentValidation compiles its rules when a validator is constructed. "Today" comes with each call.
    private readonly EvaluationInputValidator inputValidator;

    /// <summary>Initializes a new engine.</summary>
    /// <param name="playbook">The playbook, for example <see cref="DefaultPlaybook.Instance"/>.</param>
    /// <param name="clock">The clock "today" is read from, for example <see cref="SystemClock.Instance"/>.</param>
    /// <param name="customConditions">Evaluators for the custom conditions the playbook uses, each under its own name.</param>
    /// <exception cref="ArgumentNullException">
    /// <paramref name="playbook"/> or <paramref name="clock"/> is <see langword="null"/>, or <paramref name="customConditions"/>
    /// holds <see langword="null"/>.
    /// </exception>
    /// <exception cref="ArgumentException">Two custom condition evaluators share a name.</exception>
    /// <exception cref="FollowUpValidationException">The playbook is invalid; the exception lists every problem.</exception>
    public FollowUpEngine(Playbook playbook, IClock clock, IEnumerable<ICustomConditionEvaluator>? customConditions = null)
    {
        Preconditions.CheckNotNull(playbook);
        this.clock = Preconditions.CheckNotNull(clock);
        var evaluators = new Dictionary<string, ICustomConditionEvaluator>(StringComparer.Ordinal);
        foreach (ICustomConditionEvaluator evaluator in customConditions ?? [])
        {
            Preconditions.CheckNotNull(evaluator, nameof(customConditions));
            Preconditions.CheckArgument(evaluators.TryAdd(evaluator.Name, evaluator), nameof(customConditions), $"Two custom condition evaluators are named '{evaluator.Name}'; names must be unique.");
        }

        ValidationResult result = new PlaybookValidator(evaluators.Keys).Validate(playbook);
        if (!result.IsValid)
        {
            throw new FollowUpValidationException($"Playbook '{playbook.Id}' is invalid", result.Errors);
        }

        compiled = new CompiledPlaybook(playbook, evaluators);
        inputValidator = new EvaluationInputValidator(today: null, playbook);
    }

    /// <summary>Gets the playbook the engine runs.</summary>
    /// <value>A validated playbook.</value>
    public Playbook Playbook => compiled.Playbook;

    /// <summary>Returns today's date in <paramref name="zone"/>, read from the engine's clock.</summary>
    /// <param name="zone">The seeker's time zone.</param>
    /// <returns>The calendar date.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="zone"/> is <see langword="null"/>.</exception>
    public LocalDate Today(DateTimeZone zone) => clock.GetCurrentInstant().InZone(Preconditions.CheckNotNull(zone)).Date;

    /// <summary>Evaluates one application as of today in the seeker's time zone.</summary>
    /// <param name="input">The application, its company's contacts, the touchpoints and the seeker.</param>
    /// <returns>Every pending step, most urgent first, with expired and suppressed steps.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> is <see langword="null"/>.</exception>
    /// <exception cref="FollowUpValidationException">The input is invalid; the exception lists every problem.</exception>
    public Evaluation Evaluate(EvaluationInput input)
    {
        Preconditions.CheckNotNull(input);
        return Evaluate(input, Today(input.Seeker.Zone));
    }

    /// <summary>Evaluates one application as of <paramref name="today"/>.</summary>
    /// <param name="input">The application, its company's contacts, the touchpoints and the seeker.</param>
    /// <param name="today">The evaluation date; no touchpoint may be later.</param>
    /// <returns>
    /// Every pending step, most urgent first, with expired and suppressed steps. The same input gives the same answer,
    /// whatever the order of its touchpoints.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> is <see langword="null"/>.</exception>
    /// <exception cref="FollowUpValidationException">The input is invalid; the exception lists every problem.</exception>
    public Evaluation Evaluate(EvaluationInput input, LocalDate today)
    {
        CheckInput(input, today);
        return new Evaluator(compiled, input, today, new ExplanationSource(compiled, input, today)).Run();
    }

    /// <summary>
    /// Evaluates <paramref name="input"/> as <see cref="Evaluate(EvaluationInput, LocalDate)"/> does and adds only its
    /// <see cref="Evaluation.Recommendations"/> to <paramref name="into"/>, in the same order, without making the expired
    /// and suppressed steps or an array of the recommendations: for the agenda and the planner, which read nothing else and
    /// reuse one list.
    /// </summary>
    /// <exception cref="FollowUpValidationException">The input is invalid; nothing is added.</exception>
    internal void Recommend(EvaluationInput input, LocalDate today, List<Recommendation> into)
    {
        CheckInput(input, today);
        new Evaluator(compiled, input, today, new ExplanationSource(compiled, input, today), recommendationsOnly: true).RunRecommendations(into);
    }

    /// <summary>
    /// Returns whether a touchpoint of <paramref name="kind"/> naming one person can change no step but that person's, under
    /// this engine's playbook (see <see cref="CompiledPlaybook.IsReadForOnePersonOnly"/>): for the planner.
    /// </summary>
    internal bool IsReadForOnePersonOnly(TouchpointKind kind) => compiled.IsReadForOnePersonOnly(kind);

    /// <summary>Compares two recommendations of this engine's playbook in the order an evaluation gives them (see <see cref="StepOrder"/>).</summary>
    internal int CompareUrgency(Recommendation a, Recommendation b) =>
        StepOrder.Compare(StepOrder.UrgencyKey(a), compiled.RuleIndex[a.RuleId], 0, a, StepOrder.UrgencyKey(b), compiled.RuleIndex[b.RuleId], 0, b);

    // The quick check allocates nothing; only when it finds a problem does the full validator run, to report them all.
    private void CheckInput(EvaluationInput input, LocalDate today)
    {
        Preconditions.CheckNotNull(input);
        if (!EvaluationInputQuickCheck.Passes(input, today, compiled.Playbook))
        {
            ValidationResult result = Validate(input, today);
            if (!result.IsValid)
            {
                throw new FollowUpValidationException($"The input for application '{input.Application.Id}' is invalid", result.Errors);
            }
        }
    }

    /// <summary>Validates <paramref name="input"/> as <see cref="Evaluate(EvaluationInput, LocalDate)"/> would, without evaluating it.</summary>
    /// <param name="input">The input.</param>
    /// <param name="today">The evaluation date.</param>
    /// <returns>Every problem found; valid when empty.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> is <see langword="null"/>.</exception>
    public ValidationResult Validate(EvaluationInput input, LocalDate today)
    {
        Preconditions.CheckNotNull(input);
        return inputValidator.Validate(input, today);
    }
}
