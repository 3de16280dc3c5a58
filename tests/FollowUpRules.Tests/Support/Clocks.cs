using NodaTime;
using NodaTime.Testing;

namespace FollowUpRules.Tests.Support;

/// <summary>Clocks for tests that read "today" from the clock rather than passing it.</summary>
internal static class Clocks
{
    /// <summary>A clock reading noon on <paramref name="date"/> in <paramref name="zone"/> (noon is never skipped by a clock change).</summary>
    public static FakeClock AtNoon(LocalDate date, DateTimeZone zone) =>
        new(date.At(new LocalTime(12, 0)).InZoneLeniently(zone).ToInstant());
}
