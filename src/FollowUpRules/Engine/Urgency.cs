namespace FollowUpRules.Engine;

/// <summary>Where today falls in a step's window.</summary>
public enum Urgency
{
    /// <summary>Today is before the earliest date.</summary>
    Upcoming,

    /// <summary>Today is between the earliest and the latest date, both included.</summary>
    Due,

    /// <summary>Today is after the latest date and the step is still open.</summary>
    Overdue,
}
