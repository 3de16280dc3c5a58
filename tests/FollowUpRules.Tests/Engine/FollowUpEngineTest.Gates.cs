using FollowUpRules.Domain;
using FollowUpRules.Engine;
using FollowUpRules.Rules;
using FollowUpRules.Rules.Conditions;
using FollowUpRules.Tests.Support;
using NodaTime;
using static FollowUpRules.Tests.Support.Scenario;

namespace FollowUpRules.Tests.Engine;

/// <summary>
/// The gates a step passes, on small playbooks of their own: stop rules and whom they cover, conditions and stop
/// conditions, dismissals, and the channel that reaches the person.
/// </summary>
public partial class FollowUpEngineTest
{
    // A thank-you to each interviewer the day after the interview; recruiters who said no are left alone.
    private static readonly Playbook StopRulePlaybook = PlaybookBuilder.Create("stop", "Stop")
        .AddStopRule("quiet", "Leave recruiters who said no alone", Audience.Each(ContactRole.Recruiter), Condition.ReplyReceived(ReplyOutcome.No))
        .AddRule("thanks", "Thank each interviewer", rule => rule
            .After(Anchor.InterviewHeld).Due(StepOffset.FromDays(1)).Window(late: Period.FromDays(3))
            .For(Audience.EachInterviewer).Do(ActionKind.SendThankYouEmail, Channel.Email, new ActionSpec(ActionKind.SendThankYouEmail, Channel.LinkedIn)))
        .Build();

    // The same, but a "no" blocks only the steps of interviews held before it.
    private static readonly Playbook StopSinceAnchorPlaybook = PlaybookBuilder.From(StopRulePlaybook)
        .RemoveRule("quiet")
        .AddStopRule("quiet", "Leave anyone who said no since alone", Audience.Each(), Condition.ReplyReceived(ReplyOutcome.No, sinceAnchor: true))
        .Build();

    [Fact]
    public void Evaluate_StopRule_BlocksOnlyThePeopleOfItsAudienceForWhomItHolds()
    {
        // Ana (a recruiter) said no on Tue 2026-03-03; Ben (a recruiter) did not; Cy (a hiring manager) said no, but the
        // stop rule covers recruiters only.
        Scenario scenario = new Scenario(D(2026, 3, 2))
            .Person("ana", [ContactRole.Recruiter]).Person("ben", [ContactRole.Recruiter]).Person("cy", [ContactRole.HiringManager])
            .Interview(D(2026, 3, 2), "ana", "ben", "cy")
            .Reply(D(2026, 3, 3), "ana", ReplyOutcome.No)
            .Reply(D(2026, 3, 3), "cy", ReplyOutcome.No);

        Evaluation evaluation = scenario.Evaluate(D(2026, 3, 3), StopRulePlaybook);

        evaluation.For("thanks").Select(r => r.Target.ContactId).ShouldBe(["ben", "cy"]);
        SuppressedStep ana = evaluation.Suppressed.ShouldHaveSingleItem();
        (ana.RuleId, ana.Target.ContactId, ana.Reason, ana.BlockingRuleId).ShouldBe(("thanks", "ana", SuppressionReason.StopRule, "quiet"));
        ana.Explanation.Lines.ShouldBe(
        [
            "Rule 'thanks': Thank each interviewer.",
            "Anchor: interview on Mon 2026-03-02 with Ana and Ben and Cy.",
            "Blocked by stop rule 'quiet' (Leave recruiters who said no alone): a reply saying No came from them.",
            "Ana replied \"No\" on Tue 2026-03-03.",
        ]);
    }

    [Fact]
    public void Evaluate_StopRuleSinceTheAnchor_BlocksTheStepsOfEarlierAnchorsOnly()
    {
        // Ana said no on Wed 2026-03-04, after the first interview (Mon 03-02) and before the second (Mon 03-09).
        Scenario scenario = new Scenario(D(2026, 3, 2)).Person("ana")
            .Interview(D(2026, 3, 2), "ana")
            .Reply(D(2026, 3, 4), "ana", ReplyOutcome.No)
            .Interview(D(2026, 3, 9), "ana");

        Evaluation evaluation = scenario.Evaluate(D(2026, 3, 9), StopSinceAnchorPlaybook);

        evaluation.Single("thanks", "ana").AnchorKey.ShouldBe("t3");
        SuppressedStep blocked = evaluation.Suppressed.ShouldHaveSingleItem();
        (blocked.Reason, blocked.BlockingRuleId).ShouldBe((SuppressionReason.StopRule, "quiet"));
        blocked.Explanation.Lines[1].ShouldBe("Anchor: interview on Mon 2026-03-02 with Ana.");
    }

    [Fact]
    public void Evaluate_NoEmail_FallsBackToLinkedIn_AndSaysSo()
    {
        Scenario scenario = new Scenario(D(2026, 3, 2)).Person("ana", email: false, linkedIn: true).Interview(D(2026, 3, 2), "ana");

        Recommendation step = scenario.Evaluate(D(2026, 3, 3), StopRulePlaybook).Single("thanks", "ana");

        (step.Action, step.Channel).ShouldBe((ActionKind.SendThankYouEmail, Channel.LinkedIn));
        step.Explanation.Lines.ShouldContain("Ana cannot be reached by Email, so: Send a thank-you email by LinkedIn instead.");
    }

    [Fact]
    public void Evaluate_NoLinkedInLinkButConnected_ReachesThePersonThere_AndSaysSo()
    {
        Scenario scenario = new Scenario(D(2026, 3, 2)).Person("ana", email: false, connection: LinkedInConnection.Connected).Interview(D(2026, 3, 2), "ana");

        Recommendation step = scenario.Evaluate(D(2026, 3, 3), StopRulePlaybook).Single("thanks", "ana");

        step.Channel.ShouldBe(Channel.LinkedIn);
        step.Explanation.Lines.ShouldContain("No LinkedIn profile link is recorded for Ana, but you are connected there: message them on LinkedIn.");
    }

    [Fact]
    public void Evaluate_NoWayToReachThePerson_IsSuppressedAsUnreachable()
    {
        // No email, no LinkedIn link, not connected (an invitation is pending): neither channel reaches Ana.
        Scenario scenario = new Scenario(D(2026, 3, 2)).Person("ana", email: false, connection: LinkedInConnection.Pending).Interview(D(2026, 3, 2), "ana");

        Evaluation evaluation = scenario.Evaluate(D(2026, 3, 3), StopRulePlaybook);

        evaluation.Recommendations.ShouldBeEmpty();
        SuppressedStep step = evaluation.Suppressed.ShouldHaveSingleItem();
        step.Reason.ShouldBe(SuppressionReason.Unreachable);
        step.Explanation.Lines[^1].ShouldBe("Ana cannot be reached by Email or LinkedIn.");
    }

    [Fact]
    public void Evaluate_DismissedBeforeTheAnchor_DoesNotDismissTheStepOfALaterAnchor()
    {
        // A dismissal applies to the steps of anchors on or before its date: Ana's thank-you for the interview of Mon
        // 2026-03-09 is still due, though one for an earlier interview was dismissed on Wed 03-04.
        Scenario scenario = new Scenario(D(2026, 3, 2)).Person("ana")
            .Interview(D(2026, 3, 2), "ana")
            .Dismiss(D(2026, 3, 4), "thanks", "ana")
            .Interview(D(2026, 3, 9), "ana");

        Evaluation evaluation = scenario.Evaluate(D(2026, 3, 10), StopRulePlaybook);

        evaluation.Single("thanks", "ana").AnchorKey.ShouldBe("t3");
        SuppressedStep dismissed = evaluation.Suppressed.ShouldHaveSingleItem();
        dismissed.Reason.ShouldBe(SuppressionReason.Dismissed);
        dismissed.Explanation.Lines[^1].ShouldBe("You dismissed this step on Wed 2026-03-04.");
    }
}
