using FollowUpRules.Calendar;
using FollowUpRules.Domain;
using FollowUpRules.Engine;
using FollowUpRules.Rules;
using FollowUpRules.Tests.Support;
using NodaTime;
using static FollowUpRules.Tests.Support.Scenario;

namespace FollowUpRules.Tests.Engine;

/// <summary>
/// The edges of a chain of occurrences, on small playbooks of their own: whose touchpoints do a person's step, when an
/// occurrence's window opens and closes, what a missed occurrence of a restarting cadence becomes, which answer counts
/// against unanswered attempts, and what a rule that waits on another counts from.
/// </summary>
public partial class FollowUpEngineTest
{
    // Notes due a week after applying, on time for three more days; not done by then, the step expires.
    private static readonly Playbook ExpirePlaybook = PlaybookBuilder.Create("expire", "Expire")
        .AddRule("notes", "Write notes", rule => rule
            .After(Anchor.ApplicationSubmitted).Due(StepOffset.FromDays(7)).Window(late: Period.FromDays(3))
            .For(Audience.Seeker).Do(ActionKind.WriteJournalNotes, Channel.None).IfLate(LatePolicy.Expire))
        .Build();

    // A check-in with each hiring manager a week after applying, then every two weeks, counting from the last interaction;
    // one not done within two days of its due date expires, and the next counts from when it was due.
    private static readonly Playbook RestartExpirePlaybook = PlaybookBuilder.Create("restart-expire", "Restart, expire")
        .AddRule("check-in", "Check in", rule => rule
            .After(Anchor.ApplicationSubmitted).Due(StepOffset.FromWeeks(1)).Window(late: Period.FromDays(2))
            .Repeat(StepOffset.FromWeeks(2), maxCount: 3, restartOnInteraction: true)
            .For(Audience.Each(ContactRole.HiringManager)).Do(ActionKind.SendCheckIn, Channel.Email).IfLate(LatePolicy.Expire))
        .Build();

    // A look at the company a week after applying, open from two days before; following it on social media two days after
    // the look was done (or was due).
    private static readonly Playbook AfterLookPlaybook = PlaybookBuilder.Create("after-look", "After the look")
        .AddRule("look", "Look at the company", rule => rule
            .After(Anchor.ApplicationSubmitted).Due(StepOffset.FromDays(7)).Window(early: Period.FromDays(2), late: Period.FromDays(3))
            .For(Audience.Company).Do(ActionKind.CheckOnCompany, Channel.Web))
        .AddRule("follow", "Follow the company", rule => rule
            .After(Anchor.AfterRule("look")).Due(StepOffset.FromDays(2)).Window(late: Period.FromDays(3))
            .For(Audience.Company).Do(ActionKind.FollowOnSocial, Channel.Social))
        .Build();

    [Fact]
    public void Evaluate_CheckInSentToSomeoneElse_DoesNotDoThisPersonsStep()
    {
        // Applied Mon 2026-01-05; the weekly check-in went to Ben on Mon 01-12, not to Hana.
        Scenario scenario = new Scenario(D(2026, 1, 5)).Person("hana", [ContactRole.HiringManager]).Person("ben", [ContactRole.HiringManager])
            .Touch(TouchpointKind.CheckIn, D(2026, 1, 12), "ben");

        Evaluation evaluation = scenario.Evaluate(D(2026, 1, 13), UnansweredPlaybook);

        Recommendation hana = evaluation.Single("check-in", "hana");
        (hana.Occurrence, hana.Due, hana.Urgency).ShouldBe((1, D(2026, 1, 12), Urgency.Due));
        Recommendation ben = evaluation.Single("check-in", "ben");
        (ben.Occurrence, ben.Due).ShouldBe((2, D(2026, 1, 19)));
    }

    [Fact]
    public void Evaluate_RepeatThatDoesNotRestart_InteractionAfterTheAnchor_ChangesNothing()
    {
        // Coffee with Hana on Thu 2026-01-08: the weekly check-in still counts from the application, Mon 01-05.
        Scenario scenario = new Scenario(D(2026, 1, 5)).Person("hana", [ContactRole.HiringManager]).Touch(TouchpointKind.Coffee, D(2026, 1, 8), "hana");

        Recommendation step = scenario.Evaluate(D(2026, 1, 9), UnansweredPlaybook).Single("check-in", "hana");

        (step.Occurrence, step.AnchorDate, step.Due).ShouldBe((1, D(2026, 1, 5), D(2026, 1, 12)));
        step.Explanation.Lines.ShouldNotContain(line => line.StartsWith("The clock restarted", StringComparison.Ordinal));
    }

    [Fact]
    public void Evaluate_LaterOccurrence_ExplainsItsOwnScheduleOnly()
    {
        Scenario scenario = new Scenario(D(2026, 1, 5))
            .Touch(TouchpointKind.JournalEntry, D(2026, 2, 5))
            .Touch(TouchpointKind.JournalEntry, D(2026, 3, 5));

        Recommendation third = scenario.Evaluate(D(2026, 3, 5), ForThreeMonthsPlaybook).Single("notes");

        third.Explanation.Lines.Where(line => line.StartsWith("Step ", StringComparison.Ordinal))
            .ShouldBe(["Step 3: due 1 month after the previous one was done (a journal entry on Thu 2026-03-05): Sun 2026-04-05."]);
        third.Explanation.Lines.Count(line => line.StartsWith("Window:", StringComparison.Ordinal)).ShouldBe(1);
    }

    [Fact]
    public void Evaluate_StepDoneBeforeItsWindowOpens_DoesNotCount()
    {
        // Applied Mon 2026-03-02: the notes are open from Sat 03-07; notes written on Wed 03-04 were too early for the step.
        Scenario scenario = new Scenario(D(2026, 3, 2)).Touch(TouchpointKind.JournalEntry, D(2026, 3, 4));

        Recommendation step = scenario.Evaluate(D(2026, 3, 8), WindowPlaybook).Single("notes");

        (step.Occurrence, step.Due, step.Urgency).ShouldBe((1, D(2026, 3, 9), Urgency.Due));
        scenario.Touch(TouchpointKind.JournalEntry, D(2026, 3, 7)).Evaluate(D(2026, 3, 8), WindowPlaybook).Recommendations.ShouldBeEmpty();
    }

    [Fact]
    public void Evaluate_ExpiringStep_DoneOnItsLatestDate_CountsAsDone()
    {
        // Applied Mon 2026-03-02: the notes are due Mon 03-09, on time until Thu 03-12.
        Evaluation onTheLastDay = new Scenario(D(2026, 3, 2)).Touch(TouchpointKind.JournalEntry, D(2026, 3, 12)).Evaluate(D(2026, 3, 20), ExpirePlaybook);

        onTheLastDay.Recommendations.ShouldBeEmpty();
        onTheLastDay.Expired.ShouldBeEmpty();
    }

    [Fact]
    public void Evaluate_ExpiringStep_DoneTheDayAfterItsLatestDate_Expired()
    {
        Evaluation aDayLate = new Scenario(D(2026, 3, 2)).Touch(TouchpointKind.JournalEntry, D(2026, 3, 13)).Evaluate(D(2026, 3, 20), ExpirePlaybook);

        aDayLate.Recommendations.ShouldBeEmpty();
        ExpiredStep expired = aDayLate.Expired.ShouldHaveSingleItem();
        (expired.RuleId, expired.Occurrence, expired.Due, expired.Latest).ShouldBe(("notes", 1, D(2026, 3, 9), D(2026, 3, 12)));
    }

    [Fact]
    public void Evaluate_StepNotDone_IsNeitherAReplacementNorALaterOccurrence()
    {
        Scenario scenario = new Scenario(D(2026, 3, 2));

        Recommendation due = scenario.Evaluate(D(2026, 3, 8), WindowPlaybook).Single("notes");
        (due.Occurrence, due.IsReplacement, due.Urgency).ShouldBe((1, false, Urgency.Due));
        Recommendation overdue = scenario.Evaluate(D(2026, 3, 20), WindowPlaybook).Single("notes");
        (overdue.Occurrence, overdue.IsReplacement, overdue.Urgency).ShouldBe((1, false, Urgency.Overdue));
    }

    [Fact]
    public void Evaluate_RestartingCadence_MissedCheckInExpires_AndComesBackUnderTheSameNumber_AnIntervalLater()
    {
        // Applied Mon 2026-01-05: the first check-in was due Mon 01-12 and on time until Wed 01-14. Missed, it expired,
        // and comes back as the first attempt, due two weeks after the missed one was due: Mon 01-26.
        Scenario scenario = new Scenario(D(2026, 1, 5)).Person("hana", [ContactRole.HiringManager]);

        Evaluation evaluation = scenario.Evaluate(D(2026, 1, 20), RestartExpirePlaybook);

        Recommendation step = evaluation.Single("check-in", "hana");
        (step.Occurrence, step.AnchorDate, step.Due, step.Urgency).ShouldBe((1, D(2026, 1, 12), D(2026, 1, 26), Urgency.Due));
        step.Explanation.Lines.ShouldContain("Step 1 of at most 3: due 2 weeks after the missed one was due (Mon 2026-01-12): Mon 2026-01-26.");
        ExpiredStep expired = evaluation.Expired.ShouldHaveSingleItem();
        (expired.Occurrence, expired.Due, expired.Latest).ShouldBe((1, D(2026, 1, 12), D(2026, 1, 14)));
    }

    [Fact]
    public void Evaluate_RestartOnInteraction_TwoCoffees_CountsFromTheLater()
    {
        Scenario scenario = new Scenario(D(2026, 1, 5)).Person("hana", [ContactRole.HiringManager])
            .Touch(TouchpointKind.Coffee, D(2026, 1, 10), "hana")
            .Touch(TouchpointKind.Coffee, D(2026, 1, 20), "hana");

        Recommendation step = scenario.Evaluate(D(2026, 1, 21), RestartPlaybook).Single("check-in", "hana");

        (step.Occurrence, step.AnchorDate, step.Due).ShouldBe((1, D(2026, 1, 20), D(2026, 2, 20)));
    }

    [Fact]
    public void Evaluate_OneUnansweredCheckIn_WithoutBackOff_SpacingUnchanged_AndNotMentioned()
    {
        Scenario scenario = new Scenario(D(2026, 1, 5)).Person("hana", [ContactRole.HiringManager]).Touch(TouchpointKind.CheckIn, D(2026, 1, 12), "hana");

        Recommendation step = scenario.Evaluate(D(2026, 1, 13), UnansweredPlaybook).Single("check-in", "hana");

        (step.Occurrence, step.Due).ShouldBe((2, D(2026, 1, 19)));
        step.Explanation.Lines.ShouldNotContain(line => line.StartsWith("Spacing multiplied", StringComparison.Ordinal));
    }

    [Fact]
    public void Evaluate_ReplyOnTheDayOfACheckIn_AnswersIt()
    {
        // Hana replied on Mon 2026-01-12, the day of the first check-in, and the reply is her first touchpoint: only the
        // check-in of Mon 01-19 is unanswered, and the rule goes on.
        Scenario scenario = new Scenario(D(2026, 1, 5)).Person("hana", [ContactRole.HiringManager])
            .Reply(D(2026, 1, 12), "hana", ReplyOutcome.Neutral)
            .Touch(TouchpointKind.CheckIn, D(2026, 1, 12), "hana")
            .Touch(TouchpointKind.CheckIn, D(2026, 1, 19), "hana");

        Recommendation step = scenario.Evaluate(D(2026, 1, 20), UnansweredPlaybook).Single("check-in", "hana");

        (step.Occurrence, step.Due).ShouldBe((3, D(2026, 1, 26)));
    }

    [Fact]
    public void Evaluate_TwoAnswers_TheLatestCountsAgainstUnansweredCheckIns()
    {
        // Replies on Wed 2026-01-07 and Thu 01-15; check-ins on Mon 01-12 and Mon 01-19: the later reply answered the first.
        Scenario scenario = new Scenario(D(2026, 1, 5)).Person("hana", [ContactRole.HiringManager])
            .Reply(D(2026, 1, 7), "hana", ReplyOutcome.Neutral)
            .Touch(TouchpointKind.CheckIn, D(2026, 1, 12), "hana")
            .Reply(D(2026, 1, 15), "hana", ReplyOutcome.Neutral)
            .Touch(TouchpointKind.CheckIn, D(2026, 1, 19), "hana");

        Evaluation evaluation = scenario.Evaluate(D(2026, 1, 20), UnansweredPlaybook);

        evaluation.Suppressed.ShouldBeEmpty();
        (evaluation.Single("check-in", "hana").Occurrence, evaluation.Single("check-in", "hana").Due).ShouldBe((3, D(2026, 1, 26)));
    }

    [Fact]
    public void Evaluate_RuleAfterAStepDoneEarly_CountsFromWhenItWasDone_AndWhatWasDoneSinceCounts()
    {
        // Applied Mon 2026-03-02: the look at the company was due Mon 03-09 and done early, on Sat 03-07; following the
        // company is due two days later, Mon 03-09.
        Scenario scenario = new Scenario(D(2026, 3, 2)).Touch(TouchpointKind.CompanyCheck, D(2026, 3, 7));

        Recommendation follow = scenario.Evaluate(D(2026, 3, 8), AfterLookPlaybook).Single("follow");
        (follow.AnchorDate, follow.Due).ShouldBe((D(2026, 3, 7), D(2026, 3, 9)));

        // Following it on Sun 03-08, after the look was done and before it was due, does that step.
        scenario.Touch(TouchpointKind.SocialFollow, D(2026, 3, 8)).Evaluate(D(2026, 3, 10), AfterLookPlaybook).Recommendations.ShouldBeEmpty();
    }

    [Theory]
    [InlineData(2026, 3, 6, 1, 2026, 3, 6)] // Fri + 1 day: Sat, back to the Friday it counts from
    [InlineData(2026, 3, 4, 3, 2026, 3, 6)] // Wed + 3 days: Sat, back to Fri
    [InlineData(2026, 3, 7, 0, 2026, 3, 9)] // Sat + 0 days: back to Fri would be before Sat, so forward to Mon
    public void Evaluate_MovedBackToABusinessDay_NotBeforeWhatItCountsFrom(int year, int month, int day, int days, int dueYear, int dueMonth, int dueDay)
    {
        Playbook playbook = PlaybookBuilder.Create("preceding", "Preceding")
            .AddRule("notes", "Write notes", rule => rule
                .After(Anchor.ApplicationSubmitted).Due(StepOffset.FromDays(days)).Adjust(DateAdjustment.Preceding)
                .For(Audience.Seeker).Do(ActionKind.WriteJournalNotes, Channel.None))
            .Build();

        Recommendation step = new Scenario(D(year, month, day)).Evaluate(D(year, month, day), playbook).Single("notes");

        step.Due.ShouldBe(D(dueYear, dueMonth, dueDay));
    }

    [Fact]
    public void Evaluate_WindowOpeningBeforeTheAnchor_OpensOnTheAnchor()
    {
        // Due two days after applying on Mon 2026-03-02, open from five days before that: the step opens on the day of applying.
        Playbook playbook = PlaybookBuilder.Create("wide", "Wide")
            .AddRule("notes", "Write notes", rule => rule
                .After(Anchor.ApplicationSubmitted).Due(StepOffset.FromDays(2)).Window(early: Period.FromDays(5))
                .For(Audience.Seeker).Do(ActionKind.WriteJournalNotes, Channel.None))
            .Build();

        Recommendation step = new Scenario(D(2026, 3, 2)).Evaluate(D(2026, 3, 2), playbook).Single("notes");

        (step.Earliest, step.Due, step.Urgency).ShouldBe((D(2026, 3, 2), D(2026, 3, 4), Urgency.Due));
    }

    [Fact]
    public void Evaluate_RejectionRecordedBeforeTheSilenceWouldCount_NoSilentRejectionStep()
    {
        // The last interview was on Mon 2026-03-02 and the rejection came on Fri 03-20, before 30 days of silence.
        Scenario scenario = new Scenario(D(2026, 2, 2)).Person("ana").Interview(D(2026, 3, 2), "ana").Rejected(D(2026, 3, 20));

        Evaluation evaluation = scenario.Evaluate(D(2026, 4, 5), SilencePlaybook);

        evaluation.For("silence").ShouldBeEmpty();
        evaluation.Single("notes").AnchorDate.ShouldBe(D(2026, 3, 20));
    }

    [Fact]
    public void Evaluate_RuleAfterAStepDoneLate_LaterOccurrence_DoneBeforeItOpens_DoesNotCount()
    {
        // The look at the company was due Mon 2026-03-09 and done late, on Wed 03-11. Following the company is due two days
        // later, Fri 03-13, open from the day before, then every week: done Thu 03-12, the second is due Thu 03-19 and
        // opens Wed 03-18, so following it again on Mon 03-16 was too early for that one.
        Playbook playbook = PlaybookBuilder.Create("after-late-look", "After a late look")
            .AddRule("look", "Look at the company", rule => rule
                .After(Anchor.ApplicationSubmitted).Due(StepOffset.FromDays(7)).Window(late: Period.FromDays(3))
                .For(Audience.Company).Do(ActionKind.CheckOnCompany, Channel.Web))
            .AddRule("follow", "Follow the company", rule => rule
                .After(Anchor.AfterRule("look")).Due(StepOffset.FromDays(2)).Window(early: Period.FromDays(1), late: Period.FromDays(3))
                .Repeat(StepOffset.FromWeeks(1), maxCount: 3)
                .For(Audience.Company).Do(ActionKind.FollowOnSocial, Channel.Social))
            .Build();
        Scenario scenario = new Scenario(D(2026, 3, 2))
            .Touch(TouchpointKind.CompanyCheck, D(2026, 3, 11))
            .Touch(TouchpointKind.SocialFollow, D(2026, 3, 12))
            .Touch(TouchpointKind.SocialFollow, D(2026, 3, 16));

        Recommendation second = scenario.Evaluate(D(2026, 3, 16), playbook).Single("follow");

        (second.Occurrence, second.Earliest, second.Due, second.Urgency).ShouldBe((2, D(2026, 3, 18), D(2026, 3, 19), Urgency.Upcoming));
    }

    [Fact]
    public void Evaluate_TwoRecordsOnTheDayOfTheFirstOccurrence_DoOnlyTheFirst()
    {
        // A LinkedIn invitation on the day of applying, Mon 2026-03-02, then every two days: sent and accepted that same
        // day, the first is done, and the second, due Wed 03-04, still is to do.
        Playbook playbook = PlaybookBuilder.Create("invite", "Invite")
            .AddRule("invite", "Invite on LinkedIn", rule => rule
                .After(Anchor.ApplicationSubmitted).Due(StepOffset.Zero).Repeat(StepOffset.FromDays(2), maxCount: 3)
                .For(Audience.Each()).Do(ActionKind.SendLinkedInInvitation, Channel.LinkedIn))
            .Build();
        Scenario scenario = new Scenario(D(2026, 3, 2)).Person("ana", linkedIn: true)
            .Touch(TouchpointKind.LinkedInRequestSent, D(2026, 3, 2), "ana")
            .Touch(TouchpointKind.LinkedInRequestAccepted, D(2026, 3, 2), "ana");

        Recommendation second = scenario.Evaluate(D(2026, 3, 3), playbook).Single("invite", "ana");

        (second.Occurrence, second.Earliest, second.Due).ShouldBe((2, D(2026, 3, 3), D(2026, 3, 4)));
    }

    [Fact]
    public void Evaluate_RepeatingNoteTooLate_OnlyItsReplacementIsRecommended()
    {
        // A note three days after the interview of Mon 2026-03-02, then every two weeks; too late for the first (on time
        // until Mon 03-09), an email replaces it, and nothing else is recommended until that is done.
        Playbook playbook = PlaybookBuilder.Create("repeating-note", "Repeating note")
            .AddRule("note", "Send a note", rule => rule
                .After(Anchor.InterviewHeld).Due(StepOffset.FromDays(3)).Window(late: Period.FromDays(4))
                .Repeat(StepOffset.FromWeeks(2), maxCount: 3)
                .For(Audience.EachInterviewer).Do(ActionKind.SendThankYouNote, Channel.Postal)
                .IfLate(LatePolicy.TurnIntoAction(new ActionSpec(ActionKind.SendThankYouEmail, Channel.Email))))
            .Build();
        Scenario scenario = new Scenario(D(2026, 3, 2)).Person("ana", postal: true).Interview(D(2026, 3, 2), "ana");

        Recommendation email = scenario.Evaluate(D(2026, 3, 10), playbook).For("note").ShouldHaveSingleItem();

        (email.Action, email.IsReplacement, email.Occurrence, email.Due).ShouldBe((ActionKind.SendThankYouEmail, true, 1, D(2026, 3, 10)));
    }

    [Fact]
    public void Evaluate_RepeatingNoteTooLate_ReplacementCannotReachThePerson_ExpiresAndTheNextNoteFollows()
    {
        // The same note for someone with a postal address and no email: the first note (due Thu 2026-03-05, on time
        // until Mon 03-09) is not sent, the email that would replace it cannot reach her, so it expires, as under the
        // Expire policy, and the next note is due two weeks after the first, Thu 03-19.
        Playbook playbook = PlaybookBuilder.Create("repeating-note", "Repeating note")
            .AddRule("note", "Send a note", rule => rule
                .After(Anchor.InterviewHeld).Due(StepOffset.FromDays(3)).Window(late: Period.FromDays(4))
                .Repeat(StepOffset.FromWeeks(2), maxCount: 3)
                .For(Audience.EachInterviewer).Do(ActionKind.SendThankYouNote, Channel.Postal)
                .IfLate(LatePolicy.TurnIntoAction(new ActionSpec(ActionKind.SendThankYouEmail, Channel.Email))))
            .Build();
        Scenario scenario = new Scenario(D(2026, 3, 2)).Person("ana", email: false, postal: true).Interview(D(2026, 3, 2), "ana");

        Evaluation evaluation = scenario.Evaluate(D(2026, 3, 19), playbook);

        ExpiredStep expired = evaluation.Expired.ShouldHaveSingleItem();
        (expired.RuleId, expired.Occurrence, expired.Latest).ShouldBe(("note", 1, D(2026, 3, 9)));
        expired.Explanation.Lines.ShouldContain(
            "Not done by its latest date, Mon 2026-03-09, and Ana cannot be reached for the replacement step, so it expired.");
        Recommendation next = evaluation.Recommendations.ShouldHaveSingleItem();
        (next.RuleId, next.Action, next.IsReplacement, next.Occurrence, next.Due).ShouldBe(("note", ActionKind.SendThankYouNote, false, 2, D(2026, 3, 19)));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Evaluate_RepeatMovedBackOntoTheDayAMissedOneWasDue_IsDueTheNextBusinessDay(bool replacementUnreachable)
    {
        // A daily check-in from Thu 2026-03-05, three days after the interview, on time only on its day, moved back to the
        // preceding business day off a weekend; none is sent. Thu 03-05 and Fri 03-06 expire (under Expire, or because
        // the replacement's email cannot reach Ana). The third falls on Sat 03-07, whose preceding business day is the
        // Friday the second was due: it goes forward to Mon 03-09 instead, and is due that day.
        Playbook playbook = PlaybookBuilder.Create("daily", "Daily")
            .AddRule("check-in", "Check in", rule => rule
                .After(Anchor.InterviewHeld).Due(StepOffset.FromDays(3)).Adjust(DateAdjustment.Preceding)
                .Window(late: Period.Zero).Repeat(StepOffset.FromDays(1), maxCount: 5)
                .For(Audience.EachInterviewer).Do(ActionKind.SendCheckIn, Channel.Postal)
                .IfLate(replacementUnreachable
                    ? LatePolicy.TurnIntoAction(new ActionSpec(ActionKind.SendCheckIn, Channel.Email))
                    : LatePolicy.Expire))
            .Build();
        Scenario scenario = new Scenario(D(2026, 3, 2)).Person("ana", email: false, postal: true).Interview(D(2026, 3, 2), "ana");

        Evaluation evaluation = scenario.Evaluate(D(2026, 3, 9), playbook);

        evaluation.Expired.Select(e => (e.Occurrence, e.Due)).ShouldBe([(1, D(2026, 3, 5)), (2, D(2026, 3, 6))]);
        Recommendation next = evaluation.Recommendations.ShouldHaveSingleItem();
        (next.Occurrence, next.Due, next.Urgency).ShouldBe((3, D(2026, 3, 9), Urgency.Due));
    }

    [Fact]
    public void Evaluate_SeekerStepAfterAnotherSeekerStep_WithoutContacts_CountsFromItsDueDate()
    {
        // Notes a week after applying on Mon 2026-03-02, not written; a review of them two days after they were due.
        Playbook playbook = PlaybookBuilder.Create("review", "Review")
            .AddRule("notes", "Write notes", rule => rule
                .After(Anchor.ApplicationSubmitted).Due(StepOffset.FromDays(7))
                .For(Audience.Seeker).Do(ActionKind.WriteJournalNotes, Channel.None))
            .AddRule("review", "Review the notes", rule => rule
                .After(Anchor.AfterRule("notes")).Due(StepOffset.FromDays(2))
                .For(Audience.Seeker).Do(ActionKind.WriteJournalNotes, Channel.None))
            .Build();

        // On a thread of its own, where nothing was evaluated before: the engine's working arrays are sized for this
        // application alone, with no room for people it does not have.
        Evaluation? evaluation = null;
        Exception? failure = null;
        var thread = new Thread(() =>
        {
            try
            {
                evaluation = new Scenario(D(2026, 3, 2)).Evaluate(D(2026, 3, 10), playbook);
            }
            catch (Exception e)
            {
                failure = e;
            }
        });
        thread.Start();
        thread.Join();

        failure.ShouldBeNull();
        Recommendation review = evaluation.ShouldNotBeNull().Single("review");

        (review.AnchorDate, review.Due).ShouldBe((D(2026, 3, 9), D(2026, 3, 11)));
    }
}
