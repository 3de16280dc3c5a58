using FollowUpRules.Domain;
using FollowUpRules.Engine;
using FollowUpRules.Rules;
using FollowUpRules.Rules.Conditions;
using FollowUpRules.Tests.Support;
using NodaTime;
using static FollowUpRules.Tests.Support.Scenario;

namespace FollowUpRules.Tests.Engine;

/// <summary>
/// Stop rules whose conditions depend on the step they would stop, not on the person alone: asked again for each anchor
/// event, so an earlier interview's verdict does not carry over to a later one.
/// </summary>
public partial class FollowUpEngineTest
{
    // Ana was interviewed on Mon 2026-03-02 and again on Tue 03-10, with a coffee between them on Thu 03-05.
    private static Scenario TwoInterviewsWithACoffeeBetween() => new Scenario(D(2026, 2, 2)).Person("ana")
        .Interview(D(2026, 3, 2), "ana")
        .Touch(TouchpointKind.Coffee, D(2026, 3, 5), "ana")
        .Interview(D(2026, 3, 10), "ana");

    private static Playbook ThanksUnless(Condition stopWhen, params string[] customConditionNames) => PlaybookBuilder.Create("thanks-unless", "Thanks unless")
        .AddStopRule("stop", "Stop", Audience.Each(), stopWhen)
        .AddRule("thanks", "Thank the interviewer", rule => rule
            .After(Anchor.InterviewHeld).Due(StepOffset.FromDays(1)).Window(late: Period.FromDays(3))
            .For(Audience.EachInterviewer).Do(ActionKind.SendThankYouEmail, Channel.Email))
        .Build(customConditionNames);

    [Fact]
    public void Evaluate_StopRuleOnATouchpointSinceTheAnchor_StopsOnlyTheStepsOfEarlierAnchors()
    {
        Playbook playbook = ThanksUnless(Condition.TouchpointRecorded(TouchpointKind.Coffee, sinceAnchor: true));

        Evaluation evaluation = TwoInterviewsWithACoffeeBetween().Evaluate(D(2026, 3, 11), playbook);

        Recommendation thanks = evaluation.Single("thanks", "ana");
        (thanks.AnchorDate, thanks.Due).ShouldBe((D(2026, 3, 10), D(2026, 3, 11)));
        evaluation.Suppressed.ShouldHaveSingleItem().Reason.ShouldBe(SuppressionReason.StopRule);
    }

    [Fact]
    public void Evaluate_StopRuleOnACustomConditionOfTheAnchor_IsAskedForEachAnchor()
    {
        // Stop thanking for interviews before Thu 2026-03-05.
        Playbook playbook = ThanksUnless(new CustomCondition("anchor-before", [new ConditionParameter("date", "2026-03-05")]), "anchor-before");
        var engine = new FollowUpEngine(playbook, Clocks.AtNoon(D(2026, 3, 11), Zone), [new AnchorBefore()]);

        Evaluation evaluation = engine.Evaluate(TwoInterviewsWithACoffeeBetween().Input(), D(2026, 3, 11));

        evaluation.Single("thanks", "ana").AnchorDate.ShouldBe(D(2026, 3, 10));
        evaluation.Suppressed.ShouldHaveSingleItem().Reason.ShouldBe(SuppressionReason.StopRule);
    }

    private sealed class AnchorBefore : ICustomConditionEvaluator
    {
        public string Name => "anchor-before";

        public bool IsSatisfied(CustomCondition condition, ConditionContext context) =>
            context.AnchorDate < NodaTime.Text.LocalDatePattern.Iso.Parse(condition.GetParameter("date")!).Value;
    }
}
