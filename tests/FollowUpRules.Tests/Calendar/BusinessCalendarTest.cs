using FollowUpRules.Calendar;
using FollowUpRules.Testing;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using static FollowUpRules.Tests.Calendar.HolidayCalendarTest;

namespace FollowUpRules.Tests.Calendar;

public class BusinessCalendarTest
{
    private static readonly HolidayCalendar Uk = new("uk", "England and Wales",
    [
        new AnnualHoliday("New Year's Day", 1, 1, ObservedRule.NearestWeekday),
        new AnnualHoliday("Christmas Day", 12, 25, ObservedRule.NearestWeekday),
        new FixedDateHoliday("Boxing Day (substitute day)", new LocalDate(2026, 12, 28)),
        new AnnualHoliday("Leap Day", 2, 29),
    ]);

    private static readonly HolidayCalendar Us = new("us", "United States",
    [
        new NthWeekdayHoliday("Thanksgiving Day", 11, IsoDayOfWeek.Thursday, 4),
        new AnnualHoliday("Independence Day", 7, 4, ObservedRule.NearestWeekday),
    ], forSeeker: false);

    private static readonly BusinessCalendar UkWeek = new(WorkingWeek.MondayToFriday, [Uk]);

    [Theory]
    [InlineData("2026-12-25", DateAdjustment.Following, "2026-12-29")] // Friday holiday, weekend, substitute Monday
    [InlineData("2026-12-25", DateAdjustment.Preceding, "2026-12-24")]
    [InlineData("2026-12-25", DateAdjustment.ModifiedFollowing, "2026-12-29")] // still December
    [InlineData("2026-12-25", DateAdjustment.None, "2026-12-25")]
    [InlineData("2026-12-31", DateAdjustment.Following, "2026-12-31")] // a business day stays
    [InlineData("2027-01-01", DateAdjustment.Following, "2027-01-04")] // New Year's Day, a Friday
    [InlineData("2027-01-01", DateAdjustment.Preceding, "2026-12-31")] // back across the year end
    [InlineData("2027-01-01", DateAdjustment.ModifiedFollowing, "2027-01-04")]
    [InlineData("2027-12-31", DateAdjustment.Following, "2028-01-03")] // New Year's Day 2028 observed on Fri 2027-12-31
    [InlineData("2027-12-31", DateAdjustment.ModifiedFollowing, "2027-12-30")] // following is next month (and year)
    [InlineData("2026-05-31", DateAdjustment.Following, "2026-06-01")] // Sunday at a month end
    [InlineData("2026-05-31", DateAdjustment.ModifiedFollowing, "2026-05-29")]
    [InlineData("2026-05-31", DateAdjustment.Preceding, "2026-05-29")]
    [InlineData("2026-10-31", DateAdjustment.ModifiedFollowing, "2026-10-30")] // Saturday at a month end
    [InlineData("2026-02-28", DateAdjustment.ModifiedFollowing, "2026-02-27")]
    [InlineData("2026-02-28", DateAdjustment.Following, "2026-03-02")]
    [InlineData("2028-02-29", DateAdjustment.Following, "2028-03-01")] // a holiday on the leap day, a Tuesday
    [InlineData("2028-02-29", DateAdjustment.ModifiedFollowing, "2028-02-28")]
    [InlineData("2028-02-29", DateAdjustment.Preceding, "2028-02-28")]
    [InlineData("2026-11-21", DateAdjustment.Following, "2026-11-23")] // a plain Saturday
    [InlineData("2026-11-21", DateAdjustment.Preceding, "2026-11-20")]
    public void Adjust_EachConvention_MovesToABusinessDay(string date, DateAdjustment adjustment, string expected)
    {
        (LocalDate moved, string? reason) = UkWeek.Adjust(Parse(date), adjustment);

        moved.ShouldBe(Parse(expected));
        (reason is null).ShouldBe(moved == Parse(date));
        if (adjustment != DateAdjustment.None)
        {
            UkWeek.IsBusinessDay(moved).ShouldBeTrue();
        }
    }

    [Fact]
    public void Adjust_Following_NamesEverySkippedDay()
    {
        UkWeek.Adjust(new LocalDate(2026, 12, 25), DateAdjustment.Following).Reason.ShouldBe(
            "Fri 2026-12-25 is Christmas Day (England and Wales); Sat 2026-12-26 is a Saturday, not a working day; "
            + "Sun 2026-12-27 is a Sunday, not a working day; Mon 2026-12-28 is Boxing Day (substitute day) (England and Wales)");
    }

    [Fact]
    public void Adjust_UndefinedConvention_Throws()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => UkWeek.Adjust(new LocalDate(2026, 12, 25), (DateAdjustment)9)).Message
            .ShouldStartWith("Use None, Following, Preceding or ModifiedFollowing.");
    }

    [Fact]
    public void Adjust_Preceding_NamesEverySkippedDayGoingBack()
    {
        UkWeek.Adjust(new LocalDate(2026, 12, 28), DateAdjustment.Preceding).ShouldBe((new LocalDate(2026, 12, 24),
            "Mon 2026-12-28 is Boxing Day (substitute day) (England and Wales); Sun 2026-12-27 is a Sunday, not a working day; "
            + "Sat 2026-12-26 is a Saturday, not a working day; Fri 2026-12-25 is Christmas Day (England and Wales)"));
    }

    [Fact]
    public void Adjust_ModifiedFollowing_AtAMonthEnd_GoesBackAndSaysWhy()
    {
        UkWeek.Adjust(new LocalDate(2026, 5, 31), DateAdjustment.ModifiedFollowing).ShouldBe((new LocalDate(2026, 5, 29),
            "Sun 2026-05-31 is a Sunday, not a working day; Sat 2026-05-30 is a Saturday, not a working day"));
    }

    [Fact]
    public void AddBusinessDays_NegativeCount_Throws()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => UkWeek.AddBusinessDays(new LocalDate(2026, 11, 23), -1)).ParamName.ShouldBe("count");
    }

    [Fact]
    public void Constructor_NullCalendarInTheList_Throws()
    {
        Should.Throw<ArgumentNullException>(() => new BusinessCalendar(WorkingWeek.MondayToFriday, [Uk, null!])).ParamName.ShouldBe("calendars");
        Should.Throw<ArgumentNullException>(() => new BusinessCalendar(null!)).ParamName.ShouldBe("week");
        new BusinessCalendar(WorkingWeek.MondayToFriday).Calendars.ShouldBeEmpty();
    }

    [Fact]
    public void WhyNotBusinessDay_RestDayOrHolidayInTwoCalendars_NamesTheFirstReason()
    {
        var both = new HolidayCalendar("us2", "United States (federal)", [new AnnualHoliday("Christmas Day", 12, 25)]);
        var composed = new BusinessCalendar(WorkingWeek.MondayToFriday, [Uk, both]);

        composed.WhyNotBusinessDay(new LocalDate(2026, 12, 26)).ShouldBe("Sat 2026-12-26 is a Saturday, not a working day");
        composed.WhyNotBusinessDay(new LocalDate(2026, 12, 25)).ShouldBe("Fri 2026-12-25 is Christmas Day (England and Wales)");
        new BusinessCalendar(WorkingWeek.MondayToFriday, [both, Uk]).WhyNotBusinessDay(new LocalDate(2026, 12, 25)).ShouldBe("Fri 2026-12-25 is Christmas Day (United States (federal))");
    }

    [Theory]
    [InlineData("2026-12-31", 1, "2027-01-04")] // New Year's Day is a Friday holiday
    [InlineData("2026-12-24", 1, "2026-12-29")]
    [InlineData("2026-12-23", 3, "2026-12-30")]
    [InlineData("2028-02-28", 1, "2028-03-01")] // the leap day holiday
    [InlineData("2026-11-20", 0, "2026-11-20")]
    public void AddBusinessDays_SkipsHolidays(string start, int count, string expected)
    {
        UkWeek.AddBusinessDays(Parse(start), count).ShouldBe(Parse(expected));
    }

    [Theory]
    [InlineData("2026-11-25", 1, "2026-11-26", "2026-11-27")] // Thanksgiving, Thu 2026-11-26
    [InlineData("2026-07-02", 1, "2026-07-03", "2026-07-06")] // Independence Day, Sat 2026-07-04, observed on Fri 2026-07-03
    [InlineData("2026-12-24", 1, "2026-12-29", "2026-12-29")] // the seeker's holidays still count for the contact
    public void AddBusinessDays_ComposedCalendars_SkipTheUnion(string start, int count, string seekerOnly, string withContact)
    {
        var composed = new BusinessCalendar(WorkingWeek.MondayToFriday, [Uk, Us]);

        UkWeek.AddBusinessDays(Parse(start), count).ShouldBe(Parse(seekerOnly));
        composed.AddBusinessDays(Parse(start), count).ShouldBe(Parse(withContact));
    }

    [Fact]
    public void WhyNotBusinessDay_ComposedCalendars_NamesTheCalendar()
    {
        var composed = new BusinessCalendar(WorkingWeek.MondayToFriday, [Uk, Us]);

        composed.WhyNotBusinessDay(new LocalDate(2026, 11, 26)).ShouldBe("Thu 2026-11-26 is Thanksgiving Day (United States)");
        composed.WhyNotBusinessDay(new LocalDate(2026, 7, 3)).ShouldBe("Fri 2026-07-03 is Independence Day (observed) (United States)");
        composed.WhyNotBusinessDay(new LocalDate(2026, 11, 27)).ShouldBeNull();
    }

    [Fact]
    public void AddBusinessDays_NoBusinessDayLeft_Throws()
    {
        var closed = new BusinessCalendar(WorkingWeek.Of(IsoDayOfWeek.Monday), [new HolidayCalendar("m", "Mondays off",
            Enumerable.Range(1, 12).SelectMany(m => Enumerable.Range(1, 5).Select(n => (Holiday)new NthWeekdayHoliday("Monday", m, IsoDayOfWeek.Monday, n))))]);

        Should.Throw<InvalidOperationException>(() => closed.AddBusinessDays(new LocalDate(2026, 1, 1), 1)).Message
            .ShouldStartWith("No business day in the 3660 days from Fri 2026-01-02");
    }

    [Fact]
    public void BusinessDayOffsetsAndAdjustments_NeverLandOnAWeekendOrHoliday()
    {
        Check.One(
            Config.QuickThrowOnFailure.WithMaxTest(200).WithQuietOnSuccess(true),
            Prop.ForAll(Arb.From(Inputs()), input =>
            {
                (BusinessCalendar calendar, LocalDate date, int count, _) = input;
                LocalDate added = calendar.AddBusinessDays(date, count);
                added.ShouldBeGreaterThan(date);
                calendar.IsBusinessDay(added).ShouldBeTrue();
                calendar.Week.IsWorkingDay(added).ShouldBeTrue();
                calendar.Calendars.ShouldAllBe(c => !c.IsHoliday(added));
                foreach (DateAdjustment adjustment in new[] { DateAdjustment.Following, DateAdjustment.Preceding, DateAdjustment.ModifiedFollowing })
                {
                    calendar.IsBusinessDay(calendar.Adjust(date, adjustment).Date).ShouldBeTrue();
                }
            }));
    }

    [Fact]
    public void AddingAHoliday_NeverMovesADateEarlier()
    {
        Check.One(
            Config.QuickThrowOnFailure.WithMaxTest(200).WithQuietOnSuccess(true),
            Prop.ForAll(Arb.From(Inputs()), input =>
            {
                (BusinessCalendar calendar, LocalDate date, int count, Holiday extra) = input;
                var more = new BusinessCalendar(calendar.Week, [.. calendar.Calendars, new HolidayCalendar("extra", "Extra", [extra])]);

                more.AddBusinessDays(date, count).ShouldBeGreaterThanOrEqualTo(calendar.AddBusinessDays(date, count));
                more.Adjust(date, DateAdjustment.Following).Date.ShouldBeGreaterThanOrEqualTo(calendar.Adjust(date, DateAdjustment.Following).Date);
            }));
    }

    private static Gen<(BusinessCalendar Calendar, LocalDate Date, int Count, Holiday Extra)> Inputs() =>
        from days in Gen.SubListOf(Enum.GetValues<IsoDayOfWeek>().Where(d => d != IsoDayOfWeek.None).ToArray()).Where(d => d.Count > 0)
        from n in Gen.Choose(0, 3)
        from calendars in Gen.ListOf(FollowUpGenerators.HolidayCalendar("c"), n)
        from date in FollowUpGenerators.Date(new LocalDate(2024, 1, 1), new LocalDate(2030, 12, 31))
        from count in Gen.Choose(1, 40)
        from extra in FollowUpGenerators.Holiday()
        select (new BusinessCalendar(WorkingWeek.Of(days), calendars), date, count, extra);
}
