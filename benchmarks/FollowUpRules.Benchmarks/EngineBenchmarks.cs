using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using FollowUpRules.Benchmarks.Floor;
using FollowUpRules.Engine;
using FollowUpRules.Rules;
using NodaTime;

namespace FollowUpRules.Benchmarks;

/// <summary>
/// Evaluating one application with the default playbook, a typical one and a heavy one, each against its floor: the same
/// rules hard-coded (<see cref="DefaultPlaybookFloor"/>), the baseline of its category, so the Ratio column is the engine's
/// time over the floor's.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
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

    /// <summary>The floor, 3 contacts, 12 touchpoints.</summary>
    /// <returns>The pending steps.</returns>
    [Benchmark(Baseline = true, Description = "Floor typical (3 contacts, 12 touchpoints)")]
    [BenchmarkCategory("typical")]
    public FloorEvaluation FloorTypical() => DefaultPlaybookFloor.Evaluate(typical.Input, typical.Today);

    /// <summary>3 contacts, 12 touchpoints.</summary>
    /// <returns>The evaluation.</returns>
    [Benchmark(Description = "Evaluate typical (3 contacts, 12 touchpoints)")]
    [BenchmarkCategory("typical")]
    public Evaluation EvaluateTypical() => engine.Evaluate(typical.Input, typical.Today);

    /// <summary>The floor, 20 contacts, 1,000 touchpoints.</summary>
    /// <returns>The pending steps.</returns>
    [Benchmark(Baseline = true, Description = "Floor heavy (20 contacts, 1,000 touchpoints)")]
    [BenchmarkCategory("heavy")]
    public FloorEvaluation FloorHeavy() => DefaultPlaybookFloor.Evaluate(heavy.Input, heavy.Today);

    /// <summary>20 contacts, 1,000 touchpoints.</summary>
    /// <returns>The evaluation.</returns>
    [Benchmark(Description = "Evaluate heavy (20 contacts, 1,000 touchpoints)")]
    [BenchmarkCategory("heavy")]
    public Evaluation EvaluateHeavy() => engine.Evaluate(heavy.Input, heavy.Today);
}
