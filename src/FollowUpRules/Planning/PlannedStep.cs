using FollowUpRules.Engine;
using NodaTime;

namespace FollowUpRules.Planning;

/// <summary>One step of a plan: the recommendation, and the day the plan assumes it is done.</summary>
/// <remarks>Immutable, compares by value, safe to share between threads.</remarks>
public sealed record PlannedStep
{
    internal PlannedStep(LocalDate date, Recommendation recommendation)
    {
        Date = date;
        Recommendation = recommendation;
    }

    /// <summary>Gets the day the plan assumes the step is done.</summary>
    /// <value>Its due date, or the plan's first day for a step already due or overdue then.</value>
    public LocalDate Date { get; }

    /// <summary>Gets the step, as the engine recommended it before it was done.</summary>
    /// <value>With its window, urgency on that day, and explanation.</value>
    public Recommendation Recommendation { get; }

    /// <summary>Gets whether the step is done after its latest date (it was already overdue when the plan starts).</summary>
    /// <value><see langword="true"/> when <see cref="Date"/> is after the recommendation's latest date.</value>
    public bool IsLate => Date > Recommendation.Latest;

    /// <summary>Returns the step as one line.</summary>
    /// <returns>For example <c>Mon 2026-11-23: Send a thank-you email (Ana Ruiz, by Email), due Mon 2026-11-23</c>.</returns>
    public override string ToString() => $"{Describe.Date(Date)}: {Recommendation.Summary}{(IsLate ? " (late)" : string.Empty)}";
}
