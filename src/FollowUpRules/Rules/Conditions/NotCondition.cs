using System.Globalization;
using FollowUpRules.Utility;

namespace FollowUpRules.Rules.Conditions;

/// <summary>Holds when <see cref="Inner"/> does not.</summary>
public sealed record NotCondition : Condition
{
    /// <summary>Initializes a new condition.</summary>
    /// <param name="inner">The condition to negate.</param>
    /// <exception cref="ArgumentNullException"><paramref name="inner"/> is <see langword="null"/>.</exception>
    public NotCondition(Condition inner) => Inner = Preconditions.CheckNotNull(inner);

    /// <summary>Gets the negated condition.</summary>
    /// <value>Any condition.</value>
    public Condition Inner { get; }

    /// <inheritdoc />
    public override string DescribeNegation() => ConditionText.Describe(this, CultureInfo.InvariantCulture, negated: true);

    /// <inheritdoc />
    public override string Describe() => ConditionText.Describe(this, CultureInfo.InvariantCulture, negated: false);
}
