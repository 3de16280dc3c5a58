using System.Collections;
using System.Collections.Frozen;
using System.Globalization;
using System.Resources;
using FollowUpRules.Domain;
using FollowUpRules.Rules;

namespace FollowUpRules.Localization;

/// <summary>
/// The words for the values a seeker reads: channels, statuses, rejection reasons, reply outcomes, touchpoint and action
/// kinds, and the default playbook's rule titles and sources, in a culture.
/// </summary>
/// <remarks>
/// A title or source is translated when it is the default playbook's English, word for word; a playbook's own titles
/// stay as written. Stateless and thread-safe.
/// </remarks>
internal static class Words
{
    // The default playbook's English titles and sources, to the keys of their translations.
    private static readonly FrozenDictionary<string, string> Shipped = ShippedTexts();

    internal static string Channel(Channel channel, CultureInfo culture) => Texts.Get("Channel." + channel, culture);

    internal static string Status(ApplicationStatus status, CultureInfo culture) => Texts.Get("Status." + status, culture);

    internal static string Reason(RejectionReason reason, CultureInfo culture) => Texts.Get("Reason." + reason, culture);

    internal static string Outcome(ReplyOutcome outcome, CultureInfo culture) => Texts.Get("Outcome." + outcome, culture);

    /// <summary>Returns the touchpoint kind with its article: <c>an interview</c>.</summary>
    internal static string Touchpoint(TouchpointKind kind, CultureInfo culture) => Texts.Get("Touchpoint." + kind, culture);

    /// <summary>Returns the touchpoint kind negated: <c>no interview</c>.</summary>
    internal static string NoTouchpoint(TouchpointKind kind, CultureInfo culture) => Texts.Get("Touchpoint." + kind + ".None", culture);

    /// <summary>Returns the action as a short imperative: <c>Send a thank-you email</c>.</summary>
    internal static string Action(ActionKind kind, CultureInfo culture) => Texts.Get("Action." + kind, culture);

    /// <summary>Returns <paramref name="text"/>, a rule's title or source, in <paramref name="culture"/> when it is one the library ships; otherwise as given.</summary>
    internal static string Shipping(string text, CultureInfo culture) =>
        Shipped.TryGetValue(text, out string? key) ? Texts.Get(key, culture) : text;

    private static FrozenDictionary<string, string> ShippedTexts()
    {
        ResourceSet english = Texts.Manager.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: false)
            ?? throw new InvalidOperationException("The library's English resources are missing.");
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (DictionaryEntry entry in english)
        {
            if (entry.Key is string key && entry.Value is string value && (key.StartsWith("Title.", StringComparison.Ordinal) || key.StartsWith("Source.", StringComparison.Ordinal)))
            {
                texts[value] = key;
            }
        }

        return texts.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
