using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using FollowUpRules.Domain;
using FollowUpRules.Drafts;
using FollowUpRules.Engine;
using FollowUpRules.Rules;
using FollowUpRules.Tests.Support;

namespace FollowUpRules.Tests.Drafts;

/// <summary>
/// Drafts hold up whatever the facts: every pending step of generated cases renders, and a value the facts lack is worded
/// around, never left as a blank, a placeholder or an empty line.
/// </summary>
public partial class DraftPropertyTest
{
    // English words a Spanish or German draft never holds: one of them in a translated template is English left over.
    private static readonly Regex English = new(
        @"\b(the|you|your|and|with|from|for|thank|thanks|hope|best|wishes|hi|hello|dear|would|since|about|role|company|interviews?|subject|talking|points|write|check)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    public static TheoryData<string> Languages => new() { "en", "es", "de" };

    [Theory]
    [MemberData(nameof(Languages))]
    public void Draft_EveryPendingStepOfGeneratedCases_RendersTidyTextWithinTheBound(string language)
    {
        FollowUpEngine engine = Properties.Engine();
        var drafts = new DraftWriter(engine.Playbook);
        CultureInfo culture = language == "en" ? CultureInfo.InvariantCulture : CultureInfo.GetCultureInfo(language);
        Properties.ForAllCases(c =>
        {
            foreach (Recommendation step in engine.Evaluate(c.Input, c.Today).Recommendations)
            {
                Draft draft = drafts.Write(c.Input, step, culture).ShouldNotBeNull($"{step.RuleId}: {step.Action} by {step.Channel} has no draft");
                (draft.Kind == DraftKind.Message).ShouldBe(ActionKinds.TargetsPerson(step.Action));
                ShouldBeTidy(draft, $"{step.RuleId} for {step.Target.Key} on {c.Today}");
            }
        });
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Draft_EveryDefaultTemplateWithNoValueKnown_WordsAroundEveryValue(string language)
    {
        CultureInfo culture = language == "en" ? CultureInfo.InvariantCulture : CultureInfo.GetCultureInfo(language);
        var text = new StringBuilder();
        foreach ((string owner, DraftTemplate template, ActionKind action) in DefaultTemplates(culture))
        {
            Draft draft = DraftWriter.Preview(template, action, culture: culture);
            ShouldBeTidy(draft, owner);
            if (language != "en")
            {
                foreach (string part in new[] { draft.Subject ?? string.Empty, draft.Body }.Concat(draft.TalkingPoints))
                {
                    English.Match(part).Success.ShouldBeFalse($"English in the {language} template of {owner}: {part}");
                }
            }

            text.Append($"=== {owner}\n\n{draft}\n\n");
        }

        // The golden file is for reading: each default template as it reads when nothing about the step is known.
        string name = language == "en" ? "no-values-known" : $"no-values-known.{language}";
        GoldenFile.ShouldMatch(GoldenDirectory(), name + ".txt", name, text.ToString());
    }

    /// <summary>No Liquid left, no blank where a value was, no empty line at either end or two in a row, within the bound.</summary>
    internal static void ShouldBeTidy(Draft draft, string what)
    {
        foreach (string part in new[] { draft.Subject ?? "x", draft.Body }.Concat(draft.TalkingPoints))
        {
            part.Length.ShouldBeInRange(1, Draft.MaxLength, what);
            part.ShouldNotContain("{{", Case.Sensitive, what);
            part.ShouldNotContain("{%", Case.Sensitive, what);
            part.ShouldNotContain("  ", Case.Sensitive, what);
            part.ShouldNotContain(" ,", Case.Sensitive, what);
            part.ShouldNotContain(" .", Case.Sensitive, what);
            part.ShouldNotContain("()", Case.Sensitive, what);
            part.ShouldNotContain("\n\n\n", Case.Sensitive, what);
            part.ShouldBe(part.Trim(), what);
            part.Split('\n').ShouldAllBe(line => line == line.TrimEnd(), what);
        }

        (draft.Subject ?? string.Empty).ShouldNotContain('\n', what);
    }

    // Each default template as the culture reads it, the playbook's then the rules' own: the template, or its translation.
    private static IEnumerable<(string Owner, DraftTemplate Template, ActionKind Action)> DefaultTemplates(CultureInfo culture)
    {
        Playbook playbook = DefaultPlaybook.Instance;
        PlaybookTranslation? translation = playbook.Translations.SingleOrDefault(t => t.Culture == culture.Name);
        foreach (DraftTemplate template in playbook.Drafts)
        {
            DraftTemplate text = translation?.Drafts.Single(d => d.Action == template.Action && d.Channel == template.Channel) ?? template;
            yield return ($"{template.Action} by {template.Channel}", text, template.Action!.Value);
        }

        foreach (Rule rule in playbook.Rules)
        {
            foreach (DraftTemplate template in rule.Drafts)
            {
                DraftTemplate text = translation?.FindRule(rule.Id)!.Drafts.Single(d => d.Channel == template.Channel) ?? template;
                yield return ($"rule {rule.Id} by {template.Channel}", text, rule.Action.Kind);
            }
        }
    }

    private static string GoldenDirectory([System.Runtime.CompilerServices.CallerFilePath] string file = "") =>
        Path.Combine(Path.GetDirectoryName(file)!, "Golden");
}
