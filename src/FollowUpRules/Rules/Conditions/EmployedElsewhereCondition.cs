namespace FollowUpRules.Rules.Conditions;

/// <summary>Holds when the seeker has accepted a job elsewhere on or before today (<see cref="Domain.Seeker.EmployedElsewhereSince"/>).</summary>
public sealed record EmployedElsewhereCondition : Condition
{
    /// <inheritdoc />
    public override string DescribeNegation() => "you have not accepted a job elsewhere";

    /// <inheritdoc />
    public override string Describe() => "you have accepted a job elsewhere";
}
