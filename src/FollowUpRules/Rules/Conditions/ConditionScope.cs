namespace FollowUpRules.Rules.Conditions;

/// <summary>Whose touchpoints a condition looks at.</summary>
public enum ConditionScope
{
    /// <summary>Only touchpoints naming the rule's target person. For seeker and company audiences, same as <see cref="Anyone"/>.</summary>
    Target,

    /// <summary>Touchpoints with anyone at the company, and company-wide ones.</summary>
    Anyone,
}
