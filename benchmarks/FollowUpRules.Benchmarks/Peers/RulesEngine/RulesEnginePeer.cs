using System.Text.Json;
using FollowUpRules.Domain;
using FollowUpRules.Rules;
using global::RulesEngine.Models;

namespace FollowUpRules.Benchmarks.Peers.RulesEngine;

/// <summary>
/// Microsoft's RulesEngine running the shared rules (<see cref="SharedRules"/>) as its users run it: one JSON workflow
/// (<c>follow-up-workflow.json</c>) of lambda-expression rules with global and local parameters, on one reused engine,
/// <c>ExecuteAllRulesAsync</c> per application, each rule's output expression giving its steps.
/// </summary>
/// <remarks>Thread-safe once made, as RulesEngine's engine is.</remarks>
public sealed class RulesEnginePeer
{
    /// <summary>The workflow's name in the JSON.</summary>
    public const string WorkflowName = "FollowUp";

    private readonly global::RulesEngine.RulesEngine engine;

    /// <summary>Initializes a new engine from the workflow's JSON text.</summary>
    /// <param name="workflowJson">The workflow (<see cref="WorkflowJson"/>).</param>
    /// <param name="useFastExpressionCompiler">RulesEngine's <c>ReSettings.UseFastExpressionCompiler</c>: <see langword="false"/> is its default, <see langword="true"/> its documented fast setting.</param>
    public RulesEnginePeer(string workflowJson, bool useFastExpressionCompiler)
    {
        Workflow workflow = JsonSerializer.Deserialize<Workflow>(workflowJson)
            ?? throw new InvalidOperationException("The RulesEngine workflow JSON is empty.");
        var settings = new ReSettings
        {
            CustomTypes = [typeof(WorkingDays), typeof(Dates), typeof(Steps), typeof(ActionKind), typeof(Channel)],
            UseFastExpressionCompiler = useFastExpressionCompiler,
        };
        engine = new global::RulesEngine.RulesEngine([workflow], settings);
    }

    /// <summary>Returns the text of the workflow, embedded in the assembly that holds this class.</summary>
    /// <returns>The JSON text.</returns>
    public static string WorkflowJson()
    {
        using Stream stream = typeof(RulesEnginePeer).Assembly.GetManifestResourceStream("follow-up-workflow.json")
            ?? throw new InvalidOperationException($"The resource 'follow-up-workflow.json' is not embedded in {typeof(RulesEnginePeer).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Runs the workflow on one application.</summary>
    /// <param name="application">The application, in RulesEngine's fact model (<see cref="ReApplication.From"/>).</param>
    /// <returns>The pending steps, in rule order.</returns>
    /// <exception cref="InvalidOperationException">A rule or its output expression failed (RulesEngine reports it in the result; it is never ignored).</exception>
    public async ValueTask<List<PeerStep>> EvaluateAsync(ReApplication application)
    {
        List<RuleResultTree> results = await engine.ExecuteAllRulesAsync(WorkflowName, new RuleParameter("app", application)).ConfigureAwait(false);
        var steps = new List<PeerStep>();
        foreach (RuleResultTree result in results)
        {
            if (!string.IsNullOrEmpty(result.ExceptionMessage) || result.ActionResult?.Exception is not null)
            {
                throw new InvalidOperationException($"The RulesEngine rule '{result.Rule.RuleName}' failed: {result.ExceptionMessage}{result.ActionResult?.Exception?.Message}");
            }

            switch (result.IsSuccess ? result.ActionResult?.Output : null)
            {
                case PeerStep step:
                    steps.Add(step);
                    break;
                case IEnumerable<PeerStep> many:
                    steps.AddRange(many);
                    break;
            }
        }

        return steps;
    }
}
