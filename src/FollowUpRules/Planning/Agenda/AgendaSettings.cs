using FollowUpRules.Rules;
using FollowUpRules.Utility;
using NodaTime;

namespace FollowUpRules.Planning;

/// <summary>
/// What the agenda keeps when it schedules steps across many applications: the outreach limits (how many asks a day, how many
/// to one company a week, how far apart two asks to the same person) and the seeker's pause periods.
/// </summary>
/// <remarks>
/// <para>The limits usually come from the playbook (<see cref="Playbook.OutreachLimits"/>, its <c>outreachLimits</c> in the
/// file): <see cref="FollowUpAgenda.Build(IEnumerable{Domain.EvaluationInput}, LocalDate, LocalDate, AgendaSettings?)"/>
/// without settings uses the engine's playbook's limits and no pauses. Pauses are the seeker's own (a vacation, a new job's
/// first weeks), so they are given here rather than in the playbook, and the engine never sees them.</para>
/// <para>The constructors only check for <see langword="null"/>; <see cref="FollowUpAgenda.Build(IEnumerable{Domain.EvaluationInput}, LocalDate, LocalDate, AgendaSettings?)"/>
/// validates the settings with <see cref="AgendaSettingsValidator"/> and refuses invalid ones. Immutable, compares by value,
/// safe to share between threads.</para>
/// </remarks>
public sealed record AgendaSettings
{
    /// <summary>Initializes new settings from the three limits.</summary>
    /// <param name="maxOutreachPerDay">The most outreach steps on one day, from 1 to 100.</param>
    /// <param name="maxPerCompanyPerWeek">The most outreach steps to one company in one ISO week (Monday to Sunday), from 1 to 50.</param>
    /// <param name="minSpacingPerPerson">The least time between two asks to the same person, in days only, from <c>P0D</c> (no spacing) to <c>P90D</c>; <see langword="null"/> for <c>P3D</c>.</param>
    /// <param name="pauses">The periods, both ends included, in which nothing is scheduled; they may overlap.</param>
    public AgendaSettings(int maxOutreachPerDay = OutreachLimits.DefaultMaxPerDay, int maxPerCompanyPerWeek = OutreachLimits.DefaultMaxPerCompanyPerWeek, Period? minSpacingPerPerson = null, IEnumerable<DateInterval>? pauses = null)
        : this(new OutreachLimits(maxOutreachPerDay, maxPerCompanyPerWeek, minSpacingPerPerson), pauses)
    {
    }

    /// <summary>Initializes new settings from a playbook's limits, for example <c>new AgendaSettings(engine.Playbook.OutreachLimits, pauses)</c>.</summary>
    /// <param name="limits">The outreach limits.</param>
    /// <param name="pauses">The periods, both ends included, in which nothing is scheduled; they may overlap.</param>
    /// <exception cref="ArgumentNullException"><paramref name="limits"/> is <see langword="null"/>.</exception>
    public AgendaSettings(OutreachLimits limits, IEnumerable<DateInterval>? pauses = null)
    {
        Limits = Preconditions.CheckNotNull(limits);
        Pauses = ValueList<DateInterval>.From(pauses);
    }

    /// <summary>Gets the default settings: the limits of <see cref="OutreachLimits.Default"/> (5 outreach steps a day, 3 to one company a week, 3 days between asks to one person), no pauses.</summary>
    /// <value>A shared instance.</value>
    public static AgendaSettings Default { get; } = new(OutreachLimits.Default);

    /// <summary>Gets the outreach limits.</summary>
    /// <value>Steps a day, steps to one company a week, days between asks to one person.</value>
    public OutreachLimits Limits { get; }

    /// <summary>Gets the periods in which nothing is scheduled (a vacation, a new job's first weeks).</summary>
    /// <value>NodaTime date intervals, both ends included, in any order; overlapping or adjacent pauses act as one.</value>
    public ValueList<DateInterval> Pauses { get; }
}
