using BenchmarkDotNet.Attributes;
using FollowUpRules.Engine;
using FollowUpRules.Planning;
using FollowUpRules.Rules;
using FollowUpRules.Serialization;
using NodaTime;

namespace FollowUpRules.Benchmarks;

/// <summary>A 24-month plan for the typical application, and loading the default playbook file.</summary>
[MemoryDiagnoser]
public class PlanAndPlaybookBenchmarks
{
    private static readonly Period Horizon = Period.FromMonths(24);

    private FollowUpPlanner planner = null!;
    private Workload typical = null!;
    private string json = null!;

    /// <summary>Builds the planner and the workload and reads the playbook text, once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        planner = new FollowUpPlanner(new FollowUpEngine(DefaultPlaybook.Instance, SystemClock.Instance));
        typical = Workloads.Typical();
        json = Workloads.DefaultPlaybookJson();
    }

    /// <summary>Projects the typical application 24 months ahead.</summary>
    /// <returns>The plan.</returns>
    [Benchmark(Description = "Plan typical, 24 months")]
    public Plan Plan24Months() => planner.Project(typical.Input, typical.Today, Horizon);

    /// <summary>Parses, maps and validates docs/default-playbook.json.</summary>
    /// <returns>The playbook.</returns>
    [Benchmark(Description = "Load default playbook JSON")]
    public Playbook LoadDefaultPlaybook() => PlaybookJson.Load(json);
}
