using FollowUpRules.Utility;
using NodaTime;

namespace FollowUpRules.Calendar;

/// <summary>The hours of a working day in which a message should reach a person, in that person's own time zone.</summary>
/// <remarks>
/// <para>A recommendation for a person carries a send time: its due date at <see cref="Start"/>, in the contact's time
/// zone (or the seeker's, when the contact's is unknown). Across a daylight-saving change the lenient rule applies: a
/// start time that falls in a gap (clocks jump forward) moves forward by the length of the gap; one that falls in an
/// overlap (clocks go back) takes the earlier of the two instants.</para>
/// <para>Immutable, compares by value, safe to share between threads.</para>
/// </remarks>
public sealed record SendWindow
{
    /// <summary>Initializes a new window.</summary>
    /// <param name="start">The first time of day to send, inclusive.</param>
    /// <param name="end">The time of day after which not to send; after <paramref name="start"/> (validated with the playbook).</param>
    public SendWindow(LocalTime start, LocalTime end)
    {
        Start = start;
        End = end;
    }

    /// <summary>Gets the usual office hours, 09:00 to 17:00.</summary>
    /// <value>The default window of a playbook.</value>
    public static SendWindow OfficeHours { get; } = new(new LocalTime(9, 0), new LocalTime(17, 0));

    /// <summary>Gets the first time of day to send.</summary>
    /// <value>A local time in the person's zone.</value>
    public LocalTime Start { get; }

    /// <summary>Gets the time of day after which not to send.</summary>
    /// <value>A local time in the person's zone, after <see cref="Start"/>.</value>
    public LocalTime End { get; }

    /// <summary>Returns the instant to send on <paramref name="date"/> in <paramref name="zone"/>: the date at <see cref="Start"/>, resolved leniently.</summary>
    /// <param name="date">The day to send, a working day in the person's calendar.</param>
    /// <param name="zone">The person's time zone.</param>
    /// <returns>The send time, in <paramref name="zone"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="zone"/> is <see langword="null"/>.</exception>
    public ZonedDateTime SendTime(LocalDate date, DateTimeZone zone) =>
        date.At(Start).InZoneLeniently(Preconditions.CheckNotNull(zone));

    /// <summary>Returns the window as <c>09:00-17:00</c>.</summary>
    /// <returns>The start and end, 24-hour clock.</returns>
    public override string ToString() => $"{Start:HH':'mm}-{End:HH':'mm}";
}
