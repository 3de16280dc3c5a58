namespace FollowUpRules.Rules;

/// <summary>The event a rule's timing counts from.</summary>
public enum AnchorKind
{
    /// <summary>The date the seeker applied. One occurrence per application.</summary>
    ApplicationSubmitted,

    /// <summary>Each interview. For an audience of interviewers, each interview counts for the people who held it.</summary>
    InterviewHeld,

    /// <summary>The most recent interview.</summary>
    LastInterview,

    /// <summary>
    /// The rejection: the first <see cref="Domain.TouchpointKind.Rejection"/>, or, while none is recorded, the silent rejection a
    /// <see cref="ActionKind.TreatAsRejected"/> rule found. When a rejection is confirmed after a silent one, steps count from
    /// the confirmation, and steps done since the silent rejection count as done.
    /// </summary>
    RejectionReceived,

    /// <summary>Each reply from the target (from anyone at the company for company and seeker audiences), optionally only replies with a given outcome.</summary>
    ReplyReceived,

    /// <summary>Each new job posting spotted at the company.</summary>
    PostingSpotted,

    /// <summary>The step of another rule for the same target: the date it was done, or while it is not done, its due date.</summary>
    AfterRule,
}
