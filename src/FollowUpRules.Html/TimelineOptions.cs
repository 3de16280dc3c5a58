using System.Globalization;
using FollowUpRules.Domain;
using FollowUpRules.Engine;
using NodaTime;

namespace FollowUpRules.Html;

/// <summary>How a <see cref="Timeline"/> is titled and labelled, and what a step's details add.</summary>
/// <remarks>Immutable, compares by value, safe to share between threads.</remarks>
public sealed record TimelineOptions
{
    /// <summary>The default <see cref="IdPrefix"/>: <c>fur</c>.</summary>
    public const string DefaultIdPrefix = "fur";

    /// <summary>The longest <see cref="IdPrefix"/>: 32 characters.</summary>
    public const int MaxIdPrefixLength = 32;

    /// <summary>Gets the default options.</summary>
    /// <value>No title of its own, no zone, the id prefix <c>fur</c>, the current UI culture.</value>
    public static TimelineOptions Default { get; } = new();

    /// <summary>Gets the page's heading.</summary>
    /// <value>
    /// <see langword="null"/> (the default) for "Your follow-up plan" or "Your follow-up agenda", in <see cref="Culture"/>.
    /// Any text: it is escaped, never read as markup.
    /// </value>
    public string? Title { get; init; }

    /// <summary>
    /// Gets the language of the page's words (headings, legend, statuses, labels, the engine's explanations) and of its
    /// dates, and its <c>lang</c> attribute. English, Spanish and German are shipped; a culture is matched like any .NET
    /// resource (<c>de-AT</c> reads German, with Austrian dates), and one with no translation reads English.
    /// </summary>
    /// <value>
    /// <see langword="null"/> (the default) for <see cref="CultureInfo.CurrentUICulture"/> when the timeline is written,
    /// which ASP.NET Core's request localization sets for each request.
    /// </value>
    public CultureInfo? Culture { get; init; }

    /// <summary>Gets the time zone the dates are in (the seeker's), named under the heading.</summary>
    /// <value><see langword="null"/> (the default) to name none.</value>
    public DateTimeZone? Zone { get; init; }

    /// <summary>Gets what every id in the markup starts with, so that two timelines can share one page.</summary>
    /// <value>
    /// <see cref="DefaultIdPrefix"/> by default; a letter, then letters, digits or hyphens, up to
    /// <see cref="MaxIdPrefixLength"/> characters in all.
    /// </value>
    public string IdPrefix { get; init; } = DefaultIdPrefix;

    /// <summary>
    /// Gets what to show as a step's draft, at the end of its details: called with the application the step is for (the
    /// first, for an agenda item that serves several) and the step, it returns the text to show, or <see langword="null"/>
    /// for none. The FollowUpRules.Drafts package writes drafts:
    /// <c>(application, step) =&gt; drafts.Write(inputs[application.Id], step)?.ToString()</c>.
    /// </summary>
    /// <value>
    /// <see langword="null"/> (the default) to show no drafts. The text is escaped, never read as markup, and its line breaks
    /// are kept. The function is called once for each step each time the timeline is written, and must be thread-safe when
    /// the timeline is written from several threads.
    /// </value>
    public Func<Application, Recommendation, string?>? Drafts { get; init; }
}
