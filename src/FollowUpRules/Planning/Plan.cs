using NodaTime;

namespace FollowUpRules.Planning;

/// <summary>The timeline of one application: every step from a day to a horizon, assuming each is done on its due date.</summary>
/// <remarks>Immutable, compares by value, safe to share between threads.</remarks>
public sealed record Plan
{
    internal Plan(string applicationId, LocalDate from, LocalDate until, IEnumerable<PlannedStep> steps, bool truncated)
    {
        ApplicationId = applicationId;
        From = from;
        Until = until;
        Steps = ValueList<PlannedStep>.From(steps);
        IsTruncated = truncated;
    }

    /// <summary>Gets the application planned.</summary>
    /// <value>Its id.</value>
    public string ApplicationId { get; }

    /// <summary>Gets the plan's first day.</summary>
    /// <value>The "today" it was made on.</value>
    public LocalDate From { get; }

    /// <summary>Gets the plan's last day.</summary>
    /// <value><see cref="From"/> plus the horizon.</value>
    public LocalDate Until { get; }

    /// <summary>Gets the steps in the order they would be done.</summary>
    /// <value>By date; on the same date, in the engine's order of urgency.</value>
    public ValueList<PlannedStep> Steps { get; }

    /// <summary>Gets whether the plan stopped at <see cref="FollowUpPlanner.MaxSteps"/> steps before reaching <see cref="Until"/>.</summary>
    /// <value><see langword="false"/> for every playbook whose steps are spaced at least a day apart over the horizon.</value>
    public bool IsTruncated { get; }
}
