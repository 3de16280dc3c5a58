using FollowUpRules.Utility;
using NodaTime;

namespace FollowUpRules.Domain;

/// <summary>Something that happened between the seeker and a company, dated.</summary>
/// <remarks>
/// Touchpoints are the engine's only source of history: a recommended step counts as done when a touchpoint of the matching
/// kind, for the same person, is recorded on or after the step's earliest date. A touchpoint is immutable, compares by value,
/// and is safe to share between threads.
/// </remarks>
public sealed record Touchpoint
{
    /// <summary>Initializes a new touchpoint.</summary>
    /// <param name="id">The touchpoint's identifier, unique among the touchpoints given to the engine.</param>
    /// <param name="kind">What happened.</param>
    /// <param name="date">The calendar date it happened, in the seeker's time zone.</param>
    /// <param name="contactIds">The people involved (the interviewers of an interview, the author of a reply); empty for the seeker's own steps and for a rejection.</param>
    /// <param name="applicationId">The application it concerns, or <see langword="null"/> when it concerns the whole company (a coffee, a company check).</param>
    /// <param name="outcome">What a <see cref="TouchpointKind.Reply"/> said; <see langword="null"/> for every other kind.</param>
    /// <param name="ruleId">For a <see cref="TouchpointKind.Snooze"/> or <see cref="TouchpointKind.Dismissal"/>: the rule whose recommendation it acts on.</param>
    /// <param name="snoozeUntil">For a <see cref="TouchpointKind.Snooze"/>: the date the recommendation comes back.</param>
    /// <param name="title">For a <see cref="TouchpointKind.PostingSpotted"/>: the posting's title, which drafts name; <see langword="null"/> when not known.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is <see langword="null"/>.</exception>
    public Touchpoint(
        string id,
        TouchpointKind kind,
        LocalDate date,
        IEnumerable<string>? contactIds = null,
        string? applicationId = null,
        ReplyOutcome? outcome = null,
        string? ruleId = null,
        LocalDate? snoozeUntil = null,
        string? title = null)
    {
        Id = Preconditions.CheckNotNull(id);
        Kind = kind;
        Date = date;
        ContactIds = ValueList<string>.From(contactIds);
        ApplicationId = applicationId;
        Outcome = outcome;
        RuleId = ruleId;
        SnoozeUntil = snoozeUntil;
        Title = title;
    }

    /// <summary>Gets the touchpoint's identifier.</summary>
    /// <value>Unique among the touchpoints of one evaluation.</value>
    public string Id { get; }

    /// <summary>Gets what happened.</summary>
    /// <value>The kind; it fixes the <see cref="Direction"/>.</value>
    public TouchpointKind Kind { get; }

    /// <summary>Gets the date it happened.</summary>
    /// <value>A calendar date in the seeker's time zone, never after today.</value>
    public LocalDate Date { get; }

    /// <summary>Gets the people involved.</summary>
    /// <value>Contact ids; empty for the seeker's own steps and for a rejection.</value>
    public ValueList<string> ContactIds { get; }

    /// <summary>Gets the application the touchpoint concerns.</summary>
    /// <value><see langword="null"/> when it concerns the whole company.</value>
    public string? ApplicationId { get; }

    /// <summary>Gets what a reply said.</summary>
    /// <value>Set for <see cref="TouchpointKind.Reply"/> only.</value>
    public ReplyOutcome? Outcome { get; }

    /// <summary>Gets the rule a snooze or dismissal acts on.</summary>
    /// <value>Set for <see cref="TouchpointKind.Snooze"/> and <see cref="TouchpointKind.Dismissal"/> only.</value>
    public string? RuleId { get; }

    /// <summary>Gets the date a snoozed recommendation comes back.</summary>
    /// <value>Set for <see cref="TouchpointKind.Snooze"/> only; after <see cref="Date"/>.</value>
    public LocalDate? SnoozeUntil { get; }

    /// <summary>Gets the title of a spotted posting.</summary>
    /// <value>Set for <see cref="TouchpointKind.PostingSpotted"/> only, and only when the seeker gives it; drafts about the posting name it.</value>
    public string? Title { get; }

    /// <summary>Gets which way the touchpoint went.</summary>
    /// <value>Fixed by <see cref="Kind"/>; see <see cref="TouchpointKinds.DirectionOf"/>.</value>
    public Direction Direction => TouchpointKinds.DirectionOf(Kind);

    /// <summary>
    /// Returns whether this touchpoint records the same event as <paramref name="other"/>: the same kind, the same people
    /// (in any order), the same date and the same outcome, for a snooze or a dismissal the same rule and the same
    /// snooze date, and for a posting spotted the same title. The id and the application do not matter. The engine counts duplicates once, so recording a step
    /// twice (a double click on "done", or the same coffee filed under two applications) changes nothing.
    /// </summary>
    /// <param name="other">The other touchpoint.</param>
    /// <returns><see langword="true"/> when both record the same event.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is <see langword="null"/>.</exception>
    public bool IsDuplicateOf(Touchpoint other)
    {
        Preconditions.CheckNotNull(other);
        if (Kind != other.Kind || Date != other.Date || Outcome != other.Outcome || SnoozeUntil != other.SnoozeUntil
            || !string.Equals(RuleId, other.RuleId, StringComparison.Ordinal) || !string.Equals(Title, other.Title, StringComparison.Ordinal)
            || ContactIds.Count != other.ContactIds.Count)
        {
            return false;
        }

        foreach (string id in ContactIds)
        {
            if (!Names(other.ContactIds, id))
            {
                return false;
            }
        }

        foreach (string id in other.ContactIds)
        {
            if (!Names(ContactIds, id))
            {
                return false;
            }
        }

        return true;
    }

    private static bool Names(ValueList<string> ids, string id)
    {
        for (int i = 0; i < ids.Count; i++)
        {
            if (string.Equals(ids[i], id, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
