using FollowUpRules.Domain;
using NodaTime;

namespace FollowUpRules.Engine;

/// <summary>
/// Makes the explanations of one evaluation when the first of them is read: it evaluates the same input again, this time
/// recording what happened (see <see cref="ExplanationTrace"/>), and keeps each step's messages, in the order the steps
/// were produced.
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
    private ValueList<ExplanationMessage>[]? recorded;

    internal ExplanationSource(CompiledPlaybook compiled, EvaluationInput input, LocalDate today)
    {
        this.compiled = compiled;
        this.input = input;
        this.today = today;
    }

    /// <summary>Returns the messages of the <paramref name="index"/>th step produced.</summary>
    internal ValueList<ExplanationMessage> Messages(int index)
    {
        ValueList<ExplanationMessage>[]? all = Volatile.Read(ref recorded);
        if (all is null)
        {
            var explained = new List<ValueList<ExplanationMessage>>();
            new Evaluator(compiled, input, today, explained).Run();
            all = Interlocked.CompareExchange(ref recorded, [.. explained], null) ?? recorded!;
        }

        return all[index];
    }
}
