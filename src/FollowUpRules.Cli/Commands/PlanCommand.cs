using System.Text.Json;
using System.Globalization;
using FollowUpRules.Cli.Localization;
using FollowUpRules.Cli.Output;
using FollowUpRules.Domain;
using FollowUpRules.Html;
using FollowUpRules.Localization;
using FollowUpRules.Planning;
using NodaTime;
using NodaTime.Text;

namespace FollowUpRules.Cli.Commands;

/// <summary><c>followup plan [application] [--months N]</c>: the timeline ahead, if every step is done when due.</summary>
internal static class PlanCommand
{
    public const int MaxMonths = 60;

    public static int Run(Terminal terminal, Options options, string? applicationId, int months)
    {
        List<(EvaluationInput Input, Plan Plan)> plans = Project(terminal, options, applicationId, months, out Workspace workspace);
        if (options.Html)
        {
            Timeline.ForPlans(plans.Select(p => p.Input.Application), plans.Select(p => p.Plan), workspace.Pipeline.Settings.Pauses, workspace.TimelineOptions(plans.Select(p => p.Input))).WriteHtml(terminal.Out);
            return ExitCodes.Ok;
        }

        if (options.Json)
        {
            List<PlanReport> reports = [.. plans.Select(p => new PlanReport(p.Plan.ApplicationId, LocalDatePattern.Iso.Format(p.Plan.From), LocalDatePattern.Iso.Format(p.Plan.Until), p.Plan.IsTruncated, [.. Views(p.Plan)]))];
            var report = new PlansReport(LocalDatePattern.Iso.Format(workspace.Today), LocalDatePattern.Iso.Format(workspace.Today.PlusMonths(months)), workspace.Zone.Id, reports);
            terminal.Out.WriteLine(JsonSerializer.Serialize(report, ReportJson.Context.PlansReport));
            return ExitCodes.Ok;
        }

        terminal.Out.WriteLine(CliText.Format("Plan.Heading", Text.CultureDate(workspace.Today), Text.CultureDate(workspace.Today.PlusMonths(months)), workspace.Zone.Id, workspace.Source));
        foreach ((EvaluationInput input, Plan plan) in plans)
        {
            Application app = input.Application;
            terminal.Out.WriteLine();
            string steps = CliText.Count("Agenda.Steps", plan.Steps.Count);
            terminal.Out.WriteLine(CliText.Format("Plan.Application", app.Id, app.Role, app.CompanyName, Texts.Word("Status", app.Status, CultureInfo.CurrentUICulture), plan.IsTruncated ? CliText.Format("Plan.Truncated", steps) : steps));
            if (plan.Steps.Count > 0)
            {
                TextTable.Write(terminal, ["when", "who", "what", "how", "why"], [.. Views(plan).Select(s => (IReadOnlyList<string>)[s.When, s.WhoText, s.What, s.HowText, s.Why])]);
            }
        }

        return ExitCodes.Ok;
    }

    public static List<(EvaluationInput Input, Plan Plan)> Project(Terminal terminal, Options options, string? applicationId, int months, out Workspace workspace)
    {
        if (months is < 1 or > MaxMonths)
        {
            throw CliException.Usage($"--months must be from 1 to {MaxMonths}; it is {months}.");
        }

        Workspace opened = options.Open();
        workspace = opened;
        IReadOnlyList<EvaluationInput> inputs = applicationId is null ? opened.Inputs() : [opened.Input(applicationId)];
        var planner = new FollowUpPlanner(opened.Engine);
        opened.Until(Period.FromMonths(months), $"A plan of {months} months");
        return Progress.Each(terminal, CliText.Count("Plan.Progress", inputs.Count), inputs, i => (i, planner.Project(i, opened.Today, Period.FromMonths(months))));
    }

    public static IEnumerable<StepView> Views(Plan plan) =>
        plan.Steps.Select(s => StepView.From(s.Date, s.Recommendation, [plan.ApplicationId], s.IsLate ? "late" : "planned", withExplanation: false));
}
