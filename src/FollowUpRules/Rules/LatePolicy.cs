namespace FollowUpRules.Rules;

/// <summary>What happens to a step that is still not done after its latest date. A missed step never vanishes silently.</summary>
/// <remarks>Immutable, compares by value, safe to share between threads.</remarks>
public sealed record LatePolicy
{
    private LatePolicy(LateAction action, ActionSpec? turnInto)
    {
        Action = action;
        TurnInto = turnInto;
    }

    /// <summary>Gets the policy that keeps a late step on the list, marked overdue.</summary>
    /// <value>A <see cref="LateAction.KeepOpen"/> policy.</value>
    public static LatePolicy KeepOpen { get; } = new(LateAction.KeepOpen, null);

    /// <summary>Gets the policy that expires a late step.</summary>
    /// <value>An <see cref="LateAction.Expire"/> policy.</value>
    public static LatePolicy Expire { get; } = new(LateAction.Expire, null);

    /// <summary>Gets what happens.</summary>
    /// <value>One of <see cref="LateAction"/>.</value>
    public LateAction Action { get; }

    /// <summary>Gets the action a late step turns into.</summary>
    /// <value>Set for <see cref="LateAction.TurnInto"/> only.</value>
    public ActionSpec? TurnInto { get; }

    /// <summary>Creates a policy that turns a late step into <paramref name="action"/>.</summary>
    /// <param name="action">The replacement, for example a thank-you email instead of a note that would now arrive too late.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="action"/> is <see langword="null"/>.</exception>
    public static LatePolicy TurnIntoAction(ActionSpec action) => new(LateAction.TurnInto, Utility.Preconditions.CheckNotNull(action));

    /// <summary>Creates a policy from its parts, as a playbook file states them.</summary>
    /// <param name="action">What happens.</param>
    /// <param name="turnInto">For <see cref="LateAction.TurnInto"/>: the replacement.</param>
    /// <returns>The policy. The playbook validator reports parts that do not fit.</returns>
    public static LatePolicy Of(LateAction action, ActionSpec? turnInto = null) => new(action, turnInto);
}
