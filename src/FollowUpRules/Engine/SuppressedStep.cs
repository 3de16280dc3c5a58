namespace FollowUpRules.Engine;

/// <summary>A rule that recommends nothing for a target although its anchor event has happened, and why.</summary>
/// <remarks>Immutable, compares by value, safe to share between threads.</remarks>
public sealed record SuppressedStep
{
    internal SuppressedStep(string ruleId, Target target, SuppressionReason reason, string? blockingRuleId, Explanation explanation)
    {
        RuleId = ruleId;
        Target = target;
        Reason = reason;
        BlockingRuleId = blockingRuleId;
        Explanation = explanation;
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
    public Explanation Explanation { get; }
}
