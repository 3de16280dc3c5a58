using System.Globalization;
using FollowUpRules.Domain;
using FollowUpRules.Engine;
using FollowUpRules.Rules;
using FollowUpRules.Tests.Support;
using NodaTime;
using static FollowUpRules.Tests.Support.Scenario;

namespace FollowUpRules.Tests.Rules;

/// <summary>A playbook's own translations: looked up as .NET resources are, and read by the explanations and the steps.</summary>
public partial class PlaybookTranslationTest
{
    private static readonly Rule ThankYou = DefaultPlaybook.Instance.FindRule("interview-thank-you")!;

    [Theory]
    [InlineData("de", "Dank an jedes Gespräch")]
    [InlineData("de-AT", "Danke, Österreich")]
    [InlineData("de-CH", "Dank an jedes Gespräch")]
    [InlineData("DE-de", "Dank an jedes Gespräch")]
    [InlineData("fr-FR", "Thank each interviewer by email")]
    [InlineData("", "Thank each interviewer by email")]
    public void TitleOf_EachCulture_ReadsItsOwnThenItsLanguagesThenTheOriginal(string culture, string expected)
    {
        Playbook playbook = Translated(
            new PlaybookTranslation("de", [new RuleTranslation(ThankYou.Id, "Dank an jedes Gespräch", "Übliche Praxis")]),
            new PlaybookTranslation("de-AT", [new RuleTranslation(ThankYou.Id, "Danke, Österreich")]));

        playbook.TitleOf(ThankYou, CultureInfo.GetCultureInfo(culture)).ShouldBe(expected);
    }

    [Fact]
    public void SourceOf_RegionalTranslationWithoutASource_ReadsTheLanguages()
    {
        Playbook playbook = Translated(
            new PlaybookTranslation("de", [new RuleTranslation(ThankYou.Id, "Dank", "Übliche Praxis")]),
            new PlaybookTranslation("de-AT", [new RuleTranslation(ThankYou.Id, "Danke, Österreich")]));

        playbook.SourceOf(ThankYou, CultureInfo.GetCultureInfo("de-AT")).ShouldBe("Übliche Praxis");
        playbook.SourceOf(ThankYou, CultureInfo.GetCultureInfo("fr")).ShouldBe(ThankYou.Source);
    }

    [Fact]
    public void DraftFor_Culture_TranslatesTheTemplateTheStepTakes()
    {
        Playbook playbook = Translated(new PlaybookTranslation(
            "de",
            drafts: [new DraftTemplate(ActionKind.SendThankYouEmail, Channel.Email, "Hallo {{ first_name }}, danke!", "Danke")]));
        DraftTemplate original = playbook.DraftFor(ThankYou, ActionKind.SendThankYouEmail, Channel.Email)!;

        playbook.DraftFor(ThankYou, ActionKind.SendThankYouEmail, Channel.Email, CultureInfo.GetCultureInfo("de-DE"))!.Body.ShouldBe("Hallo {{ first_name }}, danke!");
        playbook.DraftFor(ThankYou, ActionKind.SendThankYouEmail, Channel.Email, CultureInfo.GetCultureInfo("es")).ShouldBeSameAs(original);
        playbook.DraftFor(ThankYou, ActionKind.SendThankYouEmail, Channel.LinkedIn, CultureInfo.GetCultureInfo("de"))!.ShouldBe(playbook.DraftFor(ThankYou, ActionKind.SendThankYouEmail, Channel.LinkedIn));
    }

    [Fact]
    public void DraftFor_RuleWithItsOwnTemplate_TakesTheTranslationOfTheRulesTemplate()
    {
        Rule note = DefaultPlaybook.Instance.FindRule("rejection-thank-you-note")!;

        DraftTemplate german = DefaultPlaybook.Instance.DraftFor(note, ActionKind.SendThankYouNote, Channel.Postal, CultureInfo.GetCultureInfo("de"))!;

        german.Body.ShouldStartWith("Hallo{% if first_name %} {{ first_name }}{% endif %},");
        german.Body.ShouldContain("{% case rejection_reason %}");
    }

    [Fact]
    public void Explanation_HostPlaybookWithATranslation_NamesTheRuleInTheCultureRead()
    {
        Playbook playbook = Translated(new PlaybookTranslation("es", [new RuleTranslation(ThankYou.Id, "Agradece a cada entrevistador por correo", "Práctica habitual")]));
        Scenario story = new Scenario(D(2026, 11, 2)).Person("ana", [ContactRole.HiringManager], name: "Ana Ruiz").Interview(D(2026, 11, 10), "ana");

        Recommendation step = story.Evaluate(D(2026, 11, 10), playbook).Single("interview-thank-you", "ana");

        step.RuleTitleIn(CultureInfo.GetCultureInfo("es-MX")).ShouldBe("Agradece a cada entrevistador por correo");
        step.RuleTitleIn(CultureInfo.GetCultureInfo("en")).ShouldBe("Thank each interviewer by email");
        step.Explanation.Render(CultureInfo.GetCultureInfo("es"))[0].ShouldBe("Regla 'interview-thank-you': Agradece a cada entrevistador por correo. Fuente: Práctica habitual.");
        step.Explanation.Render(CultureInfo.InvariantCulture)[0].ShouldBe("Rule 'interview-thank-you': Thank each interviewer by email. Source: common job-search practice.");
        step.Explanation.Messages[0].Arguments.ShouldBe(["interview-thank-you", "Thank each interviewer by email", "common job-search practice"]);
    }

    [Fact]
    public void Explanation_PlaybooksDifferingOnlyInTranslations_HaveEqualMessages()
    {
        Playbook playbook = Translated(new PlaybookTranslation("es", [new RuleTranslation(ThankYou.Id, "Agradece")]));
        Scenario story = new Scenario(D(2026, 11, 2)).Person("ana", [ContactRole.HiringManager], name: "Ana Ruiz").Interview(D(2026, 11, 10), "ana");

        Recommendation translated = story.Evaluate(D(2026, 11, 10), playbook).Single("interview-thank-you", "ana");
        Recommendation plain = story.Evaluate(D(2026, 11, 10), Translated()).Single("interview-thank-you", "ana");

        translated.Explanation.Messages.ShouldBe(plain.Explanation.Messages);
        translated.Explanation.Render(CultureInfo.GetCultureInfo("es")).ShouldNotBe(plain.Explanation.Render(CultureInfo.GetCultureInfo("es")));
    }

    [Fact]
    public void DefaultPlaybook_TranslatesEveryTitleAndSourceAndTemplateInSpanishAndGerman()
    {
        Playbook playbook = DefaultPlaybook.Instance;

        playbook.Translations.Select(t => t.Culture).ShouldBe(["es", "de"]);
        foreach (PlaybookTranslation translation in playbook.Translations)
        {
            translation.Rules.Select(r => r.RuleId).ShouldBe(playbook.Rules.Select(r => r.Id));
            translation.Rules.ShouldAllBe(r => r.Title != null && r.Source != null);
            translation.Drafts.Select(d => (d.Action, d.Channel)).ShouldBe(playbook.Drafts.Select(d => (d.Action, d.Channel)));
            foreach (Rule rule in playbook.Rules)
            {
                translation.FindRule(rule.Id)!.Drafts.Select(d => d.Channel).ShouldBe(rule.Drafts.Select(d => d.Channel), rule.Id);
            }
        }

        playbook.TitleOf(playbook.FindRule("status-follow-up")!, CultureInfo.GetCultureInfo("de")).ShouldNotBe(playbook.FindRule("status-follow-up")!.Title);
    }

    [Theory]
    [InlineData("Title.")]
    [InlineData("Source.")]
    public void DefaultPlaybook_EnglishResources_AreTheRulesAsWritten(string prefix)
    {
        // The neutral resources hold the English the es and de keys translate: they must say what the rules say.
        foreach (Rule rule in DefaultPlaybook.Instance.Rules)
        {
            string english = FollowUpRules.Localization.Texts.Get(prefix + rule.Id, CultureInfo.InvariantCulture);
            english.ShouldBe(prefix == "Title." ? rule.Title : rule.Source, rule.Id);
        }
    }

    private static Playbook Translated(params PlaybookTranslation[] translations)
    {
        Playbook d = DefaultPlaybook.Instance;
        return new Playbook("translated", "Translated", 1, d.Rules, d.WorkingWeek, d.SendWindow, d.Holidays, d.OutreachLimits, d.Drafts, translations);
    }
}
