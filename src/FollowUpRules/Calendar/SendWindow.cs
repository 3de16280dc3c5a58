using FollowUpRules.Utility;
using NodaTime;
using NodaTime.TimeZones;

namespace FollowUpRules.Calendar;

/// <summary>The hours of a working day in which a message should reach a person, in that person's own time zone.</summary>
/// <remarks>
/// <para>A recommendation for a person carries a send time: its due date at <see cref="Start"/>, in the contact's time
/// zone (or the seeker's, when the contact's is unknown). Daylight-saving changes are resolved so that the send time is
/// always a moment of the window, on the clock of the person's zone:</para>
/// <list type="bullet">
/// <item><description>a start that falls in an overlap (clocks go back, so the time happens twice) takes the earlier of the
/// two instants;</description></item>
/// <item><description>a start that falls in a gap (clocks jump forward, so the time never happens) becomes the first moment
/// after the gap, the first moment of the window that exists: with a 02:30 start and clocks jumping from 02:00 to 03:00,
/// 03:00;</description></item>
/// <item><description>if the whole window falls in the gap (a window that ends before the clocks land), the message is sent
/// at the window's start on the next day.</description></item>
/// </list>
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

    // Repeated times take the earlier instant; skipped times the first instant after the gap (NodaTime's own resolvers).
    private static readonly ZoneLocalMappingResolver FirstMomentThatExists =
        Resolvers.CreateMappingResolver(Resolvers.ReturnEarlier, Resolvers.ReturnStartOfIntervalAfter);

    // Offsets are at most 18 hours either side of UTC, so a local time read as UTC is within 18 hours of any instant it maps
    // to: with no offset change within two days and 18 hours of that reading, the local time maps to exactly one instant,
    // and no change comes within two days of it.
    private static readonly Duration NoChangeNearby = Duration.FromDays(2) + Duration.FromHours(18);

    private const int MinYearMapped = -9000;
    private const int MaxYearMapped = 9000;

    /// <summary>Gets the usual office hours, 09:00 to 17:00.</summary>
    /// <value>The default window of a playbook.</value>
    public static SendWindow OfficeHours { get; } = new(new LocalTime(9, 0), new LocalTime(17, 0));

    /// <summary>Gets the first time of day to send.</summary>
    /// <value>A local time in the person's zone.</value>
    public LocalTime Start { get; }

    /// <summary>Gets the time of day after which not to send.</summary>
    /// <value>A local time in the person's zone, after <see cref="Start"/>.</value>
    public LocalTime End { get; }

    /// <summary>Returns the instant to send on <paramref name="date"/> in <paramref name="zone"/>: the first moment of the window that exists on that date.</summary>
    /// <param name="date">The day to send, a working day in the person's calendar.</param>
    /// <param name="zone">The person's time zone.</param>
    /// <returns>
    /// The send time, in <paramref name="zone"/>: <paramref name="date"/> at <see cref="Start"/>; the end of the gap when the
    /// clocks skip <see cref="Start"/>; the earlier instant when they repeat it; and the next day at <see cref="Start"/> when
    /// the clocks skip the whole window. Its local time is always from <see cref="Start"/> (inclusive) to <see cref="End"/> (exclusive).
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="zone"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">The window's start is not before its end (a playbook validator refuses such a window).</exception>
    public ZonedDateTime SendTime(LocalDate date, DateTimeZone zone)
    {
        Preconditions.CheckNotNull(zone);
        return new ZonedDateTime(SendInstant(date, zone), zone);
    }

    /// <summary>Returns the instant of <see cref="SendTime"/>.</summary>
    private Instant SendInstant(LocalDate date, DateTimeZone zone)
    {
        if (Start >= End)
        {
            throw new InvalidOperationException($"The send window {this} has no time in it: its start must be before its end.");
        }

        if (TryMapAwayFromChanges(date.At(Start), zone) is { } unambiguous)
        {
            return unambiguous;
        }

        // No zone skips a window on two days in a row; a week bounds the search all the same.
        for (LocalDate day = date; ; day = day.PlusDays(1))
        {
            ZonedDateTime sendAt = day.At(Start).InZone(zone, FirstMomentThatExists);
            if (sendAt.Date == day && sendAt.TimeOfDay < End)
            {
                return sendAt.ToInstant();
            }
        }
    }

    /// <summary>
    /// Returns the instant of <paramref name="local"/> in <paramref name="zone"/> when the zone's offset stays the same for
    /// two days either side of it, else <see langword="null"/>. Then the local time happens exactly once, so every resolver
    /// gives this instant; and it costs one interval look-up and no <see cref="ZoneLocalMapping"/>, which NodaTime allocates.
    /// </summary>
    private static Instant? TryMapAwayFromChanges(LocalDateTime local, DateTimeZone zone)
    {
        if (local.Year is < MinYearMapped or > MaxYearMapped)
        {
            return null; // near the ends of NodaTime's range, the instants are left to NodaTime
        }

        // The local time read as UTC is within 18 hours of any instant it maps to: when the zone interval holding that
        // reading runs on for NoChangeNearby either side of it, the interval holds the one instant the local time maps to.
        Instant asUtc = local.InUtc().ToInstant();
        ZoneInterval interval = zone.GetZoneInterval(asUtc);
        bool clear = (!interval.HasStart || asUtc - interval.Start >= NoChangeNearby)
            && (!interval.HasEnd || interval.End - asUtc > NoChangeNearby);
        return clear ? local.WithOffset(interval.WallOffset).ToInstant() : null;
    }

    /// <summary>Returns the window as <c>09:00-17:00</c>.</summary>
    /// <returns>The start and end, 24-hour clock.</returns>
    public override string ToString() => $"{Formats.Time(Start)}-{Formats.Time(End)}";
}
