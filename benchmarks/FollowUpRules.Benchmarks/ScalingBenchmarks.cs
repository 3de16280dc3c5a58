using BenchmarkDotNet.Attributes;
using FollowUpRules.Engine;
using FollowUpRules.Rules;
using NodaTime;

namespace FollowUpRules.Benchmarks;

/// <summary>Evaluating one application (5 contacts) as its touchpoints grow from 10 to 10,000.</summary>
[MemoryDiagnoser]
public class ScalingBenchmarks
{
    private FollowUpEngine engine = null!;
    private Workload workload = null!;

    /// <summary>Gets or sets the number of touchpoints, the rejection included.</summary>
    /// <value>One of <see cref="Workloads.ScalingSizes"/>.</value>
    [Params(10, 100, 1_000, 10_000)]
    public int Touchpoints { get; set; }

    /// <summary>Builds the engine and the workload for <see cref="Touchpoints"/>, once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        engine = new FollowUpEngine(DefaultPlaybook.Instance, SystemClock.Instance);
        workload = Workloads.Scaling(Touchpoints);
    }

    /// <summary>Evaluates the application.</summary>
    /// <returns>The evaluation.</returns>
    [Benchmark(Description = "Evaluate scaling (5 contacts)")]
    public Evaluation Evaluate() => engine.Evaluate(workload.Input, workload.Today);
}
