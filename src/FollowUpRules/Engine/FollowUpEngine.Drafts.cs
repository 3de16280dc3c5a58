using FollowUpRules.Domain;
using FollowUpRules.Drafts;
using FollowUpRules.Rules;
using FollowUpRules.Utility;
using NodaTime;

namespace FollowUpRules.Engine;

/// <content>Drafts: what to write for a step, a stage apart from evaluation that runs only when asked.</content>
public sealed partial class FollowUpEngine
{
    /// <summary>Returns whether the playbook has a template for <paramref name="step"/>, without rendering it.</summary>
    /// <param name="step">A step this engine recommended.</param>
    /// <returns><see langword="true"/> when <see cref="Draft"/> returns a draft for the step.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="step"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="step"/> comes from a rule this engine's playbook does not have.</exception>
    /// <remarks>Thread-safe. Cheap: a look-up among the rule's and the playbook's templates.</remarks>
    public bool HasDraft(Recommendation step)
    {
        Preconditions.CheckNotNull(step);
        return Playbook.DraftFor(RuleOf(step), step.Action, step.Channel) is not null;
    }

    /// <summary>
    /// Writes the draft of <paramref name="step"/>: for a step that writes to a person, a message to edit and send (a subject
    /// where the channel has one, a body and, for meetings, talking points); for one that writes to nobody, a short how-to.
    /// </summary>
    /// <param name="input">The input the step was evaluated from: the draft names its facts (people, dates, the role).</param>
    /// <param name="step">A step this engine recommended for <paramref name="input"/>, from an evaluation, an agenda or a plan.</param>
    /// <returns>The draft, or <see langword="null"/> when the playbook has no template for the step's action and channel.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> or <paramref name="step"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="step"/> comes from a rule this engine's playbook does not have.</exception>
    /// <remarks>
    /// <para>Drafts are computed only here: <see cref="Evaluate(EvaluationInput, LocalDate)"/> never renders one, so a host
    /// that never asks pays nothing. The template is the rule's own for the step's channel, else the playbook's for its
    /// action and channel (<see cref="Playbook.DraftFor"/>); the playbook's validation has checked it.</para>
    /// <para>A value the facts lack (no interview recorded, no name for the seeker) is left out and the template words
    /// around it; the result holds no Liquid and no empty placeholder. Rendering is bounded in time and size
    /// (<see cref="Drafts.Draft.MaxLength"/>). Thread-safe.</para>
    /// </remarks>
    public Draft? Draft(EvaluationInput input, Recommendation step)
    {
        Preconditions.CheckNotNull(input);
        Preconditions.CheckNotNull(step);
        Rule rule = RuleOf(step);
        return DraftWriter.Write(Playbook, rule, step.Action, step.Channel, FactsOf(input, step, rule));
    }

    private Rule RuleOf(Recommendation step) =>
        Playbook.FindRule(step.RuleId) ?? throw new ArgumentException($"The step comes from rule '{step.RuleId}', which playbook '{Playbook.Id}' does not have.", nameof(step));

    private static DraftFacts FactsOf(EvaluationInput input, Recommendation step, Rule rule)
    {
        // The rejection: the one recorded (the earliest), else the date a rule anchored on the rejection counts from,
        // which is the silent rejection's when none was recorded.
        LocalDate? rejection = null;
        foreach (Touchpoint touchpoint in input.Touchpoints)
        {
            if (touchpoint.Kind == TouchpointKind.Rejection && (rejection is null || touchpoint.Date < rejection))
            {
                rejection = touchpoint.Date;
            }
        }

        if (rejection is null && rule.Anchor?.Kind == AnchorKind.RejectionReceived)
        {
            rejection = step.AnchorDate;
        }

        Target target = step.Target;
        string? name = target.Kind == TargetKind.Person
            ? input.Contacts.FirstOrDefault(c => string.Equals(c.Id, target.ContactId, StringComparison.Ordinal))?.Name ?? target.Name
            : null;
        return new DraftFacts(input, target.ContactId, name, step.AnchorKey, step.Due, rejection);
    }
}
