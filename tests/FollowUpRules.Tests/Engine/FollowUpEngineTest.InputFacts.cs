using FollowUpRules.Domain;
using FollowUpRules.Engine;
using FollowUpRules.Rules;
using FollowUpRules.Rules.Conditions;
using FollowUpRules.Tests.Support;
using NodaTime;
using static FollowUpRules.Tests.Support.Scenario;

namespace FollowUpRules.Tests.Engine;

/// <summary>What the engine reads from the input: every snooze and dismissal, the seeker's new job from its first day, LinkedIn from the touchpoints.</summary>
public partial class FollowUpEngineTest
{
    // A week after applying, check in with each person whose LinkedIn request is pending, and with each one connected.
    private static readonly Playbook LinkedInPlaybook = PlaybookBuilder.Create("linkedin", "LinkedIn")
        .AddRule("pending", "Check in while the request is pending", rule => rule
            .After(Anchor.ApplicationSubmitted).Due(StepOffset.FromDays(7)).Window(late: Period.FromDays(3))
            .For(Audience.Each()).Do(ActionKind.SendCheckIn, Channel.Email)
            .When(Condition.LinkedInStateIs(LinkedInConnection.Pending)))
        .AddRule("connected", "Check in once connected", rule => rule
            .After(Anchor.ApplicationSubmitted).Due(StepOffset.FromDays(7)).Window(late: Period.FromDays(3))
            .For(Audience.Each()).Do(ActionKind.SendCheckIn, Channel.Email)
            .When(Condition.LinkedInConnected))
        .Build();

    [Fact]
    public void Evaluate_TwoPeopleSnoozedOnDifferentDays_EachComesBackOnTheirOwnDate()
    {
        // Both thank-yous are due Mon 2026-11-23; Ana's was snoozed on Sat 11-21 to Wed 11-25, Ben's on Sun 11-22 to Thu 11-26.
        Evaluation evaluation = new Scenario(D(2026, 11, 2)).Person("ana").Person("ben").Interview(D(2026, 11, 20), "ana", "ben")
            .Snooze(D(2026, 11, 21), "interview-thank-you", D(2026, 11, 25), "ana")
            .Snooze(D(2026, 11, 22), "interview-thank-you", D(2026, 11, 26), "ben")
            .Evaluate(D(2026, 11, 23));

        evaluation.Single("interview-thank-you", "ana").Due.ShouldBe(D(2026, 11, 25));
        evaluation.Single("interview-thank-you", "ben").Due.ShouldBe(D(2026, 11, 26));
    }

    [Fact]
    public void Evaluate_TwoPeopleDismissedOnDifferentDays_NeitherIsRecommended()
    {
        Evaluation evaluation = new Scenario(D(2026, 11, 2)).Person("ana").Person("ben").Interview(D(2026, 11, 20), "ana", "ben")
            .Dismiss(D(2026, 11, 21), "interview-thank-you", "ana")
            .Dismiss(D(2026, 11, 22), "interview-thank-you", "ben")
            .Evaluate(D(2026, 11, 23));

        evaluation.For("interview-thank-you").ShouldBeEmpty();
        evaluation.Suppressed("interview-thank-you", "ana").Reason.ShouldBe(SuppressionReason.Dismissed);
        evaluation.Suppressed("interview-thank-you", "ben").Reason.ShouldBe(SuppressionReason.Dismissed);
    }

    [Fact]
    public void Evaluate_JobElsewhereStartsToday_StopsTheFollowUpToday()
    {
        // Applied Mon 2026-03-02; the status follow-up falls due Mon 03-09, the day the seeker accepts a job elsewhere.
        Evaluation evaluation = new Scenario(D(2026, 3, 2)).Person("rex", [ContactRole.Recruiter])
            .EmployedElsewhereSince(D(2026, 3, 9))
            .Evaluate(D(2026, 3, 9));

        evaluation.For("status-follow-up").ShouldBeEmpty();
        SuppressedStep stopped = evaluation.Suppressed("status-follow-up", "rex");
        stopped.Reason.ShouldBe(SuppressionReason.Stopped);
        stopped.Explanation.Lines.ShouldContain("You accepted a job elsewhere on Mon 2026-03-09.");
    }

    [Fact]
    public void Evaluate_LinkedInRequestSentOrAccepted_ReadFromTheTouchpoints()
    {
        // The app knows of no connection with anyone. Ana was sent a request on Tue 2026-03-03; Ben too, and he accepted
        // it on Thu 03-05; Cy was sent none.
        Evaluation evaluation = new Scenario(D(2026, 3, 2)).Person("ana").Person("ben").Person("cy")
            .Touch(TouchpointKind.LinkedInRequestSent, D(2026, 3, 3), "ana")
            .Touch(TouchpointKind.LinkedInRequestSent, D(2026, 3, 3), "ben")
            .Touch(TouchpointKind.LinkedInRequestAccepted, D(2026, 3, 5), "ben")
            .Evaluate(D(2026, 3, 9), LinkedInPlaybook);

        evaluation.Single("pending").Target.ContactId.ShouldBe("ana");
        evaluation.Single("connected").Target.ContactId.ShouldBe("ben");
        evaluation.Suppressed("pending", "cy").Reason.ShouldBe(SuppressionReason.ConditionNotMet);
    }

    [Fact]
    public void Evaluate_PersonsStep_ExplanationSaysWhenToSendIt()
    {
        Recommendation step = new Scenario(D(2026, 11, 2)).Person("ana").Interview(D(2026, 11, 20), "ana")
            .Evaluate(D(2026, 11, 23)).Single("interview-thank-you", "ana");

        step.Explanation.Lines.ShouldContain("Send at 09:00 on Mon 2026-11-23 in your time zone (Europe/London; Ana's is unknown), the start of the send window 09:00-17:00.");
    }
}
