using BenchmarkDotNet.Attributes;
using FollowUpRules.Engine;
using FollowUpRules.Rules;
using NodaTime;

namespace FollowUpRules.Benchmarks;

/// <summary>Evaluating one application with the default playbook: a typical one and a heavy one.</summary>
[MemoryDiagnoser]
public class EngineBenchmarks
{
    private FollowUpEngine engine = null!;
    private Workload typical = null!;
    private Workload heavy = null!;

    /// <summary>Builds the engine and the workloads, once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        engine = new FollowUpEngine(DefaultPlaybook.Instance, SystemClock.Instance);
        typical = Workloads.Typical();
        heavy = Workloads.Heavy();
    }

    /// <summary>3 contacts, 12 touchpoints.</summary>
    /// <returns>The evaluation.</returns>
    [Benchmark(Description = "Evaluate typical (3 contacts, 12 touchpoints)")]
    public Evaluation EvaluateTypical() => engine.Evaluate(typical.Input, typical.Today);

    /// <summary>20 contacts, 1,000 touchpoints.</summary>
    /// <returns>The evaluation.</returns>
    [Benchmark(Description = "Evaluate heavy (20 contacts, 1,000 touchpoints)")]
    public Evaluation EvaluateHeavy() => engine.Evaluate(heavy.Input, heavy.Today);
}
