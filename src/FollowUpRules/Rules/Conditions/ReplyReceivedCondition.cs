using System.Globalization;
using FollowUpRules.Domain;

namespace FollowUpRules.Rules.Conditions;

/// <summary>Holds when a <see cref="TouchpointKind.Reply"/> was received, optionally with a given outcome.</summary>
public sealed record ReplyReceivedCondition : Condition
{
    /// <summary>Initializes a new condition.</summary>
    /// <param name="outcome">The outcome, or <see langword="null"/> for any reply.</param>
    /// <param name="scope">From the target person, or from anyone at the company.</param>
    /// <param name="sinceAnchor">Whether only replies on or after the anchor date count.</param>
    public ReplyReceivedCondition(ReplyOutcome? outcome, ConditionScope scope, bool sinceAnchor)
    {
        Outcome = outcome;
        Scope = scope;
        SinceAnchor = sinceAnchor;
    }

    /// <summary>Gets the outcome looked for.</summary>
    /// <value><see langword="null"/> for any reply.</value>
    public ReplyOutcome? Outcome { get; }

    /// <summary>Gets whose replies count.</summary>
    /// <value>The target's, or anyone's.</value>
    public ConditionScope Scope { get; }

    /// <summary>Gets whether only replies on or after the anchor date count.</summary>
    /// <value><see langword="false"/> to count every reply up to today.</value>
    public bool SinceAnchor { get; }

    /// <inheritdoc />
    public override string Describe() => ConditionText.Describe(this, CultureInfo.InvariantCulture, negated: false);

    /// <inheritdoc />
    public override string DescribeNegation() => ConditionText.Describe(this, CultureInfo.InvariantCulture, negated: true);
}
