using FollowUpRules.Domain;
using FollowUpRules.Engine;
using FollowUpRules.Rules;
using FollowUpRules.Tests.Support;
using static FollowUpRules.Tests.Support.Scenario;

namespace FollowUpRules.Tests.Rules;

/// <summary>Rows 11 to 14 of the playbook: the long conversation.</summary>
public partial class DefaultPlaybookTest
{
    private static Scenario RejectedInJanuary() =>
        new Scenario(D(2026, 1, 2))
            .Person("hank", [ContactRole.HiringManager], linkedIn: true)
            .Person("tess", [ContactRole.TeamMember])
            .Person("tom", [ContactRole.TeamMember])
            .Interview(D(2026, 1, 8), "hank", "tess")
            .Rejected(D(2026, 1, 15));

    // Row 11: long term -> check in with the hiring manager every few months; back off after unanswered attempts.
    [Fact]
    public void Row11_CheckIn_ThreeMonthsAfterTheLastRealInteraction()
    {
        Scenario scenario = RejectedInJanuary().Touch(TouchpointKind.Congratulations, D(2026, 1, 22), "hank");

        Recommendation step = scenario.Evaluate(D(2026, 4, 20)).Single("nurture-hiring-manager", "hank");

        step.Action.ShouldBe(ActionKind.SendCheckIn);
        step.Due.ShouldBe(D(2026, 4, 22));
        step.Urgency.ShouldBe(Urgency.Due);
        step.Explanation.Lines.ShouldContain("The clock restarted at your last interaction with Hank: a congratulations message on Thu 2026-01-22.");
    }

    [Fact]
    public void Row11_CheckIn_AReplyRestartsTheClock_NoBackOff()
    {
        Scenario scenario = RejectedInJanuary()
            .Touch(TouchpointKind.CheckIn, D(2026, 4, 22), "hank")
            .Reply(D(2026, 5, 1), "hank", ReplyOutcome.Neutral);

        // Three months after the reply is Sat 2026-08-01; check-ins go out on business days, so Mon 2026-08-03.
        Recommendation step = scenario.Evaluate(D(2026, 5, 2)).Single("nurture-hiring-manager", "hank");
        step.Due.ShouldBe(D(2026, 8, 3));
        step.Explanation.Lines.ShouldContain(l => l.StartsWith("Due date moved from Sat 2026-08-01 to Mon 2026-08-03, the following business day", StringComparison.Ordinal));
    }

    [Fact]
    public void Row11_CheckIn_Unanswered_SpacingDoubles()
    {
        Scenario scenario = RejectedInJanuary().Touch(TouchpointKind.CheckIn, D(2026, 4, 22), "hank");

        Recommendation step = scenario.Evaluate(D(2026, 5, 2)).Single("nurture-hiring-manager", "hank");

        step.Occurrence.ShouldBe(2);
        step.Due.ShouldBe(D(2026, 10, 22));
        step.Explanation.Lines.ShouldContain("Spacing multiplied by 2 after 1 unanswered attempt in a row.");
    }

    [Fact]
    public void Row11_CheckIn_ThreeUnansweredInARow_Stops()
    {
        Scenario scenario = RejectedInJanuary()
            .Touch(TouchpointKind.CheckIn, D(2026, 4, 22), "hank")
            .Touch(TouchpointKind.CheckIn, D(2026, 10, 22), "hank")
            .Touch(TouchpointKind.CheckIn, D(2027, 10, 22), "hank");

        Evaluation evaluation = scenario.Evaluate(D(2027, 11, 1));

        evaluation.For("nurture-hiring-manager").ShouldBeEmpty();
        evaluation.Suppressed("nurture-hiring-manager", "hank").Reason.ShouldBe(SuppressionReason.Unanswered);
    }

    [Fact]
    public void Row11_CheckIn_EndsThreeYearsAfterTheRejection()
    {
        Scenario scenario = RejectedInJanuary()
            .Reply(D(2028, 12, 1), "hank", ReplyOutcome.Neutral);

        // Three months after the reply would be 2029-03-01, past 2029-01-15.
        scenario.Evaluate(D(2028, 12, 2)).For("nurture-hiring-manager").ShouldBeEmpty();
    }

    [Fact]
    public void Row11_Coffee_WithTheFirstTeamMember_FourMonthsAfterTheRejection()
    {
        Recommendation step = RejectedInJanuary().Evaluate(D(2026, 5, 1)).Single("coffee-with-team-member");

        step.Target.ContactId.ShouldBe("tess");
        step.Action.ShouldBe(ActionKind.MeetForCoffee);
        step.Channel.ShouldBe(Channel.InPerson);
        step.Due.ShouldBe(D(2026, 5, 15));
    }

    [Fact]
    public void Row11_Coffee_Missed_ExpiresAndComesBackSixMonthsLater()
    {
        Evaluation evaluation = RejectedInJanuary().Evaluate(D(2026, 7, 1));

        evaluation.Expired.ShouldContain(e => e.RuleId == "coffee-with-team-member" && e.Due == D(2026, 5, 15));
        evaluation.Single("coffee-with-team-member").Due.ShouldBe(D(2026, 11, 16)); // six months on is Sun 2026-11-15
    }

    // Row 12: a new posting at the company -> reach out to the hiring manager within 2 business days, before applying.
    [Fact]
    public void Row12_NewPosting_ReachOutWithinTwoBusinessDays_AcrossNewYear()
    {
        Scenario scenario = RejectedInJanuary().Touch(TouchpointKind.PostingSpotted, D(2026, 12, 31));

        Recommendation step = scenario.Evaluate(D(2026, 12, 31)).Single("reach-out-on-new-posting");

        step.Target.ContactId.ShouldBe("hank");
        step.Action.ShouldBe(ActionKind.ReachOutAboutPosting);
        step.Due.ShouldBe(D(2027, 1, 4));
        step.Priority.ShouldBeGreaterThan(Rule.DefaultPriority);
    }

    [Fact]
    public void Row12_NewPosting_WhileStillInProcess_NotRecommended()
    {
        var scenario = new Scenario(D(2026, 10, 1)).Person("hank", [ContactRole.HiringManager]).Touch(TouchpointKind.PostingSpotted, D(2026, 10, 5));

        scenario.Evaluate(D(2026, 10, 5)).For("reach-out-on-new-posting").ShouldBeEmpty();
    }

    // Row 13: contact asked not to be contacted, or said no -> nothing more to that person.
    [Fact]
    public void Row13_DoNotContact_NothingTargetsThem()
    {
        var scenario = new Scenario(D(2026, 9, 1))
            .Person("ana", [ContactRole.HiringManager], postal: true, doNotContact: true)
            .Person("ben")
            .Interview(D(2026, 9, 15), "ana", "ben")
            .Rejected(D(2026, 11, 16));

        Evaluation evaluation = scenario.Evaluate(D(2026, 11, 17));

        evaluation.Recommendations.ShouldNotContain(r => r.Target.ContactId == "ana");
        evaluation.Suppressed("rejection-thank-you-note", "ana").Reason.ShouldBe(SuppressionReason.DoNotContact);
        evaluation.Single("rejection-thank-you-note", "ben");
    }

    [Fact]
    public void Row13_SaidNo_NothingMoreToThem_FromTheStopRule()
    {
        Scenario scenario = RejectedInJanuary().Reply(D(2026, 1, 20), "hank", ReplyOutcome.No);

        Evaluation evaluation = scenario.Evaluate(D(2026, 5, 1));

        evaluation.Recommendations.ShouldNotContain(r => r.Target.ContactId == "hank");
        SuppressedStep blocked = evaluation.Suppressed("nurture-hiring-manager", "hank");
        blocked.Reason.ShouldBe(SuppressionReason.StopRule);
        blocked.BlockingRuleId.ShouldBe("respect-no-contact");
        blocked.Explanation.Lines[^1].ShouldBe("Hank replied \"No\" on Tue 2026-01-20.");
        evaluation.Single("coffee-with-team-member").Target.ContactId.ShouldBe("tess");
    }

    [Fact]
    public void Row13_DoNotContactByTheStopRule_NamesTheMark()
    {
        // The engine's own guard acts before the stop rule, and names the mark.
        Scenario scenario = new Scenario(D(2026, 1, 2))
            .Person("hank", [ContactRole.HiringManager], doNotContact: true)
            .Interview(D(2026, 1, 8), "hank")
            .Rejected(D(2026, 1, 15));

        SuppressedStep blocked = scenario.Evaluate(D(2026, 5, 1)).Suppressed("nurture-hiring-manager", "hank");

        blocked.Reason.ShouldBe(SuppressionReason.DoNotContact);
        blocked.Explanation.Lines[^1].ShouldBe("Hank asked not to be contacted, so nothing is recommended to them.");
    }

    // Row 14: seeker accepted a job elsewhere -> nurture continues at a slower cadence; status chasers stop.
    [Fact]
    public void Row14_EmployedElsewhere_StatusChaserStops()
    {
        var scenario = new Scenario(D(2026, 10, 1)).Person("rita", [ContactRole.Recruiter]).EmployedElsewhereSince(D(2026, 10, 5));

        Evaluation evaluation = scenario.Evaluate(D(2026, 10, 8));

        evaluation.For("status-follow-up").ShouldBeEmpty();
        SuppressedStep stopped = evaluation.Suppressed("status-follow-up");
        stopped.Reason.ShouldBe(SuppressionReason.Stopped);
        stopped.Explanation.Lines.TakeLast(2).ShouldBe(["Stopped because you have accepted a job elsewhere.", "You accepted a job elsewhere on Mon 2026-10-05."]);
    }

    [Fact]
    public void Row14_EmployedElsewhere_CheckInsEverySixMonths_CoffeeOnceAYear()
    {
        Scenario scenario = RejectedInJanuary()
            .Touch(TouchpointKind.Congratulations, D(2026, 1, 22), "hank")
            .EmployedElsewhereSince(D(2026, 3, 1));

        Evaluation evaluation = scenario.Evaluate(D(2026, 4, 22));

        evaluation.For("nurture-hiring-manager").ShouldBeEmpty();
        evaluation.Single("nurture-hiring-manager-employed", "hank").Due.ShouldBe(D(2026, 7, 22));
        evaluation.For("coffee-with-team-member").ShouldBeEmpty();
        Recommendation coffee = evaluation.Single("coffee-with-team-member-employed");
        coffee.Target.ContactId.ShouldBe("tess");
        coffee.Due.ShouldBe(D(2026, 7, 15));
    }
}
