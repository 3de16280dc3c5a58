using System.Collections;
using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;

namespace FollowUpRules.Tests.Support;

/// <summary>
/// The texts of one language of a <c>.resx</c>, for the tests that check every translation has every key with the same
/// placeholders; shared (linked) by the test projects of the library, the timeline and the tool.
/// </summary>
internal static class ResourceTexts
{
    /// <summary>Returns the texts of <paramref name="culture"/> alone (no fallback), by key; the invariant culture reads the English.</summary>
    public static Dictionary<string, string> Read(ResourceManager resources, CultureInfo culture)
    {
        ResourceSet set = resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false)
            ?? throw new InvalidOperationException($"No resources for '{culture.Name}'.");
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (DictionaryEntry entry in set)
        {
            texts[(string)entry.Key] = (string)entry.Value!;
        }

        return texts;
    }

    /// <summary>Returns the set of <c>{n}</c> placeholders, sorted: each translation must use each argument, and no other.</summary>
    public static string Placeholders(string text) =>
        string.Join(",", Regex.Matches(text, @"\{\d+\}").Select(m => m.Value).Distinct().Order(StringComparer.Ordinal));
}
