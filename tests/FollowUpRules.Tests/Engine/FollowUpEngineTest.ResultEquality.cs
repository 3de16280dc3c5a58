using FollowUpRules.Domain;
using FollowUpRules.Engine;
using FollowUpRules.Rules;
using FollowUpRules.Rules.Conditions;
using FollowUpRules.Tests.Support;
using NodaTime;
using static FollowUpRules.Tests.Support.Scenario;

namespace FollowUpRules.Tests.Engine;

/// <summary>
/// Results compare by value: the same step from two evaluations is equal and hashes alike; the same step for two people is
/// not equal, even when everything else about it, its explanation included, reads the same.
/// </summary>
public partial class FollowUpEngineTest
{
    // For each person: a follow-up two weeks after applying, a note due the next day that expires when late, and a coffee
    // the next day that only applies once a coffee was recorded.
    private static readonly Playbook TwinsPlaybook = PlaybookBuilder.Create("twins", "Twins")
        .AddRule("ask", "Ask about the application", rule => rule
            .After(Anchor.ApplicationSubmitted).Due(StepOffset.FromDays(14)).Window(late: Period.FromDays(3))
            .For(Audience.Each()).Do(ActionKind.SendStatusFollowUp, Channel.Email))
        .AddRule("note", "Send a note", rule => rule
            .After(Anchor.ApplicationSubmitted).Due(StepOffset.FromDays(1)).Window(late: Period.FromDays(1))
            .For(Audience.Each()).Do(ActionKind.SendCheckIn, Channel.Email).IfLate(LatePolicy.Expire))
        .AddRule("coffee", "Meet for coffee again", rule => rule
            .After(Anchor.ApplicationSubmitted).Due(StepOffset.FromDays(1)).Window(late: Period.FromDays(3))
            .For(Audience.Each()).Do(ActionKind.MeetForCoffee, Channel.InPerson)
            .When(Condition.TouchpointRecorded(TouchpointKind.Coffee)))
        .Build();

    // Two people of the same name: only their contact ids tell their steps apart.
    private static Evaluation EvaluateTwins() =>
        new Scenario(D(2026, 3, 2)).Person("sam-a", name: "Sam Lee", postal: true).Person("sam-b", name: "Sam Lee", postal: true)
            .Evaluate(D(2026, 3, 9), TwinsPlaybook);

    [Fact]
    public void Recommendation_SameStepForTwoPeopleOfOneName_NotEqual()
    {
        Evaluation evaluation = EvaluateTwins();
        Recommendation a = evaluation.Single("ask", "sam-a");
        Recommendation b = evaluation.Single("ask", "sam-b");

        a.Explanation.Lines.ShouldBe(b.Explanation.Lines);
        a.Equals(b).ShouldBeFalse();
        Recommendation again = EvaluateTwins().Single("ask", "sam-a");
        a.Equals(again).ShouldBeTrue();
        a.GetHashCode().ShouldBe(again.GetHashCode());
    }

    [Fact]
    public void ExpiredStep_SameStepForTwoPeopleOfOneName_NotEqual()
    {
        Evaluation evaluation = EvaluateTwins();
        ExpiredStep a = evaluation.Expired.Single(s => s.Target.ContactId == "sam-a");
        ExpiredStep b = evaluation.Expired.Single(s => s.Target.ContactId == "sam-b");

        a.Explanation.Lines.ShouldBe(b.Explanation.Lines);
        a.Equals(b).ShouldBeFalse();
        ExpiredStep again = EvaluateTwins().Expired.Single(s => s.Target.ContactId == "sam-a");
        a.Equals(again).ShouldBeTrue();
        a.GetHashCode().ShouldBe(again.GetHashCode());
    }

    [Fact]
    public void SuppressedStep_SameStepForTwoPeopleOfOneName_NotEqual()
    {
        Evaluation evaluation = EvaluateTwins();
        SuppressedStep a = evaluation.Suppressed("coffee", "sam-a");
        SuppressedStep b = evaluation.Suppressed("coffee", "sam-b");

        a.Explanation.Lines.ShouldBe(b.Explanation.Lines);
        a.Equals(b).ShouldBeFalse();
        SuppressedStep again = EvaluateTwins().Suppressed("coffee", "sam-a");
        a.Equals(again).ShouldBeTrue();
        a.GetHashCode().ShouldBe(again.GetHashCode());
    }
}
