using FollowUpRules.Calendar;
using FollowUpRules.Domain;
using FollowUpRules.Engine;
using FollowUpRules.Rules;
using FollowUpRules.Tests.Support;
using NodaTime;
using static FollowUpRules.Tests.Support.Scenario;

namespace FollowUpRules.Tests.Engine;

/// <summary>
/// Repeats and the silent rejection, on small playbooks of their own: a cadence that restarts at the last interaction,
/// one that stops after unanswered attempts, and silence after the last interview counted as a rejection.
/// </summary>
public partial class FollowUpEngineTest
{
    // A check-in with each hiring manager a month after applying, then monthly, counting from the last interaction.
    private static readonly Playbook RestartPlaybook = PlaybookBuilder.Create("restart", "Restart")
        .AddRule("check-in", "Check in", rule => rule
            .After(Anchor.ApplicationSubmitted).Due(StepOffset.FromMonths(1)).Window(late: Period.FromDays(7))
            .Repeat(StepOffset.FromMonths(1), maxCount: 5, restartOnInteraction: true)
            .For(Audience.Each(ContactRole.HiringManager)).Do(ActionKind.SendCheckIn, Channel.Email))
        .Build();

    // A weekly check-in with each hiring manager, which stops after two unanswered in a row.
    private static readonly Playbook UnansweredPlaybook = PlaybookBuilder.Create("unanswered", "Unanswered")
        .AddRule("check-in", "Check in", rule => rule
            .After(Anchor.ApplicationSubmitted).Due(StepOffset.FromWeeks(1)).Window(late: Period.FromDays(3))
            .Repeat(StepOffset.FromWeeks(1), maxCount: 10, maxUnanswered: 2)
            .For(Audience.Each(ContactRole.HiringManager)).Do(ActionKind.SendCheckIn, Channel.Email))
        .Build();

    // Thirty days of silence after the last interview count as a rejection; notes are due on the day of a rejection.
    private static readonly Playbook SilencePlaybook = PlaybookBuilder.Create("silence", "Silence")
        .AddRule("silence", "Count a long silence as a rejection", rule => rule
            .After(Anchor.LastInterview).Due(StepOffset.FromDays(30)).Window(early: Period.Zero)
            .For(Audience.Seeker).Do(ActionKind.TreatAsRejected, Channel.None))
        .AddRule("notes", "Write notes", rule => rule
            .After(Anchor.RejectionReceived).Due(StepOffset.Zero).Window(late: Period.FromDays(1))
            .For(Audience.Seeker).Do(ActionKind.WriteJournalNotes, Channel.None))
        .Build();

    // A check-in with each hiring manager four days after applying, then every two days for two months, moved back to the
    // preceding business day when it falls on a weekend.
    private static readonly Playbook EveryOtherDayPlaybook = PlaybookBuilder.Create("every-other-day", "Every other day")
        .AddRule("check-in", "Check in", rule => rule
            .After(Anchor.ApplicationSubmitted).Due(StepOffset.FromDays(4)).Adjust(DateAdjustment.Preceding)
            .Repeat(StepOffset.FromDays(2), @for: Period.FromMonths(2))
            .For(Audience.Each(ContactRole.HiringManager)).Do(ActionKind.SendCheckIn, Channel.Email))
        .Build();

    [Fact]
    public void Evaluate_RepeatMovedBackOntoTheDayThePreviousWasDone_IsDueTheNextBusinessDay()
    {
        // Applied Mon 2026-03-02; the first check-in is due Fri 03-06 and Hana gets it that day. The next one falls on Sun
        // 03-08, whose preceding business day is the Friday the first was done: doing it again that day would count once,
        // so it is due on Mon 03-09, and counts from Sat 03-07.
        Scenario scenario = new Scenario(D(2026, 3, 2)).Person("hana", [ContactRole.HiringManager]).Touch(TouchpointKind.CheckIn, D(2026, 3, 6), "hana");

        Recommendation step = scenario.Evaluate(D(2026, 3, 6), EveryOtherDayPlaybook).Single("check-in", "hana");

        (step.Occurrence, step.Earliest, step.Due).ShouldBe((2, D(2026, 3, 7), D(2026, 3, 9)));
        step.Explanation.Lines.ShouldContain(line => line.StartsWith("Due date moved from Sun 2026-03-08 to Mon 2026-03-09, the following business day, since the preceding one would fall before Sat 2026-03-07", StringComparison.Ordinal));
    }

    [Fact]
    public void Evaluate_RestartOnInteraction_CountsFromALaterCoffee()
    {
        // Applied Mon 2026-01-05; coffee with Hana on Tue 01-20: the first check-in is a month after the coffee.
        Scenario scenario = new Scenario(D(2026, 1, 5)).Person("hana", [ContactRole.HiringManager]).Touch(TouchpointKind.Coffee, D(2026, 1, 20), "hana");

        Recommendation step = scenario.Evaluate(D(2026, 1, 21), RestartPlaybook).Single("check-in", "hana");

        (step.Occurrence, step.AnchorDate, step.Due).ShouldBe((1, D(2026, 1, 20), D(2026, 2, 20)));
        step.Explanation.Lines.ShouldContain("The clock restarted at your last interaction with Hana: a coffee on Tue 2026-01-20.");
        step.Explanation.Lines.ShouldContain("Step 1 of at most 5: due 1 month after your last interaction with Hana: Fri 2026-02-20.");
    }

    [Fact]
    public void Evaluate_RestartOnInteraction_CheckInDone_NextIsNumberedByTheAttemptsMade()
    {
        Scenario scenario = new Scenario(D(2026, 1, 5)).Person("hana", [ContactRole.HiringManager])
            .Touch(TouchpointKind.Coffee, D(2026, 1, 20), "hana")
            .Touch(TouchpointKind.CheckIn, D(2026, 2, 20), "hana");

        Recommendation step = scenario.Evaluate(D(2026, 2, 21), RestartPlaybook).Single("check-in", "hana");

        (step.Occurrence, step.AnchorDate, step.Due).ShouldBe((2, D(2026, 2, 20), D(2026, 3, 20)));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(5)]
    public void Evaluate_RestartOnInteraction_InteractionBeforeOrOnTheAnchorDay_ChangesNothing(int coffeeDay)
    {
        // Applied Mon 2026-01-05; coffee with Hana on Fri 01-02, or on the day of applying: nothing restarts.
        Scenario scenario = new Scenario(D(2026, 1, 5)).Person("hana", [ContactRole.HiringManager]).Touch(TouchpointKind.Coffee, D(2026, 1, coffeeDay), "hana");

        Recommendation step = scenario.Evaluate(D(2026, 1, 6), RestartPlaybook).Single("check-in", "hana");

        (step.Occurrence, step.AnchorDate, step.Due).ShouldBe((1, D(2026, 1, 5), D(2026, 2, 5)));
        step.Explanation.Lines.ShouldNotContain(line => line.StartsWith("The clock restarted", StringComparison.Ordinal));
    }

    [Fact]
    public void Evaluate_TwoUnansweredCheckIns_StopTheRule_AndSaySo()
    {
        // Applied Mon 2026-01-05; check-ins on Mon 01-12 and Mon 01-19, no answer.
        Scenario scenario = new Scenario(D(2026, 1, 5)).Person("hana", [ContactRole.HiringManager])
            .Touch(TouchpointKind.CheckIn, D(2026, 1, 12), "hana")
            .Touch(TouchpointKind.CheckIn, D(2026, 1, 19), "hana");

        Evaluation evaluation = scenario.Evaluate(D(2026, 1, 20), UnansweredPlaybook);

        evaluation.Recommendations.ShouldBeEmpty();
        SuppressedStep step = evaluation.Suppressed.ShouldHaveSingleItem();
        step.Reason.ShouldBe(SuppressionReason.Unanswered);
        step.Explanation.Lines[^1].ShouldBe("Hana has not answered the last 2 attempts, so the rule stops (at most 2 unanswered in a row).");
    }

    [Fact]
    public void Evaluate_AnAnswerBetweenCheckIns_LeavesOneUnanswered_TheRuleGoesOn()
    {
        // Hana replied on Thu 2026-01-15, between the two check-ins: only the second is unanswered.
        Scenario scenario = new Scenario(D(2026, 1, 5)).Person("hana", [ContactRole.HiringManager])
            .Touch(TouchpointKind.CheckIn, D(2026, 1, 12), "hana")
            .Reply(D(2026, 1, 15), "hana", ReplyOutcome.Neutral)
            .Touch(TouchpointKind.CheckIn, D(2026, 1, 19), "hana");

        Recommendation step = scenario.Evaluate(D(2026, 1, 20), UnansweredPlaybook).Single("check-in", "hana");

        (step.Occurrence, step.Due).ShouldBe((3, D(2026, 1, 26)));
    }

    [Theory]
    [InlineData(2, 16)]
    [InlineData(3, 64)]
    [InlineData(4, 64)]
    [InlineData(40, 64)]
    public void Evaluate_BackOff_SpacingGrowsByTheFactor_AndNeverBeyond64Times(int unanswered, int multiplier)
    {
        // A daily check-in whose spacing quadruples with each unanswered one: done every day from Tue 2026-01-06.
        Playbook playbook = PlaybookBuilder.Create("back-off", "Back-off")
            .AddRule("check-in", "Check in", rule => rule
                .After(Anchor.ApplicationSubmitted).Due(StepOffset.FromDays(1))
                .Repeat(StepOffset.FromDays(1), maxCount: 100, backOffFactor: 4)
                .For(Audience.Each(ContactRole.HiringManager)).Do(ActionKind.SendCheckIn, Channel.Email))
            .Build();
        Scenario scenario = new Scenario(D(2026, 1, 5)).Person("hana", [ContactRole.HiringManager]);
        LocalDate last = D(2026, 1, 5).PlusDays(unanswered);
        for (LocalDate day = D(2026, 1, 6); day <= last; day = day.PlusDays(1))
        {
            scenario.Touch(TouchpointKind.CheckIn, day, "hana");
        }

        Recommendation step = scenario.Evaluate(last, playbook).Single("check-in", "hana");

        (step.Occurrence, step.AnchorDate, step.Due).ShouldBe((unanswered + 1, last, last.PlusDays(multiplier)));
        step.Explanation.Lines.ShouldContain($"Spacing multiplied by {multiplier} after {unanswered} unanswered attempts in a row.");
    }

    [Fact]
    public void Evaluate_ThirtyDaysOfSilence_CountAsARejectionOnTheThirtiethDay()
    {
        // The last interview was on Mon 2026-03-02: silence counts as a rejection from Wed 04-01.
        Scenario scenario = new Scenario(D(2026, 2, 2)).Person("ana").Interview(D(2026, 3, 2), "ana");

        scenario.Evaluate(D(2026, 3, 31), SilencePlaybook).For("notes").ShouldBeEmpty();
        Recommendation notes = scenario.Evaluate(D(2026, 4, 1), SilencePlaybook).Single("notes");
        (notes.AnchorDate, notes.Due).ShouldBe((D(2026, 4, 1), D(2026, 4, 1)));
        notes.Explanation.Lines[1].ShouldBe("Anchor: no decision came, so the application counts as a silent rejection from Wed 2026-04-01 (rule 'silence').");
    }

    [Fact]
    public void Evaluate_RejectionAfterTheSilence_CountsFromTheRejection_AndNotesWrittenSinceTheSilenceCount()
    {
        Scenario scenario = new Scenario(D(2026, 2, 2)).Person("ana").Interview(D(2026, 3, 2), "ana").Rejected(D(2026, 4, 10));

        Recommendation notes = scenario.Evaluate(D(2026, 4, 10), SilencePlaybook).Single("notes");

        (notes.AnchorDate, notes.Due).ShouldBe((D(2026, 4, 10), D(2026, 4, 10)));
        notes.Explanation.Lines[1].ShouldBe(
            "Anchor: the rejection arrived on Fri 2026-04-10, after a silence that counted as a rejection from Wed 2026-04-01; steps done since then count.");
        scenario.Touch(TouchpointKind.JournalEntry, D(2026, 4, 3)).Evaluate(D(2026, 4, 10), SilencePlaybook).Recommendations.ShouldBeEmpty();
    }

    [Fact]
    public void Evaluate_RejectionOnTheDayTheSilenceWouldCount_IsTheRejection()
    {
        Scenario scenario = new Scenario(D(2026, 2, 2)).Person("ana").Interview(D(2026, 3, 2), "ana").Rejected(D(2026, 4, 1));

        Recommendation notes = scenario.Evaluate(D(2026, 4, 1), SilencePlaybook).Single("notes");

        notes.Explanation.Lines[1].ShouldBe("Anchor: the rejection arrived on Wed 2026-04-01.");
        scenario.Touch(TouchpointKind.JournalEntry, D(2026, 3, 31)).Evaluate(D(2026, 4, 1), SilencePlaybook).Recommendations.ShouldHaveSingleItem();
    }
}
