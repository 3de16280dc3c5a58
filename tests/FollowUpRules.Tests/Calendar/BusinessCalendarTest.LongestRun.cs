using FollowUpRules.Calendar;
using FollowUpRules.Testing;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace FollowUpRules.Tests.Calendar;

public partial class BusinessCalendarLongestRunTest
{
    [Fact]
    public void LongestRunWithoutBusinessDay_MatchesADayByDayScan()
    {
        Gen<BusinessCalendar> calendars =
            from week in PlaybookGenerators.WorkingWeek()
            from count in Gen.Choose(0, 3)
            from holidays in Gen.CollectToArray(Enumerable.Range(1, count).Select(i => FollowUpGenerators.HolidayCalendar("h" + i)))
            select new BusinessCalendar(week, holidays);

        Check.One(
            Config.QuickThrowOnFailure.WithMaxTest(300).WithQuietOnSuccess(true),
            Prop.ForAll(calendars.ToArbitrary(), (BusinessCalendar calendar) =>
            {
                LocalDate from = new(2026, 1, 1);
                LocalDate to = new(2028, 12, 31);
                calendar.LongestRunWithoutBusinessDay(from, to).ShouldBe(Scan(calendar, from, to));
                return true;
            }));
    }

    [Fact]
    public void LongestRunWithoutBusinessDay_ChristmasWeekOnAMondayToFridayWeek()
    {
        var christmas = new HolidayCalendar("x", "Christmas shutdown",
            [new AnnualHoliday("Christmas Eve", 12, 24), new AnnualHoliday("Christmas Day", 12, 25), new AnnualHoliday("Boxing Day", 12, 26), new FixedDateHoliday("Shutdown", new LocalDate(2026, 12, 28))]);

        // Thu 2026-12-24 to Mon 2026-12-28, then the weekend-free Tue 2026-12-29: five days in a row.
        new BusinessCalendar(WorkingWeek.MondayToFriday, [christmas]).LongestRunWithoutBusinessDay(new LocalDate(2026, 12, 1), new LocalDate(2026, 12, 31)).ShouldBe(5);
    }

    // Thu 2026-12-24 to Mon 2026-12-28 have no business day (three holidays, a shutdown day and the weekend). A run counts
    // when it holds a holiday on a working day in the range, wherever it begins and ends; Boxing Day on Saturday 26th is
    // no working day, so a range holding only the weekend has just the week's own two rest days.
    [Theory]
    [InlineData("2026-12-24", "2026-12-24", 5)]
    [InlineData("2026-12-28", "2026-12-31", 5)]
    [InlineData("2026-12-01", "2026-12-23", 2)]
    [InlineData("2026-12-26", "2026-12-27", 2)]
    [InlineData("2026-12-29", "2026-12-31", 2)]
    public void LongestRunWithoutBusinessDay_RunsThatCrossTheRangesEnds(string from, string to, int expected)
    {
        var christmas = new HolidayCalendar("x", "Christmas shutdown",
            [new AnnualHoliday("Christmas Eve", 12, 24), new AnnualHoliday("Christmas Day", 12, 25), new AnnualHoliday("Boxing Day", 12, 26), new FixedDateHoliday("Shutdown", new LocalDate(2026, 12, 28))]);

        new BusinessCalendar(WorkingWeek.MondayToFriday, [christmas])
            .LongestRunWithoutBusinessDay(HolidayCalendarTest.Parse(from), HolidayCalendarTest.Parse(to)).ShouldBe(expected);
    }

    // A closure of every day from Thu 2026-01-01 on, in a seven-day week: measured in full up to 3,659 days; from 3,660 days
    // on, the answer is MaxSearchDays (no business day for as long as a search looks).
    [Theory]
    [InlineData(3659, 3659)]
    [InlineData(3660, BusinessCalendar.MaxSearchDays)]
    [InlineData(5000, BusinessCalendar.MaxSearchDays)]
    public void LongestRunWithoutBusinessDay_LongClosure_IsCappedAtMaxSearchDays(int closedDays, int expected)
    {
        var closure = new HolidayCalendar("closed", "Closed",
            Enumerable.Range(0, closedDays).Select(i => new FixedDateHoliday("Closed", new LocalDate(2026, 1, 1).PlusDays(i))));
        var calendar = new BusinessCalendar(WorkingWeek.Of(Enum.GetValues<IsoDayOfWeek>().Where(d => d != IsoDayOfWeek.None)), [closure]);

        calendar.LongestRunWithoutBusinessDay(new LocalDate(2026, 1, 1), new LocalDate(2026, 12, 31)).ShouldBe(expected);
    }

    // Mondays are the only working days and every one is a holiday: no business day before the range either.
    [Fact]
    public void LongestRunWithoutBusinessDay_NoBusinessDayEver_IsMaxSearchDays()
    {
        var calendar = new BusinessCalendar(WorkingWeek.Of(IsoDayOfWeek.Monday), [new HolidayCalendar("m", "Mondays off",
            Enumerable.Range(1, 12).SelectMany(m => Enumerable.Range(1, 5).Select(n => (Holiday)new NthWeekdayHoliday("Monday", m, IsoDayOfWeek.Monday, n))))]);

        calendar.LongestRunWithoutBusinessDay(new LocalDate(2026, 1, 1), new LocalDate(2026, 12, 31)).ShouldBe(BusinessCalendar.MaxSearchDays);
    }

    // The reference: every day one by one; each run of days without a business day counts when it holds a holiday on a
    // working day within the range; the working week's own rest always counts.
    private static int Scan(BusinessCalendar calendar, LocalDate from, LocalDate to)
    {
        int longest = 0;
        for (LocalDate d = new LocalDate(2024, 1, 1); d < new LocalDate(2024, 1, 15); d = d.PlusDays(1))
        {
            int rest = 0;
            for (LocalDate e = d; !calendar.Week.IsWorkingDay(e) && rest < 7; e = e.PlusDays(1))
            {
                rest++;
            }

            longest = Math.Max(longest, rest);
        }

        LocalDate day = from.PlusDays(-BusinessCalendar.MaxSearchDays);
        LocalDate end = to.PlusDays(BusinessCalendar.MaxSearchDays);
        int run = 0;
        bool holdsHoliday = false;
        for (; day <= end; day = day.PlusDays(1))
        {
            if (calendar.IsBusinessDay(day))
            {
                if (holdsHoliday)
                {
                    longest = Math.Max(longest, run);
                }

                run = 0;
                holdsHoliday = false;
                continue;
            }

            run++;
            holdsHoliday |= day >= from && day <= to && calendar.Week.IsWorkingDay(day);
            if (run >= BusinessCalendar.MaxSearchDays)
            {
                return BusinessCalendar.MaxSearchDays;
            }
        }

        return longest;
    }
}
