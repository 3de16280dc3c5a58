using FluentValidation;
using FollowUpRules.Domain;
using FollowUpRules.Rules;
using NodaTime;

namespace FollowUpRules.Validation;

/// <summary>
/// Validates an <see cref="EvaluationInput"/>: every problem at once, each with its path (for example
/// <c>Touchpoints[2].ContactIds[0]</c>) and a message that says what is wrong.
/// </summary>
/// <remarks>
/// The engine checks every input against these rules before evaluating it and refuses input they reject, so it never
/// returns a silently wrong date. (It first runs the same checks in a quick mode that allocates nothing and stops at the
/// first problem, and runs this validator only when they find one, to report every problem at once.) Validators are
/// immutable once built and safe to share between threads.
/// </remarks>
public sealed class EvaluationInputValidator : AbstractValidator<EvaluationInput>
{
    /// <summary>Initializes a new validator.</summary>
    /// <param name="today">
    /// The evaluation date: nothing may be dated after it. <see langword="null"/> takes it from the validation context's
    /// root data under <see cref="TodayKey"/> when present (so one validator can serve every day), and otherwise skips
    /// that check.
    /// </param>
    /// <param name="playbook">The playbook snoozes and dismissals must refer to. <see langword="null"/> skips that check.</param>
    public EvaluationInputValidator(LocalDate? today = null, Playbook? playbook = null)
    {
        // The checks are EvaluationInputChecks', shared with the engine's quick check; here they report every problem.
        RuleFor(i => i).Custom((_, context) => EvaluationInputChecks.TodayOk<EvaluationInputChecks.Report>(today ?? TodayOf(context), context));
        RuleFor(i => i.Application).Custom((application, context) => EvaluationInputChecks.ApplicationOk<EvaluationInputChecks.Report>(application, today ?? TodayOf(context), context));
        RuleForEach(i => i.Contacts).Custom((contact, context) => EvaluationInputChecks.ContactOk<EvaluationInputChecks.Report>(contact, context.InstanceToValidate.Application, context));
        RuleForEach(i => i.Contacts).Custom((contact, context) => EvaluationInputChecks.HolidayCalendarOk<EvaluationInputChecks.Report>(contact, playbook, context));
        RuleFor(i => i.Contacts).Custom((contacts, context) => EvaluationInputChecks.ContactIdsOk<EvaluationInputChecks.Report>(contacts, context));
        RuleForEach(i => i.Touchpoints).Custom((touchpoint, context) => EvaluationInputChecks.TouchpointOk<EvaluationInputChecks.Report>(touchpoint, context.InstanceToValidate, today ?? TodayOf(context), playbook, context));
        RuleFor(i => i.Touchpoints).Custom((touchpoints, context) => EvaluationInputChecks.TouchpointIdsOk<EvaluationInputChecks.Report>(touchpoints, context));
        RuleFor(i => i).Custom((input, context) => EvaluationInputChecks.StatusOk<EvaluationInputChecks.Report>(input, context));
        RuleFor(i => i.Seeker).Custom((seeker, context) => EvaluationInputChecks.SeekerOk<EvaluationInputChecks.Report>(seeker, today ?? TodayOf(context), context));
    }

    /// <summary>The key under which a validation context's root data may carry the evaluation date, a <see cref="LocalDate"/>.</summary>
    public const string TodayKey = "FollowUpRules.Today";

    /// <summary>Validates <paramref name="input"/> as of <paramref name="today"/>, whatever date this validator was built with.</summary>
    /// <param name="input">The input.</param>
    /// <param name="today">The evaluation date.</param>
    /// <returns>Every problem found; valid when empty.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> is <see langword="null"/>.</exception>
    public FluentValidation.Results.ValidationResult Validate(EvaluationInput input, LocalDate today)
    {
        ArgumentNullException.ThrowIfNull(input);
        var context = new ValidationContext<EvaluationInput>(input);
        context.RootContextData[TodayKey] = today;
        return Validate(context);
    }

    private static LocalDate? TodayOf(ValidationContext<EvaluationInput> context) =>
        context.RootContextData.TryGetValue(TodayKey, out object? value) && value is LocalDate date ? date : null;
}
