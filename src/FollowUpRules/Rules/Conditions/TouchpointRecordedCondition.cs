using System.Globalization;
using FollowUpRules.Domain;

namespace FollowUpRules.Rules.Conditions;

/// <summary>Holds when a touchpoint of <see cref="Kind"/> was recorded: "what was already done".</summary>
public sealed record TouchpointRecordedCondition : Condition
{
    /// <summary>Initializes a new condition.</summary>
    /// <param name="kind">The touchpoint kind.</param>
    /// <param name="scope">With the target person, or with anyone (company-wide touchpoints included).</param>
    /// <param name="sinceAnchor">Whether only touchpoints on or after the anchor date count.</param>
    public TouchpointRecordedCondition(TouchpointKind kind, ConditionScope scope, bool sinceAnchor)
    {
        Kind = kind;
        Scope = scope;
        SinceAnchor = sinceAnchor;
    }

    /// <summary>Gets the touchpoint kind.</summary>
    /// <value>Any kind.</value>
    public TouchpointKind Kind { get; }

    /// <summary>Gets whose touchpoints count.</summary>
    /// <value>The target's, or anyone's.</value>
    public ConditionScope Scope { get; }

    /// <summary>Gets whether only touchpoints on or after the anchor date count.</summary>
    /// <value><see langword="false"/> to count every touchpoint up to today.</value>
    public bool SinceAnchor { get; }

    /// <inheritdoc />
    public override string Describe() => ConditionText.Describe(this, CultureInfo.InvariantCulture, negated: false);

    /// <inheritdoc />
    public override string DescribeNegation() => ConditionText.Describe(this, CultureInfo.InvariantCulture, negated: true);
}
