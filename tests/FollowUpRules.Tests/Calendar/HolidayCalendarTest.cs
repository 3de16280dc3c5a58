using FollowUpRules.Calendar;
using NodaTime;
using NodaTime.Text;

namespace FollowUpRules.Tests.Calendar;

public class HolidayCalendarTest
{
    private static readonly HolidayCalendar Uk = new("uk", "England and Wales",
    [
        new AnnualHoliday("New Year's Day", 1, 1, ObservedRule.NearestWeekday),
        new AnnualHoliday("Christmas Day", 12, 25, ObservedRule.NearestWeekday),
        new AnnualHoliday("Boxing Day", 12, 26, ObservedRule.NearestWeekday),
        new NthWeekdayHoliday("Early May bank holiday", 5, IsoDayOfWeek.Monday, 1),
        new LastWeekdayHoliday("Spring bank holiday", 5, IsoDayOfWeek.Monday),
        new FixedDateHoliday("Summer bank holiday", new LocalDate(2026, 8, 31)),
    ]);

    [Theory]
    [InlineData("2026-12-25", "Christmas Day")] // a Friday
    [InlineData("2026-12-26", "Boxing Day")] // a Saturday: observed on Friday the 25th, already Christmas Day
    [InlineData("2026-12-24", null)]
    [InlineData("2027-12-25", "Christmas Day")] // a Saturday...
    [InlineData("2027-12-24", "Christmas Day (observed)")] // ...observed on the Friday before
    [InlineData("2027-12-26", "Boxing Day")] // a Sunday...
    [InlineData("2027-12-27", "Boxing Day (observed)")] // ...observed on the Monday after
    [InlineData("2027-12-31", "New Year's Day (observed)")] // Sat 2028-01-01 observed in the year before
    [InlineData("2028-01-01", "New Year's Day")]
    [InlineData("2028-01-03", null)]
    [InlineData("2028-12-25", "Christmas Day")] // a Monday: nothing observed
    [InlineData("2028-12-22", null)]
    [InlineData("2026-05-04", "Early May bank holiday")]
    [InlineData("2027-05-03", "Early May bank holiday")]
    [InlineData("2028-05-01", "Early May bank holiday")]
    [InlineData("2026-05-25", "Spring bank holiday")]
    [InlineData("2027-05-31", "Spring bank holiday")]
    [InlineData("2028-05-29", "Spring bank holiday")]
    [InlineData("2028-05-22", null)]
    [InlineData("2026-08-31", "Summer bank holiday")] // an explicit date...
    [InlineData("2027-08-31", null)] // ...holds for its year only
    public void HolidayOn_EnglandAndWales_NamesTheHoliday(string date, string? expected)
    {
        Uk.HolidayOn(Parse(date)).ShouldBe(expected);
        Uk.IsHoliday(Parse(date)).ShouldBe(expected is not null);
    }

    [Theory]
    [InlineData("2028-02-29", true)]
    [InlineData("2032-02-29", true)]
    [InlineData("2027-02-28", false)] // no Feb 29 in 2027, and no stand-in day either
    [InlineData("2027-03-01", false)]
    public void IsHoliday_Feb29_OnlyInLeapYears(string date, bool expected)
    {
        var calendar = new HolidayCalendar("leap", "Leap day off", [new AnnualHoliday("Leap Day", 2, 29)]);

        calendar.IsHoliday(Parse(date)).ShouldBe(expected);
    }

    [Theory]
    [InlineData(2026, "2026-11-26", "2026-03-30")]
    [InlineData(2027, "2027-11-25", "2027-03-29")]
    [InlineData(2028, "2028-11-23", null)] // March 2028 has four Mondays
    public void DateIn_NthWeekday_FourthThursdayAndFifthMonday(int year, string thanksgiving, string? fifthMonday)
    {
        new NthWeekdayHoliday("Thanksgiving", 11, IsoDayOfWeek.Thursday, 4).DateIn(year).ShouldBe(Parse(thanksgiving));
        new NthWeekdayHoliday("Fifth Monday", 3, IsoDayOfWeek.Monday, 5).DateIn(year).ShouldBe(fifthMonday is null ? null : Parse(fifthMonday));
    }

    [Theory]
    [InlineData(2026, "2026-08-31")]
    [InlineData(2027, "2027-08-30")]
    [InlineData(2028, "2028-08-28")]
    public void DateIn_LastWeekday_LastMondayOfAugust(int year, string expected)
    {
        new LastWeekdayHoliday("Summer bank holiday", 8, IsoDayOfWeek.Monday).DateIn(year).ShouldBe(Parse(expected));
    }

    [Fact]
    public void DateIn_ImpossibleValues_HasNoDate()
    {
        new AnnualHoliday("April 31", 4, 31).DateIn(2026).ShouldBeNull();
        new AnnualHoliday("Month 13", 13, 1).DateIn(2026).ShouldBeNull();
        new NthWeekdayHoliday("Sixth Monday", 3, IsoDayOfWeek.Monday, 6).DateIn(2026).ShouldBeNull();
        new LastWeekdayHoliday("No day", 3, IsoDayOfWeek.None).DateIn(2026).ShouldBeNull();
    }

    [Fact]
    public void Equality_ByValue_IgnoresWhatWasComputed()
    {
        var copy = new HolidayCalendar("uk", "England and Wales", Uk.Holidays);
        Uk.IsHoliday(new LocalDate(2026, 12, 25)).ShouldBeTrue(); // fills Uk's cache for 2026, not the copy's

        copy.ShouldBe(Uk);
        copy.GetHashCode().ShouldBe(Uk.GetHashCode());
        new HolidayCalendar("uk", "England and Wales", Uk.Holidays, forSeeker: false).ShouldNotBe(Uk);
    }

    // A year's holidays are worked out once per calendar and kept, so each case asks a calendar of its own for the first time.
    [Theory]
    [InlineData(1, 1, "2027-12-31", "New Year (observed)")] // Sat 2028-01-01, observed in the year before
    [InlineData(1, 1, "2021-12-31", "New Year (observed)")] // Sat 2022-01-01
    [InlineData(1, 1, "2027-12-30", null)]
    [InlineData(12, 31, "2024-01-01", "New Year (observed)")] // Sun 2023-12-31, observed in the year after
    [InlineData(12, 31, "2024-01-02", null)]
    public void HolidayOn_ObservedDayAcrossTheYearEnd_AskedFirst_IsAHoliday(int month, int day, string date, string? expected)
    {
        var calendar = new HolidayCalendar("year-end", "Year end", [new AnnualHoliday("New Year", month, day, ObservedRule.NearestWeekday)]);

        calendar.HolidayOn(Parse(date)).ShouldBe(expected);
    }

    [Fact]
    public void DatesIn_HoldsTheYearsOwnDaysAndObservedDays_NotTheNextYears()
    {
        var calendar = new HolidayCalendar("year-end", "Year end", [new AnnualHoliday("New Year's Day", 1, 1, ObservedRule.NearestWeekday)]);

        calendar.DatesIn(2027).Order().ShouldBe([new LocalDate(2027, 1, 1), new LocalDate(2027, 12, 31)]);
        calendar.DatesIn(2028).ShouldBe([new LocalDate(2028, 1, 1)]);
    }

    [Fact]
    public void HolidayOn_TwoHolidaysOnOneDay_NamesTheFirstListed()
    {
        Holiday christmas = new AnnualHoliday("Christmas Day", 12, 25);
        Holiday shutdown = new FixedDateHoliday("Company shutdown", new LocalDate(2026, 12, 25));

        new HolidayCalendar("a", "A", [christmas, shutdown]).HolidayOn(new LocalDate(2026, 12, 25)).ShouldBe("Christmas Day");
        new HolidayCalendar("b", "B", [shutdown, christmas]).HolidayOn(new LocalDate(2026, 12, 25)).ShouldBe("Company shutdown");
    }

    [Fact]
    public void Equality_AnyPartDiffering_IsNotEqual()
    {
        var calendar = new HolidayCalendar("uk", "England and Wales", Uk.Holidays);

        calendar.ShouldNotBe(new HolidayCalendar("gb", "England and Wales", Uk.Holidays));
        calendar.ShouldNotBe(new HolidayCalendar("uk", "Wales", Uk.Holidays));
        calendar.ShouldNotBe(new HolidayCalendar("uk", "England and Wales", Uk.Holidays.Take(5)));
        calendar.ShouldNotBe(new HolidayCalendar("uk", "England and Wales", Uk.Holidays, forSeeker: false));
        calendar.Equals(null).ShouldBeFalse();
        new HolidayCalendar("none", "No holidays", null).ShouldBe(new HolidayCalendar("none", "No holidays", []));
    }

    [Fact]
    public void Constructor_NullIdOrName_Throws()
    {
        Should.Throw<ArgumentNullException>(() => new HolidayCalendar(null!, "A", null)).ParamName.ShouldBe("id");
        Should.Throw<ArgumentNullException>(() => new HolidayCalendar("a", null!, null)).ParamName.ShouldBe("name");
    }

    [Fact]
    public void HolidayOn_ManyThreads_AgreeWithOneThread()
    {
        var fresh = new HolidayCalendar("uk", "England and Wales", Uk.Holidays);
        LocalDate[] dates = [.. Enumerable.Range(0, 3 * 366).Select(i => new LocalDate(2026, 1, 1).PlusDays(i))];

        string?[][] results = [.. Enumerable.Range(0, 8).AsParallel().Select(_ => dates.Select(fresh.HolidayOn).ToArray())];

        foreach (string?[] result in results)
        {
            result.ShouldBe(dates.Select(Uk.HolidayOn).ToArray());
        }
    }

    internal static LocalDate Parse(string text) => LocalDatePattern.Iso.Parse(text).Value;
}
