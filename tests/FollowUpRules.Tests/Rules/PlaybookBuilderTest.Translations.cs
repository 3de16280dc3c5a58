using System.Globalization;
using FollowUpRules.Domain;
using FollowUpRules.Rules;
using FollowUpRules.Validation;

namespace FollowUpRules.Tests.Rules;

/// <content>Translations through the builder: set per culture, and dropped with what they translate.</content>
public partial class PlaybookBuilderTest
{
    [Fact]
    public void WithTranslation_SameCultureInAnotherCase_ReplacesIt()
    {
        Playbook playbook = PlaybookBuilder.From(DefaultPlaybook.Instance)
            .WithTranslation(new PlaybookTranslation("DE", [new RuleTranslation("status-follow-up", "Freundlich nachfragen")]))
            .Build();

        playbook.Translations.Select(t => t.Culture).ShouldBe(["es", "DE"]);
        playbook.TitleOf(playbook.FindRule("status-follow-up")!, CultureInfo.GetCultureInfo("de-DE")).ShouldBe("Freundlich nachfragen");
        playbook.TitleOf(playbook.FindRule("journal-notes")!, CultureInfo.GetCultureInfo("de-DE")).ShouldBe("Write journal notes about the interviews while memory is fresh");
    }

    [Fact]
    public void WithoutTranslation_Culture_ReadsThePlaybookAsWritten()
    {
        Playbook playbook = PlaybookBuilder.From(DefaultPlaybook.Instance).WithoutTranslation("es").Build();

        playbook.Translations.Select(t => t.Culture).ShouldBe(["de"]);
        playbook.TitleOf(playbook.Rules[1], CultureInfo.GetCultureInfo("es")).ShouldBe(playbook.Rules[1].Title);
    }

    [Fact]
    public void RemoveRule_TranslatedRule_TakesItsTranslationsAlong()
    {
        Playbook playbook = PlaybookBuilder.From(DefaultPlaybook.Instance).RemoveRule("coffee-with-team-member-employed").Build();

        playbook.Translations.ShouldAllBe(t => t.FindRule("coffee-with-team-member-employed") == null && t.Rules.Count == playbook.Rules.Count);
    }

    [Fact]
    public void ReplaceRule_NewSource_DropsTheTranslatedSourceAndKeepsTheRest()
    {
        Playbook playbook = PlaybookBuilder.From(DefaultPlaybook.Instance)
            .ReplaceRule("rejection-thank-you-note", r => r.From("my coach"))
            .Build();
        Rule note = playbook.FindRule("rejection-thank-you-note")!;
        var german = CultureInfo.GetCultureInfo("de");

        playbook.SourceOf(note, german).ShouldBe("my coach");
        playbook.TitleOf(note, german).ShouldBe(DefaultPlaybook.Instance.TitleOf(note, german));
        playbook.TitleOf(note, german).ShouldNotBe(note.Title);
        playbook.DraftFor(note, ActionKind.SendThankYouNote, Channel.Postal, german).ShouldBe(DefaultPlaybook.Instance.DraftFor(note, ActionKind.SendThankYouNote, Channel.Postal, german));
    }

    [Fact]
    public void ReplaceRule_NewTemplateOfItsOwn_DropsThatTemplatesTranslation()
    {
        Playbook playbook = PlaybookBuilder.From(DefaultPlaybook.Instance)
            .ReplaceRule("rejection-thank-you-note", r => r.Draft(Channel.Postal, "Dear {{ first_name }}, thank you."))
            .Build();
        Rule note = playbook.FindRule("rejection-thank-you-note")!;
        var german = CultureInfo.GetCultureInfo("de");

        playbook.DraftFor(note, ActionKind.SendThankYouNote, Channel.Postal, german)!.Body.ShouldBe("Dear {{ first_name }}, thank you.");
        playbook.DraftFor(note, ActionKind.SendThankYouEmail, Channel.Email, german).ShouldBe(DefaultPlaybook.Instance.DraftFor(note, ActionKind.SendThankYouEmail, Channel.Email, german));
    }

    [Fact]
    public void WithDraft_NewText_DropsTheTranslationsOfTheTemplateItReplaces()
    {
        Playbook playbook = PlaybookBuilder.From(DefaultPlaybook.Instance)
            .WithDraft(ActionKind.FollowOnSocial, Channel.Social, "Follow {{ company }} on LinkedIn.")
            .Build();
        Rule social = playbook.FindRule("follow-company-social")!;

        playbook.DraftFor(social, ActionKind.FollowOnSocial, Channel.Social, CultureInfo.GetCultureInfo("de"))!.Body.ShouldBe("Follow {{ company }} on LinkedIn.");
        playbook.Translations.ShouldAllBe(t => t.Drafts.Count == DefaultPlaybook.Instance.Drafts.Count - 1);
    }

    [Fact]
    public void Build_BadTranslations_ReportsEveryProblemWithItsPath()
    {
        PlaybookBuilder builder = PlaybookBuilder.From(DefaultPlaybook.Instance)
            .WithTranslation(new PlaybookTranslation("not a culture", [new RuleTranslation("status-folow-up", "x")]))
            .WithTranslation(new PlaybookTranslation("fr", [new RuleTranslation("journal-notes", " ", " ")], [new DraftTemplate(ActionKind.SendCheckIn, Channel.Postal, "Bonjour")]));

        FollowUpValidationException e = Should.Throw<FollowUpValidationException>(() => builder.Build());

        e.Errors.Select(x => $"{x.PropertyName}: {x.ErrorMessage}").ShouldBe(
        [
            "Translations[not a culture]: 'not a culture' is not a culture name; name a language, such as \"de\", or a language and region, such as \"de-AT\".",
            "Translations[not a culture].Rules[status-folow-up]: The playbook has no rule 'status-folow-up' to translate; did you mean 'status-follow-up'?",
            "Translations[fr].Rules[journal-notes].Title: The title is empty: give the translated title, or leave it out to show the rule's own.",
            "Translations[fr].Rules[journal-notes].Source: The source is empty: give the translated source, or leave it out to show the rule's own.",
            "Translations[fr].Drafts[0]: The playbook has no template for SendCheckIn by Postal to translate; a translation words the playbook's own templates in another language, so add the template to the playbook's drafts first.",
        ],
        ignoreOrder: true);
    }
}
