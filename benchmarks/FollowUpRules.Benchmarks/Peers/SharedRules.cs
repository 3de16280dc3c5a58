using FollowUpRules.Domain;
using FollowUpRules.Rules;

namespace FollowUpRules.Benchmarks.Peers;

/// <summary>
/// The rules of the default playbook that both peers express, and the default playbook restricted to them: the engine's
/// side of every peer comparison.
/// </summary>
/// <remarks>
/// Left out of both sides: <c>nurture-hiring-manager</c>, <c>coffee-with-team-member</c> and their "employed" variants.
/// Their next occurrence depends on a chain of earlier ones of unbounded length (the clock restarts at the last
/// interaction, the spacing doubles per unanswered attempt, the rule stops after three, a missed coffee expires and the
/// next counts from it, all within three years): RulesEngine's expression language has no loop, and in NRules it would
/// be a hand-written scheduler in C#, not rules. Snoozes and dismissals, which apply to every rule, are left out too.
/// </remarks>
public static class SharedRules
{
    /// <summary>The ids of the default playbook's rules that both peers implement, in the playbook's order.</summary>
    public static readonly IReadOnlyList<string> Ids =
    [
        "respect-no-contact", "status-follow-up", "interview-thank-you", "silent-rejection", "journal-notes",
        "rejection-thank-you-note", "congratulate-and-connect", "send-linkedin-invitation", "follow-company-social",
        "check-back-on-company", "check-back-hiring-paused", "reach-out-on-new-posting",
    ];

    /// <summary>Gets the default playbook restricted to <see cref="Ids"/>, with its working week and send window.</summary>
    /// <value>A valid playbook of 12 rules.</value>
    public static Playbook Playbook { get; } = new(
        "default-shared-with-peers",
        "The default playbook's rules that RulesEngine and NRules express",
        DefaultPlaybook.Instance.Version,
        DefaultPlaybook.Instance.Rules.Where(r => Ids.Contains(r.Id)),
        DefaultPlaybook.Instance.WorkingWeek,
        DefaultPlaybook.Instance.SendWindow);

    /// <summary>
    /// Returns <paramref name="input"/> with each duplicate touchpoint left out (see <see cref="Touchpoint.IsDuplicateOf"/>;
    /// the one with the least id is kept), as the engine counts them: each peer converts this input, so that a touchpoint
    /// recorded twice counts once for it too. The same input when there is no duplicate.
    /// </summary>
    /// <param name="input">Valid input.</param>
    /// <returns>The input, each duplicate counted once.</returns>
    public static EvaluationInput CountedOnce(EvaluationInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var kept = new List<Touchpoint>(input.Touchpoints.Count);
        bool dropped = false;
        foreach (Touchpoint t in input.Touchpoints)
        {
            int same = kept.FindIndex(k => k.Date == t.Date && t.IsDuplicateOf(k));
            if (same < 0)
            {
                kept.Add(t);
                continue;
            }

            dropped = true;
            if (string.CompareOrdinal(t.Id, kept[same].Id) < 0)
            {
                kept[same] = t;
            }
        }

        return dropped ? new EvaluationInput(input.Application, input.Contacts, kept, input.Seeker) : input;
    }
}
