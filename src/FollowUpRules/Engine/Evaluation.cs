using NodaTime;

namespace FollowUpRules.Engine;

/// <summary>The engine's full answer for one application on one day.</summary>
/// <remarks>Immutable, compares by value, safe to share between threads.</remarks>
public sealed record Evaluation
{
    internal Evaluation(string applicationId, LocalDate today, ValueList<Recommendation> recommendations, ValueList<ExpiredStep> expired, ValueList<SuppressedStep> suppressed)
    {
        ApplicationId = applicationId;
        Today = today;
        Recommendations = recommendations;
        Expired = expired;
        Suppressed = suppressed;
    }

    /// <summary>Gets the id of the application evaluated.</summary>
    /// <value>The application's id.</value>
    public string ApplicationId { get; }

    /// <summary>Gets the date the evaluation is for.</summary>
    /// <value>Today in the seeker's time zone, or the date given.</value>
    public LocalDate Today { get; }

    /// <summary>Gets every pending step, most urgent first.</summary>
    /// <value>
    /// Overdue steps first (the longest overdue first), then due steps (the soonest latest date first), then upcoming steps
    /// (the soonest earliest date first); ties go to the earlier due date, then the higher priority, the earlier rule in the
    /// playbook, the target (the company, then people by contact id, then the seeker), the anchor event's key and the
    /// occurrence. Two steps never tie, so the order does not depend on the order of the input.
    /// </value>
    public ValueList<Recommendation> Recommendations { get; }

    /// <summary>Gets the single next step.</summary>
    /// <value>The first of <see cref="Recommendations"/>, or <see langword="null"/> when nothing is pending.</value>
    public Recommendation? Next => Recommendations.Count > 0 ? Recommendations[0] : null;

    /// <summary>Gets the steps that expired without being done.</summary>
    /// <value>
    /// In order of their latest date, then the earlier rule in the playbook, the target (as in <see cref="Recommendations"/>),
    /// the occurrence, and for one rule and target the order of the anchor events (by date, then touchpoint id).
    /// </value>
    public ValueList<ExpiredStep> Expired { get; }

    /// <summary>Gets the rules that recommend nothing for a target although their anchor event happened, with the reason.</summary>
    /// <value>
    /// In playbook order, then by target (as in <see cref="Recommendations"/>), and for one rule and target in the order of
    /// the anchor events (by date, then touchpoint id).
    /// </value>
    public ValueList<SuppressedStep> Suppressed { get; }
}
