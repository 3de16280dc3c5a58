using System.Collections;
using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using FollowUpRules.Localization;

namespace FollowUpRules.Tests.Localization;

/// <summary>The library's resources: every shipped language has every text, with the same placeholders.</summary>
public partial class TextsTest
{
    public static TheoryData<string> Translations => new() { "es", "de" };

    [Theory]
    [MemberData(nameof(Translations))]
    public void Resources_EachTranslation_HasEveryKeyAndNoOther(string language)
    {
        Dictionary<string, string> english = Read(CultureInfo.InvariantCulture);
        Dictionary<string, string> translated = Read(CultureInfo.GetCultureInfo(language));

        english.Keys.Except(translated.Keys).ShouldBeEmpty($"keys missing in '{language}'");
        translated.Keys.Except(english.Keys).ShouldBeEmpty($"keys in '{language}' that English does not have");
    }

    [Theory]
    [MemberData(nameof(Translations))]
    public void Resources_EachTranslation_HasTheSamePlaceholdersAsEnglish(string language)
    {
        Dictionary<string, string> english = Read(CultureInfo.InvariantCulture);
        Dictionary<string, string> translated = Read(CultureInfo.GetCultureInfo(language));

        string[] different = english.Keys.Where(key => translated.ContainsKey(key) && Placeholders(english[key]) != Placeholders(translated[key])).Order().ToArray();

        different.ShouldBeEmpty($"placeholders differ in '{language}'");
    }

    [Fact]
    public void Languages_AreEnglishSpanishAndGerman()
    {
        Texts.Languages.ShouldBe(["en", "es", "de"]);
    }

    [Theory]
    [InlineData("", "Mon 2026-11-23")]
    [InlineData("en-GB", "Mon 2026-11-23")]
    [InlineData("en-US", "Mon 2026-11-23")]
    [InlineData("fr-FR", "Mon 2026-11-23")]
    [InlineData("de-DE", "Mo, 23.11.2026")]
    [InlineData("de-CH", "Mo, 23.11.2026")]
    [InlineData("es-ES", "lun 23/11/2026")]
    public void Date_EachCulture_FollowsTheCultureOnlyWhereTheTextIsTranslated(string culture, string expected)
    {
        Texts.Date(new NodaTime.LocalDate(2026, 11, 23), CultureInfo.GetCultureInfo(culture)).ShouldBe(expected);
    }

    // The set of {n} placeholders, sorted: each translation must use each argument, and no other.
    private static string Placeholders(string text) =>
        string.Join(",", Regex.Matches(text, @"\{\d+\}").Select(m => m.Value).Distinct().Order(StringComparer.Ordinal));

    private static Dictionary<string, string> Read(CultureInfo culture)
    {
        ResourceSet set = Texts.Manager.GetResourceSet(culture, createIfNotExists: true, tryParents: false)
            ?? throw new InvalidOperationException($"No resources for '{culture.Name}'.");
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (DictionaryEntry entry in set)
        {
            texts[(string)entry.Key] = (string)entry.Value!;
        }

        return texts;
    }
}
