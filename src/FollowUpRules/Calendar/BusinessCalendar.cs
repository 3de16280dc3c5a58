using FollowUpRules.Utility;
using NodaTime;

namespace FollowUpRules.Calendar;

/// <summary>
/// A working week and any number of holiday calendars together: a business day is a working day of the week that is a
/// holiday in none of the calendars. Counts business days and moves dates that land on other days.
/// </summary>
/// <remarks>
/// <para>Composition is a union: adding a calendar (the contact's country to the seeker's) only ever removes business
/// days, so it never moves a date earlier.</para>
/// <para>A search for a business day gives up after <see cref="MaxSearchDays"/> days in a row without one; a playbook
/// that passes validation never gets there (the validator refuses a working week and calendars that leave no business
/// day for <see cref="Validation.Limits.MaxDaysWithoutBusinessDay"/> days).</para>
/// <para>Immutable and safe to share between threads.</para>
/// </remarks>
public sealed class BusinessCalendar
{
    /// <summary>The most days in a row a search for a business day looks at: 3,660 (about ten years).</summary>
    public const int MaxSearchDays = 3660;


    /// <summary>Initializes a new business calendar.</summary>
    /// <param name="week">The working days.</param>
    /// <param name="calendars">The holiday calendars; <see langword="null"/> for none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="week"/> is <see langword="null"/>, or a calendar is.</exception>
    public BusinessCalendar(WorkingWeek week, IEnumerable<HolidayCalendar>? calendars = null)
    {
        Week = Preconditions.CheckNotNull(week);
        Calendars = ValueList<HolidayCalendar>.From(calendars);
        foreach (HolidayCalendar calendar in Calendars)
        {
            Preconditions.CheckNotNull(calendar, nameof(calendars));
        }
    }

    /// <summary>Gets the working days.</summary>
    /// <value>The rest days of the week are never business days.</value>
    public WorkingWeek Week { get; }

    /// <summary>Gets the holiday calendars.</summary>
    /// <value>Possibly empty; a holiday in any of them is not a business day.</value>
    public ValueList<HolidayCalendar> Calendars { get; }

    /// <summary>Returns whether <paramref name="date"/> is a business day: a working day that is no calendar's holiday.</summary>
    /// <param name="date">The date.</param>
    /// <returns><see langword="true"/> on a business day.</returns>
    public bool IsBusinessDay(LocalDate date)
    {
        if (!Week.IsWorkingDay(date))
        {
            return false;
        }

        foreach (HolidayCalendar calendar in Calendars)
        {
            if (calendar.IsHoliday(date))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Returns why <paramref name="date"/> is not a business day.</summary>
    /// <param name="date">The date.</param>
    /// <returns>For example <c>Sat 2026-12-26 is a Saturday, not a working day</c> or
    /// <c>Fri 2026-12-25 is Christmas Day (England and Wales)</c>; <see langword="null"/> on a business day.</returns>
    public string? WhyNotBusinessDay(LocalDate date) => DayOf(date) is { IsBusinessDay: false } off ? off.ToString() : null;

    /// <summary>Returns what <paramref name="date"/> is, as data: a rest day, a holiday (of the first calendar that has one) or a business day.</summary>
    internal DayOff DayOf(LocalDate date)
    {
        if (!Week.IsWorkingDay(date))
        {
            return new DayOff(date, IsWorkingDay: false, null, null);
        }

        foreach (HolidayCalendar calendar in Calendars)
        {
            if (calendar.HolidayOn(date) is { } name)
            {
                return new DayOff(date, IsWorkingDay: true, name, calendar.Name);
            }
        }

        return new DayOff(date, IsWorkingDay: true, null, null);
    }

    /// <summary>Returns the date <paramref name="count"/> business days after <paramref name="date"/>.</summary>
    /// <param name="date">The start date; it does not count, whether or not it is a business day.</param>
    /// <param name="count">The number of business days, at least 0.</param>
    /// <returns><paramref name="date"/> itself for 0; otherwise a business day. One business day after Thu 2026-12-24 is
    /// Mon 2026-12-28 with Christmas Day on the Friday (or Tue 2026-12-29 if Boxing Day is observed on the Monday).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
    /// <exception cref="InvalidOperationException">No business day in <see cref="MaxSearchDays"/> days in a row.</exception>
    public LocalDate AddBusinessDays(LocalDate date, int count)
    {
        Preconditions.CheckRange(count, 0, int.MaxValue);
        LocalDate result = date;
        for (int remaining = count; remaining > 0; remaining--)
        {
            result = Next(result.PlusDays(1), 1);
        }

        return result;
    }

    /// <summary>Moves <paramref name="date"/> to a business day by <paramref name="adjustment"/>, and says why.</summary>
    /// <param name="date">The date.</param>
    /// <param name="adjustment">The convention.</param>
    /// <returns>The business day and the reason (each skipped day with why it is not a business day, joined by "; "),
    /// or <paramref name="date"/> and <see langword="null"/> when it is a business day or <paramref name="adjustment"/>
    /// is <see cref="DateAdjustment.None"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="adjustment"/> is not a defined value.</exception>
    /// <exception cref="InvalidOperationException">No business day in <see cref="MaxSearchDays"/> days in a row.</exception>
    public (LocalDate Date, string? Reason) Adjust(LocalDate date, DateAdjustment adjustment)
    {
        if (!Enum.IsDefined(adjustment))
        {
            throw new ArgumentOutOfRangeException(nameof(adjustment), adjustment, "Use None, Following, Preceding or ModifiedFollowing.");
        }

        LocalDate moved = Move(date, adjustment);
        return moved == date ? (date, null) : (moved, Reasons(date, moved));
    }

    // Adjust without the reason: the engine's fast path, which writes no sentence. The adjustment is a defined one.
    internal LocalDate Move(LocalDate date, DateAdjustment adjustment)
    {
        if (adjustment == DateAdjustment.None || IsBusinessDay(date))
        {
            return date;
        }

        return adjustment switch
        {
            DateAdjustment.Preceding => Next(date, -1),
            DateAdjustment.ModifiedFollowing when Next(date, 1) is var following && following.Month != date.Month => Next(date, -1),
            _ => Next(date, 1),
        };
    }

    /// <summary>Returns why every day from <paramref name="from"/> up to (not including) <paramref name="to"/> is skipped, in either direction.</summary>
    internal string Reasons(LocalDate from, LocalDate to) => string.Join("; ", DaysBetween(from, to));

    /// <summary>Returns every day from <paramref name="from"/> up to (not including) <paramref name="to"/>, in either direction, as data.</summary>
    internal DayOff[] DaysBetween(LocalDate from, LocalDate to)
    {
        int step = to >= from ? 1 : -1;
        var days = new DayOff[Math.Abs(Period.DaysBetween(from, to))];
        int at = 0;
        for (LocalDate d = from; d != to; d = d.PlusDays(step))
        {
            days[at++] = DayOf(d);
        }

        return days;
    }

    /// <summary>
    /// Returns the longest run of days without a business day that holds a holiday on a working day between
    /// <paramref name="from"/> and <paramref name="to"/> (the run may begin before and end after them), or the working
    /// week's own longest rest if that is longer; <see cref="MaxSearchDays"/> when there is no business day for that long.
    /// </summary>
    /// <remarks>
    /// A run longer than the working week's own rest days is a chain of holidays on consecutive working days, so only the
    /// holiday dates are walked, not every day: a 400-year cycle takes milliseconds.
    /// </remarks>
    internal int LongestRunWithoutBusinessDay(LocalDate from, LocalDate to)
    {
        int longest = LongestRestInWeek();
        for (int year = from.Year; year <= to.Year; year++)
        {
            foreach (HolidayCalendar calendar in Calendars)
            {
                foreach (LocalDate holiday in calendar.DatesIn(year))
                {
                    if (holiday < from || holiday > to || !Week.IsWorkingDay(holiday))
                    {
                        continue;
                    }

                    LocalDate before = WorkingDayFrom(holiday.PlusDays(-1), -1);
                    if (!IsBusinessDay(before) && before >= from)
                    {
                        continue; // not the first holiday of its chain in the range; the chain is measured from its first one
                    }

                    while (!IsBusinessDay(before))
                    {
                        // The chain began before the range: find where it really began.
                        before = WorkingDayFrom(before.PlusDays(-1), -1);
                        if (Period.Between(before, holiday, PeriodUnits.Days).Days > MaxSearchDays)
                        {
                            return MaxSearchDays;
                        }
                    }

                    LocalDate after = holiday;
                    while (!IsBusinessDay(after))
                    {
                        after = WorkingDayFrom(after.PlusDays(1), 1);
                        if (Period.Between(before, after, PeriodUnits.Days).Days > MaxSearchDays)
                        {
                            return MaxSearchDays;
                        }
                    }

                    longest = Math.Max(longest, Period.Between(before, after, PeriodUnits.Days).Days - 1);
                }
            }
        }

        return longest;
    }

    // The longest stretch of rest days in the working week, wrapping round from Sunday to Monday.
    private int LongestRestInWeek()
    {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < 14; i++)
        {
            run = Week.IsWorkingDay(new LocalDate(2024, 1, 1).PlusDays(i)) ? 0 : run + 1;
            longest = Math.Max(longest, run);
        }

        return longest;
    }

    // The first working day (of the week; holidays aside) from start on, going forward (1) or back (-1).
    private LocalDate WorkingDayFrom(LocalDate start, int direction)
    {
        LocalDate d = start;
        while (!Week.IsWorkingDay(d))
        {
            d = d.PlusDays(direction);
        }

        return d;
    }

    internal static string Format(LocalDate date) => Formats.Date(date);

    // The first business day from start on, going forward (direction 1) or back (-1); start itself counts.
    private LocalDate Next(LocalDate start, int direction)
    {
        LocalDate d = start;
        for (int i = 0; i < MaxSearchDays; i++, d = d.PlusDays(direction))
        {
            if (IsBusinessDay(d))
            {
                return d;
            }
        }

        throw new InvalidOperationException($"No business day in the {MaxSearchDays} days from {Format(start)}: the working week ({Week}) and the holiday calendars leave none.");
    }
}
