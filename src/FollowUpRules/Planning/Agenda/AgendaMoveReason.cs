namespace FollowUpRules.Planning;

/// <summary>Why the agenda moved a step from one day to a later one.</summary>
public enum AgendaMoveReason
{
    /// <summary>The day is inside one of the seeker's pauses (<see cref="AgendaSettings.Pauses"/>); the step moved to the day after it.</summary>
    Pause,

    /// <summary>The day already had <see cref="Rules.OutreachLimits.MaxPerDay"/> outreach steps; the step moved to the next day with room.</summary>
    DailyLimit,

    /// <summary>The company already had <see cref="Rules.OutreachLimits.MaxPerCompanyPerWeek"/> outreach steps in the day's ISO week; the step moved to the next Monday.</summary>
    WeeklyLimit,

    /// <summary>The same person was asked something less than <see cref="Rules.OutreachLimits.MinSpacingPerPerson"/> before; the step moved to the first day far enough after that ask.</summary>
    Spacing,
}
