using FollowUpRules.Domain;
using NodaTime;

namespace FollowUpRules.Engine;

/// <summary>
/// Writes the explanations of one evaluation when the first of them is read: it evaluates the same input again, this
/// time with sentences, and keeps them all, in the order the steps were produced.
/// </summary>
/// <remarks>
/// The evaluation is deterministic and the input immutable, so the second run produces the same steps in the same order
/// as the first. Thread-safe: two threads reading at once may both render, and one result is kept (they are equal).
/// </remarks>
internal sealed class ExplanationSource
{
    private readonly CompiledPlaybook compiled;
    private readonly EvaluationInput input;
    private readonly LocalDate today;
    private ValueList<string>[]? rendered;

    internal ExplanationSource(CompiledPlaybook compiled, EvaluationInput input, LocalDate today)
    {
        this.compiled = compiled;
        this.input = input;
        this.today = today;
    }

    /// <summary>Returns the sentences of the <paramref name="index"/>th step produced.</summary>
    internal ValueList<string> Lines(int index)
    {
        ValueList<string>[]? all = Volatile.Read(ref rendered);
        if (all is null)
        {
            var explained = new List<ValueList<string>>();
            new Evaluator(compiled, input, today, explained).Run();
            all = Interlocked.CompareExchange(ref rendered, [.. explained], null) ?? rendered!;
        }

        return all[index];
    }
}
