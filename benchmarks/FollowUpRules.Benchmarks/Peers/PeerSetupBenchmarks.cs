using BenchmarkDotNet.Attributes;
using FollowUpRules.Benchmarks.Peers.NRules;
using FollowUpRules.Benchmarks.Peers.RulesEngine;
using FollowUpRules.Engine;
using FollowUpRules.Rules;
using FollowUpRules.Serialization;
using NodaTime;

namespace FollowUpRules.Benchmarks.Peers;

/// <summary>
/// The one-time cost of each: from the rules as written to the first answer. Ours loads the default playbook's JSON file
/// (all 16 rules: parse, map, validate), builds the engine (validate and compile the playbook) and evaluates the typical
/// application; RulesEngine parses its workflow JSON, builds its engine and evaluates the typical application (it
/// compiles each rule on first use); NRules loads its rule classes, compiles them into a session factory and evaluates
/// the typical application in a first session.
/// </summary>
[MemoryDiagnoser]
public class PeerSetupBenchmarks
{
    private string playbookJson = null!;
    private string workflowJson = null!;
    private Workload typical = null!;

    /// <summary>Reads the rule files and builds the workload, once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        playbookJson = Workloads.DefaultPlaybookJson();
        workflowJson = RulesEnginePeer.WorkflowJson();
        typical = Workloads.Typical();
    }

    /// <summary>Ours: load the playbook file, build the engine, evaluate once.</summary>
    /// <returns>The evaluation.</returns>
    [Benchmark(Baseline = true, Description = "Engine: load playbook JSON, build, first evaluation")]
    public Evaluation Engine()
    {
        Playbook playbook = PlaybookJson.Load(playbookJson);
        return new FollowUpEngine(playbook, SystemClock.Instance).Evaluate(typical.Input, typical.Today);
    }

    /// <summary>RulesEngine with its default settings: parse the workflow, build, compile on the first evaluation.</summary>
    /// <returns>The steps.</returns>
    [Benchmark(Description = "RulesEngine: parse workflow JSON, build, compile, first evaluation")]
    public ValueTask<List<PeerStep>> RulesEngine() =>
        new RulesEnginePeer(workflowJson, useFastExpressionCompiler: false).EvaluateAsync(ReApplication.From(typical.Input, typical.Today));

    /// <summary>RulesEngine with <c>UseFastExpressionCompiler</c>: parse the workflow, build, compile on the first evaluation.</summary>
    /// <returns>The steps.</returns>
    [Benchmark(Description = "RulesEngine, fast compiler: parse workflow JSON, build, compile, first evaluation")]
    public ValueTask<List<PeerStep>> RulesEngineFast() =>
        new RulesEnginePeer(workflowJson, useFastExpressionCompiler: true).EvaluateAsync(ReApplication.From(typical.Input, typical.Today));

    /// <summary>NRules: load the rule classes, compile the session factory, evaluate once.</summary>
    /// <returns>The steps.</returns>
    [Benchmark(Description = "NRules: load rule classes, compile, first evaluation")]
    public List<PeerStep> NRules() => new NRulesPeer().Evaluate(NRulesFacts.From(typical.Input, typical.Today));
}
