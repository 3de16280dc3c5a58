using BenchmarkDotNet.Attributes;
using FollowUpRules.Domain;
using FollowUpRules.Engine;
using FollowUpRules.Planning;
using FollowUpRules.Rules;
using NodaTime;

namespace FollowUpRules.Benchmarks;

/// <summary>The agenda across many applications (<see cref="AgendaWorkloads"/>) for the year ahead, with the default playbook and its limits.</summary>
/// <remarks>
/// One operation takes a second or more for 100,000 applications, so every job (the standard one, <c>--quick</c>, Dry)
/// measures it the same short way: one warmup and three iterations of one operation each.
/// </remarks>
[MemoryDiagnoser]
[WarmupCount(1)]
[IterationCount(3)]
[InvocationCount(1)]
public class AgendaBenchmarks
{
    private FollowUpEngine engine = null!;
    private FollowUpAgenda agenda = null!;
    private EvaluationInput[] applications = null!;

    /// <summary>Gets or sets the number of applications.</summary>
    [ParamsSource(nameof(Sizes))]
    public int Applications { get; set; }

    /// <summary>Gets the sizes: 1,000, 10,000 and 100,000 applications, or only the two the targets name in a short run (<see cref="BenchmarkConfig.Short"/>), which must stay under two minutes.</summary>
    public static IEnumerable<int> Sizes => BenchmarkConfig.Short ? AgendaWorkloads.Sizes.Where(size => size >= 10_000) : AgendaWorkloads.Sizes;

    /// <summary>Gets or sets how many applications are evaluated at once: 1, or both cores of the benchmark machine.</summary>
    [ParamsSource(nameof(ThreadCounts))]
    public int Threads { get; set; }

    /// <summary>Gets the thread counts: 1 and 2, or only 2 in a short run (<see cref="BenchmarkConfig.Short"/>), where the two-core target is what matters.</summary>
    public static IEnumerable<int> ThreadCounts => BenchmarkConfig.Short ? [2] : [1, 2];

    /// <summary>Builds the agenda builder and the applications, once per size.</summary>
    [GlobalSetup]
    public void Setup()
    {
        engine = new FollowUpEngine(DefaultPlaybook.Instance, SystemClock.Instance);
        agenda = new FollowUpAgenda(engine, Threads);
        applications = AgendaWorkloads.Generate(Applications);

        // With one warmup and three single-operation iterations, the JIT would not reach its optimized (tier-1) code before
        // the smaller agendas are measured; a long-running app would have. So the agenda is built some 40 times on 500
        // applications first, and the background compilation given time to finish.
        EvaluationInput[] warm = AgendaWorkloads.Generate(500);
        for (int i = 0; i < 40; i++)
        {
            agenda.Build(warm, Workloads.Today, Workloads.Today.PlusYears(1));
            EvaluateAndKeep(warm);
        }

        Thread.Sleep(TimeSpan.FromMilliseconds(500));
    }

    /// <summary>
    /// The agenda's floor: every application evaluated on the same number of threads and every recommendation kept, with
    /// nothing merged, sorted or scheduled. An agenda cannot cost less (the workload has no company-wide touchpoints, so
    /// the agenda evaluates exactly these inputs); what it costs beyond this is its own work.
    /// </summary>
    /// <returns>Each application's recommendations.</returns>
    [Benchmark(Baseline = true, Description = "Floor: evaluate all, keep every recommendation")]
    public ValueList<Recommendation>[] Floor() => EvaluateAndKeep(applications);

    /// <summary>Builds the agenda from <see cref="Workloads.Today"/> to a year later.</summary>
    /// <returns>The agenda.</returns>
    [Benchmark(Description = "Agenda, one year")]
    public Agenda AgendaOneYear() => agenda.Build(applications, Workloads.Today, Workloads.Today.PlusYears(1));

    private ValueList<Recommendation>[] EvaluateAndKeep(EvaluationInput[] inputs)
    {
        var kept = new ValueList<Recommendation>[inputs.Length];
        if (Threads == 1)
        {
            for (int i = 0; i < inputs.Length; i++)
            {
                kept[i] = engine.Evaluate(inputs[i], Workloads.Today).Recommendations;
            }
        }
        else
        {
            Parallel.For(0, inputs.Length, new ParallelOptions { MaxDegreeOfParallelism = Threads }, i => kept[i] = engine.Evaluate(inputs[i], Workloads.Today).Recommendations);
        }

        return kept;
    }
}
