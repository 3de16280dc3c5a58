using FollowUpRules.Domain;
using FollowUpRules.Engine;
using FollowUpRules.Rules;
using NodaTime;

namespace FollowUpRules.Benchmarks.Floor;

/// <summary>One pending step as the floor computes it: the fields of a <see cref="Recommendation"/> without the explanation.</summary>
/// <param name="RuleId">The id of the default playbook's rule.</param>
/// <param name="TargetKind">Seeker, company or person.</param>
/// <param name="ContactId">The person's contact id; <see langword="null"/> for the seeker and the company.</param>
/// <param name="Earliest">The earliest date.</param>
/// <param name="Due">The due date.</param>
/// <param name="Latest">The latest date.</param>
/// <param name="Action">The action.</param>
/// <param name="Channel">The channel.</param>
/// <param name="Urgency">Upcoming, due or overdue.</param>
/// <param name="Priority">The rule's priority.</param>
/// <param name="SendAt">When to send, for a person; <see langword="null"/> otherwise.</param>
public readonly record struct FloorStep(
    string RuleId,
    TargetKind TargetKind,
    string? ContactId,
    LocalDate Earliest,
    LocalDate Due,
    LocalDate Latest,
    ActionKind Action,
    Channel Channel,
    Urgency Urgency,
    int Priority,
    ZonedDateTime? SendAt);

/// <summary>The floor's answer: the pending steps, most urgent first, and the next one.</summary>
/// <param name="Pending">The pending steps in the engine's order.</param>
public sealed record FloorEvaluation(FloorStep[] Pending)
{
    /// <summary>Gets the first pending step, or <see langword="null"/> when nothing is pending.</summary>
    /// <value>The next step.</value>
    public FloorStep? Next => Pending.Length > 0 ? Pending[0] : null;
}
