namespace FollowUpRules.Domain;

/// <summary>Whether the seeker and a contact are connected on LinkedIn, as far as the seeker's app knows.</summary>
/// <remarks>
/// <see cref="TouchpointKind.LinkedInRequestSent"/> and <see cref="TouchpointKind.LinkedInRequestAccepted"/> touchpoints
/// update this knowledge: the engine treats a contact as connected when either says so.
/// </remarks>
public enum LinkedInConnection
{
    /// <summary>Not connected, and no invitation is known to be pending.</summary>
    None,

    /// <summary>An invitation was sent and not yet accepted.</summary>
    Pending,

    /// <summary>Connected.</summary>
    Connected,
}
