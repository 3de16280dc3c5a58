using FollowUpRules.Domain;
using FollowUpRules.Engine;
using FollowUpRules.Rules;
using FollowUpRules.Tests.Support;
using NodaTime;
using static FollowUpRules.Tests.Support.Scenario;

namespace FollowUpRules.Tests.Engine;

public partial class FollowUpEngineTest
{
    [Fact]
    public void Recommendation_SameRuleWithAnotherActionOnTheSameChannel_NotEqual()
    {
        // The same rule, for the same person on the same dates, once as a status follow-up and once as a check-in, both by
        // email: the explanations read alike, the steps differ in what to do.
        static Recommendation StepDoing(ActionKind action) => new Scenario(D(2026, 3, 2)).Person("ana")
            .Evaluate(D(2026, 3, 16), PlaybookBuilder.Create("ask", "Ask")
                .AddRule("ask", "Ask about the application", rule => rule
                    .After(Anchor.ApplicationSubmitted).Due(StepOffset.FromDays(14)).Window(late: Period.FromDays(3))
                    .For(Audience.Each()).Do(action, Channel.Email))
                .Build())
            .Single("ask", "ana");

        Recommendation followUp = StepDoing(ActionKind.SendStatusFollowUp);
        Recommendation checkIn = StepDoing(ActionKind.SendCheckIn);

        followUp.Explanation.Lines.ShouldBe(checkIn.Explanation.Lines);
        followUp.Equals(checkIn).ShouldBeFalse();
        followUp.Equals(StepDoing(ActionKind.SendStatusFollowUp)).ShouldBeTrue();
    }
}
