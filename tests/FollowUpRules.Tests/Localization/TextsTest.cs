using System.Globalization;
using System.Resources;
using FollowUpRules.Localization;
using FollowUpRules.Rules;
using FollowUpRules.Tests.Support;

namespace FollowUpRules.Tests.Localization;

/// <summary>
/// The library's resources, and the Drafts package's: every shipped language has every text, with the same placeholders
/// (<c>{0}</c> in sentences, the values a template names in the default drafts).
/// </summary>
public partial class TextsTest
{
    /// <summary>The resource files of the library and the Drafts package, by the name the tests give them.</summary>
    private static readonly Dictionary<string, ResourceManager> Files = new(StringComparer.Ordinal)
    {
        ["Text"] = Texts.Manager,
        ["DefaultDrafts"] = DefaultDrafts.Manager,
        ["DraftText"] = new("FollowUpRules.Drafts.DraftText", typeof(FollowUpRules.Drafts.DraftWriter).Assembly),
    };

    public static TheoryData<string, string> Translations => new()
    {
        { "Text", "es" }, { "Text", "de" }, { "DefaultDrafts", "es" }, { "DefaultDrafts", "de" }, { "DraftText", "es" }, { "DraftText", "de" },
    };

    [Theory]
    [MemberData(nameof(Translations))]
    public void Resources_EachTranslation_HasEveryKeyAndNoOther(string file, string language)
    {
        Dictionary<string, string> english = Read(file, CultureInfo.InvariantCulture);
        Dictionary<string, string> translated = Read(file, CultureInfo.GetCultureInfo(language));

        english.Keys.Except(translated.Keys).ShouldBeEmpty($"keys missing in {file}.{language}");
        translated.Keys.Except(english.Keys).ShouldBeEmpty($"keys in {file}.{language} that English does not have");
    }

    [Theory]
    [MemberData(nameof(Translations))]
    public void Resources_EachTranslation_HasTheSamePlaceholdersAsEnglish(string file, string language)
    {
        Dictionary<string, string> english = Read(file, CultureInfo.InvariantCulture);
        Dictionary<string, string> translated = Read(file, CultureInfo.GetCultureInfo(language));
        Func<string, string> placeholders = file == "DefaultDrafts" ? Values : Placeholders;

        string[] different = english.Keys.Where(key => translated.ContainsKey(key) && placeholders(english[key]) != placeholders(translated[key])).Order().ToArray();

        different.ShouldBeEmpty($"placeholders differ in {file}.{language}");
    }

    [Theory]
    [InlineData("{% if role %} for {{ role }}{% endif %}", "{% if role %} für {{ role }}{% endif %}", true)]
    [InlineData("Hi {{ first_name | default: \"there\" }}", "Hola{% if first_name %}, {{ first_name }}{% endif %}:", true)]
    [InlineData("Hi {{ first_name }}", "Hola {{ full_name }}", false)]
    [InlineData("{% case rejection_reason %}{% when \"SkillsGap\" %}x{% endcase %}", "y", false)]
    public void Values_OfTwoTemplates_AreTheSameExactlyWhenTheyNameTheSameValues(string english, string translated, bool same)
    {
        (Values(english) == Values(translated)).ShouldBe(same);
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

    private static string Placeholders(string text) => ResourceTexts.Placeholders(text);

    // The set of draft values a template names, as the Drafts package's checker reads them, sorted.
    private static string Values(string template) =>
        string.Join(",", FollowUpRules.Drafts.LiquidTemplateChecker.Instance.Check(template).Values.Order(StringComparer.Ordinal));

    private static Dictionary<string, string> Read(string file, CultureInfo culture) => ResourceTexts.Read(Files[file], culture);
}
