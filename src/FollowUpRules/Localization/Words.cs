using System.Collections;
using System.Collections.Frozen;
using System.Globalization;
using System.Resources;

namespace FollowUpRules.Localization;

/// <summary>
/// The default playbook's rule titles and sources in a culture (the words for enum values are <see cref="Texts.Word"/>).
/// </summary>
/// <remarks>
/// A title or source is translated when it is the default playbook's English, word for word; a playbook's own titles
/// stay as written. Stateless and thread-safe.
/// </remarks>
internal static class Words
{
    // The default playbook's English titles and sources, to the keys of their translations.
    private static readonly FrozenDictionary<string, string> Shipped = ShippedTexts();

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
