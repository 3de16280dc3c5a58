using FluentValidation.Results;
using FollowUpRules.Calendar;
using FollowUpRules.Domain;
using FollowUpRules.Drafts;
using FollowUpRules.Rules;
using FollowUpRules.Rules.Conditions;
using FollowUpRules.Testing;
using FollowUpRules.Tests.Support;
using FollowUpRules.Validation;
using FsCheck;
using FsCheck.Fluent;

namespace FollowUpRules.Tests.Testing;

public partial class PlaybookGeneratorsTest
{
    internal static readonly string[] CustomNames = ["likes-tea", "met-at-event"];

    [Fact]
    public void Playbook_IsAlwaysValid()
    {
        Check.One(
            Properties.Quiet(300),
            Prop.ForAll(PlaybookGenerators.Playbooks(), (Playbook playbook) => Valid(playbook, []).Label(Errors(playbook, []))));
    }

    [Fact]
    public void Playbook_WithCustomConditionNames_IsValidForThoseNames_AndOnlyThem()
    {
        Check.One(
            Properties.Quiet(200),
            Prop.ForAll(PlaybookGenerators.Playbooks(CustomNames), (Playbook playbook) => Valid(playbook, CustomNames).Label(Errors(playbook, CustomNames))));

        Gen.Sample(PlaybookGenerators.Playbook(CustomNames), 200).Any(p => !Valid(p, [])).ShouldBeTrue("some playbooks should use the custom conditions");
    }

    [Fact]
    public void Shrink_KeepsPlaybooksValid_AndNeverDropsARuleAnotherWaitsOn()
    {
        Check.One(
            Properties.Quiet(100),
            Prop.ForAll(PlaybookGenerators.Playbooks(CustomNames), (Playbook playbook) =>
                PlaybookGenerators.Shrink(playbook).All(smaller => Valid(smaller, CustomNames) && smaller != playbook && smaller.Rules.Count >= 1)));
    }

    [Fact]
    public void Shrink_DropsRulesNobodyWaitsOn_AndConditions()
    {
        var playbook = new Playbook("p", "P", 1,
        [
            new Rule("a", "A", Anchor.ApplicationSubmitted, new Timing(StepOffset.FromDays(1)), Audience.Seeker, new ActionSpec(ActionKind.WriteJournalNotes, Channel.None), [Condition.EmployedElsewhere]),
            new Rule("b", "B", Anchor.AfterRule("a"), new Timing(StepOffset.FromDays(1)), Audience.Seeker, new ActionSpec(ActionKind.CheckOnCompany, Channel.Web)),
        ]);

        Playbook[] smaller = [.. PlaybookGenerators.Shrink(playbook)];

        smaller.ShouldContain(p => p.Rules.Count == 1 && p.Rules[0].Id == "a");
        smaller.ShouldNotContain(p => p.Rules.Count == 1 && p.Rules[0].Id == "b");
        smaller.ShouldContain(p => p.Rules.Count == 2 && p.Rules[0].Conditions.Count == 0);
    }

    [Fact]
    public void Playbook_CoversTheWholeVocabulary()
    {
        Playbook[] sample = [.. Gen.Sample(PlaybookGenerators.Playbook(CustomNames), 400)];
        Rule[] rules = [.. sample.SelectMany(p => p.Rules)];
        Condition[] conditions = [.. rules.SelectMany(r => r.Conditions.Concat(r.StopWhen)).SelectMany(Flatten)];

        rules.Select(r => r.Anchor?.Kind).OfType<AnchorKind>().Distinct().Order().ShouldBe(Enum.GetValues<AnchorKind>());
        rules.Select(r => r.Audience.Kind).Distinct().Order().ShouldBe(Enum.GetValues<AudienceKind>());
        rules.Select(r => r.Audience.Selection).Distinct().Order().ShouldBe(Enum.GetValues<AudienceSelection>());
        rules.SelectMany(r => r.Action.Chain()).Select(a => a.Kind).Distinct().Order().ShouldBe(Enum.GetValues<ActionKind>());
        rules.Select(r => r.Late.Action).Distinct().Order().ShouldBe(Enum.GetValues<LateAction>());
        conditions.Select(c => c.GetType()).Distinct().Count().ShouldBe(12);
        rules.ShouldContain(r => r.Action.Otherwise != null);
        rules.ShouldContain(r => r.Timing != null && r.Timing.Offset.IsBusinessDays);
        rules.ShouldContain(r => r.Timing != null && r.Timing.Offset.Period.Years == Limits.MaxYears);
        rules.ShouldContain(r => r.Timing != null && r.Timing.Window.Early != null);
        rules.Any(r => r.Timing?.Repeat is not null && r.Timing!.Repeat is { RestartOnInteraction: true, BackOffFactor: > 1, MaxUnanswered: not null }).ShouldBeTrue();
        rules.Any(r => r.Timing?.Repeat is not null && r.Timing!.Repeat is { MaxCount: null, For: not null }).ShouldBeTrue();
        rules.Any(r => r.Timing?.Repeat is not null && r.Timing!.Repeat is { MaxCount: not null, For: null }).ShouldBeTrue();
        rules.ShouldContain(r => r.Priority == Rule.MinPriority);
        rules.ShouldContain(r => r.Priority == Rule.MaxPriority);
        rules.ShouldContain(r => r.Conditions.Any(c => Depth(c) == PlaybookGenerators.MaxConditionDepth));
        rules.ShouldAllBe(r => r.Conditions.All(c => Depth(c) <= PlaybookGenerators.MaxConditionDepth));
        sample.ShouldContain(p => p.WorkingWeek != WorkingWeek.MondayToFriday);
        sample.Select(p => p.Rules.Count).Distinct().Order().ShouldBe(Enumerable.Range(1, PlaybookGenerators.MaxRules));
    }

    [Fact]
    public void Playbook_SilentRejectionRules_AreForTheSeeker_OnTheApplicationOrAnInterview()
    {
        Rule[] silent = [.. Gen.Sample(PlaybookGenerators.Playbook(), 300).SelectMany(p => p.Rules).Where(r => r.Action.Kind == ActionKind.TreatAsRejected)];

        silent.ShouldNotBeEmpty();
        silent.ShouldAllBe(r => r.Audience.Kind == AudienceKind.Seeker);
        silent.Select(r => r.Anchor!.Kind).Distinct().Order().ShouldBe([AnchorKind.ApplicationSubmitted, AnchorKind.InterviewHeld, AnchorKind.LastInterview]);
    }

    // Valid with the template checker too: the templates' Liquid, and the values of each translated text against its original's.
    internal static bool Valid(Playbook playbook, IEnumerable<string> names) => new PlaybookValidator(names, LiquidTemplateChecker.Instance).Validate(playbook).IsValid;

    private static string Errors(Playbook playbook, IEnumerable<string> names)
    {
        ValidationResult result = new PlaybookValidator(names, LiquidTemplateChecker.Instance).Validate(playbook);
        return string.Join(Environment.NewLine, result.Errors.Select(e => $"{e.PropertyName}: {e.ErrorMessage}"));
    }

    private static IEnumerable<Condition> Flatten(Condition condition) => condition switch
    {
        NotCondition n => Flatten(n.Inner).Prepend(n),
        AnyOfCondition a => a.Conditions.SelectMany(Flatten).Prepend(a),
        _ => [condition],
    };

    private static int Depth(Condition condition) => condition switch
    {
        NotCondition n => 1 + Depth(n.Inner),
        AnyOfCondition a => 1 + a.Conditions.Max(Depth),
        _ => 1,
    };
}
