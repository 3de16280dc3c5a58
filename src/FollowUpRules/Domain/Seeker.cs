using FollowUpRules.Utility;
using NodaTime;

namespace FollowUpRules.Domain;

/// <summary>The job seeker the engine advises: what the engine needs to know about them beyond one application.</summary>
/// <remarks>Immutable, compares by value, safe to share between threads.</remarks>
public sealed record Seeker
{
    /// <summary>Initializes a new seeker.</summary>
    /// <param name="zone">The seeker's time zone: it decides which calendar date "today" is.</param>
    /// <param name="employedElsewhereSince">The date the seeker accepted a job elsewhere, or <see langword="null"/> while still searching.</param>
    /// <exception cref="ArgumentNullException"><paramref name="zone"/> is <see langword="null"/>.</exception>
    public Seeker(DateTimeZone zone, LocalDate? employedElsewhereSince = null)
    {
        Zone = Preconditions.CheckNotNull(zone);
        EmployedElsewhereSince = employedElsewhereSince;
    }

    /// <summary>Gets the seeker's time zone.</summary>
    /// <value>The zone in which the engine reads today's date from the clock.</value>
    public DateTimeZone Zone { get; }

    /// <summary>Gets the date the seeker accepted a job elsewhere.</summary>
    /// <value><see langword="null"/> while the seeker is still searching.</value>
    public LocalDate? EmployedElsewhereSince { get; }
}
