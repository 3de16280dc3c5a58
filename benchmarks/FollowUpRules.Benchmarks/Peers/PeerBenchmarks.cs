using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using FollowUpRules.Benchmarks.Peers.NRules;
using FollowUpRules.Benchmarks.Peers.RulesEngine;
using FollowUpRules.Engine;
using NodaTime;

namespace FollowUpRules.Benchmarks.Peers;

/// <summary>
/// The engine against the rule engines a .NET developer would pick instead, on the same rules (<see cref="SharedRules"/>)
/// and the same input: one typical and one heavy application. The engine, restricted to the shared rules, is the baseline
/// of each category. Each peer's conversion of the input into its fact model is a row of its own, so a peer's time is
/// its evaluation row plus its conversion row.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class PeerBenchmarks
{
    private FollowUpEngine engine = null!;
    private RulesEnginePeer rulesEngine = null!;
    private RulesEnginePeer rulesEngineFast = null!;
    private NRulesPeer nrules = null!;
    private Workload typical = null!;
    private Workload heavy = null!;
    private ReApplication reTypical = null!;
    private ReApplication reHeavy = null!;
    private NRulesFacts nrTypical = null!;
    private NRulesFacts nrHeavy = null!;

    /// <summary>Builds the workloads and the engine, once (each benchmark runs in its own process, so each builds only what it measures).</summary>
    [GlobalSetup(Targets = [nameof(EngineTypical), nameof(EngineHeavy), nameof(RulesEngineFactsTypical), nameof(RulesEngineFactsHeavy), nameof(NRulesFactsTypical), nameof(NRulesFactsHeavy)])]
    public void SetupEngine()
    {
        typical = Workloads.Typical();
        heavy = Workloads.Heavy();
        engine = new FollowUpEngine(SharedRules.Playbook, SystemClock.Instance);
    }

    /// <summary>Builds RulesEngine with its default settings and converts the workloads into its facts, once.</summary>
    [GlobalSetup(Targets = [nameof(RulesEngineTypical), nameof(RulesEngineHeavy)])]
    public void SetupRulesEngine()
    {
        SetupEngine();
        rulesEngine = new RulesEnginePeer(RulesEnginePeer.WorkflowJson(), useFastExpressionCompiler: false);
        reTypical = ReApplication.From(typical.Input, typical.Today);
        reHeavy = ReApplication.From(heavy.Input, heavy.Today);
    }

    /// <summary>Builds RulesEngine with <c>UseFastExpressionCompiler</c> and converts the workloads into its facts, once.</summary>
    [GlobalSetup(Targets = [nameof(RulesEngineFastTypical), nameof(RulesEngineFastHeavy)])]
    public void SetupRulesEngineFast()
    {
        SetupEngine();
        rulesEngineFast = new RulesEnginePeer(RulesEnginePeer.WorkflowJson(), useFastExpressionCompiler: true);
        reTypical = ReApplication.From(typical.Input, typical.Today);
        reHeavy = ReApplication.From(heavy.Input, heavy.Today);
    }

    /// <summary>Compiles the NRules session factory and converts the workloads into NRules facts, once.</summary>
    [GlobalSetup(Targets = [nameof(NRulesTypical), nameof(NRulesHeavy)])]
    public void SetupNRules()
    {
        SetupEngine();
        nrules = new NRulesPeer();
        nrTypical = NRulesFacts.From(typical.Input, typical.Today);
        nrHeavy = NRulesFacts.From(heavy.Input, heavy.Today);
    }

    /// <summary>The engine with the shared rules, 3 contacts, 12 touchpoints.</summary>
    /// <returns>The evaluation.</returns>
    [Benchmark(Baseline = true, Description = "Engine, typical")]
    [BenchmarkCategory("typical")]
    public Evaluation EngineTypical() => engine.Evaluate(typical.Input, typical.Today);

    /// <summary>RulesEngine with its default settings, typical.</summary>
    /// <returns>The steps.</returns>
    [Benchmark(Description = "RulesEngine, typical")]
    [BenchmarkCategory("typical")]
    public ValueTask<List<PeerStep>> RulesEngineTypical() => rulesEngine.EvaluateAsync(reTypical);

    /// <summary>RulesEngine with <c>UseFastExpressionCompiler</c>, typical.</summary>
    /// <returns>The steps.</returns>
    [Benchmark(Description = "RulesEngine, fast compiler, typical")]
    [BenchmarkCategory("typical")]
    public ValueTask<List<PeerStep>> RulesEngineFastTypical() => rulesEngineFast.EvaluateAsync(reTypical);

    /// <summary>NRules, typical.</summary>
    /// <returns>The steps.</returns>
    [Benchmark(Description = "NRules, typical")]
    [BenchmarkCategory("typical")]
    public List<PeerStep> NRulesTypical() => nrules.Evaluate(nrTypical);

    /// <summary>The typical input converted into RulesEngine's fact model.</summary>
    /// <returns>The facts.</returns>
    [Benchmark(Description = "RulesEngine facts from the input, typical")]
    [BenchmarkCategory("typical")]
    public ReApplication RulesEngineFactsTypical() => ReApplication.From(typical.Input, typical.Today);

    /// <summary>The typical input converted into NRules facts.</summary>
    /// <returns>The facts.</returns>
    [Benchmark(Description = "NRules facts from the input, typical")]
    [BenchmarkCategory("typical")]
    public NRulesFacts NRulesFactsTypical() => NRulesFacts.From(typical.Input, typical.Today);

    /// <summary>The engine with the shared rules, 20 contacts, 1,000 touchpoints.</summary>
    /// <returns>The evaluation.</returns>
    [Benchmark(Baseline = true, Description = "Engine, heavy")]
    [BenchmarkCategory("heavy")]
    public Evaluation EngineHeavy() => engine.Evaluate(heavy.Input, heavy.Today);

    /// <summary>RulesEngine with its default settings, heavy.</summary>
    /// <returns>The steps.</returns>
    [Benchmark(Description = "RulesEngine, heavy")]
    [BenchmarkCategory("heavy")]
    public ValueTask<List<PeerStep>> RulesEngineHeavy() => rulesEngine.EvaluateAsync(reHeavy);

    /// <summary>RulesEngine with <c>UseFastExpressionCompiler</c>, heavy.</summary>
    /// <returns>The steps.</returns>
    [Benchmark(Description = "RulesEngine, fast compiler, heavy")]
    [BenchmarkCategory("heavy")]
    public ValueTask<List<PeerStep>> RulesEngineFastHeavy() => rulesEngineFast.EvaluateAsync(reHeavy);

    /// <summary>NRules, heavy.</summary>
    /// <returns>The steps.</returns>
    [Benchmark(Description = "NRules, heavy")]
    [BenchmarkCategory("heavy")]
    public List<PeerStep> NRulesHeavy() => nrules.Evaluate(nrHeavy);

    /// <summary>The heavy input converted into RulesEngine's fact model.</summary>
    /// <returns>The facts.</returns>
    [Benchmark(Description = "RulesEngine facts from the input, heavy")]
    [BenchmarkCategory("heavy")]
    public ReApplication RulesEngineFactsHeavy() => ReApplication.From(heavy.Input, heavy.Today);

    /// <summary>The heavy input converted into NRules facts.</summary>
    /// <returns>The facts.</returns>
    [Benchmark(Description = "NRules facts from the input, heavy")]
    [BenchmarkCategory("heavy")]
    public NRulesFacts NRulesFactsHeavy() => NRulesFacts.From(heavy.Input, heavy.Today);
}
