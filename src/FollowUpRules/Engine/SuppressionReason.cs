namespace FollowUpRules.Engine;

/// <summary>Why a rule recommends nothing for a target whose anchor event has happened.</summary>
public enum SuppressionReason
{
    /// <summary>One of the rule's conditions does not hold.</summary>
    ConditionNotMet,

    /// <summary>One of the rule's stop conditions holds.</summary>
    Stopped,

    /// <summary>The person asked not to be contacted.</summary>
    DoNotContact,

    /// <summary>A stop rule (<see cref="Rules.ActionKind.StopOutreach"/>) blocks every step to the person.</summary>
    StopRule,

    /// <summary>The person cannot be reached on the action's channel, nor on any alternative.</summary>
    Unreachable,

    /// <summary>The seeker dismissed the rule's step for this target.</summary>
    Dismissed,

    /// <summary>The person did not answer the rule's last attempts, up to its maximum.</summary>
    Unanswered,
}
