using System.Globalization;
using FollowUpRules.Localization;
using FollowUpRules.Calendar;
using FollowUpRules.Utility;
using NodaTime;

namespace FollowUpRules.Rules;

/// <summary>A distance from one date to a later one: a calendar <see cref="NodaTime.Period"/> or a number of business days.</summary>
/// <remarks>
/// <para>Calendar periods follow NodaTime's arithmetic: months and years truncate at month ends (Jan 31 + 1 month = Feb 28, or
/// Feb 29 in a leap year; Feb 29 + 1 year = Feb 28). Business days skip the rest days of the playbook's <see cref="WorkingWeek"/>.</para>
/// <para>An offset is a small immutable value, safe to share between threads. There is no natural order between offsets
/// (is one month more than 30 days?), so none is offered.</para>
/// </remarks>
public readonly struct StepOffset : IEquatable<StepOffset>
{
    private StepOffset(Period period, int businessDays)
    {
        Period = period;
        BusinessDays = businessDays;
    }

    /// <summary>Gets the offset of no time at all: the same day.</summary>
    /// <value>Zero days.</value>
    public static StepOffset Zero => default;

    /// <summary>Gets the calendar part of the offset.</summary>
    /// <value><see cref="Period.Zero"/> for a business-day offset. Only years, months, weeks and days.</value>
    public Period Period => field ?? Period.Zero;

    /// <summary>Gets the number of business days.</summary>
    /// <value>0 for a calendar offset.</value>
    public int BusinessDays { get; }

    /// <summary>Gets whether the offset counts business days.</summary>
    /// <value><see langword="true"/> when <see cref="BusinessDays"/> is positive.</value>
    public bool IsBusinessDays => BusinessDays > 0;

    /// <summary>Gets whether the offset is zero: the same day.</summary>
    /// <value><see langword="true"/> for <see cref="Zero"/>.</value>
    public bool IsZero => BusinessDays == 0 && Period.Equals(Period.Zero);

    /// <summary>Compares two offsets for equality (same period components, same business days).</summary>
    /// <param name="left">The first offset.</param>
    /// <param name="right">The second offset.</param>
    /// <returns><see langword="true"/> when equal. <c>P7D</c> and <c>P1W</c> are different offsets, as in NodaTime.</returns>
    public static bool operator ==(StepOffset left, StepOffset right) => left.Equals(right);

    /// <summary>Compares two offsets for inequality.</summary>
    /// <param name="left">The first offset.</param>
    /// <param name="right">The second offset.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(StepOffset left, StepOffset right) => !left.Equals(right);

    /// <summary>Creates a calendar offset.</summary>
    /// <param name="period">A period of whole years, months, weeks and days, none negative.</param>
    /// <returns>The offset.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="period"/> has a time part or a negative component.</exception>
    public static StepOffset FromPeriod(Period period)
    {
        Preconditions.CheckNotNull(period);
        Preconditions.CheckArgument(!period.HasTimeComponent, nameof(period), $"An offset is counted in whole days; '{period}' has a time part.");
        Preconditions.CheckArgument(period.Years >= 0 && period.Months >= 0 && period.Weeks >= 0 && period.Days >= 0, nameof(period), $"An offset points forward in time; '{period}' has a negative component.");
        return new StepOffset(period, 0);
    }

    /// <summary>Creates an offset of <paramref name="days"/> calendar days.</summary>
    /// <param name="days">The number of days, at least 0.</param>
    /// <returns>The offset.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> is negative.</exception>
    public static StepOffset FromDays(int days) => FromPeriod(Period.FromDays(Preconditions.CheckRange(days, 0, int.MaxValue)));

    /// <summary>Creates an offset of <paramref name="weeks"/> calendar weeks.</summary>
    /// <param name="weeks">The number of weeks, at least 0.</param>
    /// <returns>The offset.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="weeks"/> is negative.</exception>
    public static StepOffset FromWeeks(int weeks) => FromPeriod(Period.FromWeeks(Preconditions.CheckRange(weeks, 0, int.MaxValue)));

    /// <summary>Creates an offset of <paramref name="months"/> calendar months.</summary>
    /// <param name="months">The number of months, at least 0.</param>
    /// <returns>The offset. Month ends truncate: Nov 30 + 3 months = Feb 28 (Feb 29 in a leap year).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="months"/> is negative.</exception>
    public static StepOffset FromMonths(int months) => FromPeriod(Period.FromMonths(Preconditions.CheckRange(months, 0, int.MaxValue)));

    /// <summary>Creates an offset of <paramref name="count"/> business days.</summary>
    /// <param name="count">The number of business days, at least 1.</param>
    /// <returns>The offset.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is less than 1.</exception>
    public static StepOffset FromBusinessDays(int count) => new(Period.Zero, Preconditions.CheckRange(count, 1, int.MaxValue));

    /// <summary>Returns the date this offset after <paramref name="date"/>.</summary>
    /// <param name="date">The start date.</param>
    /// <param name="week">The working week, for business days.</param>
    /// <returns>The later date (or the same date for <see cref="Zero"/>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="week"/> is <see langword="null"/>.</exception>
    public LocalDate AddTo(LocalDate date, WorkingWeek week)
    {
        Preconditions.CheckNotNull(week);
        return IsBusinessDays ? week.AddBusinessDays(date, BusinessDays) : date.Plus(Period);
    }

    /// <summary>Returns the date this offset after <paramref name="date"/>, business days skipping holidays too.</summary>
    /// <param name="date">The start date.</param>
    /// <param name="calendar">The working week and holiday calendars, for business days.</param>
    /// <returns>The later date (or the same date for <see cref="Zero"/>); a business day of <paramref name="calendar"/> for a business-day offset.
    /// Calendar offsets ignore <paramref name="calendar"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">The calendar leaves no business day for <see cref="BusinessCalendar.MaxSearchDays"/> days.</exception>
    public LocalDate AddTo(LocalDate date, BusinessCalendar calendar)
    {
        Preconditions.CheckNotNull(calendar);
        return IsBusinessDays ? calendar.AddBusinessDays(date, BusinessDays) : date.Plus(Period);
    }

    /// <summary>Returns this offset scaled by <paramref name="factor"/>: each period component, or the business days, multiplied.</summary>
    /// <param name="factor">The factor, at least 1.</param>
    /// <returns>The scaled offset. <c>P1M2D</c> times 3 is <c>P3M6D</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="factor"/> is less than 1.</exception>
    /// <exception cref="OverflowException">A component overflows.</exception>
    public StepOffset Times(int factor)
    {
        Preconditions.CheckRange(factor, 1, int.MaxValue);
        if (IsBusinessDays)
        {
            return new StepOffset(Period.Zero, checked(BusinessDays * factor));
        }

        Period p = Period;
        return new StepOffset(new PeriodBuilder { Years = checked(p.Years * factor), Months = checked(p.Months * factor), Weeks = checked(p.Weeks * factor), Days = checked(p.Days * factor) }.Build(), 0);
    }

    /// <inheritdoc />
    public bool Equals(StepOffset other) => BusinessDays == other.BusinessDays && Period.Equals(other.Period);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is StepOffset other && this == other;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Period, BusinessDays);

    /// <summary>Returns the offset as people read it.</summary>
    /// <returns>For example <c>3 months</c>, <c>1 week 2 days</c>, <c>1 business day</c> or <c>same day</c>.</returns>
    public override string ToString() => Describe(CultureInfo.InvariantCulture);

    /// <summary>Returns the offset as people read it in <paramref name="culture"/>.</summary>
    internal string Describe(CultureInfo culture)
    {
        if (IsBusinessDays)
        {
            return Texts.Format(culture, Texts.Plural("Offset.BusinessDays", BusinessDays), BusinessDays);
        }

        if (IsZero)
        {
            return Texts.Get("Offset.SameDay", culture);
        }

        Period p = Period;
        var parts = new List<string>(4);
        AddPart(parts, p.Years, "Offset.Years", culture);
        AddPart(parts, p.Months, "Offset.Months", culture);
        AddPart(parts, p.Weeks, "Offset.Weeks", culture);
        AddPart(parts, p.Days, "Offset.Days", culture);
        return string.Join(Texts.Get("Offset.Separator", culture), parts);

        static void AddPart(List<string> parts, int value, string unit, CultureInfo culture)
        {
            if (value != 0)
            {
                parts.Add(Texts.Format(culture, Texts.Plural(unit, value), value));
            }
        }
    }
}
