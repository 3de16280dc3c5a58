using FollowUpRules.Calendar;
using FollowUpRules.Planning;
using FollowUpRules.Rules;
using FollowUpRules.Utility;

namespace FollowUpRules.Serialization;

/// <summary>
/// The seeker's own settings in a <see cref="PipelineFile"/>: the working week and holiday calendars laid over the
/// playbook's, and the agenda's caps and pauses.
/// </summary>
/// <remarks>Immutable, compares by value, safe to share between threads.</remarks>
public sealed record PipelineSettings
{
    /// <summary>Initializes new settings.</summary>
    /// <param name="workingWeek">The seeker's working week, replacing the playbook's; <see langword="null"/> to keep the playbook's.</param>
    /// <param name="holidays">The seeker's holiday calendars, added to the playbook's; <see langword="null"/> for none.</param>
    /// <param name="agenda">The agenda's caps, spacing and pauses; <see langword="null"/> for <see cref="AgendaSettings.Default"/>.</param>
    public PipelineSettings(WorkingWeek? workingWeek = null, IEnumerable<HolidayCalendar>? holidays = null, AgendaSettings? agenda = null)
    {
        WorkingWeek = workingWeek;
        Holidays = ValueList<HolidayCalendar>.From(holidays);
        Agenda = agenda ?? AgendaSettings.Default;
    }

    /// <summary>Gets the settings of a file that has none: the playbook's week, no extra holidays, the default agenda limits.</summary>
    /// <value>A shared instance.</value>
    public static PipelineSettings Default { get; } = new();

    /// <summary>Gets the seeker's working week.</summary>
    /// <value><see langword="null"/> (the default) to keep the playbook's.</value>
    public WorkingWeek? WorkingWeek { get; }

    /// <summary>Gets the seeker's holiday calendars.</summary>
    /// <value>Added after the playbook's; those marked <see cref="HolidayCalendar.ForSeeker"/> (the default) apply to every step.</value>
    public ValueList<HolidayCalendar> Holidays { get; }

    /// <summary>Gets the agenda's limits.</summary>
    /// <value><see cref="AgendaSettings.Default"/> unless the file says otherwise.</value>
    public AgendaSettings Agenda { get; }

    /// <summary>Returns the playbook with these settings applied: the working week replaced, the holiday calendars added.</summary>
    /// <param name="playbook">The playbook the pipeline uses.</param>
    /// <returns><paramref name="playbook"/> itself when there is nothing to apply; otherwise a validated copy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="playbook"/> is <see langword="null"/>.</exception>
    /// <exception cref="Validation.FollowUpValidationException">The result is invalid, for example a calendar id the playbook already uses.</exception>
    public Playbook ApplyTo(Playbook playbook)
    {
        Preconditions.CheckNotNull(playbook);
        if (WorkingWeek is null && Holidays.Count == 0)
        {
            return playbook;
        }

        PlaybookBuilder builder = PlaybookBuilder.From(playbook).WithHolidays([.. playbook.Holidays, .. Holidays]);
        return (WorkingWeek is { } week ? builder.WithWorkingWeek(week) : builder).Build(JsonFiles.CustomConditionNames(playbook));
    }
}
