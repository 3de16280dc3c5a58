namespace FollowUpRules.Engine;

/// <summary>
/// A step's <see cref="Explanation"/>, made the first time it is read. Until then the step keeps only its evaluation's
/// <see cref="ExplanationSource"/> and its own number, which saves an object for every step of every evaluation: most
/// explanations are never read.
/// </summary>
/// <remarks>
/// A mutable struct: it lives in a (non-readonly) field of the step it explains and is only used in place. Thread-safe:
/// two first reads at once make equal explanations, and one is kept.
/// </remarks>
internal struct ExplanationSlot
{
    // The explanation once made; until then, the source that renders it.
    private object value;
    private readonly int index;

    /// <summary>Initializes a slot that holds <paramref name="explanation"/>, already made.</summary>
    internal ExplanationSlot(Explanation explanation)
    {
        value = explanation;
        index = 0;
    }

    /// <summary>Initializes a slot for the <paramref name="index"/>th step that <paramref name="source"/> renders.</summary>
    internal ExplanationSlot(ExplanationSource source, int index)
    {
        value = source;
        this.index = index;
    }

    /// <summary>Returns the explanation of the step of <paramref name="ruleId"/>, the same object on every call.</summary>
    internal Explanation Get(string ruleId)
    {
        object current = Volatile.Read(ref value);
        if (current is Explanation made)
        {
            return made;
        }

        var explanation = new Explanation(ruleId, (ExplanationSource)current, index);
        object kept = Interlocked.CompareExchange(ref value, explanation, current);
        return ReferenceEquals(kept, current) ? explanation : (Explanation)kept;
    }
}
