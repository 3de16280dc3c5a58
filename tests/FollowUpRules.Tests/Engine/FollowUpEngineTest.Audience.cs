using FollowUpRules.Domain;
using FollowUpRules.Engine;
using FollowUpRules.Rules;
using FollowUpRules.Rules.Conditions;
using FollowUpRules.Tests.Support;
using NodaTime;
using static FollowUpRules.Tests.Support.Scenario;

namespace FollowUpRules.Tests.Engine;

/// <summary>Whom a rule picks, on a small playbook of its own: the first reachable person of an audience, by role, then in the seeker's order.</summary>
public partial class FollowUpEngineTest
{
    // A week after applying, ask the first recruiter (else the first hiring manager) by email only; after an interview,
    // thank the first interviewer who can be reached; anyone who said no is left alone.
    private static readonly Playbook FirstOfPlaybook = PlaybookBuilder.Create("first", "First of")
        .AddStopRule("quiet", "Leave anyone who said no alone", Audience.Each(), Condition.ReplyReceived(ReplyOutcome.No))
        .AddRule("ask", "Ask about the application", rule => rule
            .After(Anchor.ApplicationSubmitted).Due(StepOffset.FromDays(7)).Window(late: Period.FromDays(3))
            .For(Audience.FirstOf(ContactRole.Recruiter, ContactRole.HiringManager)).Do(ActionKind.SendStatusFollowUp, Channel.Email))
        .AddRule("thanks", "Thank the first interviewer", rule => rule
            .After(Anchor.InterviewHeld).Due(StepOffset.FromDays(1)).Window(late: Period.FromDays(3))
            .For(new Audience(AudienceKind.Interviewers, selection: AudienceSelection.First)).Do(ActionKind.SendThankYouEmail, Channel.Email))
        .Build();

    [Fact]
    public void Evaluate_FirstOf_SkipsBlockedAndUnreachableRecruiters_BeforeAnyHiringManager()
    {
        // Hana, a hiring manager, comes first in the seeker's list; of the recruiters, Rex said no and Rua has no email.
        Scenario scenario = new Scenario(D(2026, 3, 2))
            .Person("hana", [ContactRole.HiringManager])
            .Person("rex", [ContactRole.Recruiter])
            .Person("rua", [ContactRole.Recruiter], email: false)
            .Person("rob", [ContactRole.Recruiter])
            .Reply(D(2026, 3, 3), "rex", ReplyOutcome.No);

        scenario.Evaluate(D(2026, 3, 9), FirstOfPlaybook).Single("ask").Target.ContactId.ShouldBe("rob");
    }

    [Fact]
    public void Evaluate_FirstOf_NoRecruiterReachable_TakesTheFirstReachableHiringManager()
    {
        Scenario scenario = new Scenario(D(2026, 3, 2))
            .Person("rex", [ContactRole.Recruiter])
            .Person("hana", [ContactRole.HiringManager], email: false)
            .Person("hal", [ContactRole.HiringManager])
            .Reply(D(2026, 3, 3), "rex", ReplyOutcome.No);

        scenario.Evaluate(D(2026, 3, 9), FirstOfPlaybook).Single("ask").Target.ContactId.ShouldBe("hal");
    }

    [Fact]
    public void Evaluate_FirstOf_NobodyReachable_SaysWhyForTheFirstCandidateByRole()
    {
        // Hana comes first in the list, but recruiters come first in the audience: the step is Rex's, blocked.
        Scenario scenario = new Scenario(D(2026, 3, 2))
            .Person("hana", [ContactRole.HiringManager], email: false)
            .Person("rex", [ContactRole.Recruiter])
            .Reply(D(2026, 3, 3), "rex", ReplyOutcome.No);

        Evaluation evaluation = scenario.Evaluate(D(2026, 3, 9), FirstOfPlaybook);

        evaluation.For("ask").ShouldBeEmpty();
        SuppressedStep step = evaluation.Suppressed.ShouldHaveSingleItem();
        (step.RuleId, step.Target.ContactId, step.Reason, step.BlockingRuleId).ShouldBe(("ask", "rex", SuppressionReason.StopRule, "quiet"));
    }

    [Fact]
    public void Evaluate_FirstOf_NoCandidateAtAll_ChoosesNobody()
    {
        Scenario scenario = new Scenario(D(2026, 3, 2)).Person("tess", [ContactRole.TeamMember]);

        Evaluation evaluation = scenario.Evaluate(D(2026, 3, 9), FirstOfPlaybook);

        evaluation.Recommendations.ShouldBeEmpty();
        evaluation.Suppressed.ShouldBeEmpty();
    }

    [Fact]
    public void Evaluate_FirstInterviewer_SkipsAnInterviewerWhoCannotBeReached()
    {
        // Ana, first in the list, has no email; Cy did not interview.
        Scenario scenario = new Scenario(D(2026, 3, 2))
            .Person("ana", email: false).Person("cy").Person("ben").Person("bo")
            .Interview(D(2026, 3, 2), "bo", "ben", "ana");

        scenario.Evaluate(D(2026, 3, 3), FirstOfPlaybook).Single("thanks").Target.ContactId.ShouldBe("ben");
    }

    [Fact]
    public void Evaluate_FirstInterviewer_NobodyReachable_SaysWhyForTheFirst()
    {
        Scenario scenario = new Scenario(D(2026, 3, 2))
            .Person("cy").Person("ana", email: false).Person("ben", email: false)
            .Interview(D(2026, 3, 2), "ben", "ana");

        Evaluation evaluation = scenario.Evaluate(D(2026, 3, 3), FirstOfPlaybook);

        evaluation.For("thanks").ShouldBeEmpty();
        SuppressedStep step = evaluation.Suppressed.ShouldHaveSingleItem();
        (step.Target.ContactId, step.Reason).ShouldBe(("ana", SuppressionReason.Unreachable));
    }
}
