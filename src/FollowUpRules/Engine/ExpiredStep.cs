using NodaTime;

namespace FollowUpRules.Engine;

/// <summary>A step that was not done by its latest date and expired under its rule's <see cref="Rules.LateAction.Expire"/> policy: shown, never silently lost.</summary>
/// <remarks>Immutable, compares by value, safe to share between threads.</remarks>
public sealed record ExpiredStep : IExplained
{
    // Made when first read (see ExplanationSlot); not readonly, as reading it may fill it in.
    private ExplanationSlot explanation;

    internal ExpiredStep(string ruleId, Target target, int occurrence, LocalDate due, LocalDate latest, ExplanationSlot explanation)
    {
        RuleId = ruleId;
        Target = target;
        Occurrence = occurrence;
        Due = due;
        Latest = latest;
        this.explanation = explanation;
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
    public Explanation Explanation => explanation.Get(RuleId);

    /// <summary>Compares every property, the explanation's sentences included.</summary>
    /// <param name="other">The other step.</param>
    /// <returns><see langword="true"/> when both are the same step with the same explanation.</returns>
    public bool Equals(ExpiredStep? other) => ExplainedEquality.Equals(this, other, static (a, b) =>
        string.Equals(a.RuleId, b.RuleId, StringComparison.Ordinal)
        && a.Target.Equals(b.Target)
        && a.Occurrence == b.Occurrence
        && a.Due == b.Due
        && a.Latest == b.Latest);

    /// <inheritdoc />
    /// <remarks>Leaves the explanation out, so hashing does not write its sentences; equal steps still hash alike.</remarks>
    public override int GetHashCode() => HashCode.Combine(RuleId, Target, Occurrence, Due, Latest);
}
