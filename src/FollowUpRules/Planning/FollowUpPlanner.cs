using FollowUpRules.Domain;
using FollowUpRules.Engine;
using FollowUpRules.Rules;
using FollowUpRules.Utility;
using FollowUpRules.Validation;
using NodaTime;

namespace FollowUpRules.Planning;

/// <summary>
/// Projects an application forward: which steps the engine will recommend, and when, if the seeker does each one on its
/// due date. Answers "what if" too: the same projection with hypothetical touchpoints added, leaving the real data alone.
/// </summary>
/// <remarks>
/// <para>The planner only reads the engine's evaluations. Starting on the first day, it evaluates the application as of
/// that day and does the first step already due (steps due or overdue on the first day are done that day), recording it
/// with a touchpoint of the kind that completes it; when nothing is due, it moves to the next due date and evaluates again
/// as of that day, until the horizon. Steps falling on the same day come in the engine's order of urgency on that day.
/// Evaluating the application day by day, doing each step on its due date, gives the same dates and order.</para>
/// <para>Immutable and thread-safe, like the engine it uses.</para>
/// </remarks>
public sealed class FollowUpPlanner
{
    /// <summary>The most steps one plan holds: 1,000.</summary>
    public const int MaxSteps = 1000;

    private readonly FollowUpEngine engine;

    /// <summary>Initializes a new planner.</summary>
    /// <param name="engine">The engine whose recommendations are projected.</param>
    /// <exception cref="ArgumentNullException"><paramref name="engine"/> is <see langword="null"/>.</exception>
    public FollowUpPlanner(FollowUpEngine engine) => this.engine = Preconditions.CheckNotNull(engine);

    /// <summary>Projects <paramref name="input"/> from <paramref name="today"/> over <paramref name="horizon"/>.</summary>
    /// <param name="input">The application, its company's contacts, the touchpoints and the seeker.</param>
    /// <param name="today">The first day of the plan.</param>
    /// <param name="horizon">How far ahead, for example <c>Period.FromMonths(24)</c>: whole years, months, weeks and days, positive.</param>
    /// <returns>The plan.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="horizon"/> is not a positive date period, or ends after <see cref="Limits.MaxDate"/>.</exception>
    /// <exception cref="FollowUpValidationException">The input is invalid; the exception lists every problem.</exception>
    public Plan Project(EvaluationInput input, LocalDate today, Period horizon)
    {
        Preconditions.CheckNotNull(input);
        LocalDate until = Horizon.End(today, horizon);
        EvaluationInput current = input;
        var steps = new List<PlannedStep>();
        var recommendations = new List<Recommendation>();
        LocalDate cursor = today;
        while (steps.Count < MaxSteps)
        {
            recommendations.Clear();
            engine.Recommend(current, cursor, recommendations);

            // Steps due by the cursor day are done that day, in the order the engine gives them on that day; otherwise the
            // cursor moves to the next due date and the application is evaluated again as of that day.
            Recommendation? next = recommendations.FirstOrDefault(r => r.Due <= cursor);
            if (next is null)
            {
                LocalDate? nextDue = recommendations.Count == 0 ? null : recommendations.Min(r => r.Due);
                if (nextDue is not { } day || day > until)
                {
                    return new Plan(input.Application.Id, today, until, steps, truncated: false);
                }

                cursor = day;
                continue;
            }

            steps.Add(new PlannedStep(cursor, next));
            current = WithDone(current, next, cursor, $"plan:{steps.Count}:{next.RuleId}");
        }

        return new Plan(input.Application.Id, today, until, steps, truncated: true);
    }

    /// <summary>
    /// Projects what would be scheduled if <paramref name="hypothetical"/> touchpoints had happened (say, a rejection today,
    /// or a "yes" from a contact), without changing <paramref name="input"/>.
    /// </summary>
    /// <param name="input">The real data; it is not changed.</param>
    /// <param name="today">The first day of the plan; hypothetical touchpoints are dated on or before it.</param>
    /// <param name="horizon">How far ahead.</param>
    /// <param name="hypothetical">The touchpoints to imagine, with ids unused in <paramref name="input"/>.</param>
    /// <param name="status">The application status to imagine (for example <see cref="ApplicationStatus.Rejected"/> with a rejection), or <see langword="null"/> to keep it.</param>
    /// <param name="rejectionReason">The rejection reason to imagine with a rejected status, or <see langword="null"/>.</param>
    /// <returns>The plan under the hypothesis.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> or <paramref name="hypothetical"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="horizon"/> is not a positive date period, or ends after <see cref="Limits.MaxDate"/>.</exception>
    /// <exception cref="FollowUpValidationException">The data with the hypothesis is invalid (for example a rejection while the status stays Interviewing).</exception>
    public Plan WhatIf(EvaluationInput input, LocalDate today, Period horizon, IEnumerable<Touchpoint> hypothetical, ApplicationStatus? status = null, RejectionReason? rejectionReason = null)
    {
        Preconditions.CheckNotNull(input);
        Preconditions.CheckNotNull(hypothetical);
        Application a = input.Application;
        var application = status is { } s
            ? new Application(a.Id, a.CompanyId, a.CompanyName, a.Role, s, a.AppliedOn, rejectionReason ?? a.RejectionReason)
            : a;
        return Project(new EvaluationInput(application, input.Contacts, [.. input.Touchpoints, .. hypothetical], input.Seeker), today, horizon);
    }

    /// <summary>
    /// Returns a copy of <paramref name="input"/> in which <paramref name="step"/> was done on <paramref name="date"/>: with
    /// the touchpoint <see cref="Recommendation.DoneOn"/> gives, and, for a step that treats silence as a rejection, the
    /// status <see cref="ApplicationStatus.Rejected"/> unless it is already Rejected or Closed. The rule the plan and the
    /// agenda ahead use to mark a step done.
    /// </summary>
    internal static EvaluationInput WithDone(EvaluationInput input, Recommendation step, LocalDate date, string touchpointId)
    {
        Touchpoint done = step.DoneOn(date, touchpointId);
        Application application = input.Application;
        if (done.Kind == TouchpointKind.Rejection && application.Status is not (ApplicationStatus.Rejected or ApplicationStatus.Closed))
        {
            application = new Application(application.Id, application.CompanyId, application.CompanyName, application.Role, ApplicationStatus.Rejected, application.AppliedOn, application.RejectionReason);
        }

        // The step of another application at the company (an agenda item serves several) is filed under this one.
        if (done.ApplicationId is not null && done.ApplicationId != application.Id)
        {
            done = new Touchpoint(done.Id, done.Kind, done.Date, done.ContactIds, application.Id);
        }

        return new EvaluationInput(application, input.Contacts, [.. input.Touchpoints, done], input.Seeker);
    }
}
