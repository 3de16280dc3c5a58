using System.Globalization;
using FollowUpRules.Domain;

namespace FollowUpRules.Rules.Conditions;

/// <summary>
/// Holds when the target person can be reached on <see cref="Channel"/>: the contact has it (see <see cref="Contact.HasChannel"/>),
/// or, for <see cref="Channel.LinkedIn"/> and <see cref="Channel.InPerson"/>, the two are connected on LinkedIn. Never holds for
/// the seeker or the company.
/// </summary>
public sealed record HasChannelCondition : Condition
{
    /// <summary>Initializes a new condition.</summary>
    /// <param name="channel">The channel.</param>
    public HasChannelCondition(Channel channel) => Channel = channel;

    /// <summary>Gets the channel.</summary>
    /// <value>A person channel.</value>
    public Channel Channel { get; }

    /// <inheritdoc />
    public override string DescribeNegation() => ConditionText.Describe(this, CultureInfo.InvariantCulture, negated: true);

    /// <inheritdoc />
    public override string Describe() => ConditionText.Describe(this, CultureInfo.InvariantCulture, negated: false);
}
