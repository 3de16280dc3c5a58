using FollowUpRules.Domain;
using FollowUpRules.Engine;
using FollowUpRules.Rules;
using FollowUpRules.Tests.Support;
using NodaTime;
using static FollowUpRules.Tests.Support.Scenario;

namespace FollowUpRules.Tests.Engine;

/// <summary>
/// The chain of one rule's occurrences for one target, on small playbooks of their own: where today falls in the window,
/// the late policies, and how long a repeat goes on.
/// </summary>
public partial class FollowUpEngineTest
{
    // Applied Mon 2026-03-02: the notes are due a week later, Mon 03-09, open from Sat 03-07 and on time until Thu 03-12.
    private static readonly Playbook WindowPlaybook = PlaybookBuilder.Create("window", "Window")
        .AddRule("notes", "Write notes", rule => rule
            .After(Anchor.ApplicationSubmitted).Due(StepOffset.FromDays(7)).Window(early: Period.FromDays(2), late: Period.FromDays(3))
            .For(Audience.Seeker).Do(ActionKind.WriteJournalNotes, Channel.None))
        .Build();

    // A handwritten note to each interviewer three days after the interview, on time for four more days; too late for
    // that, an email instead.
    private static readonly Playbook TurnIntoPlaybook = PlaybookBuilder.Create("turn-into", "Turn into")
        .AddRule("note", "Send a note", rule => rule
            .After(Anchor.InterviewHeld).Due(StepOffset.FromDays(3)).Window(late: Period.FromDays(4))
            .For(Audience.EachInterviewer).Do(ActionKind.SendThankYouNote, Channel.Postal)
            .IfLate(LatePolicy.TurnIntoAction(new ActionSpec(ActionKind.SendThankYouEmail, Channel.Email))))
        .Build();

    // Notes a month after applying, then every month, for three months from the application.
    private static readonly Playbook ForThreeMonthsPlaybook = PlaybookBuilder.Create("bounded", "Bounded")
        .AddRule("notes", "Write notes", rule => rule
            .After(Anchor.ApplicationSubmitted).Due(StepOffset.FromMonths(1)).Repeat(StepOffset.FromMonths(1), @for: Period.FromMonths(3))
            .For(Audience.Seeker).Do(ActionKind.WriteJournalNotes, Channel.None))
        .Build();

    [Theory]
    [InlineData(2026, 3, 6, Urgency.Upcoming)]
    [InlineData(2026, 3, 7, Urgency.Due)]
    [InlineData(2026, 3, 12, Urgency.Due)]
    [InlineData(2026, 3, 13, Urgency.Overdue)]
    public void Evaluate_TodayAgainstTheWindow_GivesTheUrgency(int year, int month, int day, Urgency expected)
    {
        Recommendation step = new Scenario(D(2026, 3, 2)).Evaluate(D(year, month, day), WindowPlaybook).Single("notes");

        (step.Earliest, step.Due, step.Latest, step.Urgency).ShouldBe((D(2026, 3, 7), D(2026, 3, 9), D(2026, 3, 12), expected));
        step.Explanation.Lines.ShouldContain("Window: earliest Sat 2026-03-07, latest Thu 2026-03-12.");
    }

    [Fact]
    public void Evaluate_PastTheLatestDate_KeptOpen_SaysSinceWhenItIsOverdue()
    {
        Recommendation step = new Scenario(D(2026, 3, 2)).Evaluate(D(2026, 3, 20), WindowPlaybook).Single("notes");

        step.Urgency.ShouldBe(Urgency.Overdue);
        step.Explanation.Lines[^1].ShouldBe("Overdue since Fri 2026-03-13; it stays on the list until done, snoozed or dismissed.");
    }

    [Fact]
    public void Evaluate_NoteTooLate_TurnsIntoAnEmail_DueTheDayAfterTheLatestDate()
    {
        // Interview Mon 2026-03-02: the note was due Thu 03-05 and on time until Mon 03-09.
        Scenario scenario = new Scenario(D(2026, 3, 2)).Person("ana", postal: true).Interview(D(2026, 3, 2), "ana");

        Recommendation email = scenario.Evaluate(D(2026, 3, 10), TurnIntoPlaybook).Single("note", "ana");

        (email.Action, email.Channel, email.IsReplacement, email.Occurrence).ShouldBe((ActionKind.SendThankYouEmail, Channel.Email, true, 1));
        (email.AnchorDate, email.Earliest, email.Due, email.Latest, email.Urgency).ShouldBe((D(2026, 3, 2), D(2026, 3, 10), D(2026, 3, 10), D(2026, 3, 14), Urgency.Due));
        email.Explanation.Lines.ShouldContain(
            "Its latest date was Mon 2026-03-09; it is now too late for that, so instead: Send a thank-you email by Email, due Tue 2026-03-10.");
    }

    [Fact]
    public void Evaluate_ReplacementPastItsOwnLatestDate_IsOverdue()
    {
        Scenario scenario = new Scenario(D(2026, 3, 2)).Person("ana", postal: true).Interview(D(2026, 3, 2), "ana");

        scenario.Evaluate(D(2026, 3, 14), TurnIntoPlaybook).Single("note", "ana").Urgency.ShouldBe(Urgency.Due);
        Recommendation late = scenario.Evaluate(D(2026, 3, 15), TurnIntoPlaybook).Single("note", "ana");
        (late.Urgency, late.IsReplacement).ShouldBe((Urgency.Overdue, true));
        late.Explanation.Lines.ShouldContain("Overdue since Sun 2026-03-15; it stays on the list until done, snoozed or dismissed.");
    }

    [Fact]
    public void Evaluate_ReplacementSent_NothingLeftToDo()
    {
        // The email, sent after the note's latest date, does the step the note turned into.
        Scenario scenario = new Scenario(D(2026, 3, 2)).Person("ana", postal: true).Interview(D(2026, 3, 2), "ana")
            .Touch(TouchpointKind.ThankYouEmail, D(2026, 3, 11), "ana");

        Evaluation evaluation = scenario.Evaluate(D(2026, 3, 12), TurnIntoPlaybook);

        evaluation.Recommendations.ShouldBeEmpty();
        evaluation.Expired.ShouldBeEmpty();
    }

    [Fact]
    public void Evaluate_ReplacementCannotReachThePerson_TheStepExpires_AndSaysWhy()
    {
        // Pia has a postal address and no email: the note reached her, the email cannot.
        Scenario scenario = new Scenario(D(2026, 3, 2)).Person("pia", email: false, postal: true).Interview(D(2026, 3, 2), "pia");

        Evaluation evaluation = scenario.Evaluate(D(2026, 3, 10), TurnIntoPlaybook);

        evaluation.Recommendations.ShouldBeEmpty();
        ExpiredStep expired = evaluation.Expired.ShouldHaveSingleItem();
        (expired.RuleId, expired.Target.ContactId, expired.Occurrence, expired.Due, expired.Latest).ShouldBe(("note", "pia", 1, D(2026, 3, 5), D(2026, 3, 9)));
        expired.Explanation.Lines[^1].ShouldBe("Not done by its latest date, Mon 2026-03-09, and Pia cannot be reached for the replacement step, so it expired.");
    }

    [Fact]
    public void Evaluate_RepeatBoundedInTime_LastOccurrenceFallsOnTheBound_IsRecommended()
    {
        // Applied Mon 2026-01-05; notes done on 02-05 and 03-05: the third is due 04-05, three months after applying.
        Scenario scenario = new Scenario(D(2026, 1, 5))
            .Touch(TouchpointKind.JournalEntry, D(2026, 2, 5))
            .Touch(TouchpointKind.JournalEntry, D(2026, 3, 5));

        Recommendation third = scenario.Evaluate(D(2026, 3, 5), ForThreeMonthsPlaybook).Single("notes");

        (third.Occurrence, third.Due, third.AnchorDate).ShouldBe((3, D(2026, 4, 5), D(2026, 3, 5)));
        third.Explanation.Lines.ShouldContain("Step 3: due 1 month after the previous one was done (a journal entry on Thu 2026-03-05): Sun 2026-04-05.");
    }

    [Fact]
    public void Evaluate_RepeatBoundedInTime_NextOccurrencePastTheBound_EndsTheChain()
    {
        Scenario scenario = new Scenario(D(2026, 1, 5))
            .Touch(TouchpointKind.JournalEntry, D(2026, 2, 5))
            .Touch(TouchpointKind.JournalEntry, D(2026, 3, 5))
            .Touch(TouchpointKind.JournalEntry, D(2026, 4, 5));

        Evaluation evaluation = scenario.Evaluate(D(2026, 6, 1), ForThreeMonthsPlaybook);

        evaluation.Recommendations.ShouldBeEmpty();
        evaluation.Expired.ShouldBeEmpty();
    }
}
