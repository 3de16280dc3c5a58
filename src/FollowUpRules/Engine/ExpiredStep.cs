using NodaTime;

namespace FollowUpRules.Engine;

/// <summary>A step that was not done by its latest date and expired under its rule's <see cref="Rules.LateAction.Expire"/> policy: shown, never silently lost.</summary>
/// <remarks>Immutable, compares by value, safe to share between threads.</remarks>
public sealed record ExpiredStep
{
    internal ExpiredStep(string ruleId, Target target, int occurrence, LocalDate due, LocalDate latest, Explanation explanation)
    {
        RuleId = ruleId;
        Target = target;
        Occurrence = occurrence;
        Due = due;
        Latest = latest;
        Explanation = explanation;
    }

    /// <summary>Gets the rule's id.</summary>
    /// <value>A rule id of the playbook.</value>
    public string RuleId { get; }

    /// <summary>Gets whom the step was for.</summary>
    /// <value>The target.</value>
    public Target Target { get; }

    /// <summary>Gets which occurrence expired.</summary>
    /// <value>1 for the first.</value>
    public int Occurrence { get; }

    /// <summary>Gets the date the step was due.</summary>
    /// <value>The ideal date.</value>
    public LocalDate Due { get; }

    /// <summary>Gets the last date it was on time.</summary>
    /// <value>Before today.</value>
    public LocalDate Latest { get; }

    /// <summary>Gets why the step existed and why it expired.</summary>
    /// <value>The explanation.</value>
    public Explanation Explanation { get; }
}
