namespace FollowUpRules.Engine;

/// <summary>A rule that recommends nothing for a target although its anchor event has happened, and why.</summary>
/// <remarks>Immutable, compares by value, safe to share between threads.</remarks>
public sealed record SuppressedStep : IExplained
{
    // Made when first read (see ExplanationSlot); not readonly, as reading it may fill it in.
    private ExplanationSlot explanation;

    internal SuppressedStep(string ruleId, Target target, SuppressionReason reason, string? blockingRuleId, ExplanationSlot explanation)
    {
        RuleId = ruleId;
        Target = target;
        Reason = reason;
        BlockingRuleId = blockingRuleId;
        this.explanation = explanation;
    }

    /// <summary>Gets the id of the rule that recommends nothing.</summary>
    /// <value>A rule id of the playbook.</value>
    public string RuleId { get; }

    /// <summary>Gets whom the step would have been for.</summary>
    /// <value>The target.</value>
    public Target Target { get; }

    /// <summary>Gets why nothing is recommended.</summary>
    /// <value>The reason.</value>
    public SuppressionReason Reason { get; }

    /// <summary>Gets the id of the stop rule that blocks the step.</summary>
    /// <value>Set for <see cref="SuppressionReason.StopRule"/> only.</value>
    public string? BlockingRuleId { get; }

    /// <summary>Gets the explanation, naming the condition or rule that blocked the step.</summary>
    /// <value>The explanation.</value>
    public Explanation Explanation => explanation.Get(RuleId);

    /// <summary>Compares every property, the explanation's sentences included.</summary>
    /// <param name="other">The other step.</param>
    /// <returns><see langword="true"/> when both are the same suppression with the same explanation.</returns>
    public bool Equals(SuppressedStep? other) => ExplainedEquality.Equals(this, other, static (a, b) =>
        string.Equals(a.RuleId, b.RuleId, StringComparison.Ordinal)
        && a.Target.Equals(b.Target)
        && a.Reason == b.Reason
        && string.Equals(a.BlockingRuleId, b.BlockingRuleId, StringComparison.Ordinal));

    /// <inheritdoc />
    /// <remarks>Leaves the explanation out, so hashing does not write its sentences; equal steps still hash alike.</remarks>
    public override int GetHashCode() => HashCode.Combine(RuleId, Target, Reason, BlockingRuleId);
}
