namespace FollowUpRules.Rules;

/// <summary>When a rule's step falls due, relative to its anchor: an offset, a window and an optional repeat.</summary>
/// <remarks>Immutable, compares by value, safe to share between threads.</remarks>
public sealed record Timing
{
    /// <summary>Initializes a new timing.</summary>
    /// <param name="offset">How long after the anchor the (first) step is due.</param>
    /// <param name="window">The earliest and latest dates around the due date; <see langword="null"/> for <see cref="Rules.Window.Default"/>.</param>
    /// <param name="repeat">How the step recurs; <see langword="null"/> for a single occurrence.</param>
    public Timing(StepOffset offset, Window? window = null, Repeat? repeat = null)
    {
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
}
