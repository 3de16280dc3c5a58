using FluentValidation;
using FollowUpRules.Validation;
using NodaTime;

namespace FollowUpRules.Planning;

/// <summary>
/// Validates <see cref="AgendaSettings"/>: every problem at once, each with its path (for example <c>Limits.MaxPerDay</c> or
/// <c>Pauses[1]</c>) and a message that says what is wrong and what is accepted. The limits are checked by
/// <see cref="OutreachLimitsValidator"/>, as in a playbook.
/// </summary>
/// <remarks>
/// Overlapping pauses are accepted: they act as one longer pause. Validators are immutable once built and safe to share
/// between threads.
/// </remarks>
public sealed class AgendaSettingsValidator : AbstractValidator<AgendaSettings>
{
    /// <summary>Initializes a new validator.</summary>
    public AgendaSettingsValidator()
    {
        RuleFor(s => s.Limits).NotNull().SetValidator(new OutreachLimitsValidator());
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
