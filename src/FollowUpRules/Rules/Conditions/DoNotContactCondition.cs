namespace FollowUpRules.Rules.Conditions;

/// <summary>Holds when the target person asked not to be contacted (<see cref="Domain.Contact.DoNotContact"/>).</summary>
public sealed record DoNotContactCondition : Condition
{
    /// <inheritdoc />
    public override string DescribeNegation() => "they have not asked not to be contacted";

    /// <inheritdoc />
    public override string Describe() => "they asked not to be contacted";
}
