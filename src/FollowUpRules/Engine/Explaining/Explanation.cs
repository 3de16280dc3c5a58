using System.Globalization;
using FollowUpRules.Localization;

namespace FollowUpRules.Engine;

/// <summary>Why the engine made (or blocked) a step: the rule and every fact that produced it, as sentences.</summary>
/// <remarks>
/// Immutable, compares by value, safe to share between threads. The messages are made, and the sentences written, when
/// first read, not during the evaluation; they are the same whenever they are read in the same culture.
/// </remarks>
public sealed record Explanation
{
    private readonly ValueList<ExplanationMessage> messages;
    private readonly ExplanationSource? source;
    private readonly int index;

    // The sentences last written, with their culture: written on first read. Two threads reading at once write equal
    // ones, and either is kept.
    private Written? written;

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

    /// <summary>
    /// Gets the sentences in <see cref="CultureInfo.CurrentUICulture"/>, in order: the rule, the anchor event, the
    /// conditions, the timing, and any adjustment. <see cref="Render"/> takes the culture as an argument.
    /// </summary>
    /// <value>
    /// At least one sentence for a step the engine made (<see cref="Recommendation"/>, <see cref="ExpiredStep"/>,
    /// <see cref="SuppressedStep"/>); for an agenda item, one per move, and none when it was not moved.
    /// </value>
    public ValueList<string> Lines => Render();

    /// <summary>Returns the sentences in <paramref name="culture"/>: English, Spanish and German ship with the library.</summary>
    /// <param name="culture">The culture to write in; <see langword="null"/> for <see cref="CultureInfo.CurrentUICulture"/>.
    /// A culture with no translation gets the English (with English dates).</param>
    /// <returns>One sentence per message of <see cref="Messages"/>, in order.</returns>
    /// <remarks>Thread-safe; the sentences of the culture read last are kept, so reading them again costs nothing.</remarks>
    public ValueList<string> Render(CultureInfo? culture = null)
    {
        CultureInfo resolved = Texts.Resolve(culture);
        Written? last = Volatile.Read(ref written);
        if (last is null || !last.Culture.Equals(resolved))
        {
            last = new Written(resolved, ExplanationText.Sentences(Messages, resolved));
            Volatile.Write(ref written, last);
        }

        return ValueList<string>.Wrap(last.Lines);
    }

    /// <summary>Gets the explanation as data: one message per sentence of <see cref="Lines"/>, in order, for a host that words the sentences itself.</summary>
    /// <value>A stable <see cref="MessageId"/> and typed arguments per sentence; made when first read, like the sentences.</value>
    public ValueList<ExplanationMessage> Messages => source is null ? messages : source.Messages(index);

    /// <summary>
    /// Compares the rule id and the messages, that is what the explanation says: its English sentences, and its sentences in
    /// any culture for one playbook. The playbook's translations are not compared (<see cref="ExplanationMessage.Equals(ExplanationMessage)"/>):
    /// explanations from two playbooks that differ only in how a translation words a rule's title are equal, though their
    /// sentences in that language differ. An explanation built by hand
    /// (<see cref="FollowUpModelFactory.Explanation"/>) holds its sentences as written, in no culture: it equals another
    /// whose sentences read the same in the invariant culture, the English.
    /// </summary>
    /// <param name="other">The other explanation.</param>
    /// <returns><see langword="true"/> when both name the same rule with the same messages, or the same sentences where one was built by hand.</returns>
    public bool Equals(Explanation? other)
    {
        if (other is null)
        {
            return false;
        }

        if (ReferenceEquals(this, other))
        {
            return true;
        }

        if (!string.Equals(RuleId, other.RuleId, StringComparison.Ordinal))
        {
            return false;
        }

        ValueList<ExplanationMessage> mine = Messages;
        ValueList<ExplanationMessage> theirs = other.Messages;
        return mine.Equals(theirs)
            || (mine.Count == theirs.Count && (IsBuiltByHand(mine) || IsBuiltByHand(theirs)) && Render(CultureInfo.InvariantCulture).Equals(other.Render(CultureInfo.InvariantCulture)));
    }

    /// <inheritdoc />
    /// <remarks>From the rule id and the number of sentences, which equal explanations share however they were made.</remarks>
    public override int GetHashCode() => HashCode.Combine(RuleId, Messages.Count);

    /// <summary>Returns the sentences in <see cref="CultureInfo.CurrentUICulture"/>, one per line.</summary>
    /// <returns>The explanation as text.</returns>
    public override string ToString() => string.Join(Environment.NewLine, Lines);

    private static bool IsBuiltByHand(ValueList<ExplanationMessage> messages)
    {
        foreach (ExplanationMessage message in messages)
        {
            if (message.Id == MessageId.Verbatim)
            {
                return true;
            }
        }

        return false;
    }

    private sealed record Written(CultureInfo Culture, string[] Lines);
}
