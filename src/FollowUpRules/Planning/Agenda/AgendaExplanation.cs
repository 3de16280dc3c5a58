using FollowUpRules.Domain;
using FollowUpRules.Engine;

namespace FollowUpRules.Planning;

/// <summary>
/// The sentences of an <see cref="AgendaItem"/> that say why it sits on its day, kept as the moves that put it there and
/// written on first read: an agenda of many steps pushed by the limits allocates them only for the items someone reads.
/// </summary>
/// <remarks>Thread-safe: two first reads at once write the same sentences, and either is kept.</remarks>
internal sealed class AgendaExplanation
{
    // Most items move once: the first move is kept inline, any others in an array.
    private readonly AgendaMove first;
    private readonly AgendaMove[]? rest;
    private readonly AgendaMoveReason? pushedPastLatestBy;

    // The names and the latest date are read from these when the sentences are written, not when the agenda is built:
    // reading them then would visit two more objects per moved item.
    private readonly Recommendation step;
    private readonly Application application;
    private readonly AgendaSentences sentences;
    private string[]? lines;

    /// <summary>Initializes the explanation of <paramref name="step"/> of <paramref name="application"/>, moved by <paramref name="moves"/> (at least one), in order.</summary>
    internal AgendaExplanation(ReadOnlySpan<AgendaMove> moves, AgendaMoveReason? pushedPastLatestBy, Recommendation step, Application application, AgendaSentences sentences)
    {
        first = moves[0];
        rest = moves.Length > 1 ? moves[1..].ToArray() : null;
        this.pushedPastLatestBy = pushedPastLatestBy;
        this.step = step;
        this.application = application;
        this.sentences = sentences;
    }

    /// <summary>Gets the moves, in order.</summary>
    public ValueList<AgendaMove> Moves => ValueList<AgendaMove>.Wrap(rest is null ? [first] : [first, .. rest]);

    /// <summary>Gets the sentences, one per move and one more if the step ends past its latest date.</summary>
    public ValueList<string> Lines =>
        ValueList<string>.Wrap(lines ??= sentences.Explain(first, rest ?? [], pushedPastLatestBy, step.Latest, application.CompanyName, step.Target.Name));
}
