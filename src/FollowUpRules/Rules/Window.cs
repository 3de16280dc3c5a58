using NodaTime;

namespace FollowUpRules.Rules;

/// <summary>How far before and after its due date a step may be done: the earliest, ideal (due) and latest dates.</summary>
/// <remarks>Immutable, compares by value, safe to share between threads.</remarks>
public sealed record Window
{
    /// <summary>Initializes a new window.</summary>
    /// <param name="early">How long before the due date the step may be done; <see langword="null"/> for "any time after its anchor".</param>
    /// <param name="late">How long after the due date the step is still on time; <see langword="null"/> for no grace (latest = due).</param>
    public Window(Period? early = null, Period? late = null)
    {
        Early = early;
        Late = late ?? Period.Zero;
    }

    /// <summary>Gets the window that opens at the anchor and closes on the due date.</summary>
    /// <value>No early limit, no grace.</value>
    public static Window Default { get; } = new();

    /// <summary>Gets how long before the due date the step may be done.</summary>
    /// <value><see langword="null"/> (the default) when it may be done any time after its anchor. Days, weeks, months, years only.</value>
    public Period? Early { get; }

    /// <summary>Gets how long after the due date the step is still on time.</summary>
    /// <value>The default is <see cref="Period.Zero"/>: the latest date is the due date. Past the latest date the step is overdue (see <see cref="LatePolicy"/>).</value>
    public Period Late { get; }
}
