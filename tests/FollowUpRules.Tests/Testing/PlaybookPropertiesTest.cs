using FollowUpRules.Domain;
using FollowUpRules.Rules;
using FollowUpRules.Rules.Conditions;
using FollowUpRules.Testing;
using FollowUpRules.Tests.Support;
using FollowUpRules.Validation;
using FsCheck;
using FsCheck.Fluent;
using Xunit.Abstractions;

namespace FollowUpRules.Tests.Testing;

public class PlaybookPropertiesTest(ITestOutputHelper output)
{
    private static readonly ICustomConditionEvaluator[] PureConditions = [new LikesTea(), new MetAtEvent()];

    [Fact]
    public void Check_DefaultPlaybook_Passes()
    {
        Should.NotThrow(() => PlaybookProperties.Check(DefaultPlaybook.Instance, runs: 50));
    }

    [Fact]
    public void Check_GeneratedPlaybooks_KeepEveryInvariant()
    {
        // Each generated playbook is checked on a few cases per invariant; the playbook itself shrinks on failure. This is
        // how the kit found the two engine bugs pinned in Engine/FollowUpEngineTest.FoundByProperties.cs.
        Check.One(
            Properties.Quiet(25),
            Prop.ForAll(PlaybookGenerators.Playbooks(PlaybookGeneratorsTest.CustomNames), (Playbook playbook) =>
            {
                PlaybookProperties.Check(playbook, PlaybookInvariant.All, PureConditions, Properties.Quiet(20));
                return true;
            }));
    }

    [Fact]
    public void Check_ImpureCustomCondition_FailsDeterminism_WithAShrunkCounterexample()
    {
        var playbook = new Playbook("coin-playbook", "Coin", 1,
        [
            new Rule("toss", "Write notes when the coin says so", Anchor.ApplicationSubmitted, new Timing(StepOffset.Zero), Audience.Seeker,
                new ActionSpec(ActionKind.WriteJournalNotes, Channel.None), [new CustomCondition("coin")]),
        ]);

        PlaybookPropertyException e = Should.Throw<PlaybookPropertyException>(() => PlaybookProperties.Check(playbook, [new CoinToss()], runs: 30));
        output.WriteLine(e.Message);

        e.Invariants.ShouldContain(nameof(PlaybookInvariant.Deterministic));
        e.Message.ShouldContain("Playbook 'coin-playbook' breaks");
        e.Message.ShouldContain("Invariant Deterministic: evaluating the same input twice on the same day gives equal answers.");
        e.Message.ShouldContain("The answers with the first evaluation and with the second evaluation differ");
        e.Message.ShouldContain("Shrunk");
        e.Message.ShouldContain("application app-1 at Acme");
        e.Message.ShouldContain("Rules[0] 'toss' | Seeker | after ApplicationSubmitted");
    }

    [Fact]
    public void Check_InvalidPlaybook_ThrowsTheValidationErrors_BeforeCheckingAnything()
    {
        var playbook = new Playbook("bad", "Bad", 1,
        [
            new Rule("a", "A", Anchor.ApplicationSubmitted, new Timing(StepOffset.FromDays(1)), Audience.Seeker, new ActionSpec(ActionKind.WriteJournalNotes, Channel.None), priority: 101),
            new Rule("b", "B", Anchor.AfterRule("nowhere"), new Timing(StepOffset.FromDays(1), repeat: new Repeat(StepOffset.FromWeeks(1))), Audience.Seeker, new ActionSpec(ActionKind.CheckOnCompany, Channel.Web)),
        ]);

        FollowUpValidationException e = Should.Throw<FollowUpValidationException>(() => PlaybookProperties.Check(playbook));

        e.Errors.Select(x => x.PropertyName).ShouldBe(["Rules[0].Priority", "Rules[1].Timing.Repeat", "Rules[1].Anchor.RuleId"], ignoreOrder: true);
        e.Message.ShouldStartWith("Playbook 'bad' is invalid:");
    }

    [Fact]
    public void Check_UnregisteredCustomCondition_IsAValidationError()
    {
        var playbook = new Playbook("p", "P", 1,
        [
            new Rule("toss", "Toss", Anchor.ApplicationSubmitted, new Timing(StepOffset.Zero), Audience.Seeker,
                new ActionSpec(ActionKind.WriteJournalNotes, Channel.None), [new CustomCondition("coin")]),
        ]);

        FollowUpValidationException e = Should.Throw<FollowUpValidationException>(() => PlaybookProperties.Check(playbook));

        e.Errors.Single().PropertyName.ShouldBe("Rules[0].Conditions[0].Name");
    }

    /// <summary>Answers differently on every call: a custom condition that breaks determinism.</summary>
    private sealed class CoinToss : ICustomConditionEvaluator
    {
        private int calls;

        public string Name => "coin";

        public bool IsSatisfied(CustomCondition condition, ConditionContext context) => Interlocked.Increment(ref calls) % 2 == 0;
    }

    /// <summary>A pure custom condition about the target (or, for the seeker and the company, the anchor date).</summary>
    private sealed class LikesTea : ICustomConditionEvaluator
    {
        public string Name => "likes-tea";

        public bool IsSatisfied(CustomCondition condition, ConditionContext context) =>
            context.TargetContact is { } contact
                ? contact.Id.EndsWith('1') || contact.Id.EndsWith('3')
                : context.AnchorDate.Day % 2 == (condition.GetParameter("p1") == "a" ? 1 : 0);
    }

    /// <summary>A pure custom condition about the touchpoints up to the anchor date.</summary>
    private sealed class MetAtEvent : ICustomConditionEvaluator
    {
        public string Name => "met-at-event";

        public bool IsSatisfied(CustomCondition condition, ConditionContext context) =>
            context.Touchpoints.Count(t => t.Date <= context.AnchorDate && t.Kind is TouchpointKind.Coffee or TouchpointKind.Call) % 2 == 1;
    }
}
