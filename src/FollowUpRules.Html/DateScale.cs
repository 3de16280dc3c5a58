using System.Globalization;
using NodaTime;

namespace FollowUpRules.Html;

/// <summary>The unit of the axis's ticks.</summary>
internal enum TickUnit
{
    Day,
    Week,
    Month,
}

/// <summary>A tick of the axis: a date, its position and its label.</summary>
internal readonly record struct Tick(LocalDate Date, double X, string Label);

/// <summary>
/// Where a date falls on the timeline's track, as a percentage of its width: each day of the shown period is an equal
/// column, a date's point is the middle of its column, and a span covers its days' columns whole.
/// </summary>
internal sealed class DateScale
{
    /// <summary>The most days of the past shown before today.</summary>
    public const int MaxLeadDays = 14;

    public DateScale(LocalDate start, LocalDate end)
    {
        if (end < start)
        {
            throw new ArgumentException($"The timeline's last day, {Words.Date(end)}, is before its first, {Words.Date(start)}.", nameof(end));
        }

        Start = start;
        End = end;
        Days = Period.DaysBetween(start, end) + 1;
    }

    /// <summary>Gets the first day shown.</summary>
    public LocalDate Start { get; }

    /// <summary>Gets the last day shown.</summary>
    public LocalDate End { get; }

    /// <summary>Gets the number of days shown.</summary>
    public int Days { get; }

    /// <summary>
    /// Returns the scale of a timeline made on <paramref name="today"/> up to <paramref name="until"/>: a few days of the
    /// past before today (a twelfth of the period, from 1 to <see cref="MaxLeadDays"/> days), so that steps overdue by a
    /// little show where they were due, and on to <paramref name="until"/> or the last of <paramref name="dates"/>.
    /// </summary>
    public static DateScale For(LocalDate today, LocalDate until, IEnumerable<LocalDate> dates)
    {
        LocalDate end = until < today ? today : until;
        foreach (LocalDate date in dates)
        {
            if (date > end)
            {
                end = date;
            }
        }

        int span = Period.DaysBetween(today, end);
        int lead = Math.Clamp((int)Math.Round(span / 12.0, MidpointRounding.AwayFromZero), 1, MaxLeadDays);
        return new DateScale(today.PlusDays(-lead), end);
    }

    /// <summary>Returns the middle of <paramref name="date"/>'s column, from 0 to 100; a date outside the period is pinned to the nearer edge.</summary>
    public double At(LocalDate date)
    {
        if (date < Start)
        {
            return 0;
        }

        return date > End ? 100 : (Period.DaysBetween(Start, date) + 0.5) * 100 / Days;
    }

    /// <summary>Returns whether <paramref name="date"/> is shown.</summary>
    public bool Contains(LocalDate date) => date >= Start && date <= End;

    /// <summary>
    /// Returns the part of the track the days from <paramref name="first"/> to <paramref name="last"/> cover, both
    /// included, and whether it was cut at either edge; <see langword="null"/> when none of those days is shown.
    /// </summary>
    public (double Left, double Right, bool CutAtStart, bool CutAtEnd)? Span(LocalDate first, LocalDate last)
    {
        if (last < Start || first > End || last < first)
        {
            return null;
        }

        bool cutAtStart = first < Start;
        bool cutAtEnd = last > End;
        double left = cutAtStart ? 0 : Period.DaysBetween(Start, first) * 100.0 / Days;
        double right = cutAtEnd ? 100 : (Period.DaysBetween(Start, last) + 1) * 100.0 / Days;
        return (left, right, cutAtStart, cutAtEnd);
    }

    /// <summary>Gets the unit of the axis: days up to three weeks, weeks up to about two months, months beyond.</summary>
    public TickUnit Unit => Days switch
    {
        <= 21 => TickUnit.Day,
        <= 62 => TickUnit.Week,
        _ => TickUnit.Month,
    };

    /// <summary>Returns the ticks: every day, every Monday, or every first of a month in the period, at the start of its column, labelled in <paramref name="culture"/>.</summary>
    public IReadOnlyList<Tick> Ticks(CultureInfo culture)
    {
        var ticks = new List<Tick>();
        TickUnit unit = Unit;
        for (LocalDate date = Start; date <= End; date = date.PlusDays(1))
        {
            bool tick = unit switch
            {
                TickUnit.Day => true,
                TickUnit.Week => date.DayOfWeek == IsoDayOfWeek.Monday,
                _ => date.Day == 1,
            };
            if (tick)
            {
                bool withYear = ticks.Count == 0 || date.Month == 1;
                ticks.Add(new Tick(date, Period.DaysBetween(Start, date) * 100.0 / Days, Words.Tick(date, unit, withYear, culture)));
            }
        }

        return ticks;
    }
}
