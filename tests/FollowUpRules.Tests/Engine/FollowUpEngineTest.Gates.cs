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

    [Theory]
    [InlineData("status", "Not recommended, because the application's status is not Rejected.", "The application's status is Interviewing.")]
    [InlineData("reason", "Not recommended, because the rejection reason is not HiringPaused.", "There is no rejection reason: the application is not rejected.")]
    [InlineData("connected", "Not recommended, because you are not connected on LinkedIn.", "You are not connected with Ana on LinkedIn.")]
    [InlineData("no-reply", "Not recommended, because a reply came from them.", "Ana replied \"Neutral\" on Tue 2026-03-03.")]
    [InlineData("employed", "Stopped because you have accepted a job elsewhere.", "You accepted a job elsewhere on Sun 2026-03-01.")]
    [InlineData("any", "Stopped because a coffee was recorded with them, or you have accepted a job elsewhere.", "A coffee with Ana was recorded on Tue 2026-03-03.")]
    public void Evaluate_StepHeldBackByACondition_NamesTheFactBehindIt(string ruleId, string because, string fact)
    {
        // Ana interviewed on Mon 2026-03-02, replied and had coffee on Tue 03-03; the seeker took a job on Sun 03-01.
        Scenario scenario = new Scenario(D(2026, 2, 2)).Person("ana").Interview(D(2026, 3, 2), "ana")
            .Reply(D(2026, 3, 3), "ana", ReplyOutcome.Neutral)
            .Touch(TouchpointKind.Coffee, D(2026, 3, 3), "ana")
            .EmployedElsewhereSince(D(2026, 3, 1));

        SuppressedStep step = scenario.Evaluate(D(2026, 3, 3), FactsPlaybook).Suppressed(ruleId, "ana");

        step.Explanation.Lines.ShouldBe([$"Rule '{ruleId}': {ruleId}.", "Anchor: interview on Mon 2026-03-02 with Ana.", because, fact]);
    }

    [Fact]
    public void Evaluate_ConditionsHold_TheStepSaysWhy()
    {
        Scenario scenario = new Scenario(D(2026, 2, 2)).Person("ana").Interview(D(2026, 3, 2), "ana").Touch(TouchpointKind.Coffee, D(2026, 3, 2), "ana");

        Recommendation step = scenario.Evaluate(D(2026, 3, 3), FactsPlaybook).Single("coffee-and-status", "ana");

        step.Explanation.Lines.ShouldContain("It applies because a coffee was recorded with them; and the application's status is Interviewing.");
    }

    [Fact]
    public void Evaluate_StepDismissed_TheRuleAfterItCountsFromItsDueDate()
    {
        // Ana's note for the interview of Mon 2026-03-02 was due Tue 03-03 and dismissed; the follow-up a week after it is
        // due Tue 03-10 all the same.
        Playbook playbook = PlaybookBuilder.From(StopRulePlaybook)
            .AddRule("follow", "Follow up", rule => rule
                .After(Anchor.AfterRule("thanks")).Due(StepOffset.FromDays(7)).Window(late: Period.FromDays(3))
                .For(Audience.EachInterviewer).Do(ActionKind.SendCheckIn, Channel.Email))
            .Build();
        Scenario scenario = new Scenario(D(2026, 3, 2)).Person("ana").Interview(D(2026, 3, 2), "ana").Dismiss(D(2026, 3, 2), "thanks", "ana");

        Evaluation evaluation = scenario.Evaluate(D(2026, 3, 10), playbook);

        Recommendation follow = evaluation.Single("follow", "ana");
        (follow.AnchorDate, follow.Due).ShouldBe((D(2026, 3, 3), D(2026, 3, 10)));
        follow.Explanation.Lines[1].ShouldBe("Anchor: 'Thank each interviewer' for Ana was dismissed; it was due on Tue 2026-03-03.");
        evaluation.For("thanks").ShouldBeEmpty();
    }

    // One rule per kind of condition, each holding Ana's thank-you back (see the theory above), and one whose conditions hold.
    private static readonly Playbook FactsPlaybook = PlaybookBuilder.Create("facts", "Facts")
        .AddRule("status", "status", rule => Thanks(rule).When(Condition.StatusIs(ApplicationStatus.Rejected)))
        .AddRule("reason", "reason", rule => Thanks(rule).When(Condition.RejectionReasonIs(RejectionReason.HiringPaused)))
        .AddRule("connected", "connected", rule => Thanks(rule).When(Condition.LinkedInConnected))
        .AddRule("no-reply", "no-reply", rule => Thanks(rule).When(Condition.Not(Condition.ReplyReceived())))
        .AddRule("employed", "employed", rule => Thanks(rule).StopWhen(Condition.EmployedElsewhere))
        .AddRule("any", "any", rule => Thanks(rule).StopWhen(Condition.AnyOf(Condition.TouchpointRecorded(TouchpointKind.Coffee), Condition.EmployedElsewhere)))
        .AddRule("coffee-and-status", "coffee-and-status", rule => Thanks(rule).When(Condition.TouchpointRecorded(TouchpointKind.Coffee), Condition.StatusIs(ApplicationStatus.Interviewing)))
        .Build();

    private static RuleBuilder Thanks(RuleBuilder rule) =>
        rule.After(Anchor.InterviewHeld).Due(StepOffset.FromDays(1)).Window(late: Period.FromDays(3)).For(Audience.EachInterviewer).Do(ActionKind.SendThankYouEmail, Channel.Email);

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
