using BenchmarkDotNet.Attributes;
using FollowUpRules.Benchmarks.Peers.NRules;
using FollowUpRules.Benchmarks.Peers.RulesEngine;
using FollowUpRules.Domain;
using FollowUpRules.Engine;
using NodaTime;

namespace FollowUpRules.Benchmarks.Peers;

/// <summary>
/// A batch of 10,000 applications (<see cref="AgendaWorkloads"/>: a seeker's whole search, in five states), each evaluated
/// in turn on one thread by the engine (the baseline) and by each peer, on the shared rules; each peer's conversion of the
/// batch into its facts is a row of its own.
/// </summary>
/// <remarks>One operation is the whole batch and takes up to a minute (NRules), so every job measures it the same short
/// way, as the agenda benchmarks do: one warmup and three iterations of one operation each; a short run
/// (<see cref="BenchmarkConfig.Short"/>) takes the batch's first 1,000 applications.</remarks>
[MemoryDiagnoser]
[WarmupCount(1)]
[IterationCount(3)]
[InvocationCount(1)]
public class PeerBatchBenchmarks
{
    /// <summary>Gets or sets the number of applications: the first so many of <see cref="AgendaWorkloads.Generate"/>'s 10,000.</summary>
    [ParamsSource(nameof(Sizes))]
    public int Applications { get; set; }

    /// <summary>Gets the batch sizes: 10,000, or 1,000 in a short run (<see cref="BenchmarkConfig.Short"/>), which must stay quick.</summary>
    public static IEnumerable<int> Sizes => BenchmarkConfig.Short ? [1_000] : [10_000];

    private FollowUpEngine engine = null!;
    private RulesEnginePeer rulesEngine = null!;
    private RulesEnginePeer rulesEngineFast = null!;
    private NRulesPeer nrules = null!;
    private EvaluationInput[] batch = null!;
    private ReApplication[] reBatch = null!;
    private NRulesFacts[] nrBatch = null!;

    /// <summary>Builds the batch and the engine, and warms the engine up (each benchmark runs in its own process, so each builds only what it measures).</summary>
    [GlobalSetup(Targets = [nameof(Engine), nameof(RulesEngineFacts), nameof(NRulesFacts)])]
    public void SetupEngine()
    {
        batch = AgendaWorkloads.Generate(10_000)[..Applications];
        engine = new FollowUpEngine(SharedRules.Playbook, SystemClock.Instance);
        WarmUp(i => engine.Evaluate(batch[i], Workloads.Today));
    }

    /// <summary>Builds RulesEngine with its default settings, converts the batch into its facts and warms it up.</summary>
    [GlobalSetup(Target = nameof(RulesEngine))]
    public void SetupRulesEngine()
    {
        batch = AgendaWorkloads.Generate(10_000)[..Applications];
        reBatch = RulesEngineFacts();
        rulesEngine = new RulesEnginePeer(RulesEnginePeer.WorkflowJson(), useFastExpressionCompiler: false);
        WarmUp(i => rulesEngine.EvaluateAsync(reBatch[i]).AsTask().GetAwaiter().GetResult());
    }

    /// <summary>Builds RulesEngine with <c>UseFastExpressionCompiler</c>, converts the batch into its facts and warms it up.</summary>
    [GlobalSetup(Target = nameof(RulesEngineFast))]
    public void SetupRulesEngineFast()
    {
        batch = AgendaWorkloads.Generate(10_000)[..Applications];
        reBatch = RulesEngineFacts();
        rulesEngineFast = new RulesEnginePeer(RulesEnginePeer.WorkflowJson(), useFastExpressionCompiler: true);
        WarmUp(i => rulesEngineFast.EvaluateAsync(reBatch[i]).AsTask().GetAwaiter().GetResult());
    }

    /// <summary>Compiles the NRules session factory, converts the batch into NRules facts and warms it up.</summary>
    [GlobalSetup(Target = nameof(NRules))]
    public void SetupNRules()
    {
        batch = AgendaWorkloads.Generate(10_000)[..Applications];
        nrBatch = NRulesFacts();
        nrules = new NRulesPeer();
        WarmUp(i => nrules.Evaluate(nrBatch[i]));
    }

    /// <summary>The engine with the shared rules, every application in turn.</summary>
    /// <returns>The number of pending steps.</returns>
    [Benchmark(Baseline = true, Description = "Engine, batch")]
    public int Engine()
    {
        int steps = 0;
        foreach (EvaluationInput input in batch)
        {
            steps += engine.Evaluate(input, Workloads.Today).Recommendations.Count;
        }

        return steps;
    }

    /// <summary>RulesEngine with its default settings, every application in turn.</summary>
    /// <returns>The number of pending steps.</returns>
    [Benchmark(Description = "RulesEngine, batch")]
    public Task<int> RulesEngine() => Run(rulesEngine);

    /// <summary>RulesEngine with <c>UseFastExpressionCompiler</c>, every application in turn.</summary>
    /// <returns>The number of pending steps.</returns>
    [Benchmark(Description = "RulesEngine, fast compiler, batch")]
    public Task<int> RulesEngineFast() => Run(rulesEngineFast);

    /// <summary>NRules, every application in turn, each in a new session.</summary>
    /// <returns>The number of pending steps.</returns>
    [Benchmark(Description = "NRules, batch")]
    public int NRules()
    {
        int steps = 0;
        foreach (NRulesFacts facts in nrBatch)
        {
            steps += nrules.Evaluate(facts).Count;
        }

        return steps;
    }

    /// <summary>The batch converted into RulesEngine's fact model.</summary>
    /// <returns>The facts.</returns>
    [Benchmark(Description = "RulesEngine facts from the input, batch")]
    public ReApplication[] RulesEngineFacts()
    {
        var facts = new ReApplication[batch.Length];
        for (int i = 0; i < batch.Length; i++)
        {
            facts[i] = ReApplication.From(batch[i], Workloads.Today);
        }

        return facts;
    }

    /// <summary>The batch converted into NRules facts.</summary>
    /// <returns>The facts.</returns>
    [Benchmark(Description = "NRules facts from the input, batch")]
    public NRulesFacts[] NRulesFacts()
    {
        var facts = new NRulesFacts[batch.Length];
        for (int i = 0; i < batch.Length; i++)
        {
            facts[i] = Peers.NRules.NRulesFacts.From(batch[i], Workloads.Today);
        }

        return facts;
    }

    // With one warmup and three single-operation iterations the JIT would not reach its optimized code before the
    // measurement, as a long-running app would have; so each evaluator runs 250 applications first.
    private static void WarmUp(Action<int> evaluate)
    {
        for (int round = 0; round < 10; round++)
        {
            for (int i = 0; i < 25; i++)
            {
                evaluate(i);
            }
        }

        Thread.Sleep(TimeSpan.FromMilliseconds(500));
    }

    private async Task<int> Run(RulesEnginePeer peer)
    {
        int steps = 0;
        foreach (ReApplication application in reBatch)
        {
            steps += (await peer.EvaluateAsync(application).ConfigureAwait(false)).Count;
        }

        return steps;
    }
}
