namespace FollowUpRules.Rules.Conditions;

/// <summary>
/// The extension point for conditions a host app defines. Pass an implementation to the engine under a name; a playbook
/// then uses the condition as a <see cref="CustomCondition"/> with that name.
/// </summary>
/// <remarks>
/// Implementations must be pure (no I/O, no clock: the context carries today) and thread-safe, because the engine is
/// shared between threads and may evaluate a condition many times per call.
/// </remarks>
public interface ICustomConditionEvaluator
{
    /// <summary>Gets the name playbooks use for the condition.</summary>
    /// <value>Unique among the evaluators given to one engine (ordinal comparison).</value>
    string Name { get; }

    /// <summary>Returns whether the condition holds.</summary>
    /// <param name="condition">The condition as the playbook states it, with its parameters.</param>
    /// <param name="context">The facts the engine is looking at.</param>
    /// <returns><see langword="true"/> when the condition holds.</returns>
    bool IsSatisfied(CustomCondition condition, ConditionContext context);
}
