namespace FollowUpRules.Rules;

/// <summary>Whether a rule addresses every person in its audience or one of them.</summary>
public enum AudienceSelection
{
    /// <summary>A separate step for each person.</summary>
    Each,

    /// <summary>
    /// One step, for the first person who can receive it: roles in the order given, then contacts in input order, skipping
    /// people who are blocked or cannot be reached on the action's channel.
    /// </summary>
    First,
}
