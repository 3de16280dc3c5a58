using BenchmarkDotNet.Attributes;
using FollowUpRules.Engine;
using FollowUpRules.Planning;
using FollowUpRules.Rules;
using NodaTime;

namespace FollowUpRules.Benchmarks;

/// <summary>
/// One rejected application (50 touchpoints) as its contacts grow from 25 to 400: evaluating it, planning it 12 months
/// ahead, and planning it and reading every planned step's explanation.
/// </summary>
[MemoryDiagnoser]
public class ContactScalingBenchmarks
{
    private static readonly Period Horizon = Period.FromMonths(12);

    private FollowUpEngine engine = null!;
    private FollowUpPlanner planner = null!;
    private Workload workload = null!;

    /// <summary>Gets or sets the number of contacts.</summary>
    /// <value>One of <see cref="Workloads.ContactSizes"/>.</value>
    [ParamsSource(nameof(Sizes))]
    public int Contacts { get; set; }

    /// <summary>Gets the sizes: <see cref="Workloads.ContactSizes"/>.</summary>
    public static IEnumerable<int> Sizes => Workloads.ContactSizes;

    /// <summary>Builds the engine, the planner and the workload for <see cref="Contacts"/>, once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        engine = new FollowUpEngine(DefaultPlaybook.Instance, SystemClock.Instance);
        planner = new FollowUpPlanner(engine);
        workload = Workloads.Contacts(Contacts);
    }

    /// <summary>Evaluates the application.</summary>
    /// <returns>The evaluation.</returns>
    [Benchmark(Description = "Evaluate")]
    public Evaluation Evaluate() => engine.Evaluate(workload.Input, workload.Today);

    /// <summary>Projects the application 12 months ahead.</summary>
    /// <returns>The plan.</returns>
    [Benchmark(Description = "Plan, 12 months")]
    public Plan Plan() => planner.Project(workload.Input, workload.Today, Horizon);

    /// <summary>Projects the application 12 months ahead and reads the explanation of every planned step.</summary>
    /// <returns>The number of explanation lines read.</returns>
    [Benchmark(Description = "Plan, 12 months, every explanation read")]
    public int PlanAndExplain()
    {
        int lines = 0;
        foreach (PlannedStep step in planner.Project(workload.Input, workload.Today, Horizon).Steps)
        {
            lines += step.Recommendation.Explanation.Lines.Count;
        }

        return lines;
    }
}
