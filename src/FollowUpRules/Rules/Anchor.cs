using FollowUpRules.Domain;

namespace FollowUpRules.Rules;

/// <summary>The event a rule's timing counts from.</summary>
/// <remarks>
/// A rule has no occurrence until its anchor event has happened (its date is today or earlier).
/// Immutable, compares by value, safe to share between threads.
/// </remarks>
public sealed record Anchor
{
    private Anchor(AnchorKind kind, ReplyOutcome? outcome, string? ruleId)
    {
        Kind = kind;
        Outcome = outcome;
        RuleId = ruleId;
    }

    /// <summary>Gets the anchor on the date the seeker applied.</summary>
    /// <value>An <see cref="AnchorKind.ApplicationSubmitted"/> anchor.</value>
    public static Anchor ApplicationSubmitted { get; } = new(AnchorKind.ApplicationSubmitted, null, null);

    /// <summary>Gets the anchor on each interview.</summary>
    /// <value>An <see cref="AnchorKind.InterviewHeld"/> anchor.</value>
    public static Anchor InterviewHeld { get; } = new(AnchorKind.InterviewHeld, null, null);

    /// <summary>Gets the anchor on the most recent interview.</summary>
    /// <value>A <see cref="AnchorKind.LastInterview"/> anchor.</value>
    public static Anchor LastInterview { get; } = new(AnchorKind.LastInterview, null, null);

    /// <summary>Gets the anchor on the rejection, explicit or silent.</summary>
    /// <value>A <see cref="AnchorKind.RejectionReceived"/> anchor.</value>
    public static Anchor RejectionReceived { get; } = new(AnchorKind.RejectionReceived, null, null);

    /// <summary>Gets the anchor on each new posting spotted.</summary>
    /// <value>A <see cref="AnchorKind.PostingSpotted"/> anchor.</value>
    public static Anchor PostingSpotted { get; } = new(AnchorKind.PostingSpotted, null, null);

    /// <summary>Gets the kind of event.</summary>
    /// <value>One of the closed vocabulary.</value>
    public AnchorKind Kind { get; }

    /// <summary>Gets the reply outcome a <see cref="AnchorKind.ReplyReceived"/> anchor waits for.</summary>
    /// <value><see langword="null"/> for any reply, and for other kinds.</value>
    public ReplyOutcome? Outcome { get; }

    /// <summary>Gets the rule an <see cref="AnchorKind.AfterRule"/> anchor waits on.</summary>
    /// <value>A rule id of the same playbook; <see langword="null"/> for other kinds.</value>
    public string? RuleId { get; }

    /// <summary>Creates an anchor on each reply, optionally only replies with <paramref name="outcome"/>.</summary>
    /// <param name="outcome">The outcome to wait for, or <see langword="null"/> for any reply.</param>
    /// <returns>The anchor.</returns>
    public static Anchor ReplyReceived(ReplyOutcome? outcome = null) => new(AnchorKind.ReplyReceived, outcome, null);

    /// <summary>Creates an anchor on another rule's step for the same target.</summary>
    /// <param name="ruleId">The id of the rule to wait on.</param>
    /// <returns>The anchor.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ruleId"/> is <see langword="null"/>.</exception>
    public static Anchor AfterRule(string ruleId) => new(AnchorKind.AfterRule, null, Utility.Preconditions.CheckNotNull(ruleId));

    /// <summary>Creates an anchor from its parts, as a playbook file states them.</summary>
    /// <param name="kind">The kind of event.</param>
    /// <param name="outcome">For <see cref="AnchorKind.ReplyReceived"/>: the outcome, or <see langword="null"/>.</param>
    /// <param name="ruleId">For <see cref="AnchorKind.AfterRule"/>: the rule id.</param>
    /// <returns>The anchor. The playbook validator reports parts that do not fit the kind.</returns>
    public static Anchor Of(AnchorKind kind, ReplyOutcome? outcome = null, string? ruleId = null) => new(kind, outcome, ruleId);
}
