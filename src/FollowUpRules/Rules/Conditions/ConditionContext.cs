using FollowUpRules.Domain;
using NodaTime;

namespace FollowUpRules.Rules.Conditions;

/// <summary>What a <see cref="ICustomConditionEvaluator"/> may look at: one application, one target and one anchor date.</summary>
/// <remarks>Immutable and safe to share between threads.</remarks>
public sealed class ConditionContext
{
    internal ConditionContext(EvaluationInput input, ValueList<Touchpoint> touchpoints, Contact? targetContact, AudienceKind targetKind, LocalDate anchorDate, LocalDate today)
    {
        Input = input;
        Touchpoints = touchpoints;
        TargetContact = targetContact;
        TargetKind = targetKind;
        AnchorDate = anchorDate;
        Today = today;
    }

    /// <summary>Gets the input being evaluated.</summary>
    /// <value>The application, contacts, touchpoints and seeker.</value>
    public EvaluationInput Input { get; }

    /// <summary>Gets the touchpoints, ordered by date then id.</summary>
    /// <value>All touchpoints of the input (none is after today).</value>
    public ValueList<Touchpoint> Touchpoints { get; }

    /// <summary>Gets the person the step would be for.</summary>
    /// <value><see langword="null"/> when the target is the seeker or the company.</value>
    public Contact? TargetContact { get; }

    /// <summary>Gets the kind of target.</summary>
    /// <value>The rule's audience kind.</value>
    public AudienceKind TargetKind { get; }

    /// <summary>Gets the date of the rule's anchor event.</summary>
    /// <value>On or before <see cref="Today"/>.</value>
    public LocalDate AnchorDate { get; }

    /// <summary>Gets today's date in the seeker's time zone.</summary>
    /// <value>The evaluation date.</value>
    public LocalDate Today { get; }
}
