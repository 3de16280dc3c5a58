using FollowUpRules.Domain;
using FollowUpRules.Engine;
using FollowUpRules.Rules;
using NodaTime;

namespace FollowUpRules.Benchmarks.Peers.RulesEngine;

/// <summary>Makes the workflow's output: the rules' output expressions call these (a custom type of <c>ReSettings</c>).</summary>
public static class Steps
{
    /// <summary>A step for the seeker.</summary>
    /// <param name="action">The action.</param>
    /// <param name="due">The due date.</param>
    /// <returns>The step.</returns>
    public static PeerStep Seeker(ActionKind action, DateTime due) => new(action, Channel.None, TargetKind.Seeker, null, LocalDate.FromDateTime(due));

    /// <summary>A step about the company.</summary>
    /// <param name="action">The action.</param>
    /// <param name="channel">The channel.</param>
    /// <param name="due">The due date.</param>
    /// <returns>The step.</returns>
    public static PeerStep Company(ActionKind action, Channel channel, DateTime due) => new(action, channel, TargetKind.Company, null, LocalDate.FromDateTime(due));

    /// <summary>A step for a person.</summary>
    /// <param name="action">The action.</param>
    /// <param name="channel">The channel.</param>
    /// <param name="contactId">The person's contact id.</param>
    /// <param name="due">The due date.</param>
    /// <returns>The step.</returns>
    public static PeerStep Person(ActionKind action, Channel channel, string contactId, DateTime due) => new(action, channel, TargetKind.Person, contactId, LocalDate.FromDateTime(due));
}
