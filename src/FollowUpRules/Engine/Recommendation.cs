using System.Diagnostics;
using System.Globalization;
using FollowUpRules.Calendar;
using FollowUpRules.Domain;
using FollowUpRules.Localization;
using FollowUpRules.Rules;
using NodaTime;

namespace FollowUpRules.Engine;

/// <summary>The engine's answer: an action, for whom, by which channel, when, how urgent, and why.</summary>
/// <remarks>Immutable, compares by value, safe to share between threads.</remarks>
public sealed record Recommendation : IExplained
{
    // The rule that made the step: its id, title and priority are read from it rather than copied into every step.
    private readonly Rule rule;

    // Made when first read (see ExplanationSlot); not readonly, as reading it may fill it in.
    private ExplanationSlot explanation;

    // What the steps of the evaluation share: the application, the seeker's zone and the send window. The send time is
    // worked out from the window, the due date and the target's zone when read (see SendAt), so evaluating makes no
    // time-zone look-up for it. It and the enumerations below keep a recommendation compact because an agenda holds
    // hundreds of thousands: 88 bytes each rather than 128.
    private readonly StepContext context;
    private readonly byte action;
    private readonly byte channel;
    private readonly byte urgency;

    internal Recommendation(
        Rule rule,
        ActionSpec action,
        Target target,
        string anchorKey,
        int occurrence,
        LocalDate anchorDate,
        LocalDate earliest,
        LocalDate due,
        LocalDate latest,
        Urgency urgency,
        bool isReplacement,
        StepContext context,
        ExplanationSlot explanation)
    {
        this.context = context;
        this.rule = rule;
        this.action = (byte)action.Kind;
        channel = (byte)action.Channel;
        Target = target;
        AnchorKey = anchorKey;
        Occurrence = occurrence;
        AnchorDate = anchorDate;
        Earliest = earliest;
        Due = due;
        Latest = latest;
        this.urgency = (byte)urgency;
        IsReplacement = isReplacement;
        this.explanation = explanation;
    }

    /// <summary>Gets the rule that produced the recommendation: one of the engine's playbook's rules.</summary>
    internal Rule Rule => rule;

    /// <summary>Gets the id of the rule that produced the recommendation.</summary>
    /// <value>A rule id of the playbook; snoozes and dismissals refer to it.</value>
    public string RuleId => rule.Id;

    /// <summary>Gets the rule's title in <see cref="CultureInfo.CurrentUICulture"/>.</summary>
    /// <value>A short phrase for people: <see cref="RuleTitleIn"/> in the current UI culture.</value>
    public string RuleTitle => RuleTitleIn();

    /// <summary>Returns the rule's title in <paramref name="culture"/>, as the playbook's translations word it.</summary>
    /// <param name="culture">The culture to read; <see langword="null"/> for <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <returns>
    /// The title of the playbook's translation nearest to the culture (<c>de-AT</c>, then <c>de</c>), else the rule's title
    /// as written (<see cref="Playbook.TitleOf"/>). The default playbook's titles read in English, Spanish and German.
    /// </returns>
    /// <remarks>Thread-safe; a look-up, no text is built.</remarks>
    public string RuleTitleIn(CultureInfo? culture = null) =>
        Playbook.Translated(context.Translations, rule.Id, culture, static r => r.Title) ?? rule.Title;

    /// <summary>Gets the action to take.</summary>
    /// <value>Possibly the rule's alternative action, or its late replacement.</value>
    public ActionKind Action => (ActionKind)action;

    /// <summary>Gets the channel to use.</summary>
    /// <value><see cref="Channel.None"/> for the seeker's own steps.</value>
    public Channel Channel => (Channel)channel;

    /// <summary>Gets whom the action is for.</summary>
    /// <value>The seeker, the company or a person.</value>
    public Target Target { get; }

    /// <summary>Gets which occurrence of the anchor event the step counts from.</summary>
    /// <value>The id of the anchoring touchpoint (an interview, a reply, a posting), or the anchor kind for single events.</value>
    public string AnchorKey { get; }

    /// <summary>Gets which occurrence of a repeating step this is.</summary>
    /// <value>1 for the first.</value>
    public int Occurrence { get; }

    /// <summary>Gets the date the step's timing counts from.</summary>
    /// <value>
    /// The anchor event's date for a first step; for a later one, the date the step before was done (or was due, if it was
    /// missed); for a cadence that restarts on interaction, the last interaction with the person if that is later. Never after
    /// <see cref="Due"/>.
    /// </value>
    public LocalDate AnchorDate { get; }

    /// <summary>Gets the earliest date the step should be done.</summary>
    /// <value>On or before <see cref="Due"/>.</value>
    public LocalDate Earliest { get; }

    /// <summary>Gets the ideal date.</summary>
    /// <value>On or after <see cref="AnchorDate"/>.</value>
    public LocalDate Due { get; }

    /// <summary>Gets the latest date the step is on time.</summary>
    /// <value>On or after <see cref="Due"/>.</value>
    public LocalDate Latest { get; }

    /// <summary>Gets where today falls in the window.</summary>
    /// <value>Upcoming, due or overdue.</value>
    public Urgency Urgency => (Urgency)urgency;

    /// <summary>Gets the rule's priority.</summary>
    /// <value>From 0 to 100.</value>
    public int Priority => rule.Priority;

    /// <summary>Gets when to send, for a step that reaches a person.</summary>
    /// <value>
    /// The due date at the start of the playbook's <see cref="Calendar.SendWindow"/>, in the person's time zone (the seeker's
    /// when the contact's is unknown), resolved leniently across daylight-saving changes; <see langword="null"/> for the
    /// seeker's own steps and company steps.
    /// </value>
    public ZonedDateTime? SendAt => Target.Zone is { } zone ? context.SendWindow.SendTime(Due, zone) : null;

    /// <summary>Gets the send time on the seeker's own clock, for a step that reaches a person.</summary>
    /// <value>
    /// The same instant as <see cref="SendAt"/>, in the seeker's time zone (<see cref="Seeker.Zone"/>), for an app to show
    /// "send at 14:00 your time"; <see langword="null"/> when <see cref="SendAt"/> is.
    /// </value>
    public ZonedDateTime? SendAtInSeekerZone => SendAt?.WithZone(context.SeekerZone);

    /// <summary>Gets the id of the application the step was evaluated for.</summary>
    /// <value>The <see cref="Application.Id"/> of the evaluated input.</value>
    public string ApplicationId => context.ApplicationId;

    /// <summary>Gets whether this step replaces one that is now too late (see <see cref="LateAction.TurnInto"/>).</summary>
    /// <value><see langword="true"/> for a replacement.</value>
    public bool IsReplacement { get; }

    /// <summary>Gets why the step is recommended.</summary>
    /// <value>The rule and every fact that produced it.</value>
    public Explanation Explanation => explanation.Get(RuleId);

    /// <summary>Gets a one-line description for people, in <see cref="CultureInfo.CurrentUICulture"/>.</summary>
    /// <value>For example <c>Send a thank-you email (Ana Ruiz, by Email), due Thu 2026-11-19</c>.</value>
    public string Summary => Summarize();

    /// <summary>Returns a one-line description for people in <paramref name="culture"/>.</summary>
    /// <param name="culture">The culture to write in; <see langword="null"/> for <see cref="CultureInfo.CurrentUICulture"/>.
    /// A culture with no translation gets the English.</param>
    /// <returns>For example <c>Send a thank-you email (Ana Ruiz, by Email), due Thu 2026-11-19</c>, or in German
    /// <c>Schick eine Dankes-E-Mail (Ana Ruiz, per E-Mail), fällig Do, 19.11.2026</c>.</returns>
    public string Summarize(CultureInfo? culture = null) => Describe.Summary(Action, Channel, Target, Due, Texts.Resolve(culture));

    /// <summary>Compares every property, the explanation's sentences included.</summary>
    /// <param name="other">The other recommendation.</param>
    /// <returns><see langword="true"/> when both are the same step with the same explanation.</returns>
    public bool Equals(Recommendation? other) => ExplainedEquality.Equals(this, other, static (a, b) =>
        string.Equals(a.RuleId, b.RuleId, StringComparison.Ordinal)
        && string.Equals(a.rule.Title, b.rule.Title, StringComparison.Ordinal)
        && a.Action == b.Action
        && a.Channel == b.Channel
        && a.Target.Equals(b.Target)
        && string.Equals(a.AnchorKey, b.AnchorKey, StringComparison.Ordinal)
        && a.Occurrence == b.Occurrence
        && a.AnchorDate == b.AnchorDate
        && a.Earliest == b.Earliest
        && a.Due == b.Due
        && a.Latest == b.Latest
        && a.Urgency == b.Urgency
        && a.Priority == b.Priority
        && Nullable.Equals(a.SendAt, b.SendAt)
        && Nullable.Equals(a.SendAtInSeekerZone, b.SendAtInSeekerZone)
        && string.Equals(a.ApplicationId, b.ApplicationId, StringComparison.Ordinal)
        && a.IsReplacement == b.IsReplacement);

    /// <summary>
    /// Returns the touchpoint that records this step as done on <paramref name="date"/>: of the first kind that completes
    /// its action (<see cref="ActionKinds.EvidenceOf"/>), naming the person the step is for, and filed under
    /// <see cref="ApplicationId"/> unless the kind is about the relationship
    /// (<see cref="TouchpointKinds.IsAboutTheRelationship"/>), which counts for every application at the company. Add it to
    /// the application's touchpoints. Recording it twice changes nothing: the second is a duplicate
    /// (<see cref="Touchpoint.IsDuplicateOf"/>). A step that treats silence as a rejection is done by a
    /// <see cref="TouchpointKind.Rejection"/>: set the application's status to <see cref="ApplicationStatus.Rejected"/>
    /// with it.
    /// </summary>
    /// <param name="date">The day the seeker did it, in the seeker's zone; not after today when evaluated.</param>
    /// <param name="touchpointId">
    /// The new touchpoint's id, unused among the application's touchpoints; by default
    /// <c>done:{RuleId}:{Target.Key}:{AnchorKey}:{Occurrence}:{date}</c>, the same for the same step on the same day.
    /// </param>
    /// <returns>The touchpoint.</returns>
    /// <exception cref="InvalidOperationException">No touchpoint completes the step's action (the engine never recommends such a step).</exception>
    public Touchpoint DoneOn(LocalDate date, string? touchpointId = null)
    {
        IReadOnlyList<TouchpointKind> evidence = ActionKinds.EvidenceOf(Action);
        if (evidence.Count == 0)
        {
            throw new InvalidOperationException($"No touchpoint completes a {Action} step.");
        }

        TouchpointKind kind = evidence[0];
        string[] contacts = Target.ContactId is { } id ? [id] : [];
        string? application = TouchpointKinds.IsAboutTheRelationship(kind) ? null : ApplicationId;
        string touchpoint = touchpointId ?? $"done:{RuleId}:{Target.Key}:{AnchorKey}:{Occurrence}:{Describe.IsoDate(date)}";
        return new Touchpoint(touchpoint, kind, date, contacts, application);
    }

    /// <inheritdoc />
    /// <remarks>Leaves the explanation out, so hashing does not write its sentences; equal recommendations still hash alike.</remarks>
    public override int GetHashCode() => HashCode.Combine(RuleId, Action, Target, AnchorKey, Occurrence, Due, Urgency, SendAt);

    /// <summary>Returns <see cref="Summary"/>.</summary>
    /// <returns>The summary.</returns>
    public override string ToString() => Summary;
}
