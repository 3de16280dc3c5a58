using System.Collections.Concurrent;
using FollowUpRules.Utility;
using NodaTime;

namespace FollowUpRules.Calendar;

/// <summary>A named list of holidays, for example the public holidays of one country or a company's shutdown days.</summary>
/// <remarks>
/// <para>A playbook lists its calendars (<see cref="Rules.Playbook.Holidays"/>). Calendars marked
/// <see cref="ForSeeker"/> apply to every step; a contact whose <see cref="Domain.Contact.HolidayCalendarId"/> names a
/// calendar adds it for steps to that person. <see cref="BusinessCalendar"/> combines calendars with a working week.</para>
/// <para>The holidays of a year are worked out the first time a date of that year is asked about, and kept. Instances
/// are immutable, compare by value (id, name, holidays, <see cref="ForSeeker"/>) and are safe to share between threads.</para>
/// </remarks>
public sealed record HolidayCalendar
{
    private readonly ConcurrentDictionary<int, IReadOnlyDictionary<LocalDate, string>> years = new();

    /// <summary>Initializes a new calendar.</summary>
    /// <param name="id">The calendar's identifier, unique in the playbook; contacts refer to it.</param>
    /// <param name="name">A display name, for example <c>England and Wales</c>; explanations quote it.</param>
    /// <param name="holidays">The holidays, in any order; <see langword="null"/> for none.</param>
    /// <param name="forSeeker">Whether the calendar applies to every step (the seeker's own calendar, the default), or only
    /// to steps for contacts who name it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> or <paramref name="name"/> is <see langword="null"/>.</exception>
    public HolidayCalendar(string id, string name, IEnumerable<Holiday>? holidays, bool forSeeker = true)
    {
        Id = Preconditions.CheckNotNull(id);
        Name = Preconditions.CheckNotNull(name);
        Holidays = ValueList<Holiday>.From(holidays);
        ForSeeker = forSeeker;
    }

    /// <summary>Gets the calendar's identifier.</summary>
    /// <value>Unique in the playbook, for example <c>uk</c>.</value>
    public string Id { get; }

    /// <summary>Gets the display name.</summary>
    /// <value>For example <c>England and Wales</c>.</value>
    public string Name { get; }

    /// <summary>Gets the holidays.</summary>
    /// <value>Possibly empty; order is kept.</value>
    public ValueList<Holiday> Holidays { get; }

    /// <summary>Gets whether the calendar applies to every step.</summary>
    /// <value><see langword="true"/> (the default) for the seeker's own calendar; <see langword="false"/> for a calendar
    /// that only applies to steps for contacts who name it.</value>
    public bool ForSeeker { get; }

    /// <summary>Returns whether <paramref name="date"/> is one of the calendar's holidays (or an observed day of one).</summary>
    /// <param name="date">The date.</param>
    /// <returns><see langword="true"/> on a holiday.</returns>
    public bool IsHoliday(LocalDate date) => HolidayOn(date) is not null;

    /// <summary>Returns the name of the holiday on <paramref name="date"/>.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The name (<c>Christmas Day</c>, or <c>Christmas Day (observed)</c> on an observed day); when two holidays
    /// share the day, the first in <see cref="Holidays"/>; <see langword="null"/> when the date is not a holiday.</returns>
    public string? HolidayOn(LocalDate date) =>
        YearOf(date.Year).TryGetValue(date, out string? name) ? name : null;

    /// <inheritdoc />
    public bool Equals(HolidayCalendar? other) =>
        other is not null && Id == other.Id && Name == other.Name && Holidays == other.Holidays && ForSeeker == other.ForSeeker;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Name, Holidays, ForSeeker);

    /// <summary>Returns the holidays (and observed days) that fall in <paramref name="year"/>, in no particular order.</summary>
    internal IEnumerable<LocalDate> DatesIn(int year) => YearOf(year).Keys;

    private IReadOnlyDictionary<LocalDate, string> YearOf(int year) => years.GetOrAdd(year, Compute);

    // Observed days may cross a year end, so the occurrences of the years either side are looked at too.
    private Dictionary<LocalDate, string> Compute(int year)
    {
        var days = new Dictionary<LocalDate, string>();
        foreach (Holiday holiday in Holidays)
        {
            for (int y = year - 1; y <= year + 1; y++)
            {
                foreach ((LocalDate date, string name) in holiday.DaysIn(y))
                {
                    if (date.Year == year)
                    {
                        days.TryAdd(date, name);
                    }
                }
            }
        }

        return days;
    }
}
