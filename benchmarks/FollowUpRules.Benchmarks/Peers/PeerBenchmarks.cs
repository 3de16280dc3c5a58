using BenchmarkDotNet.Attributes;
using FollowUpRules.Benchmarks.Peers.NRules;
using FollowUpRules.Benchmarks.Peers.RulesEngine;
using FollowUpRules.Engine;
using NodaTime;

namespace FollowUpRules.Benchmarks.Peers;

/// <summary>
/// The engine against the rule engines a .NET developer would pick instead, on the same rules (<see cref="SharedRules"/>)
/// and the same input: one typical and one heavy application (<see cref="Workload"/>). The engine, restricted to the shared
/// rules, is the baseline, so the Ratio column is each row's time over the engine's on the same workload. Each peer's
/// conversion of the input into its fact model is a row of its own, so a peer's time is its evaluation row plus its
/// conversion row.
/// </summary>
[MemoryDiagnoser]
public class PeerBenchmarks
{
    private FollowUpEngine engine = null!;
    private RulesEnginePeer rulesEngine = null!;
    private NRulesPeer nrules = null!;
    private Workload input = null!;
    private ReApplication reFacts = null!;
    private NRulesFacts nrFacts = null!;

    /// <summary>Gets or sets the workload: <c>typical</c> (3 contacts, 12 touchpoints) or <c>heavy</c> (20 contacts, 1,000 touchpoints).</summary>
    [ParamsSource(nameof(Workloads))]
    public string Workload { get; set; } = "typical";

    /// <summary>Gets the workloads: typical and heavy, or only typical in a short run (<see cref="BenchmarkConfig.Short"/>), which must stay quick.</summary>
    public static IEnumerable<string> Workloads => BenchmarkConfig.Short ? ["typical"] : ["typical", "heavy"];

    /// <summary>Builds the workload and the engine, once (each benchmark runs in its own process, so each builds only what it measures).</summary>
    [GlobalSetup(Targets = [nameof(Engine), nameof(RulesEngineFacts), nameof(NRulesFacts)])]
    public void SetupEngine()
    {
        input = Workload == "heavy" ? Benchmarks.Workloads.Heavy() : Benchmarks.Workloads.Typical();
        engine = new FollowUpEngine(SharedRules.Playbook, SystemClock.Instance);
    }

    /// <summary>Builds RulesEngine with its default settings and converts the workload into its facts, once.</summary>
    [GlobalSetup(Target = nameof(RulesEngine))]
    public void SetupRulesEngine() => SetupRulesEngine(useFastExpressionCompiler: false);

    /// <summary>Builds RulesEngine with <c>UseFastExpressionCompiler</c> and converts the workload into its facts, once.</summary>
    [GlobalSetup(Target = nameof(RulesEngineFast))]
    public void SetupRulesEngineFast() => SetupRulesEngine(useFastExpressionCompiler: true);

    /// <summary>Compiles the NRules session factory and converts the workload into NRules facts, once.</summary>
    [GlobalSetup(Target = nameof(NRules))]
    public void SetupNRules()
    {
        SetupEngine();
        nrules = new NRulesPeer();
        nrFacts = NRulesFacts();
    }

    /// <summary>The engine with the shared rules.</summary>
    /// <returns>The evaluation.</returns>
    [Benchmark(Baseline = true, Description = "Engine")]
    public Evaluation Engine() => engine.Evaluate(input.Input, input.Today);

    /// <summary>RulesEngine with its default settings.</summary>
    /// <returns>The steps.</returns>
    [Benchmark(Description = "RulesEngine")]
    public ValueTask<List<PeerStep>> RulesEngine() => rulesEngine.EvaluateAsync(reFacts);

    /// <summary>RulesEngine with <c>UseFastExpressionCompiler</c>.</summary>
    /// <returns>The steps.</returns>
    [Benchmark(Description = "RulesEngine, fast compiler")]
    public ValueTask<List<PeerStep>> RulesEngineFast() => rulesEngine.EvaluateAsync(reFacts);

    /// <summary>NRules, in a new session.</summary>
    /// <returns>The steps.</returns>
    [Benchmark(Description = "NRules")]
    public List<PeerStep> NRules() => nrules.Evaluate(nrFacts);

    /// <summary>The input converted into RulesEngine's fact model.</summary>
    /// <returns>The facts.</returns>
    [Benchmark(Description = "RulesEngine facts from the input")]
    public ReApplication RulesEngineFacts() => ReApplication.From(input.Input, input.Today);

    /// <summary>The input converted into NRules facts.</summary>
    /// <returns>The facts.</returns>
    [Benchmark(Description = "NRules facts from the input")]
    public NRulesFacts NRulesFacts() => Peers.NRules.NRulesFacts.From(input.Input, input.Today);

    private void SetupRulesEngine(bool useFastExpressionCompiler)
    {
        SetupEngine();
        rulesEngine = new RulesEnginePeer(RulesEnginePeer.WorkflowJson(), useFastExpressionCompiler);
        reFacts = RulesEngineFacts();
    }
}
