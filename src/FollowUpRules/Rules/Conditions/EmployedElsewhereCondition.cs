using System.Globalization;
namespace FollowUpRules.Rules.Conditions;

/// <summary>Holds when the seeker has accepted a job elsewhere on or before today (<see cref="Domain.Seeker.EmployedElsewhereSince"/>).</summary>
public sealed record EmployedElsewhereCondition : Condition
{
    /// <inheritdoc />
    public override string DescribeNegation() => ConditionText.Describe(this, CultureInfo.InvariantCulture, negated: true);

    /// <inheritdoc />
    public override string Describe() => ConditionText.Describe(this, CultureInfo.InvariantCulture, negated: false);
}
