using System.Globalization;
using FollowUpRules.Drafts;
using FollowUpRules.Rules;
using FollowUpRules.Testing;
using FollowUpRules.Tests.Support;
using FollowUpRules.Validation;
using FsCheck;
using FsCheck.Fluent;
using Xunit.Abstractions;

namespace FollowUpRules.Tests.Testing;

/// <content>The words of generated playbooks: templates and translations, how often, in which cultures, and how they shrink.</content>
public partial class PlaybookGeneratorsTest(ITestOutputHelper output)
{
    [Fact]
    public void Playbook_ATranslatedThird_InEveryCulture_SomePartly_WithTemplatesOfRulesAndOfThePlaybook()
    {
        Playbook[] sample = [.. Gen.Sample(PlaybookGenerators.Playbook(CustomNames), 400)];
        Playbook[] translated = [.. sample.Where(p => p.Translations.Count > 0)];
        PlaybookTranslation[] translations = [.. translated.SelectMany(p => p.Translations)];

        // The distribution of what is generated: run with --logger "console;verbosity=detailed" to read it.
        output.WriteLine($"of {sample.Length} playbooks: {sample.Count(p => p.Drafts.Count > 0 || p.Rules.Any(r => r.Drafts.Count > 0))} with templates, {translated.Length} translated");
        output.WriteLine("cultures per translated playbook: " + string.Join(", ", translated.GroupBy(p => p.Translations.Count).OrderBy(g => g.Key).Select(g => $"{g.Key}: {g.Count()}")));
        output.WriteLine("translations by culture: " + string.Join(", ", translations.GroupBy(t => t.Culture).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key}: {g.Count()}")));
        output.WriteLine($"translations of only some rules: {translated.Sum(p => p.Translations.Count(t => t.Rules.Count < p.Rules.Count))} of {translations.Length}");
        output.WriteLine($"translated templates: {translations.Sum(t => t.Drafts.Count)} of the playbook's, {translations.Sum(t => t.Rules.Sum(r => r.Drafts.Count))} of rules'; titles {translations.Sum(t => t.Rules.Count(r => r.Title is not null))}, sources {translations.Sum(t => t.Rules.Count(r => r.Source is not null))}");
        output.WriteLine($"a language and its region together: {translated.Count(p => p.Translations.Any(t => t.Culture.Contains('-', StringComparison.Ordinal) && p.Translations.Any(n => n.Culture == t.Culture.Split('-')[0])))}");

        ((double)translated.Length / sample.Length).ShouldBeInRange(0.22, 0.45);
        translations.Select(t => t.Culture).Distinct().Order(StringComparer.Ordinal).ShouldBe(PlaybookGenerators.TranslationCultures.Order(StringComparer.Ordinal));
        translated.ShouldContain(p => p.Translations.Any(t => t.Rules.Count < p.Rules.Count), "some translations translate only some rules");
        translated.ShouldContain(p => p.Translations.Any(t => t.Rules.Count == p.Rules.Count), "some translate every rule");
        translated.ShouldContain(p => p.Translations.Count > 1);
        translated.ShouldContain(p => p.Translations.Any(t => t.Culture == "de-AT") && p.Translations.Any(t => t.Culture == "de"));
        translations.ShouldContain(t => t.Drafts.Count > 0);
        translations.ShouldContain(t => t.Rules.Any(r => r.Drafts.Count > 0));
        translations.ShouldContain(t => t.Rules.Any(r => r.Source != null));
        translations.ShouldContain(t => t.Rules.Any(r => r.Title == null));
        sample.ShouldContain(p => p.Translations.Count == 0 && (p.Drafts.Count > 0 || p.Rules.Any(r => r.Drafts.Count > 0)), "templates come without translations too");
    }

    [Fact]
    public void Playbook_TranslatedTemplates_NameTheValuesOfTheirOriginals_AndStartWithTheirCulturesWord()
    {
        foreach (Playbook playbook in Gen.Sample(PlaybookGenerators.Playbook(), 150).Where(p => p.Translations.Count > 0))
        {
            foreach (PlaybookTranslation translation in playbook.Translations)
            {
                foreach (DraftTemplate template in translation.Drafts)
                {
                    ShouldTranslate(playbook.Drafts.Single(d => d.Action == template.Action && d.Channel == template.Channel), template);
                }

                foreach (RuleTranslation rule in translation.Rules)
                {
                    rule.Title?.ShouldNotContain(playbook.FindRule(rule.RuleId)!.Title);
                    foreach (DraftTemplate template in rule.Drafts)
                    {
                        ShouldTranslate(playbook.FindRule(rule.RuleId)!.Drafts.Single(d => d.Channel == template.Channel), template);
                    }
                }
            }
        }

        static void ShouldTranslate(DraftTemplate original, DraftTemplate translated)
        {
            Values(translated.Body).ShouldBe(Values(original.Body), translated.Body);
            Values(translated.Subject).ShouldBe(Values(original.Subject));
            translated.TalkingPoints.Select(Values).ShouldBe(original.TalkingPoints.Select(Values));
            translated.Body.ShouldNotStartWith(original.Body.Split(' ', '{')[0]);
        }

        static string Values(string? text) => text is null ? "(none)" : string.Join(",", LiquidTemplateChecker.Instance.Check(text).Values.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Translated_DefaultPlaybook_IsValid_WithTheTemplateChecker()
    {
        // A host's own playbook: its hand-written templates (whitespace control, quoted text, comments, case blocks) reworded.
        Check.One(
            Properties.Quiet(40),
            Prop.ForAll(Arb.From(PlaybookGenerators.Translated(DefaultPlaybook.Instance)), (Playbook playbook) =>
            {
                playbook.Translations.Count.ShouldBeInRange(1, 3);
                return new PlaybookValidator(templates: LiquidTemplateChecker.Instance).Validate(playbook).IsValid.Label(Errors(playbook, []));
            }));
    }

    [Fact]
    public void Shrink_TranslatedPlaybook_DropsTheTranslationsFirst_ThenTheTemplates()
    {
        Playbook playbook = Gen.Sample(PlaybookGenerators.Playbook(), 200)
            .First(p => p.Translations.Count > 1 && p.Drafts.Count > 0 && p.Rules.Count > 1);

        Playbook[] smaller = [.. PlaybookGenerators.Shrink(playbook)];

        smaller[0].Translations.ShouldBeEmpty();
        smaller[0].Rules.ShouldBe(playbook.Rules);
        smaller.Skip(1).Take(playbook.Translations.Count).ShouldAllBe(p => p.Translations.Count == playbook.Translations.Count - 1);
        smaller.ShouldContain(p => p.Drafts.Count == 0 && p.Rules.All(r => r.Drafts.Count == 0) && p.Translations.Count == playbook.Translations.Count);
        smaller.Where(p => p.Rules.Count < playbook.Rules.Count).ShouldAllBe(p => p.Translations.All(t => t.Rules.All(r => p.FindRule(r.RuleId) != null)));
    }

    [Fact]
    public void TranslationCultures_AreCulturesDotNetKnows_ALanguageAndItsRegionAmongThem()
    {
        foreach (string name in PlaybookGenerators.TranslationCultures)
        {
            CultureInfo.GetCultureInfo(name, predefinedOnly: true).Name.ShouldBe(name);
        }

        PlaybookGenerators.TranslationCultures.ShouldContain("de");
        PlaybookGenerators.TranslationCultures.ShouldContain("de-AT");
        PlaybookGenerators.TranslationCultures.ShouldContain("pt-BR");
    }
}
