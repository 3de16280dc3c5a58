using System.Globalization;
using FollowUpRules.Localization;
using FollowUpRules.Rules;

namespace FollowUpRules.Engine;

/// <summary>
/// One sentence of an explanation, or a phrase inside one, as data: a stable <see cref="MessageId"/> and its typed
/// arguments (dates, names, rule ids, periods, days off, conditions, and phrases that are messages themselves), in the
/// order its id documents. Nothing is written until it is rendered.
/// </summary>
/// <remarks>
/// Like a validation library's error code with its placeholders: a host may word the message itself, keyed on
/// <see cref="Id"/>, or call <see cref="Render"/> for the library's wording in a culture. A message that names a rule's title
/// or source renders them as the playbook's translations word them (<see cref="Playbook.Translations"/>); its arguments
/// hold them as the playbook is written. Immutable, compares by value, safe to share between threads.
/// </remarks>
public sealed record ExplanationMessage
{
    /// <summary>Initializes a message of <paramref name="id"/> with <paramref name="arguments"/>.</summary>
    internal ExplanationMessage(MessageId id, ValueList<object?> arguments)
    {
        Id = id;
        Arguments = arguments;
    }

    /// <summary>Gets what the sentence says.</summary>
    /// <value>One of the ids <see cref="MessageId"/> documents.</value>
    public MessageId Id { get; }

    /// <summary>Gets the arguments, in the order and of the types the <see cref="MessageId"/> member documents.</summary>
    /// <value>
    /// Dates are NodaTime <c>LocalDate</c>s, people and rule ids <see cref="string"/>s, lists
    /// <see cref="ValueList{T}"/>s, days skipped <see cref="Calendar.DayOff"/>s, phrases <see cref="ExplanationMessage"/>s;
    /// an optional argument is <see langword="null"/> when absent.
    /// </value>
    public ValueList<object?> Arguments { get; }

    /// <summary>Returns a message of <paramref name="id"/> with <paramref name="args"/>.</summary>
    internal static ExplanationMessage Of(MessageId id, params object?[] args) => new(id, ValueList<object?>.Wrap(args));

    /// <summary>Returns a message of <paramref name="id"/> with <paramref name="args"/> that renders the titles and sources it names in <paramref name="translations"/>.</summary>
    internal static ExplanationMessage Of(ValueList<PlaybookTranslation> translations, MessageId id, params object?[] args) =>
        new(id, ValueList<object?>.Wrap(args)) { Translations = translations };

    /// <summary>Gets the translations of the playbook the message comes from, which word the rule titles and sources it names.</summary>
    /// <value>Empty for a message that names none, or for a playbook without translations.</value>
    internal ValueList<PlaybookTranslation> Translations { get; private init; }

    /// <summary>Returns the argument at <paramref name="index"/> as a <typeparamref name="T"/>.</summary>
    internal T Arg<T>(int index) => (T)Arguments[index]!;

    /// <summary>Returns the message in <paramref name="culture"/>, as the library words it.</summary>
    /// <param name="culture">The culture to write in; <see langword="null"/> for <see cref="CultureInfo.CurrentUICulture"/>.
    /// A culture with no translation gets the English.</param>
    /// <returns>The sentence, or the phrase.</returns>
    /// <remarks>Thread-safe. Nothing is cached: <see cref="Explanation.Render"/> keeps the sentences it writes.</remarks>
    public string Render(CultureInfo? culture = null) => ExplanationText.Render(this, Texts.Resolve(culture));

    /// <summary>Compares the id and the arguments: the data of the message, whatever the language it is worded in.</summary>
    /// <param name="other">The other message.</param>
    /// <returns><see langword="true"/> when both say the same thing.</returns>
    public bool Equals(ExplanationMessage? other) =>
        other is not null && (ReferenceEquals(this, other) || (Id == other.Id && Arguments.Equals(other.Arguments)));

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Arguments);

    /// <summary>Returns the message in <see cref="CultureInfo.CurrentUICulture"/>.</summary>
    /// <returns>The sentence, or the phrase.</returns>
    public override string ToString() => Render();
}
