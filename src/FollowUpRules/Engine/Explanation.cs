using FollowUpRules.Utility;

namespace FollowUpRules.Engine;

/// <summary>Why the engine made (or blocked) a step: the rule and every fact that produced it, as sentences.</summary>
/// <remarks>Immutable, compares by value, safe to share between threads.</remarks>
public sealed record Explanation
{
    internal Explanation(string ruleId, IEnumerable<string> lines)
    {
        RuleId = ruleId;
        Lines = ValueList<string>.From(lines);
    }

    /// <summary>Gets the id of the rule that produced the step.</summary>
    /// <value>A rule id of the playbook.</value>
    public string RuleId { get; }

    /// <summary>Gets the sentences, in order: the rule, the anchor event, the conditions, the timing, and any adjustment.</summary>
    /// <value>At least one sentence.</value>
    public ValueList<string> Lines { get; }

    /// <summary>Returns the sentences, one per line.</summary>
    /// <returns>The explanation as text.</returns>
    public override string ToString() => string.Join(Environment.NewLine, Lines);
}
