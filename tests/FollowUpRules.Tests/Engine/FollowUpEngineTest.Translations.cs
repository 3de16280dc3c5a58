using System.Globalization;
using FollowUpRules.Engine;
using FollowUpRules.Rules;
using FollowUpRules.Testing;
using FollowUpRules.Tests.Support;
using FsCheck;
using FsCheck.Fluent;

namespace FollowUpRules.Tests.Engine;

/// <content>
/// Generated playbooks with translations: the answer is the same in every culture, only its words differ, and a rule's
/// title reads as the nearest translation words it, else as written.
/// </content>
public partial class FollowUpEngineTest
{
    [Fact]
    public void Evaluate_TranslatedPlaybooks_SameAnswerInEveryCulture_TitlesFromTheNearestTranslation()
    {
        Gen<(Playbook Playbook, FollowUpCase Case, CultureInfo Culture)> cases =
            from generated in PlaybookGenerators.Playbook()
            from playbook in PlaybookGenerators.Translated(generated)
            from c in FollowUpGenerators.Case(playbook)
            from culture in Gen.Elements(Properties.ReadingCultures)
            select (playbook, c, culture);
        Check.One(
            Properties.Quiet(100),
            Prop.ForAll(cases.ToArbitrary(), ((Playbook Playbook, FollowUpCase Case, CultureInfo Culture) x) =>
            {
                // The same steps, dates, targets and explanations (as data) whatever the culture evaluated in.
                FollowUpEngine engine = Properties.Engine(x.Playbook);
                Evaluation english = InCulture(CultureInfo.GetCultureInfo("en-US"), () => engine.Evaluate(x.Case.Input, x.Case.Today));
                InCulture(x.Culture, () => engine.Evaluate(x.Case.Input, x.Case.Today)).ShouldBe(english, x.Culture.Name);

                // Only the words differ: read in that culture.
                ShouldWordTitlesIn(x.Playbook, english, x.Culture);

                return true;
            }));
    }

    // Each step's title is the nearest translation's, else the rule's own; its explanation names the rule by that title
    // (and source), and no explanation keeps the English title of a rule the culture translates.
    private static void ShouldWordTitlesIn(Playbook playbook, Evaluation evaluation, CultureInfo culture)
    {
        string[] replaced = [.. playbook.Rules.Where(r => NearestTitle(playbook, r, culture) is not null).Select(r => r.Title)];
        foreach (Recommendation step in evaluation.Recommendations)
        {
            Rule rule = playbook.FindRule(step.RuleId)!;
            string title = NearestTitle(playbook, rule, culture) ?? rule.Title;
            step.RuleTitleIn(culture).ShouldBe(title, culture.Name);
            playbook.TitleOf(rule, culture).ShouldBe(title, culture.Name);
            ValueList<string> lines = step.Explanation.Render(culture);
            lines[0].ShouldContain($"'{rule.Id}'");
            lines[0].ShouldContain(title, Case.Sensitive, $"{culture.Name}: {lines[0]}");
            lines[0].ShouldContain(NearestSource(playbook, rule, culture) ?? rule.Source, Case.Sensitive, culture.Name);
        }

        IEnumerable<string> all = evaluation.Recommendations.Select(r => r.Explanation)
            .Concat(evaluation.Expired.Select(e => e.Explanation))
            .Concat(evaluation.Suppressed.Select(s => s.Explanation))
            .SelectMany(e => e.Render(culture));
        foreach (string line in all)
        {
            replaced.ShouldNotContain(title => line.Contains(title, StringComparison.Ordinal), $"{culture.Name}: {line}");
        }
    }

    // The oracle: the translation of the culture, else of its parents in turn, that gives the rule a title (or source).
    private static string? NearestTitle(Playbook playbook, Rule rule, CultureInfo culture) => Nearest(playbook, rule, culture, r => r.Title);

    private static string? NearestSource(Playbook playbook, Rule rule, CultureInfo culture) => Nearest(playbook, rule, culture, r => r.Source);

    private static string? Nearest(Playbook playbook, Rule rule, CultureInfo culture, Func<RuleTranslation, string?> read)
    {
        for (CultureInfo c = culture; c.Name.Length > 0; c = c.Parent)
        {
            if (playbook.Translations.FirstOrDefault(t => string.Equals(t.Culture, c.Name, StringComparison.OrdinalIgnoreCase))?.Rules
                    .FirstOrDefault(r => r.RuleId == rule.Id) is { } translated && read(translated) is { } text)
            {
                return text;
            }
        }

        return null;
    }

    private static T InCulture<T>(CultureInfo culture, Func<T> run)
    {
        CultureInfo before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = culture;
        try
        {
            return run();
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }
}
