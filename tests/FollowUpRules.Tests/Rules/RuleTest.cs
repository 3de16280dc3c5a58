using FollowUpRules.Domain;
using FollowUpRules.Rules;

namespace FollowUpRules.Tests.Rules;

public partial class RuleTest
{
    [Fact]
    public void HasAnchorAndTiming_DefaultPlaybook_IsFalseOnlyForStopRules()
    {
        foreach (Rule rule in DefaultPlaybook.Instance.Rules)
        {
            rule.HasAnchorAndTiming.ShouldBe(!rule.IsStopRule, rule.Id);
        }

        Rule step = DefaultPlaybook.Instance.FindRule("status-follow-up")!;
        if (step.HasAnchorAndTiming)
        {
            // The attribute tells the compiler both are set: no "!" needed.
            step.Anchor.Kind.ShouldBe(AnchorKind.ApplicationSubmitted);
            step.Timing.Offset.ShouldBe(StepOffset.FromWeeks(1));
        }
    }

    [Fact]
    public void HasAnchorAndTiming_EitherMissing_IsFalse()
    {
        var action = new ActionSpec(ActionKind.SendCheckIn, Channel.Email);
        var timing = new Timing(StepOffset.FromWeeks(1));

        new Rule("a", "A", Anchor.ApplicationSubmitted, null, Audience.Company, action).HasAnchorAndTiming.ShouldBeFalse();
        new Rule("b", "B", null, timing, Audience.Company, action).HasAnchorAndTiming.ShouldBeFalse();
        new Rule("c", "C", Anchor.ApplicationSubmitted, timing, Audience.Company, action).HasAnchorAndTiming.ShouldBeTrue();
    }
}
