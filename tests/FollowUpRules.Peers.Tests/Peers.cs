using FollowUpRules.Benchmarks.Peers;
using FollowUpRules.Benchmarks.Peers.NRules;
using FollowUpRules.Benchmarks.Peers.RulesEngine;
using FollowUpRules.Domain;
using FollowUpRules.Engine;
using FollowUpRules.Testing;
using NodaTime;
using NodaTime.Testing;

namespace FollowUpRules.Peers.Tests;

/// <summary>The engine restricted to the shared rules and the three peer set-ups, each made once for all tests.</summary>
internal static class Peers
{
    internal static readonly FollowUpEngine Engine = new(SharedRules.Playbook, new FakeClock(Instant.FromUtc(2026, 11, 23, 12, 0)));

    internal static readonly RulesEnginePeer RulesEngineDefault = new(RulesEnginePeer.WorkflowJson(), useFastExpressionCompiler: false);

    internal static readonly RulesEnginePeer RulesEngineFast = new(RulesEnginePeer.WorkflowJson(), useFastExpressionCompiler: true);

    internal static readonly NRulesPeer NRules = new();

    /// <summary>The names the tests give the peers, for theories.</summary>
    internal static readonly string[] Names = ["RulesEngine", "RulesEngine, fast compiler", "NRules"];

    /// <summary>The engine's pending steps, sorted.</summary>
    internal static PeerStep[] EngineSteps(EvaluationInput input, LocalDate today) =>
        [.. Engine.Evaluate(input, today).Recommendations.Select(PeerStep.From).Order()];

    /// <summary>The named peer's pending steps, sorted (a peer gives them in no particular order).</summary>
    internal static PeerStep[] PeerSteps(string peer, EvaluationInput input, LocalDate today)
    {
        List<PeerStep> steps = peer switch
        {
            "RulesEngine" => RulesEngineDefault.EvaluateAsync(ReApplication.From(input, today)).AsTask().GetAwaiter().GetResult(),
            "RulesEngine, fast compiler" => RulesEngineFast.EvaluateAsync(ReApplication.From(input, today)).AsTask().GetAwaiter().GetResult(),
            "NRules" => NRules.Evaluate(NRulesFacts.From(input, today)),
            _ => throw new ArgumentOutOfRangeException(nameof(peer), peer, "Not a peer."),
        };
        return [.. steps.Order()];
    }

    /// <summary>Removes snoozes and dismissals, which the peers do not model (see <see cref="SharedRules"/>).</summary>
    internal static FollowUpCase WithoutSnoozes(FollowUpCase @case) =>
        @case.WithTouchpoints(@case.Input.Touchpoints.Where(t => t.Kind is not (TouchpointKind.Snooze or TouchpointKind.Dismissal)));
}
