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
/// with a touchpoint of the kind that completes it, then the next due step, and so on; when nothing is due, it moves to the
/// next due date and evaluates again as of that day, until the horizon. Steps falling on the same day come in the engine's
/// order of urgency on that day. Evaluating the application day by day, doing each step on its due date, gives the same
/// dates and order.</para>
/// <para>A day's due steps for different people are done from one evaluation as long as the playbook lets one person's step
/// change no one else's (no rule reads that kind of touchpoint beyond the person it names); the evaluation after them checks
/// that none of the steps they made or moved comes between them. The plan is the one that evaluating again after every
/// step gives, and its cost grows with the contacts about as one evaluation's does, times the days with steps. The steps
/// done from one evaluation share its explanations, written by one more run when the first is read.</para>
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
        var steps = new List<PlannedStep>();
        var recommendations = new List<Recommendation>();

        // The steps done together on the cursor day, from one evaluation, and the input before them.
        var batch = new List<Recommendation>();
        var people = new HashSet<string>(StringComparer.Ordinal);
        EvaluationInput current = input;
        EvaluationInput beforeBatch = input;
        LocalDate cursor = today;
        while (true)
        {
            if (batch.Count <= 1 && steps.Count == MaxSteps)
            {
                return new Plan(input.Application.Id, today, until, steps, truncated: true);
            }

            recommendations.Clear();
            engine.Recommend(current, cursor, recommendations);
            if (batch.Count > 1 && !Confirms(recommendations, cursor, batch[^1]))
            {
                // Doing the batch made or moved a step that, done one at a time, would have come between its steps: only the
                // first stands, and the day goes on from it.
                steps.RemoveRange(steps.Count - batch.Count + 1, batch.Count - 1);
                batch.RemoveRange(1, batch.Count - 1);
                current = Done(beforeBatch, batch, cursor, steps.Count - 1);
                batch.Clear();
                continue;
            }

            batch.Clear();
            if (steps.Count == MaxSteps)
            {
                return new Plan(input.Application.Id, today, until, steps, truncated: true);
            }

            // Steps due by the cursor day are done that day, in the order the engine gives them on that day: from this one
            // evaluation, the first due and every due one after it, up to the first that the steps before it could change.
            people.Clear();
            foreach (Recommendation step in recommendations)
            {
                if (step.Due > cursor)
                {
                    continue;
                }

                if (steps.Count + batch.Count == MaxSteps || (batch.Count > 0 && !(ChangesOnlyItsPerson(batch[^1]) && ChangesOnlyItsPerson(step) && people.Add(step.Target.ContactId!))))
                {
                    break;
                }

                if (batch.Count == 0 && step.Target.ContactId is { } first)
                {
                    people.Add(first);
                }

                batch.Add(step);
            }

            if (batch.Count == 0)
            {
                // Nothing due: the cursor moves to the next due date and the application is evaluated again as of that day.
                LocalDate? nextDue = recommendations.Count == 0 ? null : recommendations.Min(r => r.Due);
                if (nextDue is not { } day || day > until)
                {
                    return new Plan(input.Application.Id, today, until, steps, truncated: false);
                }

                cursor = day;
                continue;
            }

            beforeBatch = current;
            current = Done(current, batch, cursor, steps.Count);
            foreach (Recommendation step in batch)
            {
                steps.Add(new PlannedStep(cursor, step));
            }
        }
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
        Touchpoint done = DoneBy(step, date, touchpointId, input.Application);
        return new EvaluationInput(Rejected(input.Application, done.Kind), input.Contacts, [.. input.Touchpoints, done], input.Seeker);
    }

    // The input with every step of the batch done on the date, in order, as WithDone would record them one after the
    // other; the touchpoints are numbered on from the plan's steps before the batch.
    private static EvaluationInput Done(EvaluationInput input, List<Recommendation> batch, LocalDate date, int stepsBefore)
    {
        var touchpoints = new Touchpoint[input.Touchpoints.Count + batch.Count];
        input.Touchpoints.AsSpan().CopyTo(touchpoints);
        Application application = input.Application;
        for (int i = 0; i < batch.Count; i++)
        {
            Touchpoint done = DoneBy(batch[i], date, PlanTouchpointId(stepsBefore + i + 1, batch[i]), application);
            application = Rejected(application, done.Kind);
            touchpoints[input.Touchpoints.Count + i] = done;
        }

        return new EvaluationInput(application, input.Contacts, touchpoints, input.Seeker);
    }

    private static string PlanTouchpointId(int stepNumber, Recommendation step) => $"plan:{stepNumber}:{step.RuleId}";

    // The touchpoint that completes the step (Recommendation.DoneOn); the step of another application at the company (an
    // agenda item serves several) is filed under this one.
    private static Touchpoint DoneBy(Recommendation step, LocalDate date, string touchpointId, Application application)
    {
        Touchpoint done = step.DoneOn(date, touchpointId);
        return done.ApplicationId is not null && done.ApplicationId != application.Id
            ? new Touchpoint(done.Id, done.Kind, done.Date, done.ContactIds, application.Id)
            : done;
    }

    // A rejection recorded makes the application Rejected, unless it is already Rejected or Closed.
    private static Application Rejected(Application application, TouchpointKind recorded) =>
        recorded == TouchpointKind.Rejection && application.Status is not (ApplicationStatus.Rejected or ApplicationStatus.Closed)
            ? new Application(application.Id, application.CompanyId, application.CompanyName, application.Role, ApplicationStatus.Rejected, application.AppliedOn, application.RejectionReason)
            : application;

    // Whether doing the step (for a person) can change no step but that person's: then steps for other people after it,
    // in the same evaluation, stand as they are.
    private bool ChangesOnlyItsPerson(Recommendation step) =>
        step.Target.ContactId is not null && ActionKinds.EvidenceOf(step.Action) is [TouchpointKind kind, ..] && engine.IsReadForOnePersonOnly(kind);

    // Whether the evaluation after a batch confirms it: no step due by the cursor comes before the batch's last step. Its
    // steps change only their own people's steps, so the steps due after any prefix of the batch are the batch's rest and
    // some of these; none coming first, each step is the one that planning one step at a time would have done next.
    private bool Confirms(List<Recommendation> after, LocalDate cursor, Recommendation last)
    {
        foreach (Recommendation step in after)
        {
            if (step.Due <= cursor && engine.CompareUrgency(step, last) < 0)
            {
                return false;
            }
        }

        return true;
    }
}
