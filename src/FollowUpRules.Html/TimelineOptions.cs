using NodaTime;

namespace FollowUpRules.Html;

/// <summary>How a <see cref="Timeline"/> is titled and labelled.</summary>
/// <remarks>Immutable, compares by value, safe to share between threads.</remarks>
public sealed record TimelineOptions
{
    /// <summary>The default <see cref="IdPrefix"/>: <c>fur</c>.</summary>
    public const string DefaultIdPrefix = "fur";

    /// <summary>The longest <see cref="IdPrefix"/>: 32 characters.</summary>
    public const int MaxIdPrefixLength = 32;

    /// <summary>Gets the default options.</summary>
    /// <value>No title of its own, no zone, the id prefix <c>fur</c>.</value>
    public static TimelineOptions Default { get; } = new();

    /// <summary>Gets the page's heading.</summary>
    /// <value>
    /// <see langword="null"/> (the default) for "Your follow-up plan" or "Your follow-up agenda". Any text: it is escaped,
    /// never read as markup.
    /// </value>
    public string? Title { get; init; }

    /// <summary>Gets the time zone the dates are in (the seeker's), named under the heading.</summary>
    /// <value><see langword="null"/> (the default) to name none.</value>
    public DateTimeZone? Zone { get; init; }

    /// <summary>Gets what every id in the markup starts with, so that two timelines can share one page.</summary>
    /// <value>
    /// <see cref="DefaultIdPrefix"/> by default; a letter, then letters, digits or hyphens, up to
    /// <see cref="MaxIdPrefixLength"/> characters in all.
    /// </value>
    public string IdPrefix { get; init; } = DefaultIdPrefix;
}
