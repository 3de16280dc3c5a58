using FollowUpRules.Domain;
using FollowUpRules.Engine;
using FollowUpRules.Rules;
using FollowUpRules.Tests.Support;
using static FollowUpRules.Tests.Support.Scenario;

namespace FollowUpRules.Tests.Rules;

/// <summary>Rows 1 to 3 of the playbook: before a decision.</summary>
public partial class DefaultPlaybookTest
{
    // Row 1: application submitted, nothing heard -> polite status follow-up, about a week, then once more; stop on any reply.
    [Fact]
    public void Row1_StatusFollowUp_DueOneWeekAfterApplying_ToRecruiterFirst()
    {
        var scenario = new Scenario(D(2026, 10, 1))
            .Person("hank", [ContactRole.HiringManager])
            .Person("rita", [ContactRole.Recruiter]);

        Recommendation step = scenario.Evaluate(D(2026, 10, 8)).Single("status-follow-up");

        step.Target.ContactId.ShouldBe("rita");
        step.Action.ShouldBe(ActionKind.SendStatusFollowUp);
        step.Channel.ShouldBe(Channel.Email);
        step.Due.ShouldBe(D(2026, 10, 8));
        step.Urgency.ShouldBe(Urgency.Due);
        step.Explanation.Lines.ShouldContain(l => l.Contains("you applied on Thu 2026-10-01", StringComparison.Ordinal));
    }

    [Fact]
    public void Row1_StatusFollowUp_SecondOneWeekAfterTheFirstWasSent_ThenNoMore()
    {
        var scenario = new Scenario(D(2026, 10, 1)).Person("rita", [ContactRole.Recruiter]);
        scenario.Touch(TouchpointKind.StatusFollowUp, D(2026, 10, 9), "rita");

        Recommendation second = scenario.Evaluate(D(2026, 10, 12)).Single("status-follow-up");
        second.Occurrence.ShouldBe(2);
        second.Due.ShouldBe(D(2026, 10, 16));
        second.Urgency.ShouldBe(Urgency.Upcoming);

        scenario.Touch(TouchpointKind.StatusFollowUp, D(2026, 10, 16), "rita");
        scenario.Evaluate(D(2026, 12, 1)).For("status-follow-up").ShouldBeEmpty();
    }

    [Fact]
    public void Row1_StatusFollowUp_AnyReplyStopsIt()
    {
        var scenario = new Scenario(D(2026, 10, 1))
            .Person("hank", [ContactRole.HiringManager])
            .Person("rita", [ContactRole.Recruiter])
            .Reply(D(2026, 10, 5), "hank", ReplyOutcome.Neutral);

        Evaluation evaluation = scenario.Evaluate(D(2026, 10, 8));

        evaluation.For("status-follow-up").ShouldBeEmpty();
        SuppressedStep stopped = evaluation.Suppressed("status-follow-up");
        stopped.Reason.ShouldBe(SuppressionReason.Stopped);
        stopped.Explanation.Lines.TakeLast(2).ShouldBe(["Stopped because a reply came from anyone at the company.", "Hank replied \"Neutral\" on Mon 2026-10-05."]);
    }

    [Fact]
    public void Row1_StatusFollowUp_InterviewingWithNothingRecorded_FollowsUpAWeekAfterApplying()
    {
        // The app set the status to Interviewing on its own (an interview being arranged), and nothing is recorded yet.
        var scenario = new Scenario(D(2026, 10, 1), ApplicationStatus.Interviewing).Person("rita", [ContactRole.Recruiter]);

        Recommendation step = scenario.Evaluate(D(2026, 10, 8)).Single("status-follow-up");

        step.Target.ContactId.ShouldBe("rita");
        step.Due.ShouldBe(D(2026, 10, 8));
        step.Urgency.ShouldBe(Urgency.Due);
        scenario.Interview(D(2026, 10, 9), "rita").Evaluate(D(2026, 10, 12)).For("status-follow-up").ShouldBeEmpty("the interview recorded on Fri 2026-10-09 stops it");
    }

    [Fact]
    public void Row1_StatusFollowUp_OfferAlready_NamesTheStatus()
    {
        var scenario = new Scenario(D(2026, 10, 1), ApplicationStatus.Offer).Person("rita", [ContactRole.Recruiter]);

        SuppressedStep withheld = scenario.Evaluate(D(2026, 10, 8)).Suppressed("status-follow-up");

        withheld.Reason.ShouldBe(SuppressionReason.ConditionNotMet);
        withheld.Explanation.Lines.TakeLast(2).ShouldBe(["Not recommended, because the application's status is not Applied or Interviewing.", "The application's status is Offer."]);
    }

    [Fact]
    public void Row1_StatusFollowUp_RecruiterWhoAskedNotToBeContacted_GoesToHiringManager()
    {
        var scenario = new Scenario(D(2026, 10, 1))
            .Person("rita", [ContactRole.Recruiter], doNotContact: true)
            .Person("hank", [ContactRole.HiringManager]);

        scenario.Evaluate(D(2026, 10, 8)).Single("status-follow-up").Target.ContactId.ShouldBe("hank");
    }

    [Fact]
    public void Row1_StatusFollowUp_AnInterviewStopsIt_EvenIfTheStatusWasNotUpdated()
    {
        var scenario = new Scenario(D(2026, 10, 1)).Person("rita", [ContactRole.Recruiter])
            .Touch(TouchpointKind.Interview, D(2026, 10, 6), "rita");

        Evaluation evaluation = scenario.Evaluate(D(2026, 10, 8));

        evaluation.For("status-follow-up").ShouldBeEmpty();
        evaluation.Suppressed("status-follow-up").Explanation.Lines.TakeLast(2).ShouldBe(["Stopped because an interview was recorded.", "An interview with Rita was recorded on Tue 2026-10-06."]);
    }

    [Fact]
    public void Row1_StatusFollowUp_AcrossTheYearBoundary()
    {
        var scenario = new Scenario(D(2026, 12, 28)).Person("rita", [ContactRole.Recruiter]);

        scenario.Evaluate(D(2027, 1, 2)).Single("status-follow-up").Due.ShouldBe(D(2027, 1, 4));
    }

    [Fact]
    public void Row1_StatusFollowUp_StopsOnceInterviewing()
    {
        var scenario = new Scenario(D(2026, 10, 1)).Person("rita", [ContactRole.Recruiter]).Interview(D(2026, 10, 6), "rita");

        scenario.Evaluate(D(2026, 10, 8)).For("status-follow-up").ShouldBeEmpty();
    }

    // Row 2: interview held -> thank-you email to each interviewer within 1 business day.
    [Fact]
    public void Row2_InterviewThankYou_EachInterviewer_NextBusinessDayAfterAFridayInterview()
    {
        var scenario = new Scenario(D(2026, 11, 2)).Person("ana").Person("ben").Interview(D(2026, 11, 20), "ana", "ben");

        Evaluation evaluation = scenario.Evaluate(D(2026, 11, 21));

        Recommendation[] steps = evaluation.For("interview-thank-you");
        steps.Select(s => s.Target.ContactId).ShouldBe(["ana", "ben"], ignoreOrder: true);
        steps.ShouldAllBe(s => s.Due == D(2026, 11, 23) && s.Earliest == D(2026, 11, 20) && s.Channel == Channel.Email && s.Urgency == Urgency.Due);
    }

    [Fact]
    public void Row2_InterviewThankYou_DoneForOne_OnlyTheOtherRemains()
    {
        var scenario = new Scenario(D(2026, 11, 2)).Person("ana").Person("ben").Interview(D(2026, 11, 20), "ana", "ben")
            .Touch(TouchpointKind.ThankYouEmail, D(2026, 11, 20), "ana");

        scenario.Evaluate(D(2026, 11, 21)).For("interview-thank-you").Single().Target.ContactId.ShouldBe("ben");
    }

    [Fact]
    public void Row2_InterviewThankYou_NewYearsEveInterview_DueOnNewYearsDay()
    {
        var scenario = new Scenario(D(2026, 12, 1)).Person("ana").Interview(D(2026, 12, 31), "ana");

        scenario.Evaluate(D(2026, 12, 31)).Single("interview-thank-you").Due.ShouldBe(D(2027, 1, 1));
    }

    [Fact]
    public void Row2_InterviewThankYou_MissedForDays_ExpiresVisibly()
    {
        var scenario = new Scenario(D(2026, 11, 2)).Person("ana").Interview(D(2026, 11, 20), "ana");

        Evaluation evaluation = scenario.Evaluate(D(2026, 11, 27));

        evaluation.For("interview-thank-you").ShouldBeEmpty();
        ExpiredStep expired = evaluation.Expired.Single(e => e.RuleId == "interview-thank-you");
        expired.Due.ShouldBe(D(2026, 11, 23));
        expired.Latest.ShouldBe(D(2026, 11, 26));
        expired.Explanation.Lines[^1].ShouldContain("expired");
    }

    [Fact]
    public void Row2_InterviewThankYou_EachInterviewGetsItsOwnStep()
    {
        var scenario = new Scenario(D(2026, 11, 2)).Person("ana").Person("ben")
            .Interview(D(2026, 11, 10), "ana")
            .Touch(TouchpointKind.ThankYouEmail, D(2026, 11, 10), "ana")
            .Interview(D(2026, 11, 17), "ana", "ben");

        Recommendation[] steps = scenario.Evaluate(D(2026, 11, 17)).For("interview-thank-you");

        steps.Length.ShouldBe(2);
        steps.ShouldAllBe(s => s.Due == D(2026, 11, 18));
    }

    // Row 3: no decision long after the last interview -> treat as a silent rejection, enter the after-rejection path.
    [Fact]
    public void Row3_SilentRejection_ThirtyDaysAfterLastInterview_StartsAfterRejectionPath()
    {
        var scenario = new Scenario(D(2026, 1, 5)).Person("ana").Interview(D(2026, 1, 30), "ana");

        Evaluation evaluation = scenario.Evaluate(D(2026, 3, 1));

        Recommendation decision = evaluation.Single("silent-rejection");
        decision.Action.ShouldBe(ActionKind.TreatAsRejected);
        decision.Target.Kind.ShouldBe(TargetKind.Seeker);
        decision.Due.ShouldBe(D(2026, 3, 1));
        Recommendation journal = evaluation.Single("journal-notes");
        journal.Due.ShouldBe(D(2026, 3, 1));
        journal.Explanation.Lines.ShouldContain(l => l.Contains("silent rejection from Sun 2026-03-01", StringComparison.Ordinal));
    }

    [Fact]
    public void Row3_SilentRejection_InALeapYear_FallsOnFebruary29()
    {
        var scenario = new Scenario(D(2028, 1, 3)).Person("ana").Interview(D(2028, 1, 30), "ana");

        scenario.Evaluate(D(2028, 2, 29)).Single("silent-rejection").Due.ShouldBe(D(2028, 2, 29));
    }

    [Fact]
    public void Row3_SilentRejection_BeforeDayThirty_NothingAfterRejectionYet()
    {
        var scenario = new Scenario(D(2026, 1, 5)).Person("ana").Interview(D(2026, 1, 30), "ana");

        Evaluation evaluation = scenario.Evaluate(D(2026, 2, 28));

        evaluation.Single("silent-rejection").Urgency.ShouldBe(Urgency.Upcoming);
        evaluation.For("journal-notes").ShouldBeEmpty();
    }

    [Fact]
    public void Row3_SilentRejection_Snoozed_DelaysTheAfterRejectionPath()
    {
        var scenario = new Scenario(D(2026, 1, 5)).Person("ana").Interview(D(2026, 1, 30), "ana")
            .Snooze(D(2026, 3, 1), "silent-rejection", D(2026, 3, 15));

        scenario.Evaluate(D(2026, 3, 10)).For("journal-notes").ShouldBeEmpty();
        scenario.Evaluate(D(2026, 3, 15)).Single("journal-notes").Due.ShouldBe(D(2026, 3, 15));
    }

    [Fact]
    public void Row3_SilentRejection_RejectionArrivesInTime_NoSilentRejection()
    {
        var scenario = new Scenario(D(2026, 1, 5)).Person("ana").Interview(D(2026, 1, 30), "ana").Rejected(D(2026, 2, 10));

        Evaluation evaluation = scenario.Evaluate(D(2026, 3, 1));

        evaluation.For("silent-rejection").ShouldBeEmpty();
        evaluation.Single("rejection-thank-you-note", "ana").AnchorDate.ShouldBe(D(2026, 2, 10));
    }

    [Fact]
    public void Row3_SilentRejection_ConfirmedLater_StepsCountFromTheConfirmation_DoneStepsStayDone()
    {
        var scenario = new Scenario(D(2026, 1, 5)).Person("ana").Person("ben").Interview(D(2026, 1, 30), "ana", "ben")
            .Touch(TouchpointKind.JournalEntry, D(2026, 3, 1))
            .Touch(TouchpointKind.ThankYouEmail, D(2026, 3, 3), "ben")
            .Rejected(D(2026, 3, 10));

        Evaluation evaluation = scenario.Evaluate(D(2026, 3, 10));

        evaluation.For("silent-rejection").ShouldBeEmpty();
        evaluation.For("journal-notes").ShouldBeEmpty();
        evaluation.For("rejection-thank-you-note").ShouldHaveSingleItem().Target.ContactId.ShouldBe("ana");
        Recommendation ana = evaluation.Single("rejection-thank-you-note", "ana");
        ana.AnchorDate.ShouldBe(D(2026, 3, 10));
        ana.Explanation.Lines.ShouldContain(l => l.Contains("counted as a rejection from Sun 2026-03-01", StringComparison.Ordinal));
    }

    [Fact]
    public void Row3_SilentRejection_ExplicitRejectionMonthsAfterTheInterview_AnchorsOnTheRejection()
    {
        var scenario = new Scenario(D(2026, 9, 1)).Person("ana").Interview(D(2026, 9, 15), "ana").Rejected(D(2026, 11, 16));

        scenario.Evaluate(D(2026, 11, 16)).Single("journal-notes").Due.ShouldBe(D(2026, 11, 16));
    }
}
