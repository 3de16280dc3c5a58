using System.Text;
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
public class DraftPropertyTest
{
    [Fact]
    public void Draft_EveryPendingStepOfGeneratedCases_RendersTidyTextWithinTheBound()
    {
        FollowUpEngine engine = Properties.Engine();
        var drafts = new DraftWriter(engine.Playbook);
        Properties.ForAllCases(c =>
        {
            foreach (Recommendation step in engine.Evaluate(c.Input, c.Today).Recommendations)
            {
                Draft draft = drafts.Write(c.Input, step).ShouldNotBeNull($"{step.RuleId}: {step.Action} by {step.Channel} has no draft");
                (draft.Kind == DraftKind.Message).ShouldBe(ActionKinds.TargetsPerson(step.Action));
                ShouldBeTidy(draft, $"{step.RuleId} for {step.Target.Key} on {c.Today}");
            }
        });
    }

    [Fact]
    public void Draft_EveryDefaultTemplateWithNoValueKnown_WordsAroundEveryValue()
    {
        var text = new StringBuilder();
        foreach ((string owner, DraftTemplate template, ActionKind action) in DefaultTemplates())
        {
            Draft draft = DraftWriter.Preview(template, action);
            ShouldBeTidy(draft, owner);
            text.Append($"=== {owner}\n\n{draft}\n\n");
        }

        // The golden file is for reading: each default template as it reads when nothing about the step is known.
        GoldenFile.ShouldMatch(GoldenDirectory(), "no-values-known.txt", "no-values-known", text.ToString());
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

    private static IEnumerable<(string Owner, DraftTemplate Template, ActionKind Action)> DefaultTemplates()
    {
        Playbook playbook = DefaultPlaybook.Instance;
        foreach (DraftTemplate template in playbook.Drafts)
        {
            yield return ($"{template.Action} by {template.Channel}", template, template.Action!.Value);
        }

        foreach (Rule rule in playbook.Rules)
        {
            foreach (DraftTemplate template in rule.Drafts)
            {
                yield return ($"rule {rule.Id} by {template.Channel}", template, rule.Action.Kind);
            }
        }
    }

    private static string GoldenDirectory([System.Runtime.CompilerServices.CallerFilePath] string file = "") =>
        Path.Combine(Path.GetDirectoryName(file)!, "Golden");
}
