using System.Globalization;
using FollowUpRules.Domain;
using FollowUpRules.Drafts;
using FollowUpRules.Rules;
using FollowUpRules.Serialization;
using FollowUpRules.Testing;
using FollowUpRules.Tests.Support;
using FsCheck;
using FsCheck.Fluent;

namespace FollowUpRules.Tests.Serialization;

/// <content>A playbook file's "translations": read, written back, and the example of the format doc.</content>
public partial class PlaybookJsonTest
{
    [Fact]
    public void Load_FormatDocExample_ReadsItsTranslations()
    {
        Playbook playbook = PlaybookJson.Load(TranslationsExample(), templates: LiquidTemplateChecker.Instance);
        Rule rule = playbook.FindRule("thank-you")!;

        playbook.TitleOf(rule, CultureInfo.GetCultureInfo("de-AT")).ShouldBe("Bedank dich bei allen, die dich interviewt haben");
        playbook.TitleOf(rule, CultureInfo.GetCultureInfo("es-MX")).ShouldBe("Agradece a cada persona que te entrevistó");
        playbook.DraftFor(rule, ActionKind.SendThankYouEmail, Channel.Email, CultureInfo.GetCultureInfo("de"))!.Subject.ShouldBe("Danke für das Gespräch");
        playbook.DraftFor(rule, ActionKind.SendThankYouEmail, Channel.Email, CultureInfo.GetCultureInfo("fr"))!.Subject.ShouldBe("Thank you for your time");
    }

    [Fact]
    public void SaveThenLoad_Translations_RoundTripToTheSamePlaybookAndText()
    {
        Playbook playbook = PlaybookJson.Load(TranslationsExample());

        string json = PlaybookJson.Save(playbook);
        Playbook loaded = PlaybookJson.Load(json);

        loaded.ShouldBe(playbook);
        PlaybookJson.Save(loaded).ShouldBe(json);
        json.ShouldContain("\"translations\": {");
    }

    [Fact]
    public void SaveThenLoad_GeneratedTranslatedPlaybooks_RoundTripToTheSamePlaybookAndText()
    {
        // Every case translated (the playbook generator translates a third): titles, sources and templates, partly, in one
        // to three cultures, loaded with the template checker so each translated text's values are compared too.
        string[] names = ["likes-tea", "met-at-event"];
        Gen<Playbook> translated = from generated in PlaybookGenerators.Playbook(names)
                                   from playbook in PlaybookGenerators.Translated(generated)
                                   select playbook;
        FsCheck.Check.One(
            Properties.Quiet(100),
            Prop.ForAll(translated.ToArbitrary(), (Playbook playbook) =>
            {
                string json = PlaybookJson.Save(playbook);
                Playbook loaded = PlaybookJson.Load(json, names, LiquidTemplateChecker.Instance);
                loaded.ShouldBe(playbook, json);
                loaded.Translations.ShouldBe(playbook.Translations);
                PlaybookJson.Save(loaded).ShouldBe(json);
                return true;
            }));
    }

    [Theory]
    [InlineData("Translations[de-AT].Rules[thank-you].Drafts.Email.Body", "translations[de-AT].rules[thank-you].drafts.email.body")]
    [InlineData("Translations[Not.A.Culture].Drafts[0].Subject", "translations[Not.A.Culture].drafts[0].subject")]
    public void JsonPath_KeysInBrackets_StayAsWritten(string modelPath, string jsonPath)
    {
        PlaybookJson.JsonPath(modelPath).ShouldBe(jsonPath);
    }

    // The example of docs/playbook-format.md#translations: the JSON block that has "translations".
    private static string TranslationsExample()
    {
        string doc = File.ReadAllText(RepositoryFile("docs", "playbook-format.md")).ReplaceLineEndings("\n");
        return System.Text.RegularExpressions.Regex.Matches(doc, "```json\n(.*?)```", System.Text.RegularExpressions.RegexOptions.Singleline)
            .Select(m => m.Groups[1].Value).Single(b => b.Contains("\"translations\"", StringComparison.Ordinal));
    }
}
