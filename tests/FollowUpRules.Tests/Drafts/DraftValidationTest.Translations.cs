using System.Text.Json.Nodes;
using FollowUpRules.Domain;
using FollowUpRules.Drafts;
using FollowUpRules.Rules;
using FollowUpRules.Serialization;
using FollowUpRules.Validation;

namespace FollowUpRules.Tests.Drafts;

/// <content>Translated templates name the same values as the texts they translate.</content>
public partial class DraftValidationTest
{
    [Fact]
    public void Load_TranslationsNamingOtherValues_ReportsEachTextWithItsPath()
    {
        JsonNode document = JsonNode.Parse(PlaybookJson.Save(DefaultPlaybook.Instance))!;
        JsonNode german = document["translations"]!["de"]!;
        int followUp = DefaultPlaybook.Instance.Drafts.ToList().FindIndex(d => d.Action == ActionKind.SendStatusFollowUp && d.Channel == Channel.Email);
        german["drafts"]![followUp]!["subject"] = "Meine Bewerbung bei {{ company }}";
        german["drafts"]![followUp]!["body"] = "Hallo {{ full_name }}, {{ first_name }} {{ role }} {{ company }} {{ applied_date }} {{ signature }}";
        german["rules"]!["rejection-thank-you-note"]!["drafts"]!["postal"]!["body"] = "Hallo {{ first_nme }},";

        FollowUpFileException e = Should.Throw<FollowUpFileException>(() => PlaybookJson.Load(document.ToJsonString(), templates: LiquidTemplateChecker.Instance));

        e.Errors.Select(x => x.ToString()).ShouldBe(
        [
            $"translations[de].drafts[{followUp}].subject: The translation's values differ from the original's: it does not name role; it names company, which the original does not. A translation names the same values as the text it translates.",
            $"translations[de].drafts[{followUp}].body: The translation's values differ from the original's: it names full_name, which the original does not. A translation names the same values as the text it translates.",
            "translations[de].rules[rejection-thank-you-note].drafts.postal.body: 'first_nme' is not a draft value; did you mean 'first_name'?",
        ],
        ignoreOrder: true);
    }

    [Fact]
    public void Build_TranslationWithTheSameValuesInAnotherOrder_IsValid()
    {
        Playbook playbook = PlaybookBuilder.From(DefaultPlaybook.Instance)
            .WithTranslation(new PlaybookTranslation("fr", drafts:
            [
                new DraftTemplate(ActionKind.SendStatusFollowUp, Channel.LinkedIn, "Bonjour {{ first_name }}, ma candidature chez {{ company }} ({{ role }}, le {{ applied_date }}) : où en est-elle ?"),
            ]))
            .Build(templates: LiquidTemplateChecker.Instance);

        playbook.Translations.Select(t => t.Culture).ShouldBe(["es", "de", "fr"]);
    }

    [Fact]
    public void DraftWriter_DefaultPlaybook_ChecksEveryTranslatedTemplate()
    {
        // The writer checks every text with the Liquid checker, translations too: the Spanish and German pass.
        new DraftTemplatesValidator(LiquidTemplateChecker.Instance).Validate(DefaultPlaybook.Instance).Errors.ShouldBeEmpty();
        Should.NotThrow(() => new DraftWriter(DefaultPlaybook.Instance));
    }
}
