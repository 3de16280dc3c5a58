using System.Globalization;
using System.Resources;
using FollowUpRules.Localization;

namespace FollowUpRules.Cli.Localization;

/// <summary>
/// The tool's own words to the seeker (headings, column names, status words), from <c>CliText.resx</c> and its Spanish
/// and German satellites, in <see cref="CultureInfo.CurrentUICulture"/>, which <c>--culture</c> or the environment sets.
/// Errors and usage messages stay in English: they are for fixing a command line, and searchable as written.
/// </summary>
internal static class CliText
{
    private static readonly ResourceManager Resources = new("FollowUpRules.Cli.Localization.CliText", typeof(CliText).Assembly);

    /// <summary>Gets the resources, for the test that checks every language has every key.</summary>
    internal static ResourceManager Manager => Resources;

    /// <summary>Returns the text of <paramref name="key"/> in the current UI culture.</summary>
    internal static string Get(string key) =>
        Resources.GetString(key, CultureInfo.CurrentUICulture) ?? throw new InvalidOperationException($"The text '{key}' is missing from the tool's resources.");

    /// <summary>Returns the text of <paramref name="key"/> with its placeholders filled.</summary>
    internal static string Format(string key, params object?[] args) => string.Format(CultureInfo.CurrentUICulture, Get(key), args);

    /// <summary>
    /// Returns the singular (<c>.One</c>) or plural (<c>.Other</c>) text of <paramref name="key"/> for <paramref name="count"/>,
    /// which fills <c>{0}</c>; <paramref name="more"/> fill <c>{1}</c> on.
    /// </summary>
    internal static string Count(string key, int count, params object?[] more) => Format(count == 1 ? key + ".One" : key + ".Other", [count, .. more]);

    /// <summary>Returns the English text of <paramref name="key"/>, for an error message that quotes a word the seeker also reads.</summary>
    internal static string English(string key) =>
        Resources.GetString(key, CultureInfo.InvariantCulture) ?? throw new InvalidOperationException($"The text '{key}' is missing from the tool's resources.");

    /// <summary>Returns <paramref name="items"/> joined as a list in the current UI culture: <c>a and b</c>, <c>a und b</c>, <c>a y b</c>.</summary>
    internal static string And(IEnumerable<string> items) => Texts.Join(CultureInfo.CurrentUICulture, "List.And", items, item => item);

    /// <summary>Returns the culture named by <c>--culture</c>, or <paramref name="environment"/> when none is given.</summary>
    /// <exception cref="CliException">The name is not a culture .NET knows.</exception>
    internal static CultureInfo Culture(string? name, CultureInfo environment) =>
        name is null ? environment : Known(name) ?? throw CliException.Usage($"--culture: '{name}' is not a culture name; use for example en, es, de or de-DE.");

    /// <summary>Returns the culture named <paramref name="name"/>, or <see langword="null"/> when .NET knows no such culture.</summary>
    internal static CultureInfo? Known(string name)
    {
        try
        {
            return CultureInfo.GetCultureInfo(name, predefinedOnly: true);
        }
        catch (CultureNotFoundException)
        {
            return null;
        }
    }
}
