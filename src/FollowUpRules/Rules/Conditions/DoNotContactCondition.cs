using System.Globalization;
namespace FollowUpRules.Rules.Conditions;

/// <summary>Holds when the target person asked not to be contacted (<see cref="Domain.Contact.DoNotContact"/>).</summary>
public sealed record DoNotContactCondition : Condition
{
    /// <inheritdoc />
    public override string DescribeNegation() => ConditionText.Describe(this, CultureInfo.InvariantCulture, negated: true);

    /// <inheritdoc />
    public override string Describe() => ConditionText.Describe(this, CultureInfo.InvariantCulture, negated: false);
}
