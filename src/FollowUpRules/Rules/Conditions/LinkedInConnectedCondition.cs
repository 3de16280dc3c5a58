namespace FollowUpRules.Rules.Conditions;

/// <summary>Holds when the seeker and the target person are connected on LinkedIn: the contact says so, or a <see cref="Domain.TouchpointKind.LinkedInRequestAccepted"/> was recorded.</summary>
public sealed record LinkedInConnectedCondition : Condition
{
    /// <inheritdoc />
    public override string DescribeNegation() => "you are not connected on LinkedIn";

    /// <inheritdoc />
    public override string Describe() => "you are connected on LinkedIn";
}
