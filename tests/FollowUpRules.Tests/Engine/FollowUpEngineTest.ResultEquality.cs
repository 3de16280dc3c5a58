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

    [Fact]
    public void Recommendation_SameStepForTwoPeopleOfOneName_NotEqual() =>
        ShouldTellTwinsApart((evaluation, id) => evaluation.Single("ask", id), step => step.Explanation);

    [Fact]
    public void ExpiredStep_SameStepForTwoPeopleOfOneName_NotEqual() =>
        ShouldTellTwinsApart((evaluation, id) => evaluation.Expired.Single(s => s.Target.ContactId == id), step => step.Explanation);

    [Fact]
    public void SuppressedStep_SameStepForTwoPeopleOfOneName_NotEqual() =>
        ShouldTellTwinsApart((evaluation, id) => evaluation.Suppressed("coffee", id), step => step.Explanation);

    // Two people of the same name, whose steps differ only in their contact ids: the steps are not equal, while each
    // equals itself from another evaluation and hashes alike.
    private static void ShouldTellTwinsApart<T>(Func<Evaluation, string, T> stepOf, Func<T, Explanation> explanationOf)
        where T : class, IEquatable<T>
    {
        static Evaluation EvaluateTwins() =>
            new Scenario(D(2026, 3, 2)).Person("sam-a", name: "Sam Lee", postal: true).Person("sam-b", name: "Sam Lee", postal: true)
                .Evaluate(D(2026, 3, 9), TwinsPlaybook);

        Evaluation evaluation = EvaluateTwins();
        T a = stepOf(evaluation, "sam-a");
        T b = stepOf(evaluation, "sam-b");

        explanationOf(a).Lines.ShouldBe(explanationOf(b).Lines);
        a.Equals(b).ShouldBeFalse();
        T again = stepOf(EvaluateTwins(), "sam-a");
        a.Equals(again).ShouldBeTrue();
        a.GetHashCode().ShouldBe(again.GetHashCode());
    }
}
