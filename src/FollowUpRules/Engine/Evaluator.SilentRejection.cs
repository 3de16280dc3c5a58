using FollowUpRules.Domain;
using NodaTime;

namespace FollowUpRules.Engine;

/// <summary>
/// The silent rejection: the rules that treat silence as a rejection run in a pass of their own, before every other rule
/// (see <see cref="EvaluateRules"/>), each seeing what the ones before it found; the earliest due date of such a step that
/// no decision came before is the silent rejection, which the other rules read and which never changes while they run.
/// </summary>
internal sealed partial class Evaluator
{
    private LocalDate? silentRejection;
    private string? silentRejectionRuleId;

    /// <summary>Gets the rejection date the after-rejection rules count from: the recorded rejection, else the silent one.</summary>
    private LocalDate? EffectiveRejection => facts.ExplicitRejection ?? silentRejection;

    /// <summary>
    /// Gets the first date from which steps after the rejection count as done: the earlier of the recorded and the silent
    /// rejection, so that steps the seeker took after a silent rejection stay done when the company confirms it later.
    /// </summary>
    private LocalDate? RejectionEvidenceFrom =>
        facts.ExplicitRejection is { } e && silentRejection is { } s ? (e < s ? e : s) : EffectiveRejection;

    /// <summary>Gets the status the rules see: Rejected once silent, for an application still Applied or Interviewing.</summary>
    private ApplicationStatus EffectiveStatus =>
        silentRejection is not null && facts.Application.Status is ApplicationStatus.Applied or ApplicationStatus.Interviewing
            ? ApplicationStatus.Rejected
            : facts.Application.Status;

    /// <summary>Gets the rejection reason the rules see: the application's, else NoResponse for a silent rejection and Unknown for a recorded one.</summary>
    private RejectionReason? EffectiveReason =>
        EffectiveRejection is null ? null : facts.Application.RejectionReason ?? (facts.ExplicitRejection is null ? RejectionReason.NoResponse : RejectionReason.Unknown);

    /// <summary>Records a silent rejection from <paramref name="date"/>, found by <paramref name="ruleId"/>, unless an earlier one is known.</summary>
    private void FoundSilentRejection(LocalDate date, string ruleId)
    {
        if (silentRejection is null || date < silentRejection)
        {
            silentRejection = date;
            silentRejectionRuleId = ruleId;
        }
    }
}
