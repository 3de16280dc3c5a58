using FollowUpRules.Domain;
using FollowUpRules.Engine;
using FollowUpRules.Planning;
using NodaTime;

namespace FollowUpRules.DependencyInjection;

/// <summary>The <see cref="IFollowUpService"/> over one engine and its planner.</summary>
internal sealed class FollowUpService(FollowUpEngine engine, FollowUpPlanner planner) : IFollowUpService
{
    public Evaluation NextSteps(EvaluationInput input) => engine.Evaluate(input);

    public Recommendation? Next(EvaluationInput input) => engine.Evaluate(input).Next;

    public Plan Plan(EvaluationInput input, Period horizon)
    {
        ArgumentNullException.ThrowIfNull(input);
        return planner.Project(input, engine.Today(input.Seeker.Zone), horizon);
    }
}
