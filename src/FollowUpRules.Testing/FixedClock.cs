using NodaTime;

namespace FollowUpRules.Testing;

/// <summary>A clock that always reads the same instant, for tests (NodaTime.Testing's <c>FakeClock</c> without the package).</summary>
/// <remarks>Immutable and safe to share between threads.</remarks>
public sealed class FixedClock : IClock
{
    /// <summary>Initializes a new clock reading <paramref name="now"/>.</summary>
    /// <param name="now">The instant the clock reads.</param>
    public FixedClock(Instant now) => Now = now;

    /// <summary>Gets the instant the clock reads.</summary>
    /// <value>Fixed at construction.</value>
    public Instant Now { get; }

    /// <summary>Creates a clock reading noon on <paramref name="date"/> in <paramref name="zone"/>.</summary>
    /// <param name="date">The date.</param>
    /// <param name="zone">The zone; noon is never skipped by a DST transition.</param>
    /// <returns>The clock.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="zone"/> is <see langword="null"/>.</exception>
    public static FixedClock AtNoon(LocalDate date, DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        return new FixedClock(date.At(new LocalTime(12, 0)).InZoneLeniently(zone).ToInstant());
    }

    /// <inheritdoc />
    public Instant GetCurrentInstant() => Now;
}
