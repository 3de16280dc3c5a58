using FollowUpRules.Calendar;
using NodaTime;
using static FollowUpRules.Tests.Calendar.HolidayCalendarTest;

namespace FollowUpRules.Tests.Calendar;

public class HolidayTest
{
    // Independence Day, kept on the nearest weekday: Sat 2026-07-04 also on the Friday before, Sun 2027-07-04 also on the
    // Monday after, Tue 2028-07-04 on its own date only.
    [Theory]
    [InlineData(2026, "2026-07-04", "2026-07-03")]
    [InlineData(2027, "2027-07-04", "2027-07-05")]
    [InlineData(2028, "2028-07-04", null)]
    public void DaysIn_NearestWeekday_AddsTheObservedWeekdayOnlyForAWeekendDate(int year, string date, string? observed)
    {
        var holiday = new AnnualHoliday("Independence Day", 7, 4, ObservedRule.NearestWeekday);

        (LocalDate, string)[] expected = observed is null
            ? [(Parse(date), "Independence Day")]
            : [(Parse(date), "Independence Day"), (Parse(observed), "Independence Day (observed)")];
        holiday.DaysIn(year).ShouldBe(expected);
    }

    [Fact]
    public void DaysIn_NoObservedRule_KeepsAWeekendHolidayOnItsOwnDate()
    {
        new AnnualHoliday("Independence Day", 7, 4).DaysIn(2026).ShouldBe([(new LocalDate(2026, 7, 4), "Independence Day")]);
        new NthWeekdayHoliday("First Saturday of August", 8, IsoDayOfWeek.Saturday, 1).DaysIn(2026).ShouldBe([(new LocalDate(2026, 8, 1), "First Saturday of August")]);
    }

    // Years 1 to 9998 have holidays; outside them there are none (and asking is not an error).
    [Theory]
    [InlineData(1, "0001-01-01")]
    [InlineData(9998, "9998-01-01")]
    [InlineData(0, null)]
    [InlineData(9999, null)]
    public void DaysIn_AtTheEndsOfTheSupportedYears(int year, string? expected)
    {
        var holiday = new AnnualHoliday("New Year's Day", 1, 1, ObservedRule.NearestWeekday);

        holiday.DaysIn(year).Select(d => d.Date).ShouldBe(expected is null ? [] : [Parse(expected)]);
    }

    [Fact]
    public void DateIn_FixedDate_OnlyInItsOwnYear()
    {
        var shutdown = new FixedDateHoliday("Company shutdown", new LocalDate(2026, 12, 28));

        shutdown.DateIn(2026).ShouldBe(new LocalDate(2026, 12, 28));
        shutdown.DateIn(2027).ShouldBeNull();
        shutdown.DateIn(2025).ShouldBeNull();
        shutdown.DaysIn(2027).ShouldBeEmpty();
    }

    [Theory]
    [InlineData(1, 1, "2026-01-01")]
    [InlineData(12, 31, "2026-12-31")]
    [InlineData(4, 30, "2026-04-30")]
    [InlineData(2, 28, "2026-02-28")]
    [InlineData(2, 29, null)] // 2026 is not a leap year
    [InlineData(0, 1, null)]
    [InlineData(13, 1, null)]
    [InlineData(1, 0, null)]
    [InlineData(1, 32, null)]
    [InlineData(4, 31, null)]
    public void DateIn_Annual_OnlyForADayTheMonthHas(int month, int day, string? expected)
    {
        new AnnualHoliday("Day off", month, day).DateIn(2026).ShouldBe(expected is null ? null : Parse(expected));
    }

    // US holidays, and the edges of the arithmetic: the month starting on the very weekday (Mon 2026-06-01, Sun 2026-11-01),
    // the weekday just after the first of the month (Tue 2026-09-01), and the fifth of a weekday.
    [Theory]
    [InlineData(1, IsoDayOfWeek.Monday, 3, 2027, "2027-01-18")] // Martin Luther King Jr. Day
    [InlineData(9, IsoDayOfWeek.Monday, 1, 2026, "2026-09-07")] // Labor Day
    [InlineData(6, IsoDayOfWeek.Monday, 1, 2026, "2026-06-01")]
    [InlineData(11, IsoDayOfWeek.Sunday, 1, 2026, "2026-11-01")]
    [InlineData(11, IsoDayOfWeek.Thursday, 4, 2026, "2026-11-26")] // Thanksgiving
    [InlineData(12, IsoDayOfWeek.Thursday, 5, 2026, "2026-12-31")]
    [InlineData(12, IsoDayOfWeek.Friday, 5, 2026, null)] // December 2026 has four Fridays
    [InlineData(0, IsoDayOfWeek.Monday, 1, 2026, null)]
    [InlineData(13, IsoDayOfWeek.Monday, 1, 2026, null)]
    [InlineData(6, IsoDayOfWeek.None, 1, 2026, null)]
    [InlineData(6, (IsoDayOfWeek)8, 1, 2026, null)]
    [InlineData(6, IsoDayOfWeek.Monday, 0, 2026, null)]
    [InlineData(6, IsoDayOfWeek.Monday, 6, 2026, null)]
    public void DateIn_NthWeekday(int month, IsoDayOfWeek dayOfWeek, int nth, int year, string? expected)
    {
        new NthWeekdayHoliday("Day off", month, dayOfWeek, nth).DateIn(year).ShouldBe(expected is null ? null : Parse(expected));
    }

    // Memorial Day, and the month ending on the very weekday (Thu 2026-12-31) or the day after it.
    [Theory]
    [InlineData(5, IsoDayOfWeek.Monday, 2026, "2026-05-25")] // Memorial Day
    [InlineData(12, IsoDayOfWeek.Thursday, 2026, "2026-12-31")]
    [InlineData(12, IsoDayOfWeek.Friday, 2026, "2026-12-25")]
    [InlineData(1, IsoDayOfWeek.Sunday, 2027, "2027-01-31")]
    [InlineData(2, IsoDayOfWeek.Tuesday, 2028, "2028-02-29")]
    [InlineData(0, IsoDayOfWeek.Monday, 2026, null)]
    [InlineData(13, IsoDayOfWeek.Monday, 2026, null)]
    [InlineData(5, IsoDayOfWeek.None, 2026, null)]
    [InlineData(5, (IsoDayOfWeek)8, 2026, null)]
    public void DateIn_LastWeekday(int month, IsoDayOfWeek dayOfWeek, int year, string? expected)
    {
        new LastWeekdayHoliday("Day off", month, dayOfWeek).DateIn(year).ShouldBe(expected is null ? null : Parse(expected));
    }

    [Fact]
    public void Constructors_NullName_Throw()
    {
        Should.Throw<ArgumentNullException>(() => new FixedDateHoliday(null!, new LocalDate(2026, 1, 1))).ParamName.ShouldBe("name");
        Should.Throw<ArgumentNullException>(() => new AnnualHoliday(null!, 1, 1)).ParamName.ShouldBe("name");
    }

    [Fact]
    public void Observed_IsNone_ExceptWhereAnAnnualHolidaySaysSo()
    {
        new AnnualHoliday("Christmas Day", 12, 25, ObservedRule.NearestWeekday).Observed.ShouldBe(ObservedRule.NearestWeekday);
        new AnnualHoliday("Christmas Day", 12, 25).Observed.ShouldBe(ObservedRule.None);
        new FixedDateHoliday("Shutdown", new LocalDate(2026, 12, 28)).Observed.ShouldBe(ObservedRule.None);
    }
}
