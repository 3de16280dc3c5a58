using FollowUpRules.Calendar;

namespace FollowUpRules.Rules;

/// <summary>When a rule's step falls due, relative to its anchor: an offset, a window and an optional repeat.</summary>
/// <remarks>Immutable, compares by value, safe to share between threads.</remarks>
public sealed record Timing
{
    /// <summary>Initializes a new timing.</summary>
    /// <param name="offset">How long after the anchor the (first) step is due.</param>
    /// <param name="window">The earliest and latest dates around the due date; <see langword="null"/> for <see cref="Rules.Window.Default"/>.</param>
    /// <param name="repeat">How the step recurs; <see langword="null"/> for a single occurrence.</param>
    /// <param name="adjust">What to do with a due date that lands on a day that is not a business day; the default keeps it.</param>
    public Timing(StepOffset offset, Window? window = null, Repeat? repeat = null, DateAdjustment adjust = DateAdjustment.None)
    {
        Adjust = adjust;
        Offset = offset;
        Window = window ?? Window.Default;
        Repeat = repeat;
    }

    /// <summary>Gets how long after the anchor the first step is due.</summary>
    /// <value>Zero for "the same day".</value>
    public StepOffset Offset { get; }

    /// <summary>Gets the earliest and latest dates around the due date.</summary>
    /// <value>The default opens at the anchor and closes on the due date.</value>
    public Window Window { get; }

    /// <summary>Gets how the step recurs.</summary>
    /// <value><see langword="null"/> for a single occurrence.</value>
    public Repeat? Repeat { get; }

    /// <summary>Gets what to do with a due date that lands on a rest day of the working week or a holiday.</summary>
    /// <value>
    /// The default is <see cref="DateAdjustment.None"/>: the date stays. The adjustment applies to every occurrence's due
    /// date after its offset; the window (earliest and latest) is then measured from the adjusted date. A
    /// <see cref="DateAdjustment.Preceding"/> (or modified-following) move that would go before the date the step counts
    /// from moves forward instead. Business-day offsets already land on business days.
    /// </value>
    public DateAdjustment Adjust { get; }
}
