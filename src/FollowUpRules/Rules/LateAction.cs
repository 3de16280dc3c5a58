namespace FollowUpRules.Rules;

/// <summary>What happens to a step that is still not done after its latest date.</summary>
public enum LateAction
{
    /// <summary>It stays on the list, marked overdue, until done, snoozed or dismissed.</summary>
    KeepOpen,

    /// <summary>It expires: it leaves the list of recommendations and appears among the expired steps, with its explanation.</summary>
    Expire,

    /// <summary>It turns into another action (<see cref="LatePolicy.TurnInto"/>), due the day after the latest date.</summary>
    TurnInto,
}
