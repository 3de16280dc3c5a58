using System.Globalization;
using System.Text.RegularExpressions;
using FollowUpRules.Domain;
using FollowUpRules.Drafts;
using FollowUpRules.Engine;
using FollowUpRules.Rules;
using FollowUpRules.Testing;
using FollowUpRules.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using Xunit.Abstractions;

namespace FollowUpRules.Tests.Drafts;

/// <content>
/// Drafts of generated playbooks with templates and translations: every step's draft is written from the template of the
/// nearest translation (the culture's, then its language's), else from the template as written, and never throws.
/// </content>
public partial class DraftPropertyTest(ITestOutputHelper output)
{
    // The first word of a template: a translation's is its culture's greeting, an original's its own first word.
    private static readonly Regex FirstWord = new(@"^\p{L}+", RegexOptions.CultureInvariant);

    [Fact]
    public void Write_GeneratedTranslatedPlaybooks_UsesTheNearestTranslationsTemplate_AndNeverThrows()
    {
        Gen<(Playbook Playbook, FollowUpCase Case)> cases =
            from generated in PlaybookGenerators.Playbook()
            from drafted in PlaybookGenerators.Drafted(generated)
            from playbook in PlaybookGenerators.Translated(drafted)
            from c in FollowUpGenerators.Case(playbook)
            select (playbook, c);
        int written = 0, translated = 0;
        Check.One(
            Properties.Quiet(150),
            Prop.ForAll(cases.ToArbitrary(), ((Playbook Playbook, FollowUpCase Case) x) =>
            {
                FollowUpEngine engine = Properties.Engine(x.Playbook);
                var writer = new DraftWriter(x.Playbook);
                foreach (Recommendation step in engine.Evaluate(x.Case.Input, x.Case.Today).Recommendations)
                {
                    Rule rule = x.Playbook.FindRule(step.RuleId)!;
                    foreach (CultureInfo culture in Properties.ReadingCultures)
                    {
                        (DraftTemplate? expected, bool isTranslation) = Expected(x.Playbook, rule, step.Action, step.Channel, culture);
                        Draft? draft = writer.Write(x.Case.Input, step, culture);
                        string what = $"{step.RuleId}: {step.Action} by {step.Channel} in {culture.Name}";
                        if (expected is null)
                        {
                            draft.ShouldBeNull(what);
                            continue;
                        }

                        draft.ShouldNotBeNull(what);
                        draft.Culture.ShouldBe(isTranslation ? culture : CultureInfo.InvariantCulture, what);
                        draft.Body.ShouldStartWith(FirstWord.Match(expected.Body).Value, Case.Sensitive, $"{what}: {draft.Body}");
                        if (expected.Subject is { } subject && draft.Subject is { } subjectText)
                        {
                            subjectText.ShouldStartWith(FirstWord.Match(subject).Value, Case.Sensitive, what);
                        }

                        draft.Body.Length.ShouldBeLessThanOrEqualTo(Draft.MaxLength);
                        written++;
                        translated += isTranslation ? 1 : 0;
                    }
                }

                return true;
            }));

        // The check means something only where steps have templates, some of them translated.
        output.WriteLine($"{written} drafts written, {translated} of them from a translation");
        written.ShouldBeGreaterThan(30);
        translated.ShouldBeGreaterThan(5);
    }

    // The oracle: the rule's own template for the step's channel, else the playbook's for its action and channel; as the
    // translation of the culture, else of its parents in turn, words it, else as written.
    private static (DraftTemplate? Template, bool IsTranslation) Expected(Playbook playbook, Rule rule, ActionKind action, Channel channel, CultureInfo culture)
    {
        DraftTemplate? own = rule.Drafts.FirstOrDefault(d => d.Channel == channel);
        DraftTemplate? shared = own is null ? playbook.Drafts.FirstOrDefault(d => d.Action == action && d.Channel == channel) : null;
        if (own is null && shared is null)
        {
            return (null, false);
        }

        for (CultureInfo c = culture; c.Name.Length > 0; c = c.Parent)
        {
            PlaybookTranslation? translation = playbook.Translations.FirstOrDefault(t => string.Equals(t.Culture, c.Name, StringComparison.OrdinalIgnoreCase));
            DraftTemplate? found = own is not null
                ? translation?.Rules.FirstOrDefault(r => r.RuleId == rule.Id)?.Drafts.FirstOrDefault(d => d.Channel == channel)
                : translation?.Drafts.FirstOrDefault(d => d.Action == action && d.Channel == channel);
            if (found is not null)
            {
                return (found, true);
            }
        }

        return (own ?? shared, false);
    }
}
