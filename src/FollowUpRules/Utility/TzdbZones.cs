using System.Collections.Concurrent;
using NodaTime;

namespace FollowUpRules.Utility;

/// <summary>
/// The time zones of the TZDB provider by id, remembered once found: the engine looks a contact's zone up on every
/// evaluation (in the quick check and for send times), and NodaTime's own cache takes a lock on each look-up.
/// </summary>
/// <remarks>
/// Only ids the provider knows are remembered, so the cache holds at most the provider's few hundred zones. Thread-safe.
/// </remarks>
internal static class TzdbZones
{
    private static readonly ConcurrentDictionary<string, DateTimeZone> Found = new(StringComparer.Ordinal);

    /// <summary>Returns the zone with <paramref name="id"/>, as <see cref="IDateTimeZoneProvider.GetZoneOrNull"/> on <see cref="DateTimeZoneProviders.Tzdb"/>.</summary>
    /// <param name="id">The zone id.</param>
    /// <returns>The zone, or <see langword="null"/> when the provider knows no zone with that id.</returns>
    internal static DateTimeZone? GetZoneOrNull(string id)
    {
        if (Found.TryGetValue(id, out DateTimeZone? zone))
        {
            return zone;
        }

        zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(id);
        if (zone is not null)
        {
            Found.TryAdd(id, zone);
        }

        return zone;
    }
}
