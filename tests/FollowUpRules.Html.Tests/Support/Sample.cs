using FollowUpRules.Domain;
using FollowUpRules.Engine;
using FollowUpRules.Planning;
using FollowUpRules.Rules;
using FollowUpRules.Serialization;
using NodaTime;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace FollowUpRules.Html.Tests.Support;

/// <summary>The bundled sample pipeline (docs/examples/sample-pipeline.json) on Mon 2026-11-23, as the followup tool reads it: the plans of its applications three months ahead, and its week's agenda.</summary>
public static class Sample
{
    public static readonly LocalDate Today = new(2026, 11, 23);

    public static PipelineFile Pipeline { get; } = PipelineJson.LoadFile(Path.Combine(RepositoryRoot(), "docs", "examples", "sample-pipeline.json"));

    public static FollowUpEngine Engine { get; } = new(Pipeline.Settings.ApplyTo(DefaultPlaybook.Instance), SystemClock.Instance);

    public static IReadOnlyList<EvaluationInput> Inputs { get; } = Pipeline.Inputs();

    public static IReadOnlyList<Application> Applications { get; } = [.. Inputs.Select(i => i.Application)];

    public static IReadOnlyList<Plan> Plans { get; } = [.. Inputs.Select(i => new FollowUpPlanner(Engine).Project(i, Today, Period.FromMonths(3)))];

    public static AgendaSettings AgendaSettings { get; } = Pipeline.Settings.AgendaFor(Engine.Playbook);

    public static Agenda Agenda { get; } = new FollowUpAgenda(Engine).Build(Inputs, Today, Period.FromWeeks(1), AgendaSettings);

    public static Timeline PlanTimeline(CultureInfo? culture = null) => Timeline.ForPlans(Applications, Plans, Pipeline.Settings.Pauses, new TimelineOptions { Zone = Pipeline.Seeker.Zone, Culture = culture });

    public static Timeline AgendaTimeline(CultureInfo? culture = null) => Timeline.ForAgenda(Applications, Agenda, AgendaSettings, new TimelineOptions { Zone = Pipeline.Seeker.Zone, Culture = culture });

    public static string RepositoryRoot([CallerFilePath] string file = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, "..", "..", ".."));
}
