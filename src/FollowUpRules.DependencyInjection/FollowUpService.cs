using System.Globalization;
using FollowUpRules.Domain;
using FollowUpRules.Engine;
using FollowUpRules.Planning;
using NodaTime;

namespace FollowUpRules.DependencyInjection;

/// <summary>The <see cref="IFollowUpService"/> over one engine and its planner, writing in the options' culture (<see langword="null"/>: the current UI culture at each call).</summary>
internal sealed class FollowUpService(FollowUpEngine engine, FollowUpPlanner planner, FollowUpAgenda agenda, CultureInfo? culture) : IFollowUpService
{
    public CultureInfo Culture => culture ?? CultureInfo.CurrentUICulture;

    public string Summarize(Recommendation step)
    {
        ArgumentNullException.ThrowIfNull(step);
        return step.Summarize(Culture);
    }

    public ValueList<string> Explain(Explanation explanation)
    {
        ArgumentNullException.ThrowIfNull(explanation);
        return explanation.Render(Culture);
    }

    public Evaluation NextSteps(EvaluationInput input) => engine.Evaluate(input);

    public Recommendation? Next(EvaluationInput input) => engine.Evaluate(input).Next;

    public Plan Plan(EvaluationInput input, Period horizon)
    {
        ArgumentNullException.ThrowIfNull(input);
        return planner.Project(input, engine.Today(input.Seeker.Zone), horizon);
    }

    public Agenda Agenda(DateTimeZone seekerZone, IEnumerable<EvaluationInput> applications, Period horizon, AgendaSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(seekerZone);
        ArgumentNullException.ThrowIfNull(applications);
        ArgumentNullException.ThrowIfNull(horizon);
        EvaluationInput[] inputs = [.. applications];
        if (inputs.FirstOrDefault(i => i is not null && !i.Seeker.Zone.Equals(seekerZone)) is { } other)
        {
            throw new ArgumentException($"Application '{other.Application.Id}' is for a seeker in {other.Seeker.Zone.Id}, not {seekerZone.Id}: an agenda is one seeker's.", nameof(applications));
        }

        return agenda.Build(inputs, engine.Today(seekerZone), horizon, settings);
    }
}
