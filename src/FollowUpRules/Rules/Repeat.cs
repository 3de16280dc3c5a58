namespace FollowUpRules.Rules;

/// <summary>How a rule's step recurs, and what bounds it.</summary>
/// <remarks>
/// <para>The first occurrence is due <see cref="Timing.Offset"/> after the anchor. Each later one is due <see cref="Every"/>
/// after the previous occurrence was done (or, if it was not done, after its due date): the clock restarts from the last
/// real step, never from a reminder. With <see cref="RestartOnInteraction"/>, any interaction with the person, in either
/// direction, restarts the clock too.</para>
/// <para>A repeat needs a bound: <see cref="MaxCount"/>, <see cref="For"/>, or both.
/// Immutable, compares by value, safe to share between threads.</para>
/// </remarks>
public sealed record Repeat
{
    /// <summary>Initializes a new repeat.</summary>
    /// <param name="every">The spacing between occurrences.</param>
    /// <param name="maxCount">The most occurrences in all, counting the first; <see langword="null"/> for no count limit.</param>
    /// <param name="for">How long after the anchor occurrences may fall due; <see langword="null"/> for no time limit.</param>
    /// <param name="restartOnInteraction">Whether any interaction with the person restarts the clock.</param>
    /// <param name="backOffFactor">The spacing is multiplied by this factor for each unanswered attempt in a row; 1 for none.</param>
    /// <param name="maxUnanswered">The rule stops for a person after this many unanswered attempts in a row; <see langword="null"/> for no such stop.</param>
    public Repeat(StepOffset every, int? maxCount = null, NodaTime.Period? @for = null, bool restartOnInteraction = false, int backOffFactor = 1, int? maxUnanswered = null)
    {
        Every = every;
        MaxCount = maxCount;
        For = @for;
        RestartOnInteraction = restartOnInteraction;
        BackOffFactor = backOffFactor;
        MaxUnanswered = maxUnanswered;
    }

    /// <summary>Gets the spacing between occurrences.</summary>
    /// <value>A positive offset.</value>
    public StepOffset Every { get; }

    /// <summary>Gets the most occurrences in all.</summary>
    /// <value>At least 1, counting the first; <see langword="null"/> for no count limit.</value>
    public int? MaxCount { get; }

    /// <summary>Gets how long after the anchor occurrences may fall due.</summary>
    /// <value>A positive period; <see langword="null"/> for no time limit.</value>
    public NodaTime.Period? For { get; }

    /// <summary>Gets whether any interaction with the person restarts the clock.</summary>
    /// <value>The default is <see langword="false"/>; only meaningful for people audiences.</value>
    public bool RestartOnInteraction { get; }

    /// <summary>Gets the back-off factor.</summary>
    /// <value>The default is 1 (no back-off); at most 4. After n unanswered attempts in a row the spacing is <see cref="Every"/> times factor^n, never more than 64 times.</value>
    public int BackOffFactor { get; }

    /// <summary>Gets how many unanswered attempts in a row stop the rule for a person.</summary>
    /// <value>At least 1; <see langword="null"/> for no such stop.</value>
    public int? MaxUnanswered { get; }
}
