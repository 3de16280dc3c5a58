using FollowUpRules.Domain;
using FollowUpRules.Engine;
using FollowUpRules.Rules;
using FollowUpRules.Tests.Support;
using static FollowUpRules.Tests.Support.Scenario;

namespace FollowUpRules.Tests.Rules;

/// <summary>Rows 4 to 10 of the playbook: after a rejection.</summary>
public partial class DefaultPlaybookTest
{
    private static Scenario RejectedOn(LocalDateArgs rejection, RejectionReason? reason = null) =>
        new Scenario(D(2026, 9, 1))
            .Person("ana", [ContactRole.HiringManager], postal: true, linkedIn: true)
            .Person("ben", [ContactRole.TeamMember], linkedIn: true)
            .Interview(D(2026, 9, 15), "ana", "ben")
            .Touch(TouchpointKind.ThankYouEmail, D(2026, 9, 15), "ana")
            .Touch(TouchpointKind.ThankYouEmail, D(2026, 9, 15), "ben")
            .Rejected(rejection.Date, reason);

    // Row 4: rejection received -> journal notes the same day.
    [Fact]
    public void Row4_JournalNotes_DueTheDayTheRejectionArrives()
    {
        Recommendation step = RejectedOn(new(2026, 11, 16)).Evaluate(D(2026, 11, 16)).Single("journal-notes");

        step.Target.Kind.ShouldBe(TargetKind.Seeker);
        step.Action.ShouldBe(ActionKind.WriteJournalNotes);
        step.Due.ShouldBe(D(2026, 11, 16));
        step.Urgency.ShouldBe(Urgency.Due);
    }

    [Fact]
    public void Row4_JournalNotes_Written_NotRecommendedAgain()
    {
        Scenario scenario = RejectedOn(new(2026, 11, 16)).Touch(TouchpointKind.JournalEntry, D(2026, 11, 16));

        scenario.Evaluate(D(2026, 11, 20)).For("journal-notes").ShouldBeEmpty();
    }

    [Fact]
    public void Row4_JournalNotes_RejectedWithoutAnyInterview_NothingToNote_AndTheStepSaysWhy()
    {
        // Rejected on Mon 2026-11-16 after applying on Sep 1, never interviewed: there is no interview to write notes about.
        var neverInterviewed = new Scenario(D(2026, 9, 1)).Person("rita", [ContactRole.Recruiter]).Rejected(D(2026, 11, 16));
        var interviewed = new Scenario(D(2026, 9, 1)).Person("rita", [ContactRole.Recruiter]).Interview(D(2026, 10, 5), "rita").Rejected(D(2026, 11, 16));

        Evaluation evaluation = neverInterviewed.Evaluate(D(2026, 11, 16));

        evaluation.For("journal-notes").ShouldBeEmpty();
        SuppressedStep withheld = evaluation.Suppressed("journal-notes");
        withheld.Reason.ShouldBe(SuppressionReason.ConditionNotMet);
        withheld.Explanation.Lines[^1].ShouldBe("Not recommended, because no interview was recorded.");
        interviewed.Evaluate(D(2026, 11, 16)).Single("journal-notes").Due.ShouldBe(D(2026, 11, 16), "with the interview of Oct 5 recorded, the notes are due the day the rejection arrives");
    }

    [Fact]
    public void Row4_JournalNotes_Forgotten_StaysOverdue()
    {
        Recommendation step = RejectedOn(new(2026, 11, 16)).Evaluate(D(2026, 11, 30)).Single("journal-notes");

        step.Urgency.ShouldBe(Urgency.Overdue);
        step.Explanation.Lines[^1].ShouldContain("Overdue since Wed 2026-11-18");
    }

    // Row 5: rejection received -> handwritten note to each interviewer where a postal address is known, else an email.
    [Fact]
    public void Row5_ThankYouNote_PostalWhereKnown_EmailOtherwise()
    {
        Evaluation evaluation = RejectedOn(new(2026, 11, 16)).Evaluate(D(2026, 11, 17));

        Recommendation ana = evaluation.Single("rejection-thank-you-note", "ana");
        ana.Action.ShouldBe(ActionKind.SendThankYouNote);
        ana.Channel.ShouldBe(Channel.Postal);
        ana.Due.ShouldBe(D(2026, 11, 19));
        Recommendation ben = evaluation.Single("rejection-thank-you-note", "ben");
        ben.Action.ShouldBe(ActionKind.SendThankYouEmail);
        ben.Channel.ShouldBe(Channel.Email);
        ben.Explanation.Lines.ShouldContain("Ben cannot be reached by Postal, so: Send a thank-you email by Email instead.");
    }

    [Fact]
    public void Row5_ThankYouNote_TooLate_TurnsIntoAnEmail()
    {
        Recommendation ana = RejectedOn(new(2026, 11, 16)).Evaluate(D(2026, 11, 24)).Single("rejection-thank-you-note", "ana");

        ana.IsReplacement.ShouldBeTrue();
        ana.Action.ShouldBe(ActionKind.SendThankYouEmail);
        ana.Channel.ShouldBe(Channel.Email);
        ana.Due.ShouldBe(D(2026, 11, 24));
        ana.Urgency.ShouldBe(Urgency.Due);
        ana.Explanation.Lines.ShouldContain(l => l.Contains("it is now too late", StringComparison.Ordinal));
    }

    [Fact]
    public void Row5_ThankYouNote_AcrossFebruaryEnd()
    {
        RejectedOn(new(2027, 2, 26)).Evaluate(D(2027, 2, 26)).Single("rejection-thank-you-note", "ana").Due.ShouldBe(D(2027, 3, 1));
    }

    [Fact]
    public void Row5_ThankYouNote_InterviewThankYouBeforeTheRejection_DoesNotCount()
    {
        // Both interviewers got a thank-you email after the interview in September; the rejection thank-you is a new step.
        RejectedOn(new(2026, 11, 16)).Evaluate(D(2026, 11, 17)).For("rejection-thank-you-note").Length.ShouldBe(2);
    }

    // Row 6: about a week after the note -> congratulate each interviewer on the hire and ask to connect on LinkedIn.
    [Fact]
    public void Row6_Congratulations_OneWeekAfterTheNoteWasSent()
    {
        Scenario scenario = RejectedOn(new(2026, 11, 16)).Touch(TouchpointKind.ThankYouNote, D(2026, 11, 18), "ana");

        Recommendation step = scenario.Evaluate(D(2026, 11, 20)).Single("congratulate-and-connect", "ana");

        step.Action.ShouldBe(ActionKind.SendCongratulations);
        step.Due.ShouldBe(D(2026, 11, 25));
        step.Urgency.ShouldBe(Urgency.Due);
        step.Explanation.Lines.ShouldContain(l => l.Contains("was done on Wed 2026-11-18", StringComparison.Ordinal));
    }

    [Fact]
    public void Row6_Congratulations_NoteNotSent_WaitsForTheNoteDueDate()
    {
        Scenario scenario = RejectedOn(new(2026, 11, 16));

        scenario.Evaluate(D(2026, 11, 18)).For("congratulate-and-connect").ShouldBeEmpty();
        scenario.Evaluate(D(2026, 11, 19)).Single("congratulate-and-connect", "ana").Due.ShouldBe(D(2026, 11, 26));
    }

    [Fact]
    public void Row6_Congratulations_NoteDismissed_StillFollowsTheNotesDueDate()
    {
        Scenario scenario = RejectedOn(new(2026, 11, 16)).Dismiss(D(2026, 11, 17), "rejection-thank-you-note", "ana");

        Evaluation evaluation = scenario.Evaluate(D(2026, 11, 20));

        evaluation.For("rejection-thank-you-note").ShouldHaveSingleItem().Target.ContactId.ShouldBe("ben");
        Recommendation congratulations = evaluation.Single("congratulate-and-connect", "ana");
        congratulations.Due.ShouldBe(D(2026, 11, 26));
        congratulations.Explanation.Lines.ShouldContain(l => l.Contains("was dismissed; it was due on Thu 2026-11-19", StringComparison.Ordinal));
    }

    // Row 7: a contact replied yes to connecting -> send the LinkedIn invitation the next business day.
    [Fact]
    public void Row7_LinkedInInvitation_NextBusinessDayAfterAFridayYes()
    {
        Scenario scenario = RejectedOn(new(2026, 11, 16))
            .Touch(TouchpointKind.Congratulations, D(2026, 11, 25), "ana")
            .Reply(D(2026, 11, 27), "ana", ReplyOutcome.Yes);

        Recommendation step = scenario.Evaluate(D(2026, 11, 28)).Single("send-linkedin-invitation", "ana");

        step.Channel.ShouldBe(Channel.LinkedIn);
        step.Due.ShouldBe(D(2026, 11, 30));
        step.Urgency.ShouldBe(Urgency.Due);
    }

    [Fact]
    public void Row7_LinkedInInvitation_YesWithOnlyAnEmailAddress_RecommendedFindThemByName()
    {
        // Cara has only an email address: the congratulations went by email, and she said yes to connecting.
        Scenario scenario = new Scenario(D(2026, 9, 1))
            .Person("cara", [ContactRole.HiringManager])
            .Interview(D(2026, 9, 15), "cara")
            .Rejected(D(2026, 11, 16))
            .Touch(TouchpointKind.Congratulations, D(2026, 11, 25), "cara")
            .Reply(D(2026, 11, 27), "cara", ReplyOutcome.Yes);

        Recommendation step = scenario.Evaluate(D(2026, 11, 28)).Single("send-linkedin-invitation", "cara");

        step.Channel.ShouldBe(Channel.LinkedIn);
        step.Due.ShouldBe(D(2026, 11, 30));
        step.Explanation.Lines.ShouldContain("No LinkedIn profile is recorded for Cara: find them on LinkedIn by name, or ask them for the link to their profile.");
    }

    [Fact]
    public void Row11_CheckIn_ConnectedOnLinkedInWithoutAProfileLink_ByLinkedIn()
    {
        // Dan has no email address and no profile link recorded, but accepted the seeker's invitation on Mon 2026-11-30.
        Scenario scenario = new Scenario(D(2026, 9, 1))
            .Person("dan", [ContactRole.HiringManager], email: false)
            .Interview(D(2026, 9, 15), "dan")
            .Rejected(D(2026, 11, 16))
            .Add(new Touchpoint("accepted", TouchpointKind.LinkedInRequestAccepted, D(2026, 11, 30), ["dan"]));

        Recommendation step = scenario.Evaluate(D(2027, 2, 20)).Single("nurture-hiring-manager", "dan");

        step.Channel.ShouldBe(Channel.LinkedIn);
        step.Explanation.Lines.ShouldContain("No LinkedIn profile link is recorded for Dan, but you are connected there: message them on LinkedIn.");
    }

    [Fact]
    public void Row7_LinkedInInvitation_YesToSomethingElse_BeforeAnyAskToConnect_NotRecommended()
    {
        Scenario scenario = RejectedOn(new(2026, 11, 16)).Reply(D(2026, 11, 27), "ana", ReplyOutcome.Yes);

        Evaluation evaluation = scenario.Evaluate(D(2026, 11, 28));

        evaluation.For("send-linkedin-invitation").ShouldBeEmpty();
        evaluation.Suppressed("send-linkedin-invitation", "ana").Explanation.Lines[^1].ShouldBe("Not recommended, because no congratulations message was recorded with them.");
    }

    [Fact]
    public void Row7_LinkedInInvitation_AlreadyPending_NotRecommendedAgain()
    {
        Scenario scenario = new Scenario(D(2026, 9, 1))
            .Person("ana", [ContactRole.HiringManager], linkedIn: true, connection: LinkedInConnection.Pending)
            .Interview(D(2026, 9, 15), "ana")
            .Rejected(D(2026, 11, 16))
            .Touch(TouchpointKind.Congratulations, D(2026, 11, 25), "ana")
            .Reply(D(2026, 11, 27), "ana", ReplyOutcome.Yes);

        scenario.Evaluate(D(2026, 11, 28)).For("send-linkedin-invitation").ShouldBeEmpty();
    }

    [Fact]
    public void Row7_LinkedInInvitation_AlreadyConnected_NotRecommended()
    {
        Scenario scenario = RejectedOn(new(2026, 11, 16))
            .Add(new Touchpoint("acc", TouchpointKind.LinkedInRequestAccepted, D(2026, 11, 20), ["ana"]))
            .Reply(D(2026, 11, 27), "ana", ReplyOutcome.Yes);

        Evaluation evaluation = scenario.Evaluate(D(2026, 11, 28));

        evaluation.For("send-linkedin-invitation").ShouldBeEmpty();
        evaluation.Suppressed("send-linkedin-invitation", "ana").Reason.ShouldBe(SuppressionReason.ConditionNotMet);
    }

    // Row 8: rejection received -> follow the company on its social accounts within a week.
    [Fact]
    public void Row8_FollowCompany_WithinAWeek()
    {
        Recommendation step = RejectedOn(new(2026, 11, 16)).Evaluate(D(2026, 11, 16)).Single("follow-company-social");

        step.Target.Kind.ShouldBe(TargetKind.Company);
        step.Channel.ShouldBe(Channel.Social);
        step.Earliest.ShouldBe(D(2026, 11, 16));
        step.Due.ShouldBe(D(2026, 11, 23));
    }

    [Fact]
    public void Row8_FollowCompany_AlreadyFollowing_NotRecommended()
    {
        Scenario scenario = new Scenario(D(2026, 9, 1)).Touch(TouchpointKind.SocialFollow, D(2026, 9, 2)).Rejected(D(2026, 11, 16));

        scenario.Evaluate(D(2026, 11, 16)).For("follow-company-social").ShouldBeEmpty();
    }

    // Row 9: rejection received -> check back on the company at 3 and 6 months.
    [Fact]
    public void Row9_CheckBack_ThreeMonthsAfter_TruncatesAtFebruaryEnd()
    {
        Recommendation step = RejectedOn(new(2026, 11, 30)).Evaluate(D(2027, 2, 20)).Single("check-back-on-company");

        step.Occurrence.ShouldBe(1);
        step.Due.ShouldBe(D(2027, 2, 28));
        step.Earliest.ShouldBe(D(2027, 2, 14));
        step.Urgency.ShouldBe(Urgency.Due);
    }

    [Fact]
    public void Row9_CheckBack_InALeapYear_FebruaryTwentyNinth()
    {
        RejectedOn(new(2027, 11, 30)).Evaluate(D(2028, 2, 29)).Single("check-back-on-company").Due.ShouldBe(D(2028, 2, 29));
    }

    [Fact]
    public void Row9_CheckBack_SecondCheckThreeMonthsAfterTheFirst_ThenDone()
    {
        Scenario scenario = RejectedOn(new(2026, 11, 30)).Touch(TouchpointKind.CompanyCheck, D(2027, 2, 28));

        Recommendation second = scenario.Evaluate(D(2027, 3, 1)).Single("check-back-on-company");
        second.Occurrence.ShouldBe(2);
        second.Due.ShouldBe(D(2027, 5, 28));

        scenario.Touch(TouchpointKind.CompanyCheck, D(2027, 5, 28));
        scenario.Evaluate(D(2028, 1, 1)).For("check-back-on-company").ShouldBeEmpty();
    }

    // Row 10: rejection reason "hiring paused" -> check back sooner, at 6 weeks.
    [Fact]
    public void Row10_HiringPaused_CheckBackAfterSixWeeks()
    {
        Recommendation step = RejectedOn(new(2026, 11, 16), RejectionReason.HiringPaused).Evaluate(D(2026, 12, 23)).Single("check-back-hiring-paused");

        step.Due.ShouldBe(D(2026, 12, 28));
        step.Urgency.ShouldBe(Urgency.Due);
        step.Explanation.Lines.ShouldContain("It applies because the rejection reason is HiringPaused.");
    }

    [Fact]
    public void Row10_OtherReason_NoEarlyCheck_AndTheSixWeekCheckDoesNotCountAsTheThreeMonthOne()
    {
        RejectedOn(new(2026, 11, 16), RejectionReason.InternalCandidate).Evaluate(D(2026, 12, 28)).For("check-back-hiring-paused").ShouldBeEmpty();

        Scenario paused = RejectedOn(new(2026, 11, 16), RejectionReason.HiringPaused).Touch(TouchpointKind.CompanyCheck, D(2026, 12, 28));
        Evaluation evaluation = paused.Evaluate(D(2027, 1, 5));
        evaluation.For("check-back-hiring-paused").ShouldBeEmpty();
        evaluation.Single("check-back-on-company").Due.ShouldBe(D(2027, 2, 16));
    }

    internal readonly record struct LocalDateArgs(int Year, int Month, int Day)
    {
        internal NodaTime.LocalDate Date => new(Year, Month, Day);
    }
}
