using FollowUpRules.Domain;
using FollowUpRules.Engine;
using NodaTime;

namespace FollowUpRules.Planning;

/// <summary>One step on the agenda: the recommendation, the day it is scheduled, the applications it serves, and why it moved.</summary>
/// <remarks>Immutable, compares by value, safe to share between threads.</remarks>
public sealed record AgendaItem : IExplained
{
    // The moves that put the step on its day, made into an explanation on first read; null when the step was not moved.
    private readonly AgendaExplanation? explanation;

    // Made when first read.
    private Explanation? explained;

    internal AgendaItem(LocalDate date, Recommendation recommendation, ValueList<string> applicationIds, bool isLate, bool pastDeadline, AgendaExplanation? explanation)
    {
        Date = date;
        Recommendation = recommendation;
        ApplicationIds = applicationIds;
        IsLate = isLate;
        PastDeadline = pastDeadline;
        this.explanation = explanation;
    }

    /// <summary>Gets the day the step is scheduled.</summary>
    /// <value>
    /// The first day, from today for a due or overdue step and from its due date for an upcoming one, that is outside every
    /// pause and within the limits; possibly after the agenda's <see cref="Agenda.Until"/>.
    /// </value>
    public LocalDate Date { get; }

    /// <summary>Gets the step, as the engine recommends it today.</summary>
    /// <value>For a step merged across applications, the one with the earliest due date (then the first application id).</value>
    public Recommendation Recommendation { get; }

    /// <summary>Gets the applications the step serves.</summary>
    /// <value>
    /// In ordinal order. Several ids when the same person step (same rule, same person) is pending for several applications
    /// at one company: one touch does it for all of them.
    /// </value>
    public ValueList<string> ApplicationIds { get; }

    /// <summary>Gets whether the step was already overdue today.</summary>
    /// <value><see langword="true"/> for a recommendation whose urgency is <see cref="Urgency.Overdue"/>; it stays on the agenda until done, snoozed, dismissed or expired.</value>
    public bool IsLate { get; }

    /// <summary>Gets whether a limit or a pause pushed the step past its latest date.</summary>
    /// <value>
    /// <see langword="true"/> when <see cref="Date"/> is after the recommendation's latest date although the step could have
    /// been done on time; <see cref="Explanation"/> then says what pushed it. <see langword="false"/> for a step already
    /// overdue today (see <see cref="IsLate"/>).
    /// </value>
    public bool PastDeadline { get; }

    /// <summary>Gets why the step moved, if it did.</summary>
    /// <value>
    /// For the recommendation's rule: one sentence per move (pause, daily limit, weekly company limit, spacing between
    /// asks), in order, and one more if the step ends up past its latest date; no sentence when the step was not moved. Why
    /// the step is recommended at all is the recommendation's own <see cref="Recommendation.Explanation"/>.
    /// </value>
    public Explanation Explanation => explained ??= new Explanation(Recommendation.RuleId, explanation?.Messages ?? ValueList<ExplanationMessage>.Empty);

    /// <summary>Gets the moves that put the step on its day, as data: a host can show them its own way.</summary>
    /// <value>In order, one per sentence of <see cref="Explanation"/> (whose last sentence, if the step ended past its latest date, has no move of its own); empty when the step was not moved.</value>
    public ValueList<AgendaMove> Moves => explanation?.Moves ?? ValueList<AgendaMove>.Empty;

    /// <summary>Gets the moves behind <see cref="Explanation"/> without writing the sentences; <see langword="null"/> when the step did not move.</summary>
    internal AgendaExplanation? MoveExplanation => explanation;

    /// <summary>
    /// Returns the touchpoints that record this step as done on <paramref name="date"/>, for every application it serves:
    /// those of <see cref="Recommendation.DoneOn"/>, of the first kind that completes the action, naming the person the step is
    /// for. A relationship touch (<see cref="TouchpointKinds.IsAboutTheRelationship"/>: a check-in, a coffee, a LinkedIn
    /// invitation, a message about a posting) is one touchpoint with no application id, which counts for every application at
    /// the company: add it to any of them. Any other kind (a thank-you, a status follow-up, a congratulations) stays with its
    /// application, so a step that serves several applications gets one touchpoint per application, each filed under its own:
    /// add each to its application's touchpoints. Recording them twice changes nothing (see <see cref="Touchpoint.IsDuplicateOf"/>).
    /// </summary>
    /// <param name="date">The day the seeker did it, in the seeker's zone; not after today when evaluated.</param>
    /// <param name="touchpointId">
    /// The touchpoint's id, unused among the applications' touchpoints; by default the id <see cref="Recommendation.DoneOn"/>
    /// gives. When the step serves several applications with a kind that stays with each, each touchpoint's id is this id
    /// followed by <c>:</c> and its application id.
    /// </param>
    /// <returns>One touchpoint, or one per application in <see cref="ApplicationIds"/> order.</returns>
    /// <exception cref="InvalidOperationException">No touchpoint completes the step's action (the engine never recommends such a step).</exception>
    public ValueList<Touchpoint> DoneOn(LocalDate date, string? touchpointId = null)
    {
        Touchpoint done = Recommendation.DoneOn(date, touchpointId);
        if (done.ApplicationId is null || ApplicationIds.Count == 1)
        {
            return ValueList<Touchpoint>.Wrap([done]);
        }

        var each = new Touchpoint[ApplicationIds.Count];
        for (int i = 0; i < each.Length; i++)
        {
            each[i] = new Touchpoint($"{done.Id}:{ApplicationIds[i]}", done.Kind, date, done.ContactIds, ApplicationIds[i]);
        }

        return ValueList<Touchpoint>.Wrap(each);
    }

    /// <summary>Returns whether <paramref name="other"/> is the same step on the same day, for the same applications and the same reasons.</summary>
    /// <param name="other">The other item.</param>
    /// <returns><see langword="true"/> when every property is equal.</returns>
    public bool Equals(AgendaItem? other) => ExplainedEquality.Equals(this, other, static (a, b) =>
        a.Date == b.Date
        && a.Recommendation.Equals(b.Recommendation)
        && a.ApplicationIds.Equals(b.ApplicationIds)
        && a.IsLate == b.IsLate
        && a.PastDeadline == b.PastDeadline);

    /// <summary>Returns a hash code consistent with <see cref="Equals(AgendaItem?)"/>.</summary>
    /// <returns>The hash code.</returns>
    /// <remarks>Leaves the explanation out, so hashing does not write its sentences; equal items still hash alike.</remarks>
    public override int GetHashCode() => HashCode.Combine(Date, Recommendation, ApplicationIds, IsLate, PastDeadline);

    /// <summary>Returns the item as one line.</summary>
    /// <returns>For example <c>Tue 2026-11-24: Send a thank-you email (Ana Ruiz, by Email), due Mon 2026-11-23 [app-1, app-2] (late)</c>.</returns>
    public override string ToString() =>
        $"{Describe.Date(Date)}: {Recommendation.Summary} [{string.Join(", ", ApplicationIds)}]{(IsLate ? " (late)" : string.Empty)}{(PastDeadline ? " (past its latest date)" : string.Empty)}";
}
