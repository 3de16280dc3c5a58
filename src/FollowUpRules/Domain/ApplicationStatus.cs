namespace FollowUpRules.Domain;

/// <summary>Where an application stands in its lifecycle.</summary>
public enum ApplicationStatus
{
    /// <summary>The seeker applied and is waiting to hear back.</summary>
    Applied,

    /// <summary>The company is interviewing the seeker.</summary>
    Interviewing,

    /// <summary>The company made an offer that is not yet decided.</summary>
    Offer,

    /// <summary>The company turned the seeker down. A <see cref="TouchpointKind.Rejection"/> touchpoint dates it.</summary>
    Rejected,

    /// <summary>The seeker withdrew.</summary>
    Withdrawn,

    /// <summary>The seeker was hired for this role.</summary>
    Hired,

    /// <summary>The pursuit is closed for another reason (the role was cancelled, the seeker archived it).</summary>
    Closed,
}
