using System.Globalization;
using FollowUpRules.Domain;

namespace FollowUpRules.Rules.Conditions;

/// <summary>Holds when the application was rejected for one of <see cref="Reasons"/>. A silent rejection's reason is <see cref="RejectionReason.NoResponse"/>; a rejection with no reason given is <see cref="RejectionReason.Unknown"/>.</summary>
public sealed record RejectionReasonIsCondition : Condition
{
    /// <summary>Initializes a new condition.</summary>
    /// <param name="reasons">The reasons.</param>
    public RejectionReasonIsCondition(IEnumerable<RejectionReason>? reasons) => Reasons = ValueList<RejectionReason>.From(reasons);

    /// <summary>Gets the reasons.</summary>
    /// <value>At least one (validated).</value>
    public ValueList<RejectionReason> Reasons { get; }

    /// <inheritdoc />
    public override string DescribeNegation() => ConditionText.Describe(this, CultureInfo.InvariantCulture, negated: true);

    /// <inheritdoc />
    public override string Describe() => ConditionText.Describe(this, CultureInfo.InvariantCulture, negated: false);
}
