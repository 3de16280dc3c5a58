using FollowUpRules.Domain;
using FollowUpRules.Rules;
using FollowUpRules.Rules.Conditions;

namespace FollowUpRules.Engine;

/// <summary>
/// What the engine precomputes once per playbook: the evaluation order (silent-rejection rules first, then every rule
/// after the rules it waits on), each rule's evidence kinds, the stop rules, and the custom condition evaluators.
/// </summary>
internal sealed class CompiledPlaybook
{
    internal CompiledPlaybook(Playbook playbook, IReadOnlyDictionary<string, ICustomConditionEvaluator> customConditions)
    {
        Playbook = playbook;
        CustomConditions = customConditions;
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < playbook.Rules.Count; i++)
        {
            index[playbook.Rules[i].Id] = i;
        }

        RuleIndex = index;
        StopRules = [.. playbook.Rules.Where(r => r.IsStopRule)];
        Evidence = playbook.Rules.ToDictionary(r => r.Id, EvidenceFor, StringComparer.Ordinal);

        var order = new List<Rule>();
        var placed = new HashSet<string>(StringComparer.Ordinal);
        foreach (Rule rule in playbook.Rules.Where(r => r.Action.Kind == ActionKind.TreatAsRejected))
        {
            order.Add(rule);
            placed.Add(rule.Id);
        }

        foreach (Rule rule in playbook.Rules.Where(r => !r.IsStopRule))
        {
            Place(rule, playbook, placed, order, depth: 0);
        }

        EvaluationOrder = order;
    }

    internal Playbook Playbook { get; }

    internal IReadOnlyDictionary<string, ICustomConditionEvaluator> CustomConditions { get; }

    internal IReadOnlyDictionary<string, int> RuleIndex { get; }

    internal IReadOnlyList<Rule> StopRules { get; }

    internal IReadOnlyList<Rule> EvaluationOrder { get; }

    internal IReadOnlyDictionary<string, HashSet<TouchpointKind>> Evidence { get; }

    private static HashSet<TouchpointKind> EvidenceFor(Rule rule)
    {
        var kinds = new HashSet<TouchpointKind>();
        foreach (ActionSpec spec in rule.Action.Chain())
        {
            kinds.UnionWith(ActionKinds.EvidenceOf(spec.Kind));
        }

        if (rule.Late.TurnInto is { } turnInto)
        {
            foreach (ActionSpec spec in turnInto.Chain())
            {
                kinds.UnionWith(ActionKinds.EvidenceOf(spec.Kind));
            }
        }

        return kinds;
    }

    private static void Place(Rule rule, Playbook playbook, HashSet<string> placed, List<Rule> order, int depth)
    {
        if (placed.Contains(rule.Id))
        {
            return;
        }

        // The validator rejects cycles; the depth bound keeps a hand-built, unvalidated playbook from recursing forever.
        if (depth <= playbook.Rules.Count && rule.Anchor is { Kind: AnchorKind.AfterRule, RuleId: { } waitsOn } && playbook.FindRule(waitsOn) is { } dependency)
        {
            Place(dependency, playbook, placed, order, depth + 1);
        }

        if (placed.Add(rule.Id))
        {
            order.Add(rule);
        }
    }
}
