using FollowUpRules.Domain;
using FollowUpRules.Rules;

namespace FollowUpRules.Engine;

/// <summary>
/// What the engine precomputes once per rule: its position in the playbook (the orders compare it instead of the id),
/// the touchpoint kinds that do its steps, where its marks go for the rules that wait on it, and its periods.
/// </summary>
internal sealed class CompiledRule
{
    private readonly bool[] evidence;

    internal CompiledRule(Rule rule, int index, HashSet<TouchpointKind> evidenceKinds, int markSlot, int anchorMarkSlot)
    {
        Rule = rule;
        Index = index;
        evidence = new bool[evidenceKinds.Count == 0 ? 0 : (int)evidenceKinds.Max() + 1];
        foreach (TouchpointKind kind in evidenceKinds)
        {
            if (kind >= 0)
            {
                evidence[(int)kind] = true;
            }
        }

        AfterKey = "after:" + rule.Id;
        MarkSlot = markSlot;
        AnchorMarkSlot = anchorMarkSlot;
        if (rule.Timing is { } timing)
        {
            Offset = new CompiledOffset(timing.Offset);
            Every = timing.Repeat is { } repeat ? new CompiledOffset(repeat.Every) : default;
            For = timing.Repeat?.For is { } span ? new CompiledPeriod(span) : null;
            Early = timing.Window.Early is { } early ? new CompiledPeriod(early) : null;
            Late = new CompiledPeriod(timing.Window.Late);
        }
    }

    internal Rule Rule { get; }

    /// <summary>Gets the rule's position in the playbook (the last one, should two rules share an id).</summary>
    internal int Index { get; }

    /// <summary>Gets the anchor key of the steps that wait on this rule: <c>after:</c> and its id.</summary>
    internal string AfterKey { get; }

    /// <summary>Gets where the marks of this rule go, for the rules that wait on it; -1 when none does.</summary>
    internal int MarkSlot { get; }

    /// <summary>Gets, for a rule anchored after another rule, where that rule's marks are; otherwise -1.</summary>
    internal int AnchorMarkSlot { get; }

    /// <summary>Gets the timing's offset.</summary>
    internal CompiledOffset Offset { get; }

    /// <summary>Gets the repeat's spacing; only read for a rule that repeats.</summary>
    internal CompiledOffset Every { get; }

    /// <summary>Gets how long the repeat lasts, if it is bounded in time.</summary>
    internal CompiledPeriod? For { get; }

    /// <summary>Gets how early the window opens before the due date, if it does.</summary>
    internal CompiledPeriod? Early { get; }

    /// <summary>Gets how long after the due date the step is still on time.</summary>
    internal CompiledPeriod Late { get; }

    /// <summary>Returns whether a touchpoint of <paramref name="kind"/> does a step of the rule.</summary>
    internal bool IsEvidence(TouchpointKind kind) => (uint)kind < (uint)evidence.Length && evidence[(int)kind];
}
