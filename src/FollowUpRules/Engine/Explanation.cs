using FollowUpRules.Utility;

namespace FollowUpRules.Engine;

/// <summary>Why the engine made (or blocked) a step: the rule and every fact that produced it, as sentences.</summary>
/// <remarks>
/// Immutable, compares by value (the rule id and the sentences), safe to share between threads. The engine writes the
/// sentences of an evaluation when the first of its explanations is read, by evaluating the same input again: reading
/// <see cref="Lines"/> the first time costs about one evaluation, later reads nothing.
/// </remarks>
public sealed record Explanation
{
    private readonly ExplanationSource? source;
    private readonly int index;
    private readonly ValueList<string> lines;

    internal Explanation(string ruleId, IEnumerable<string> lines)
    {
        RuleId = ruleId;
        this.lines = ValueList<string>.From(lines);
    }

    internal Explanation(string ruleId, ExplanationSource source, int index)
    {
        RuleId = ruleId;
        this.source = source;
        this.index = index;
    }

    /// <summary>Gets the id of the rule that produced the step.</summary>
    /// <value>A rule id of the playbook.</value>
    public string RuleId { get; }

    /// <summary>Gets the sentences, in order: the rule, the anchor event, the conditions, the timing, and any adjustment.</summary>
    /// <value>At least one sentence.</value>
    public ValueList<string> Lines => source is null ? lines : source.LinesOf(index);

    /// <summary>Returns whether <paramref name="other"/> has the same rule id and the same sentences.</summary>
    /// <param name="other">The other explanation.</param>
    /// <returns><see langword="true"/> when both say the same.</returns>
    public bool Equals(Explanation? other) =>
        other is not null && string.Equals(RuleId, other.RuleId, StringComparison.Ordinal) && Lines.Equals(other.Lines);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(RuleId, Lines);

    /// <summary>Returns the sentences, one per line.</summary>
    /// <returns>The explanation as text.</returns>
    public override string ToString() => string.Join(Environment.NewLine, Lines);
}
