using System.Globalization;

namespace FollowUpRules.Rules.Conditions;

/// <summary>Holds when any of <see cref="Conditions"/> holds.</summary>
public sealed record AnyOfCondition : Condition
{
    /// <summary>Initializes a new condition.</summary>
    /// <param name="conditions">The alternatives.</param>
    public AnyOfCondition(IEnumerable<Condition>? conditions) => Conditions = ValueList<Condition>.From(conditions);

    /// <summary>Gets the alternatives.</summary>
    /// <value>At least one (validated).</value>
    public ValueList<Condition> Conditions { get; }

    /// <inheritdoc />
    public override string Describe() => ConditionText.Describe(this, CultureInfo.InvariantCulture, negated: false);

    /// <inheritdoc />
    public override string DescribeNegation() => ConditionText.Describe(this, CultureInfo.InvariantCulture, negated: true);
}
