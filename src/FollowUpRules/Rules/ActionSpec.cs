using FollowUpRules.Domain;

namespace FollowUpRules.Rules;

/// <summary>What a rule recommends: an action, by a channel, with an alternative when the person cannot be reached on that channel.</summary>
/// <remarks>Immutable, compares by value, safe to share between threads.</remarks>
public sealed record ActionSpec
{
    /// <summary>Initializes a new action.</summary>
    /// <param name="kind">The action.</param>
    /// <param name="channel">The channel; <see cref="Channel.None"/> for the seeker's own steps.</param>
    /// <param name="otherwise">What to recommend instead when the target has no address for <paramref name="channel"/>, or <see langword="null"/> to recommend nothing.</param>
    public ActionSpec(ActionKind kind, Channel channel, ActionSpec? otherwise = null)
    {
        Kind = kind;
        Channel = channel;
        Otherwise = otherwise;
    }

    /// <summary>Gets the action.</summary>
    /// <value>One of the closed vocabulary.</value>
    public ActionKind Kind { get; }

    /// <summary>Gets the channel.</summary>
    /// <value>For person targets, the contact must have this channel (see <see cref="Contact.HasChannel"/>).</value>
    public Channel Channel { get; }

    /// <summary>Gets the alternative for targets that cannot be reached on <see cref="Channel"/>.</summary>
    /// <value><see langword="null"/> when there is none: the step is then skipped for that target, and the evaluation says why.</value>
    public ActionSpec? Otherwise { get; }

    /// <summary>Returns the action and its alternatives, first to last.</summary>
    /// <returns>This action, then <see cref="Otherwise"/>, then its alternative, and so on.</returns>
    public IEnumerable<ActionSpec> Chain()
    {
        for (ActionSpec? spec = this; spec is not null; spec = spec.Otherwise)
        {
            yield return spec;
        }
    }
}
