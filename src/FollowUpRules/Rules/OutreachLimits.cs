using NodaTime;

namespace FollowUpRules.Rules;

/// <summary>
/// How much outreach a seeker sends when steps of many applications are scheduled together: how many asks a day, how many
/// to one company a week, and how far apart two asks to the same person.
/// </summary>
/// <remarks>
/// <para>The limits are part of a playbook (its <c>outreachLimits</c> in the file) and are kept by
/// <see cref="Planning.FollowUpAgenda"/>, which pushes lower-priority steps to the next free day. "Outreach" is a step whose
/// target is a person; the seeker's own steps and company steps are not limited. The engine never reads them: a single
/// evaluation has no other applications to share a day with.</para>
/// <para>The constructor only checks for <see langword="null"/>; the playbook validator (or the agenda's settings
/// validator) checks the ranges. Immutable, compares by value, safe to share between threads.</para>
/// </remarks>
public sealed record OutreachLimits
{
    /// <summary>The default <see cref="MaxPerDay"/>: 5.</summary>
    public const int DefaultMaxPerDay = 5;

    /// <summary>The default <see cref="MaxPerCompanyPerWeek"/>: 3.</summary>
    public const int DefaultMaxPerCompanyPerWeek = 3;

    /// <summary>The largest <see cref="MaxPerDay"/>: 100.</summary>
    public const int HighestMaxPerDay = 100;

    /// <summary>The largest <see cref="MaxPerCompanyPerWeek"/>: 50.</summary>
    public const int HighestMaxPerCompanyPerWeek = 50;

    /// <summary>The largest <see cref="MinSpacingPerPerson"/>, in days: 90.</summary>
    public const int MaxSpacingDays = 90;

    /// <summary>Initializes new limits.</summary>
    /// <param name="maxPerDay">The most outreach steps on one day, from 1 to <see cref="HighestMaxPerDay"/>.</param>
    /// <param name="maxPerCompanyPerWeek">The most outreach steps to one company in one ISO week (Monday to Sunday), from 1 to <see cref="HighestMaxPerCompanyPerWeek"/>.</param>
    /// <param name="minSpacingPerPerson">The least time between two asks to the same person, in days only, from <c>P0D</c> (no spacing) to <c>P90D</c>; <see langword="null"/> for <c>P3D</c>.</param>
    public OutreachLimits(int maxPerDay = DefaultMaxPerDay, int maxPerCompanyPerWeek = DefaultMaxPerCompanyPerWeek, Period? minSpacingPerPerson = null)
    {
        MaxPerDay = maxPerDay;
        MaxPerCompanyPerWeek = maxPerCompanyPerWeek;
        MinSpacingPerPerson = minSpacingPerPerson ?? Period.FromDays(3);
    }

    /// <summary>Gets the default limits: 5 outreach steps a day, 3 to one company a week, 3 days between asks to one person.</summary>
    /// <value>A shared instance; the limits of <see cref="DefaultPlaybook.Instance"/>.</value>
    public static OutreachLimits Default { get; } = new();

    /// <summary>Gets the most outreach steps scheduled on one day.</summary>
    /// <value>From 1 to 100; 5 by default.</value>
    public int MaxPerDay { get; }

    /// <summary>Gets the most outreach steps to one company scheduled in one ISO week, Monday to Sunday.</summary>
    /// <value>From 1 to 50; 3 by default. A step merged across several applications at the company counts once.</value>
    public int MaxPerCompanyPerWeek { get; }

    /// <summary>Gets the least time between two asks to the same person, across all applications.</summary>
    /// <value>Days only, from <c>P0D</c> to <c>P90D</c>; <c>P3D</c> by default. With <c>P3D</c>, asks on Monday and Thursday are fine, Monday and Wednesday are not.</value>
    public Period MinSpacingPerPerson { get; }

    /// <summary>Returns the limits as <c>5 a day, 3 per company a week, P3D apart</c>.</summary>
    /// <returns>The three limits.</returns>
    public override string ToString() => $"{MaxPerDay} a day, {MaxPerCompanyPerWeek} per company a week, {MinSpacingPerPerson} apart";
}
