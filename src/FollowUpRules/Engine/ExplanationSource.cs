using FollowUpRules.Domain;
using FollowUpRules.Utility;
using NodaTime;

namespace FollowUpRules.Engine;

/// <summary>
/// Writes the explanations of one evaluation when the first of them is read, by evaluating the same input again with the
/// sentences on. Most callers (an agenda, a count of what is due) never read them, and the sentences are most of the cost
/// of an evaluation.
/// </summary>
/// <remarks>
/// The second run takes the same path as the first (the input is immutable and the engine deterministic, custom
/// conditions being pure), so the k-th step it emits is the k-th step of the first run. Thread-safe: the sentences are
/// written once, whichever thread asks first.
/// </remarks>
internal sealed class ExplanationSource
{
    private readonly CompiledPlaybook compiled;
    private readonly EvaluationInput input;
    private readonly LocalDate today;
    private ValueList<string>[]? written;

    internal ExplanationSource(CompiledPlaybook compiled, EvaluationInput input, LocalDate today)
    {
        this.compiled = compiled;
        this.input = input;
        this.today = today;
    }

    /// <summary>Returns the sentences of the <paramref name="index"/>-th step the evaluation emitted.</summary>
    internal ValueList<string> LinesOf(int index) =>
        LazyInitializer.EnsureInitialized(ref written, () => new Evaluator(compiled, new Facts(input, today)).Explanations())[index];
}
