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
