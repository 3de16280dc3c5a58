using System.Globalization;
using FollowUpRules.Domain;

namespace FollowUpRules.Rules.Conditions;

/// <summary>
/// Holds when the LinkedIn connection with the target person is in one of <see cref="States"/>. The state is the furthest
/// the contact record and the touchpoints show: an accepted invitation means <see cref="LinkedInConnection.Connected"/>,
/// a sent one at least <see cref="LinkedInConnection.Pending"/>.
/// </summary>
public sealed record LinkedInStateIsCondition : Condition
{
    /// <summary>Initializes a new condition.</summary>
    /// <param name="states">The states.</param>
    public LinkedInStateIsCondition(IEnumerable<LinkedInConnection>? states) => States = ValueList<LinkedInConnection>.From(states);

    /// <summary>Gets the states.</summary>
    /// <value>At least one (validated).</value>
    public ValueList<LinkedInConnection> States { get; }

    /// <inheritdoc />
    public override string DescribeNegation() => ConditionText.Describe(this, CultureInfo.InvariantCulture, negated: true);

    /// <inheritdoc />
    public override string Describe() => ConditionText.Describe(this, CultureInfo.InvariantCulture, negated: false);
}
