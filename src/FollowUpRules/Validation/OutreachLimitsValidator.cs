using FluentValidation;
using FollowUpRules.Rules;

namespace FollowUpRules.Validation;

/// <summary>
/// Validates <see cref="OutreachLimits"/>: the daily limit from 1 to 100, the weekly limit per company from 1 to 50, and the
/// spacing between asks to one person a number of days from <c>P0D</c> to <c>P90D</c>. Every problem at once.
/// </summary>
/// <remarks>
/// The <see cref="PlaybookValidator"/> runs it on <see cref="Playbook.OutreachLimits"/> (paths <c>OutreachLimits.MaxPerDay</c>,
/// ...), and the agenda's settings validator on <see cref="Planning.AgendaSettings.Limits"/>. Immutable once built and safe
/// to share between threads.
/// </remarks>
public sealed class OutreachLimitsValidator : AbstractValidator<OutreachLimits>
{
    /// <summary>Initializes a new validator.</summary>
    public OutreachLimitsValidator()
    {
        RuleFor(l => l.MaxPerDay).InclusiveBetween(1, OutreachLimits.HighestMaxPerDay)
            .WithMessage(l => $"The daily limit of outreach steps must be between 1 and {OutreachLimits.HighestMaxPerDay}; it is {l.MaxPerDay}.");
        RuleFor(l => l.MaxPerCompanyPerWeek).InclusiveBetween(1, OutreachLimits.HighestMaxPerCompanyPerWeek)
            .WithMessage(l => $"The weekly limit of outreach steps to one company must be between 1 and {OutreachLimits.HighestMaxPerCompanyPerWeek}; it is {l.MaxPerCompanyPerWeek}.");
        RuleFor(l => l.MinSpacingPerPerson).Must(IsDaysInRange)
            .WithMessage(l => $"The spacing between asks to one person must be a number of days from P0D to P{OutreachLimits.MaxSpacingDays}D, such as P3D; it is '{l.MinSpacingPerPerson?.ToString() ?? "null"}'.");
    }

    private static bool IsDaysInRange(NodaTime.Period? spacing) =>
        spacing is not null && !spacing.HasTimeComponent && spacing.Years == 0 && spacing.Months == 0 && spacing.Weeks == 0
        && spacing.Days is >= 0 and <= OutreachLimits.MaxSpacingDays;
}
