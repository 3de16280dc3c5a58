using FollowUpRules.Domain;
using FollowUpRules.Rules;
using NodaTime;
using static FollowUpRules.Validation.EvaluationInputChecks;

namespace FollowUpRules.Validation;

/// <summary>
/// Whether an <see cref="EvaluationInput"/> has none of the problems <see cref="EvaluationInputValidator"/> reports: the
/// same checks (<see cref="EvaluationInputChecks"/>), stopping at the first problem without writing its message, so that
/// the engine runs the validator (which costs more than an evaluation) only for input that has a problem.
/// </summary>
/// <remarks>Allocates nothing for valid input. Thread-safe.</remarks>
internal static class EvaluationInputQuickCheck
{
    /// <summary>Returns whether <paramref name="input"/> passes every check of the validator built for <paramref name="playbook"/>, as of <paramref name="today"/>.</summary>
    internal static bool Passes(EvaluationInput input, LocalDate today, Playbook? playbook)
    {
        if (!TodayOk<Stop>(today, null) || !ApplicationOk<Stop>(input.Application, today, null))
        {
            return false;
        }

        foreach (Contact contact in input.Contacts)
        {
            if (!ContactOk<Stop>(contact, input.Application, null) || !HolidayCalendarOk<Stop>(contact, playbook, null))
            {
                return false;
            }
        }

        foreach (Touchpoint touchpoint in input.Touchpoints)
        {
            if (!TouchpointOk<Stop>(touchpoint, input, today, playbook, null))
            {
                return false;
            }
        }

        return StatusOk<Stop>(input, null) && SeekerOk<Stop>(input.Seeker, today, null)
            && ContactIdsOk<Stop>(input.Contacts, null) && TouchpointIdsOk<Stop>(input.Touchpoints, null);
    }
}
