namespace FollowUpRules.Domain;

/// <summary>Which way a touchpoint went between the seeker and a contact or company.</summary>
public enum Direction
{
    /// <summary>The seeker's own step, involving nobody else (a journal entry, a company check).</summary>
    Internal,

    /// <summary>From the seeker to the contact or company.</summary>
    Outbound,

    /// <summary>From the contact or company to the seeker.</summary>
    Inbound,

    /// <summary>Both ways at once (an interview, a coffee, a call).</summary>
    Mutual,
}
