namespace FollowUpRules.Html;

/// <summary>Where a step stands on the timeline's day: the engine's urgency, plus the agenda's "pushed past its latest date".</summary>
internal enum StepStatus
{
    /// <summary>Today is after the latest date.</summary>
    Overdue,

    /// <summary>Today is within the window.</summary>
    Due,

    /// <summary>Today is before the earliest date.</summary>
    Upcoming,

    /// <summary>The agenda's limits or a pause pushed the step past its latest date, though it could have been done on time.</summary>
    PastDeadline,
}
