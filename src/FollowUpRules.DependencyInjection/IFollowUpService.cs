using FollowUpRules.Domain;
using FollowUpRules.Engine;
using FollowUpRules.Planning;
using NodaTime;

namespace FollowUpRules.DependencyInjection;

/// <summary>
/// What an app asks of a playbook, as one injectable service: the next steps for an application, the single next one, and
/// the plan ahead. "Today" is read from the registered <see cref="IClock"/> in the seeker's time zone.
/// </summary>
/// <remarks>
/// Registered as a singleton by <c>AddFollowUpRules</c>, unkeyed for the default playbook and keyed by name for each named
/// one. Thread-safe: it holds only the engine and the planner, which are immutable.
/// </remarks>
public interface IFollowUpService
{
    /// <summary>Evaluates one application as of today in the seeker's time zone.</summary>
    /// <param name="input">The application, its company's contacts, the touchpoints and the seeker.</param>
    /// <returns>Every pending step, most urgent first, with expired and suppressed steps.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> is <see langword="null"/>.</exception>
    /// <exception cref="Validation.FollowUpValidationException">The input is invalid; the exception lists every problem.</exception>
    Evaluation NextSteps(EvaluationInput input);

    /// <summary>Returns the most urgent pending step for one application as of today in the seeker's time zone.</summary>
    /// <param name="input">The application, its company's contacts, the touchpoints and the seeker.</param>
    /// <returns>The step, or <see langword="null"/> when nothing is pending.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> is <see langword="null"/>.</exception>
    /// <exception cref="Validation.FollowUpValidationException">The input is invalid; the exception lists every problem.</exception>
    Recommendation? Next(EvaluationInput input);

    /// <summary>Projects one application from today in the seeker's time zone over <paramref name="horizon"/>.</summary>
    /// <param name="input">The application, its company's contacts, the touchpoints and the seeker.</param>
    /// <param name="horizon">How far ahead, for example <c>Period.FromMonths(24)</c>.</param>
    /// <returns>The plan, as <see cref="FollowUpPlanner.Project"/> makes it.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="horizon"/> is not a positive date period, or is too long.</exception>
    /// <exception cref="Validation.FollowUpValidationException">The input is invalid; the exception lists every problem.</exception>
    Plan Plan(EvaluationInput input, Period horizon);
}
