namespace FollowUpRules.Engine;

/// <summary>Why the engine made (or blocked) a step: the rule and every fact that produced it, as sentences.</summary>
/// <remarks>
/// Immutable, compares by value, safe to share between threads. The sentences are written when <see cref="Lines"/> is
/// first read, not during the evaluation; they are the same whenever they are read.
/// </remarks>
public sealed record Explanation
{
    private readonly ValueList<ExplanationMessage> messages;
    private readonly ExplanationSource? source;
    private readonly int index;

    // The sentences, written on first read. Two threads reading at once write equal ones, and either is kept.
    private string[]? lines;

    /// <summary>An explanation of the messages given.</summary>
    internal Explanation(string ruleId, ValueList<ExplanationMessage> messages)
    {
        RuleId = ruleId;
        this.messages = messages;
    }

    /// <summary>An explanation made by <paramref name="source"/> when first read: the <paramref name="index"/>th step it produces.</summary>
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
    /// <value>
    /// At least one sentence for a step the engine made (<see cref="Recommendation"/>, <see cref="ExpiredStep"/>,
    /// <see cref="SuppressedStep"/>); for an agenda item, one per move, and none when it was not moved.
    /// </value>
    public ValueList<string> Lines
    {
        get
        {
            string[]? written = Volatile.Read(ref lines);
            if (written is null)
            {
                written = EnglishExplanations.Sentences(Messages);
                Volatile.Write(ref lines, written);
            }

            return ValueList<string>.Wrap(written);
        }
    }

    /// <summary>Gets the explanation as data: one message per sentence of <see cref="Lines"/>, in order, for a host that words the sentences itself.</summary>
    /// <value>A stable <see cref="MessageId"/> and typed arguments per sentence; made when first read, like the sentences.</value>
    public ValueList<ExplanationMessage> Messages => source is null ? messages : source.Messages(index);

    /// <summary>Compares the rule id and the sentences.</summary>
    /// <param name="other">The other explanation.</param>
    /// <returns><see langword="true"/> when both name the same rule with the same sentences.</returns>
    public bool Equals(Explanation? other) =>
        other is not null && (ReferenceEquals(this, other) || (string.Equals(RuleId, other.RuleId, StringComparison.Ordinal) && Lines.Equals(other.Lines)));

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(RuleId, Lines);

    /// <summary>Returns the sentences, one per line.</summary>
    /// <returns>The explanation as text.</returns>
    public override string ToString() => string.Join(Environment.NewLine, Lines);
}
