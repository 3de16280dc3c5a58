using FollowUpRules.Domain;
using FollowUpRules.Engine;
using FollowUpRules.Rules;
using NodaTime;

namespace FollowUpRules.Benchmarks.Peers;

/// <summary>
/// One pending step as a peer rule engine (RulesEngine or NRules) computes it: what the equivalence test compares with
/// the engine's <see cref="Recommendation"/>: the action, the channel, the target and the due date.
/// </summary>
/// <param name="Action">The action.</param>
/// <param name="Channel">The channel.</param>
/// <param name="TargetKind">Seeker, company or person.</param>
/// <param name="ContactId">The person's contact id; <see langword="null"/> for the seeker and the company.</param>
/// <param name="Due">The due date.</param>
public readonly record struct PeerStep(ActionKind Action, Channel Channel, TargetKind TargetKind, string? ContactId, LocalDate Due) : IComparable<PeerStep>
{
    /// <summary>Returns the engine's recommendation as a peer step.</summary>
    /// <param name="recommendation">A pending step of the engine.</param>
    /// <returns>Its action, channel, target and due date.</returns>
    public static PeerStep From(Recommendation recommendation)
    {
        ArgumentNullException.ThrowIfNull(recommendation);
        return new(recommendation.Action, recommendation.Channel, recommendation.Target.Kind, recommendation.Target.ContactId, recommendation.Due);
    }

    /// <summary>Orders steps by due date, target, action and channel, so that two answers can be compared as sorted lists.</summary>
    /// <param name="other">The other step.</param>
    /// <returns>Negative, zero or positive.</returns>
    public int CompareTo(PeerStep other)
    {
        int c = Due.CompareTo(other.Due);
        c = c != 0 ? c : TargetKind.CompareTo(other.TargetKind);
        c = c != 0 ? c : string.CompareOrdinal(ContactId, other.ContactId);
        c = c != 0 ? c : Action.CompareTo(other.Action);
        return c != 0 ? c : Channel.CompareTo(other.Channel);
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Action} by {Channel} to {(ContactId ?? TargetKind.ToString())}, due {Due:uuuu-MM-dd}";
}
