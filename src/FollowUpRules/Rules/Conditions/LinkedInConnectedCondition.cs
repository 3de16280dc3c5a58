using System.Globalization;
namespace FollowUpRules.Rules.Conditions;

/// <summary>Holds when the seeker and the target person are connected on LinkedIn: the contact says so, or a <see cref="Domain.TouchpointKind.LinkedInRequestAccepted"/> was recorded.</summary>
public sealed record LinkedInConnectedCondition : Condition
{
    /// <inheritdoc />
    public override string DescribeNegation() => ConditionText.Describe(this, CultureInfo.InvariantCulture, negated: true);

    /// <inheritdoc />
    public override string Describe() => ConditionText.Describe(this, CultureInfo.InvariantCulture, negated: false);
}
