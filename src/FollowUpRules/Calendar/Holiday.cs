using FollowUpRules.Utility;
using NodaTime;

namespace FollowUpRules.Calendar;

/// <summary>
/// A day off that a <see cref="HolidayCalendar"/> lists: one of a closed vocabulary that a playbook file can hold
/// (<see cref="FixedDateHoliday"/>, <see cref="AnnualHoliday"/>, <see cref="NthWeekdayHoliday"/>, <see cref="LastWeekdayHoliday"/>).
/// </summary>
/// <remarks>
/// Constructors accept any values, so that a playbook read from a file can report every bad one at once; the
/// <see cref="Validation.PlaybookValidator"/> checks months, days and ranges. A holiday with impossible values has no
/// dates. Holidays are immutable, compare by value and are safe to share between threads.
/// </remarks>
public abstract record Holiday
{
    /// <summary>Initializes the name shared by every holiday.</summary>
    /// <param name="name">The holiday's name, shown in explanations.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    private protected Holiday(string name) => Name = Preconditions.CheckNotNull(name);

    /// <summary>Gets the holiday's name.</summary>
    /// <value>For example <c>Christmas Day</c>; explanations quote it.</value>
    public string Name { get; }

    /// <summary>Returns the days the holiday is kept for its occurrence in <paramref name="year"/>.</summary>
    /// <param name="year">The year of the occurrence.</param>
    /// <returns>
    /// The date and its name; with an <see cref="ObservedRule.NearestWeekday"/> rule also the observed weekday, named
    /// "<c>Name (observed)</c>", which may fall in the previous or the next year. Empty when the holiday does not occur
    /// that year (Feb 29 outside leap years, a fifth weekday a month does not have, an explicit date in another year).
    /// </returns>
    public IEnumerable<(LocalDate Date, string Name)> DaysIn(int year)
    {
        if (year is < 1 or > 9998 || DateIn(year) is not { } date)
        {
            yield break;
        }

        yield return (date, Name);
        if (Observed == ObservedRule.NearestWeekday)
        {
            switch (date.DayOfWeek)
            {
                case IsoDayOfWeek.Saturday:
                    yield return (date.PlusDays(-1), Name + " (observed)");
                    break;
                case IsoDayOfWeek.Sunday:
                    yield return (date.PlusDays(1), Name + " (observed)");
                    break;
            }
        }
    }

    /// <summary>Gets the rule for a holiday that falls on a weekend.</summary>
    /// <value><see cref="ObservedRule.None"/> unless the holiday kind says otherwise.</value>
    public virtual ObservedRule Observed => ObservedRule.None;

    /// <summary>Returns the holiday's own date in <paramref name="year"/>, before any observed rule.</summary>
    /// <param name="year">The year, 1 to 9998.</param>
    /// <returns>The date, or <see langword="null"/> when the holiday does not occur that year or its values are impossible.</returns>
    public abstract LocalDate? DateIn(int year);

    /// <summary>Returns whether <paramref name="month"/> and <paramref name="day"/> name a day some year has.</summary>
    internal static bool IsMonthDay(int month, int day) =>
        month is >= 1 and <= 12 && day >= 1 && day <= CalendarSystem.Iso.GetDaysInMonth(2000, month);
}

/// <summary>A holiday on one explicit date, for example a one-off bank holiday or a company shutdown day.</summary>
/// <remarks>Immutable, compares by value, safe to share between threads.</remarks>
public sealed record FixedDateHoliday : Holiday
{
    /// <summary>Initializes a new holiday on <paramref name="date"/>.</summary>
    /// <param name="name">The holiday's name.</param>
    /// <param name="date">The date.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    public FixedDateHoliday(string name, LocalDate date)
        : base(name) => Date = date;

    /// <summary>Gets the date.</summary>
    /// <value>Any ISO date.</value>
    public LocalDate Date { get; }

    /// <inheritdoc />
    public override LocalDate? DateIn(int year) => Date.Year == year ? Date : null;
}

/// <summary>A holiday on the same month and day every year, for example Christmas Day on December 25.</summary>
/// <remarks>February 29 is a holiday only in leap years. Immutable, compares by value, safe to share between threads.</remarks>
public sealed record AnnualHoliday : Holiday
{
    /// <summary>Initializes a new annual holiday.</summary>
    /// <param name="name">The holiday's name.</param>
    /// <param name="month">The month, 1 to 12 (validated with the playbook).</param>
    /// <param name="day">The day of the month, 1 to the month's length (Feb 29 allowed; validated with the playbook).</param>
    /// <param name="observed">What happens when the day falls on a weekend; the default keeps it on its own date only.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    public AnnualHoliday(string name, int month, int day, ObservedRule observed = ObservedRule.None)
        : base(name)
    {
        Month = month;
        Day = day;
        ObservedRule = observed;
    }

    /// <summary>Gets the month.</summary>
    /// <value>1 to 12.</value>
    public int Month { get; }

    /// <summary>Gets the day of the month.</summary>
    /// <value>1 to 31.</value>
    public int Day { get; }

    /// <summary>Gets the rule for a holiday that falls on a weekend.</summary>
    /// <value>The default is <see cref="Calendar.ObservedRule.None"/>.</value>
    public ObservedRule ObservedRule { get; }

    /// <inheritdoc />
    public override ObservedRule Observed => ObservedRule;

    /// <inheritdoc />
    public override LocalDate? DateIn(int year) =>
        IsMonthDay(Month, Day) && Day <= CalendarSystem.Iso.GetDaysInMonth(year, Month) ? new LocalDate(year, Month, Day) : null;
}

/// <summary>A holiday on the nth given weekday of a month, for example Thanksgiving, the fourth Thursday of November.</summary>
/// <remarks>A year whose month has no such day (a fifth Monday) has no holiday. Immutable, compares by value, safe to share between threads.</remarks>
public sealed record NthWeekdayHoliday : Holiday
{
    /// <summary>Initializes a new holiday on the <paramref name="nth"/> <paramref name="dayOfWeek"/> of <paramref name="month"/>.</summary>
    /// <param name="name">The holiday's name.</param>
    /// <param name="month">The month, 1 to 12 (validated with the playbook).</param>
    /// <param name="dayOfWeek">The day of the week (validated with the playbook).</param>
    /// <param name="nth">Which one in the month, 1 to 5 (validated with the playbook).</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    public NthWeekdayHoliday(string name, int month, IsoDayOfWeek dayOfWeek, int nth)
        : base(name)
    {
        Month = month;
        DayOfWeek = dayOfWeek;
        Nth = nth;
    }

    /// <summary>Gets the month.</summary>
    /// <value>1 to 12.</value>
    public int Month { get; }

    /// <summary>Gets the day of the week.</summary>
    /// <value>Monday to Sunday.</value>
    public IsoDayOfWeek DayOfWeek { get; }

    /// <summary>Gets which of the month's <see cref="DayOfWeek"/>s it is.</summary>
    /// <value>1 to 5.</value>
    public int Nth { get; }

    /// <inheritdoc />
    public override LocalDate? DateIn(int year)
    {
        if (Month is < 1 or > 12 || DayOfWeek is < IsoDayOfWeek.Monday or > IsoDayOfWeek.Sunday || Nth is < 1 or > 5)
        {
            return null;
        }

        LocalDate first = new LocalDate(year, Month, 1);
        LocalDate date = first.PlusDays((((int)DayOfWeek - (int)first.DayOfWeek + 7) % 7) + (7 * (Nth - 1)));
        return date.Month == Month ? date : null;
    }
}

/// <summary>A holiday on the last given weekday of a month, for example Memorial Day, the last Monday of May.</summary>
/// <remarks>Immutable, compares by value, safe to share between threads.</remarks>
public sealed record LastWeekdayHoliday : Holiday
{
    /// <summary>Initializes a new holiday on the last <paramref name="dayOfWeek"/> of <paramref name="month"/>.</summary>
    /// <param name="name">The holiday's name.</param>
    /// <param name="month">The month, 1 to 12 (validated with the playbook).</param>
    /// <param name="dayOfWeek">The day of the week (validated with the playbook).</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    public LastWeekdayHoliday(string name, int month, IsoDayOfWeek dayOfWeek)
        : base(name)
    {
        Month = month;
        DayOfWeek = dayOfWeek;
    }

    /// <summary>Gets the month.</summary>
    /// <value>1 to 12.</value>
    public int Month { get; }

    /// <summary>Gets the day of the week.</summary>
    /// <value>Monday to Sunday.</value>
    public IsoDayOfWeek DayOfWeek { get; }

    /// <inheritdoc />
    public override LocalDate? DateIn(int year)
    {
        if (Month is < 1 or > 12 || DayOfWeek is < IsoDayOfWeek.Monday or > IsoDayOfWeek.Sunday)
        {
            return null;
        }

        LocalDate last = new LocalDate(year, Month, CalendarSystem.Iso.GetDaysInMonth(year, Month));
        return last.PlusDays(-(((int)last.DayOfWeek - (int)DayOfWeek + 7) % 7));
    }
}
