using FollowUpRules.Utility;
using NodaTime;

namespace FollowUpRules.Planning;

/// <summary>
/// The limits the agenda keeps when it schedules steps across many applications: how many outreach steps a day, how many to
/// one company a week, how far apart two asks to the same person, and the seeker's pause periods.
/// </summary>
/// <remarks>
/// <para>"Outreach" is a step whose target is a person (<see cref="Engine.TargetKind.Person"/>): only those count against
/// the caps and the spacing. The seeker's own steps and company steps are not capped, but nothing is scheduled inside a
/// pause. Pauses belong here rather than on <see cref="Domain.Seeker"/> so the engine's input stays as it is; the engine
/// never sees them.</para>
/// <para>The constructor only checks for <see langword="null"/>; <see cref="FollowUpAgenda.Build"/> validates the settings
/// with <see cref="AgendaSettingsValidator"/> and refuses invalid ones. Immutable, compares by value, safe to share between
/// threads.</para>
/// </remarks>
public sealed record AgendaSettings
{
    /// <summary>The default <see cref="MaxOutreachPerDay"/>: 5.</summary>
    public const int DefaultMaxOutreachPerDay = 5;

    /// <summary>The default <see cref="MaxPerCompanyPerWeek"/>: 3.</summary>
    public const int DefaultMaxPerCompanyPerWeek = 3;

    /// <summary>Initializes new settings.</summary>
    /// <param name="maxOutreachPerDay">The most outreach steps on one day, from 1 to 100.</param>
    /// <param name="maxPerCompanyPerWeek">The most outreach steps to one company in one ISO week (Monday to Sunday), from 1 to 50.</param>
    /// <param name="minSpacingPerPerson">The least time between two asks to the same person, in days only, from <c>P0D</c> (no spacing) to <c>P90D</c>; <see langword="null"/> for <c>P3D</c>.</param>
    /// <param name="pauses">The periods, both ends included, in which nothing is scheduled; they may overlap.</param>
    public AgendaSettings(int maxOutreachPerDay = DefaultMaxOutreachPerDay, int maxPerCompanyPerWeek = DefaultMaxPerCompanyPerWeek, Period? minSpacingPerPerson = null, IEnumerable<DateInterval>? pauses = null)
    {
        MaxOutreachPerDay = maxOutreachPerDay;
        MaxPerCompanyPerWeek = maxPerCompanyPerWeek;
        MinSpacingPerPerson = minSpacingPerPerson ?? Period.FromDays(3);
        Pauses = ValueList<DateInterval>.From(pauses);
    }

    /// <summary>Gets the default settings: 5 outreach steps a day, 3 to one company a week, 3 days between asks to one person, no pauses.</summary>
    /// <value>A shared instance.</value>
    public static AgendaSettings Default { get; } = new();

    /// <summary>Gets the most outreach steps scheduled on one day.</summary>
    /// <value>From 1 to 100; 5 by default.</value>
    public int MaxOutreachPerDay { get; }

    /// <summary>Gets the most outreach steps to one company scheduled in one ISO week, Monday to Sunday.</summary>
    /// <value>From 1 to 50; 3 by default. A step merged across several applications at the company counts once.</value>
    public int MaxPerCompanyPerWeek { get; }

    /// <summary>Gets the least time between two asks to the same person, across all applications.</summary>
    /// <value>Days only, from <c>P0D</c> to <c>P90D</c>; <c>P3D</c> by default. With <c>P3D</c>, asks on Monday and Thursday are fine, Monday and Wednesday are not.</value>
    public Period MinSpacingPerPerson { get; }

    /// <summary>Gets the periods in which nothing is scheduled (a vacation, a new job's first weeks).</summary>
    /// <value>NodaTime date intervals, both ends included, in any order; overlapping or adjacent pauses act as one.</value>
    public ValueList<DateInterval> Pauses { get; }
}
