using NodaTime;

namespace FollowUpRules.Planning;

/// <summary>One move of an agenda step from the day it would have gone on to a later day, and why.</summary>
/// <remarks>
/// <see cref="AgendaItem.Moves"/> lists them in order: the first move starts from the step's own day (today for a due or
/// overdue step, its due date for an upcoming one), each next one from where the last ended, and the last ends on the
/// item's <see cref="AgendaItem.Date"/>. Immutable, compares by value, safe to share between threads.
/// </remarks>
public readonly record struct AgendaMove
{
    /// <summary>Initializes a move; <paramref name="first"/> and <paramref name="second"/> are the pause's first and last days, or the earlier ask's day (then <paramref name="second"/> is unused).</summary>
    internal AgendaMove(LocalDate from, LocalDate to, AgendaMoveReason reason, LocalDate first, LocalDate second)
    {
        From = from;
        To = to;
        Reason = reason;
        First = first;
        Second = second;
    }

    /// <summary>Gets the day the step would have gone on.</summary>
    /// <value>A day before <see cref="To"/>.</value>
    public LocalDate From { get; }

    /// <summary>Gets the day the step moved to.</summary>
    /// <value>A day after <see cref="From"/>.</value>
    public LocalDate To { get; internal init; }

    /// <summary>Gets why the step could not go on <see cref="From"/>.</summary>
    /// <value>A pause, the daily limit, the weekly limit for the company, or the spacing between asks to one person.</value>
    public AgendaMoveReason Reason { get; }

    /// <summary>Gets the pause's first day, or the day of the earlier ask to the same person; the default otherwise.</summary>
    internal LocalDate First { get; }

    /// <summary>Gets the pause's last day; the default otherwise.</summary>
    internal LocalDate Second { get; }

    /// <summary>Returns whether <paramref name="next"/> continues this move for the same reason (the same pause, full day after full day).</summary>
    internal bool ContinuedBy(AgendaMove next) => To == next.From && Reason == next.Reason && First == next.First && Second == next.Second;
}
