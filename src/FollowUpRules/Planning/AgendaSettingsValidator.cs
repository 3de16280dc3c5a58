using FluentValidation;
using FollowUpRules.Validation;
using NodaTime;

namespace FollowUpRules.Planning;

/// <summary>
/// Validates <see cref="AgendaSettings"/>: every problem at once, each with its path (for example <c>Pauses[1]</c>) and a
/// message that says what is wrong and what is accepted.
/// </summary>
/// <remarks>
/// Overlapping pauses are accepted: they act as one longer pause. Validators are immutable once built and safe to share
/// between threads.
/// </remarks>
public sealed class AgendaSettingsValidator : AbstractValidator<AgendaSettings>
{
    /// <summary>The longest <see cref="AgendaSettings.MinSpacingPerPerson"/>, in days: 90.</summary>
    public const int MaxSpacingDays = 90;

    /// <summary>The largest <see cref="AgendaSettings.MaxOutreachPerDay"/>: 100.</summary>
    public const int MaxOutreachPerDay = 100;

    /// <summary>The largest <see cref="AgendaSettings.MaxPerCompanyPerWeek"/>: 50.</summary>
    public const int MaxPerCompanyPerWeek = 50;

    /// <summary>Initializes a new validator.</summary>
    public AgendaSettingsValidator()
    {
        RuleFor(s => s.MaxOutreachPerDay).InclusiveBetween(1, MaxOutreachPerDay)
            .WithMessage(s => $"The daily limit of outreach steps must be between 1 and {MaxOutreachPerDay}; it is {s.MaxOutreachPerDay}.");
        RuleFor(s => s.MaxPerCompanyPerWeek).InclusiveBetween(1, MaxPerCompanyPerWeek)
            .WithMessage(s => $"The weekly limit of outreach steps to one company must be between 1 and {MaxPerCompanyPerWeek}; it is {s.MaxPerCompanyPerWeek}.");
        RuleFor(s => s.MinSpacingPerPerson).Custom((spacing, context) =>
        {
            bool daysOnly = spacing is not null && !spacing.HasTimeComponent && spacing.Years == 0 && spacing.Months == 0 && spacing.Weeks == 0;
            if (!daysOnly || spacing!.Days is < 0 or > MaxSpacingDays)
            {
                context.AddFailure("MinSpacingPerPerson", $"The spacing between asks to one person must be a number of days from P0D to P{MaxSpacingDays}D, such as P3D; it is '{spacing?.ToString() ?? "null"}'.");
            }
        });
        RuleFor(s => s.Pauses).Custom((pauses, context) =>
        {
            for (int i = 0; i < pauses.Count; i++)
            {
                DateInterval pause = pauses[i];
                if (pause is null)
                {
                    context.AddFailure($"Pauses[{i}]", "A pause is missing; give its first and last day.");
                }
                else if (pause.Start.Calendar != CalendarSystem.Iso)
                {
                    context.AddFailure($"Pauses[{i}]", $"The pause {pause} is not in the ISO calendar.");
                }
                else if (pause.Start < Limits.MinDate || pause.End > Limits.MaxDate)
                {
                    context.AddFailure($"Pauses[{i}]", $"The pause from {pause.Start:uuuu-MM-dd} to {pause.End:uuuu-MM-dd} must lie between {Limits.MinDate:uuuu-MM-dd} and {Limits.MaxDate:uuuu-MM-dd}.");
                }
            }
        });
    }
}
