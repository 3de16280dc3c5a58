using System.Globalization;
using FollowUpRules.Domain;

namespace FollowUpRules.Rules.Conditions;

/// <summary>Holds while the application's status is one of <see cref="Statuses"/>. A silent rejection counts as <see cref="ApplicationStatus.Rejected"/>.</summary>
public sealed record StatusIsCondition : Condition
{
    /// <summary>Initializes a new condition.</summary>
    /// <param name="statuses">The statuses.</param>
    public StatusIsCondition(IEnumerable<ApplicationStatus>? statuses) => Statuses = ValueList<ApplicationStatus>.From(statuses);

    /// <summary>Gets the statuses.</summary>
    /// <value>At least one (validated).</value>
    public ValueList<ApplicationStatus> Statuses { get; }

    /// <inheritdoc />
    public override string DescribeNegation() => ConditionText.Describe(this, CultureInfo.InvariantCulture, negated: true);

    /// <inheritdoc />
    public override string Describe() => ConditionText.Describe(this, CultureInfo.InvariantCulture, negated: false);
}
