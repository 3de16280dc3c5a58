using FollowUpRules.Calendar;
using FollowUpRules.Planning;
using FollowUpRules.Rules;
using FollowUpRules.Utility;
using NodaTime;

namespace FollowUpRules.Serialization;

/// <summary>
/// The seeker's own settings in a <see cref="PipelineFile"/>: the working week, holiday calendars and outreach limits laid
/// over the playbook's, and the pauses the agenda keeps.
/// </summary>
/// <remarks>Immutable, compares by value, safe to share between threads.</remarks>
public sealed record PipelineSettings
{
    /// <summary>Initializes new settings.</summary>
    /// <param name="workingWeek">The seeker's working week, replacing the playbook's; <see langword="null"/> to keep the playbook's.</param>
    /// <param name="holidays">The seeker's holiday calendars, added to the playbook's; <see langword="null"/> for none.</param>
    /// <param name="outreachLimits">The seeker's outreach limits, replacing the playbook's; <see langword="null"/> to keep the playbook's.</param>
    /// <param name="pauses">The periods, both ends included, in which the agenda schedules nothing; <see langword="null"/> for none.</param>
    public PipelineSettings(WorkingWeek? workingWeek = null, IEnumerable<HolidayCalendar>? holidays = null, OutreachLimits? outreachLimits = null, IEnumerable<DateInterval>? pauses = null)
    {
        WorkingWeek = workingWeek;
        Holidays = ValueList<HolidayCalendar>.From(holidays);
        OutreachLimits = outreachLimits;
        Pauses = ValueList<DateInterval>.From(pauses);
    }

    /// <summary>Gets the settings of a file that has none: everything from the playbook, no pauses.</summary>
    /// <value>A shared instance.</value>
    public static PipelineSettings Default { get; } = new();

    /// <summary>Gets the seeker's working week.</summary>
    /// <value><see langword="null"/> (the default) to keep the playbook's.</value>
    public WorkingWeek? WorkingWeek { get; }

    /// <summary>Gets the seeker's holiday calendars.</summary>
    /// <value>Added after the playbook's; those marked <see cref="HolidayCalendar.ForSeeker"/> (the default) apply to every step.</value>
    public ValueList<HolidayCalendar> Holidays { get; }

    /// <summary>Gets the seeker's outreach limits.</summary>
    /// <value><see langword="null"/> (the default) to keep the playbook's <see cref="Playbook.OutreachLimits"/>.</value>
    public OutreachLimits? OutreachLimits { get; }

    /// <summary>Gets the seeker's pauses (a vacation, a new job's first weeks).</summary>
    /// <value>NodaTime date intervals, both ends included; possibly empty.</value>
    public ValueList<DateInterval> Pauses { get; }

    /// <summary>Returns the playbook with these settings applied: the working week and outreach limits replaced, the holiday calendars added.</summary>
    /// <param name="playbook">The playbook the pipeline uses.</param>
    /// <returns><paramref name="playbook"/> itself when there is nothing to apply; otherwise a validated copy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="playbook"/> is <see langword="null"/>.</exception>
    /// <exception cref="Validation.FollowUpValidationException">The result is invalid, for example a calendar id the playbook already uses.</exception>
    public Playbook ApplyTo(Playbook playbook)
    {
        Preconditions.CheckNotNull(playbook);
        if (WorkingWeek is null && Holidays.Count == 0 && OutreachLimits is null)
        {
            return playbook;
        }

        PlaybookBuilder builder = PlaybookBuilder.From(playbook).WithHolidays([.. playbook.Holidays, .. Holidays]);
        builder = WorkingWeek is { } week ? builder.WithWorkingWeek(week) : builder;
        builder = OutreachLimits is { } limits ? builder.WithOutreachLimits(limits) : builder;
        return builder.Build(JsonFiles.CustomConditionNames(playbook));
    }

    /// <summary>Returns what the agenda keeps for this pipeline: the playbook's outreach limits and these pauses.</summary>
    /// <param name="playbook">The playbook with these settings applied (<see cref="ApplyTo"/>).</param>
    /// <returns>The settings for <see cref="FollowUpAgenda.Build(IEnumerable{Domain.EvaluationInput}, LocalDate, Period, AgendaSettings?)"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="playbook"/> is <see langword="null"/>.</exception>
    public AgendaSettings AgendaFor(Playbook playbook) => new(Preconditions.CheckNotNull(playbook).OutreachLimits, Pauses);
}
