using System.Globalization;
using FollowUpRules.Localization;
using NodaTime;

namespace FollowUpRules.Calendar;

/// <summary>
/// What a day is to a <see cref="BusinessCalendar"/>, as data: a rest day of its working week, a holiday of one of its
/// calendars (the first that has one), or a business day. Explanations keep these and write them as words when read.
/// </summary>
/// <param name="Date">The day.</param>
/// <param name="IsWorkingDay">Whether the working week works on that day of the week.</param>
/// <param name="Holiday">The holiday's name, when a calendar has one on a working day; otherwise <see langword="null"/>.</param>
/// <param name="Calendar">The name of the calendar of <paramref name="Holiday"/>; otherwise <see langword="null"/>.</param>
public readonly record struct DayOff(LocalDate Date, bool IsWorkingDay, string? Holiday, string? Calendar)
{
    /// <summary>Gets whether the day is a business day: a working day with no holiday.</summary>
    /// <value><see langword="true"/> for a working day with no holiday.</value>
    public bool IsBusinessDay => IsWorkingDay && Holiday is null;

    /// <summary>Returns the day in words: <c>Sat 2026-12-26 is a Saturday, not a working day</c>, <c>Fri 2026-12-25 is Christmas Day (England and Wales)</c> or <c>Mon 2026-12-28 is a business day</c>.</summary>
    /// <returns>The day in English.</returns>
    public override string ToString() => Describe(CultureInfo.InvariantCulture);

    /// <summary>Returns the day in words in <paramref name="culture"/>.</summary>
    internal string Describe(CultureInfo culture) =>
        !IsWorkingDay ? Texts.Format(culture, "Day.Rest", Texts.Date(Date, culture), Texts.DayName(Date, culture))
        : Holiday is not null ? Texts.Format(culture, "Day.Holiday", Texts.Date(Date, culture), Holiday, Calendar)
        : Texts.Format(culture, "Day.Business", Texts.Date(Date, culture));
}
