using System.Globalization;
using System.Resources;

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

    /// <summary>Returns the singular (<c>.One</c>) or plural (<c>.Other</c>) text of <paramref name="key"/> for <paramref name="count"/>.</summary>
    internal static string Count(string key, int count) => Format(count == 1 ? key + ".One" : key + ".Other", count);

    /// <summary>Returns the culture named by <c>--culture</c>, or <paramref name="environment"/> when none is given.</summary>
    /// <exception cref="CliException">The name is not a culture .NET knows.</exception>
    internal static CultureInfo Culture(string? name, CultureInfo environment)
    {
        if (name is null)
        {
            return environment;
        }

        try
        {
            return CultureInfo.GetCultureInfo(name, predefinedOnly: true);
        }
        catch (CultureNotFoundException)
        {
            throw CliException.Usage($"--culture: '{name}' is not a culture name; use for example en, es, de or de-DE.");
        }
    }
}
