using FollowUpRules.Calendar;
using FollowUpRules.Domain;
using FollowUpRules.Engine;
using FollowUpRules.Rules;
using FollowUpRules.Serialization;
using FollowUpRules.Validation;
using NodaTime;

namespace FollowUpRules.Tests.Engine;

/// <summary>Holidays and date adjustments through the engine: business days, moved due dates and their explanations.</summary>
public partial class FollowUpEngineTest
{
    private static readonly HolidayCalendar EnglandAndWales = new("uk", "England and Wales",
    [
        new AnnualHoliday("Christmas Day", 12, 25, ObservedRule.NearestWeekday),
        new FixedDateHoliday("Boxing Day (substitute day)", new LocalDate(2026, 12, 28)),
    ]);

    private static readonly HolidayCalendar UnitedStates = new("us", "United States",
        [new NthWeekdayHoliday("Thanksgiving Day", 11, IsoDayOfWeek.Thursday, 4)], forSeeker: false);

    private static readonly Playbook HolidayPlaybook = PlaybookBuilder.Create("holidays", "Holidays")
        .WithHolidays(EnglandAndWales, UnitedStates)
        .AddRule("thanks", "Thank each interviewer", rule => rule
            .After(Anchor.InterviewHeld).Due(StepOffset.FromBusinessDays(1))
            .For(Audience.EachInterviewer).Do(ActionKind.SendThankYouEmail, Channel.Email))
        .AddRule("notes", "Write notes", rule => rule
            .After(Anchor.InterviewHeld).Due(StepOffset.FromDays(2)).Adjust(DateAdjustment.Following).Window(late: Period.FromDays(3))
            .For(Audience.Seeker).Do(ActionKind.WriteJournalNotes, Channel.None))
        .AddRule("follow", "Follow the company", rule => rule
            .After(Anchor.InterviewHeld).Due(StepOffset.Zero).Adjust(DateAdjustment.Preceding)
            .For(Audience.Company).Do(ActionKind.FollowOnSocial, Channel.Social))
        .Build();

    [Fact]
    public void Evaluate_DueOnAWeekendBeforeAHoliday_MovesToTheFollowingBusinessDay_AndSaysWhy()
    {
        Evaluation evaluation = EvaluateHolidays(new LocalDate(2026, 12, 24), new LocalDate(2026, 12, 24));

        Recommendation notes = evaluation.Recommendations.Single(r => r.RuleId == "notes");
        notes.Due.ShouldBe(new LocalDate(2026, 12, 29));
        notes.Earliest.ShouldBe(new LocalDate(2026, 12, 24));
        notes.Latest.ShouldBe(new LocalDate(2027, 1, 1)); // the window is measured from the adjusted due date
        notes.Explanation.Lines.ShouldContain("Due 2 days after the interview: Sat 2026-12-26.");
        notes.Explanation.Lines.ShouldContain(
            "Due date moved from Sat 2026-12-26 to Tue 2026-12-29, the following business day: Sat 2026-12-26 is a Saturday, not a working day; "
            + "Sun 2026-12-27 is a Sunday, not a working day; Mon 2026-12-28 is Boxing Day (substitute day) (England and Wales).");
    }

    [Fact]
    public void Evaluate_BusinessDayOffset_SkipsTheSeekersHolidays()
    {
        Evaluation evaluation = EvaluateHolidays(new LocalDate(2026, 12, 24), new LocalDate(2026, 12, 24));

        Recommendation thanks = evaluation.Recommendations.Single(r => r.RuleId == "thanks" && r.Target.Key == "contact:ana");
        thanks.Due.ShouldBe(new LocalDate(2026, 12, 29));
        thanks.Explanation.Lines.ShouldContain(
            "Counting business days skips the holidays in between: Fri 2026-12-25 is Christmas Day (England and Wales); Mon 2026-12-28 is Boxing Day (substitute day) (England and Wales).");
    }

    [Fact]
    public void Evaluate_ContactsCalendar_AddsToTheSeekers_ForThatPersonOnly()
    {
        // Thanksgiving, Thu 2026-11-26, is a holiday for Bob (United States) but not for the seeker or Ana.
        Evaluation evaluation = EvaluateHolidays(new LocalDate(2026, 11, 25), new LocalDate(2026, 11, 25));

        evaluation.Recommendations.Single(r => r.RuleId == "thanks" && r.Target.Key == "contact:ana").Due.ShouldBe(new LocalDate(2026, 11, 26));
        evaluation.Recommendations.Single(r => r.RuleId == "thanks" && r.Target.Key == "contact:bob").Due.ShouldBe(new LocalDate(2026, 11, 27));
    }

    [Fact]
    public void Evaluate_PrecedingWouldGoBeforeTheAnchor_MovesForwardInstead_AndSaysSo()
    {
        Evaluation evaluation = EvaluateHolidays(new LocalDate(2026, 11, 21), new LocalDate(2026, 11, 21));

        Recommendation follow = evaluation.Recommendations.Single(r => r.RuleId == "follow");
        follow.Due.ShouldBe(new LocalDate(2026, 11, 23));
        follow.Earliest.ShouldBe(new LocalDate(2026, 11, 21));
        follow.Explanation.Lines.ShouldContain(
            "Due date moved from Sat 2026-11-21 to Mon 2026-11-23, the following business day, since the preceding one would fall before "
            + "Sat 2026-11-21, the date the step counts from: Sat 2026-11-21 is a Saturday, not a working day; Sun 2026-11-22 is a Sunday, not a working day.");
    }

    [Fact]
    public void Evaluate_ContactNamesAnUnknownCalendar_IsRefusedWithItsPath()
    {
        var input = HolidayInput(new LocalDate(2026, 11, 25), bobsCalendar: "fr");

        var error = Should.Throw<FollowUpValidationException>(() => new FollowUpEngine(HolidayPlaybook, SystemClock.Instance).Evaluate(input, new LocalDate(2026, 11, 25)));

        error.Message.ShouldContain("Contacts[1].HolidayCalendarId: Bob names the holiday calendar 'fr', but the playbook 'holidays' has no calendar with that id; its calendars are 'uk', 'us'.");
    }

    [Fact]
    public void HolidayPlaybook_SavedAndLoaded_RoundTrips()
    {
        PlaybookJson.Load(PlaybookJson.Save(HolidayPlaybook)).ShouldBe(HolidayPlaybook);
        PlaybookBuilder.From(HolidayPlaybook).Build().ShouldBe(HolidayPlaybook);
    }

    [Fact]
    public void Validate_CalendarsLeavingNoBusinessDay_AreRefused()
    {
        var mondaysOff = new HolidayCalendar("m", "Mondays off",
            Enumerable.Range(1, 12).SelectMany(m => Enumerable.Range(1, 5).Select(n => (Holiday)new NthWeekdayHoliday("Monday", m, IsoDayOfWeek.Monday, n))));
        PlaybookBuilder builder = PlaybookBuilder.From(HolidayPlaybook).WithWorkingWeek(WorkingWeek.Of(IsoDayOfWeek.Monday)).WithHolidays(mondaysOff);

        Should.Throw<FollowUpValidationException>(() => builder.Build()).Message.ShouldContain(
            "Holidays: The working week (Monday) and the holiday calendars together leave no business day at all; at most 60 are allowed.");
    }

    private static Evaluation EvaluateHolidays(LocalDate interview, LocalDate today) =>
        new FollowUpEngine(HolidayPlaybook, SystemClock.Instance).Evaluate(HolidayInput(interview), today);

    private static EvaluationInput HolidayInput(LocalDate interview, string bobsCalendar = "us") => new(
        new Application("app-1", "acme", "Acme", "Analyst", ApplicationStatus.Interviewing, new LocalDate(2026, 11, 2)),
        [
            new Contact("ana", "acme", "Ana", email: "ana@acme.example"),
            new Contact("bob", "acme", "Bob", email: "bob@acme.example", holidayCalendarId: bobsCalendar),
        ],
        [new Touchpoint("t1", TouchpointKind.Interview, interview, ["ana", "bob"])],
        new Seeker(DateTimeZoneProviders.Tzdb["Europe/London"]));
}
