using System.Globalization;
using FollowUpRules.Domain;
using FollowUpRules.Engine;
using FollowUpRules.Planning;
using NodaTime;

namespace FollowUpRules.DependencyInjection;

/// <summary>
/// What an app asks of a playbook, as one injectable service: the next steps for an application, the single next one, the
/// plan ahead, and the agenda across many applications. "Today" is read from the registered <see cref="IClock"/> in the
/// seeker's time zone. The text for the seeker (a step's summary, the sentences of an explanation) is in
/// <see cref="FollowUpRulesOptions.Culture"/>, or the current UI culture at the call when the options set none.
/// </summary>
/// <remarks>
/// Registered as a singleton by <c>AddFollowUpRules</c>, unkeyed for the default playbook and keyed by name for each named
/// one. Thread-safe: it holds only the engine and the planner, which are immutable.
/// </remarks>
public interface IFollowUpService
{
    /// <summary>Gets the culture the service writes the seeker's text in.</summary>
    /// <value><see cref="FollowUpRulesOptions.Culture"/>, or, when the options set none, <see cref="CultureInfo.CurrentUICulture"/> as it is when read (per request under ASP.NET Core's request localization).</value>
    CultureInfo Culture { get; }

    /// <summary>Returns a step's one-line summary in <see cref="Culture"/>: <c>Schick eine Dankes-E-Mail (Ana Ruiz, per E-Mail), fällig Mo, 23.11.2026</c>.</summary>
    /// <param name="step">A step this service (or any engine) returned.</param>
    /// <returns><see cref="Recommendation.Summarize"/> in <see cref="Culture"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="step"/> is <see langword="null"/>.</exception>
    string Summarize(Recommendation step);

    /// <summary>Returns the sentences of an explanation (a step's, an expired or suppressed step's, or an agenda item's moves) in <see cref="Culture"/>.</summary>
    /// <param name="explanation">The explanation.</param>
    /// <returns><see cref="Explanation.Render"/> in <see cref="Culture"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="explanation"/> is <see langword="null"/>.</exception>
    ValueList<string> Explain(Explanation explanation);

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

    /// <summary>Builds the agenda of one seeker's applications from today, in the seeker's time zone, over <paramref name="horizon"/>.</summary>
    /// <param name="seekerZone">The seeker's time zone: it decides today's date. Every application's <see cref="Seeker.Zone"/> must be this zone.</param>
    /// <param name="applications">The seeker's applications, each with its company's contacts and its touchpoints; distinct ids.</param>
    /// <param name="horizon">How far ahead steps are taken, for example <c>Period.FromWeeks(1)</c>: a positive period of days, weeks, months or years.</param>
    /// <param name="settings">The daily, weekly and spacing limits and the pauses; <see langword="null"/> for the playbook's <see cref="Rules.Playbook.OutreachLimits"/> and no pauses.</param>
    /// <returns>The agenda, as <see cref="FollowUpAgenda.Build(IEnumerable{EvaluationInput}, LocalDate, Period, AgendaSettings?)"/> makes it for today and today plus <paramref name="horizon"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="seekerZone"/>, <paramref name="applications"/> or <paramref name="horizon"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An application's seeker is in another zone, two applications share an id, or <paramref name="horizon"/> is not a positive date period.</exception>
    /// <exception cref="Validation.FollowUpValidationException">The settings or an application's input are invalid; the exception lists every problem.</exception>
    Agenda Agenda(DateTimeZone seekerZone, IEnumerable<EvaluationInput> applications, Period horizon, AgendaSettings? settings = null);
}
