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
    public override string DescribeNegation() => $"the rejection reason is not {string.Join(" or ", Reasons)}";

    /// <inheritdoc />
    public override string Describe() => $"the rejection reason is {string.Join(" or ", Reasons)}";
}
