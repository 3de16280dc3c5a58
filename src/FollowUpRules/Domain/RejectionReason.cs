namespace FollowUpRules.Domain;

/// <summary>Why an application was turned down, when the seeker knows. The reason is usually unknown and rarely personal.</summary>
public enum RejectionReason
{
    /// <summary>The company did not say why.</summary>
    Unknown,

    /// <summary>Hiring was put on hold or the role was frozen.</summary>
    HiringPaused,

    /// <summary>An internal or preselected candidate was chosen.</summary>
    InternalCandidate,

    /// <summary>Salary expectations did not match.</summary>
    Compensation,

    /// <summary>The company judged the seeker overqualified.</summary>
    Overqualified,

    /// <summary>The company wanted skills the seeker does not yet have.</summary>
    SkillsGap,

    /// <summary>The company never answered: a silent rejection ("ghosted").</summary>
    NoResponse,
}
