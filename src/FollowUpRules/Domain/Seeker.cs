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
    /// <param name="name">The seeker's own name, as drafts sign it, or <see langword="null"/> when the host does not give it.</param>
    /// <param name="signature">
    /// The seeker's sign-off block (their name, perhaps a phone number or a profile link, one item a line), or
    /// <see langword="null"/>; drafts end with it, or with <paramref name="name"/> when there is none.
    /// </param>
    /// <exception cref="ArgumentNullException"><paramref name="zone"/> is <see langword="null"/>.</exception>
    public Seeker(DateTimeZone zone, LocalDate? employedElsewhereSince = null, string? name = null, string? signature = null)
    {
        Zone = Preconditions.CheckNotNull(zone);
        EmployedElsewhereSince = employedElsewhereSince;
        Name = name;
        Signature = signature;
    }

    /// <summary>Gets the seeker's time zone.</summary>
    /// <value>The zone in which the engine reads today's date from the clock.</value>
    public DateTimeZone Zone { get; }

    /// <summary>Gets the date the seeker accepted a job elsewhere.</summary>
    /// <value><see langword="null"/> while the seeker is still searching.</value>
    public LocalDate? EmployedElsewhereSince { get; }

    /// <summary>Gets the seeker's own name.</summary>
    /// <value><see langword="null"/> (the default) when the host does not give it; drafts then end without a name.</value>
    public string? Name { get; }

    /// <summary>Gets the seeker's sign-off block.</summary>
    /// <value>
    /// <see langword="null"/> (the default) when the host does not give one; drafts then sign with <see cref="Name"/>. May
    /// hold several lines.
    /// </value>
    public string? Signature { get; }
}
