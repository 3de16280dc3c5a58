namespace FollowUpRules.Engine;

/// <summary>
/// One sentence of an explanation, or a phrase inside one, as data: a stable <see cref="MessageId"/> and its typed
/// arguments (dates, names, rule ids, periods, days off, conditions, and phrases that are messages themselves), in the
/// order its id documents. Nothing is written until <see cref="EnglishExplanations"/> renders it.
/// </summary>
/// <param name="Id">What the sentence says.</param>
/// <param name="Args">Its arguments.</param>
internal sealed record ExplanationMessage(MessageId Id, ValueList<object?> Args)
{
    /// <summary>Returns a message of <paramref name="id"/> with <paramref name="args"/>.</summary>
    internal static ExplanationMessage Of(MessageId id, params object?[] args) => new(id, ValueList<object?>.Wrap(args));

    /// <summary>Returns the argument at <paramref name="index"/> as a <typeparamref name="T"/>.</summary>
    internal T Arg<T>(int index) => (T)Args[index]!;

    /// <summary>Returns the message in English.</summary>
    public override string ToString() => EnglishExplanations.Render(this);
}
