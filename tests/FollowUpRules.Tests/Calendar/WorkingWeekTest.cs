using FollowUpRules.Calendar;
using NodaTime;
using NodaTime.Text;

namespace FollowUpRules.Tests.Calendar;

public class WorkingWeekTest
{
    [Theory]
    [InlineData("2026-11-20", 1, "2026-11-23")] // Friday -> Monday
    [InlineData("2026-11-21", 1, "2026-11-23")] // Saturday -> Monday
    [InlineData("2026-11-22", 1, "2026-11-23")] // Sunday -> Monday
    [InlineData("2026-11-23", 0, "2026-11-23")] // zero is the same day
    [InlineData("2026-11-26", 2, "2026-11-30")] // Thursday + 2 -> Monday
    [InlineData("2026-12-31", 1, "2027-01-01")] // New Year's Eve -> New Year's Day: a WorkingWeek alone knows no holidays (see BusinessCalendarTest)
    [InlineData("2028-02-28", 1, "2028-02-29")] // leap day is a Tuesday
    [InlineData("2026-02-27", 1, "2026-03-02")] // month end across a weekend
    [InlineData("2026-11-23", 10, "2026-12-07")]
    public void AddBusinessDays_MondayToFriday(string start, int count, string expected)
    {
        WorkingWeek.MondayToFriday.AddBusinessDays(Parse(start), count).ShouldBe(Parse(expected));
    }

    [Theory]
    [InlineData("2026-11-19", 1, "2026-11-22")] // Thursday -> Sunday in a Sunday-to-Thursday week
    [InlineData("2026-11-20", 1, "2026-11-22")] // Friday -> Sunday
    [InlineData("2026-11-22", 5, "2026-11-29")]
    public void AddBusinessDays_SundayToThursday(string start, int count, string expected)
    {
        WorkingWeek week = WorkingWeek.Of(IsoDayOfWeek.Sunday, IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday);

        week.AddBusinessDays(Parse(start), count).ShouldBe(Parse(expected));
        week.IsWorkingDay(Parse("2026-11-20")).ShouldBeFalse();
    }

    [Fact]
    public void Of_NoDays_OrNone_Throws()
    {
        Should.Throw<ArgumentException>(() => WorkingWeek.Of()).Message.ShouldStartWith("A working week needs at least one working day.");
        Should.Throw<ArgumentException>(() => WorkingWeek.Of(IsoDayOfWeek.None)).Message.ShouldStartWith("'None' is not a day of the week (Monday to Sunday).");
    }

    [Fact]
    public void Equality_ByDays_AndToString()
    {
        WorkingWeek.Of(IsoDayOfWeek.Friday, IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday).ShouldBe(WorkingWeek.MondayToFriday);
        WorkingWeek.MondayToFriday.ToString().ShouldBe("Monday-Friday");
        WorkingWeek.Of(IsoDayOfWeek.Saturday).ToString().ShouldBe("Saturday");
        WorkingWeek.Of(IsoDayOfWeek.Saturday).ShouldNotBe(WorkingWeek.MondayToFriday);
    }

    [Fact]
    public void Of_DaysInAnyOrderWithDuplicates_ListsEachWorkingDayOnceMondayFirst()
    {
        WorkingWeek week = WorkingWeek.Of(IsoDayOfWeek.Sunday, IsoDayOfWeek.Monday, IsoDayOfWeek.Sunday);

        week.Days.ShouldBe([IsoDayOfWeek.Monday, IsoDayOfWeek.Sunday]);
        week.IsWorkingDay(Parse("2026-11-22")).ShouldBeTrue(); // a Sunday
        week.IsWorkingDay(Parse("2026-11-23")).ShouldBeTrue(); // a Monday
        week.IsWorkingDay(Parse("2026-11-21")).ShouldBeFalse(); // a Saturday
        week.ToString().ShouldBe("Monday, Sunday");
    }

    [Fact]
    public void Of_ValueAfterSunday_Throws()
    {
        Should.Throw<ArgumentException>(() => WorkingWeek.Of(IsoDayOfWeek.Monday, (IsoDayOfWeek)8)).Message.ShouldStartWith("'8' is not a day of the week (Monday to Sunday).");
        Should.Throw<ArgumentNullException>(() => WorkingWeek.Of(null!));
    }

    [Fact]
    public void AddBusinessDays_NegativeCount_Throws()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => WorkingWeek.MondayToFriday.AddBusinessDays(Parse("2026-11-23"), -1)).ParamName.ShouldBe("count");
    }

    // Weeks are dictionary keys and set members (a playbook's settings compare by value): every distinct week of the
    // 127 has its own hash code, and equal weeks share one.
    [Fact]
    public void GetHashCode_EqualWeeksAgree_DistinctWeeksDiffer()
    {
        WorkingWeek[] weeks = [.. Enumerable.Range(1, 127).Select(mask => WorkingWeek.Of(Enumerable.Range(1, 7).Where(d => (mask & (1 << (d - 1))) != 0).Select(d => (IsoDayOfWeek)d)))];

        weeks.Select(w => w.GetHashCode()).Distinct().Count().ShouldBe(127);
        weeks.Distinct().Count().ShouldBe(127);
        WorkingWeek.Of(IsoDayOfWeek.Friday, IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday).GetHashCode().ShouldBe(WorkingWeek.MondayToFriday.GetHashCode());
        WorkingWeek.MondayToFriday.Equals(null).ShouldBeFalse();
    }

    private static LocalDate Parse(string text) => LocalDatePattern.Iso.Parse(text).Value;
}
