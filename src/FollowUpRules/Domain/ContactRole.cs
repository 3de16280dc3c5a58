namespace FollowUpRules.Domain;

/// <summary>The part a person plays at a company, from the seeker's point of view.</summary>
/// <remarks>Who interviewed the seeker is not a role: it is read from <see cref="TouchpointKind.Interview"/> touchpoints.</remarks>
public enum ContactRole
{
    /// <summary>The manager who owns the role.</summary>
    HiringManager,

    /// <summary>An in-house or agency recruiter.</summary>
    Recruiter,

    /// <summary>A member of the team the seeker would join.</summary>
    TeamMember,

    /// <summary>Someone who referred the seeker.</summary>
    Referrer,
}
