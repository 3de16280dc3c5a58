using System.Text.Json;
using FollowUpRules.Cli.Localization;
using FollowUpRules.Cli.Output;
using FollowUpRules.Domain;
using FollowUpRules.Html;
using FollowUpRules.Planning;
using NodaTime;
using NodaTime.Text;

namespace FollowUpRules.Cli.Commands;

/// <summary><c>followup agenda</c>: today and the week ahead, across all applications, within the agenda's limits.</summary>
internal static class AgendaCommand
{
    public static int Run(Terminal terminal, Options options)
    {
        Workspace workspace = options.Open();
        workspace.Until(Period.FromWeeks(1), "The agenda's week");
        AgendaSettings settings = workspace.Pipeline.Settings.AgendaFor(workspace.Engine.Playbook);
        IReadOnlyList<EvaluationInput> inputs = workspace.Inputs();
        Agenda agenda = new FollowUpAgenda(workspace.Engine).Build(inputs, workspace.Today, Period.FromWeeks(1), settings);
        if (options.Html)
        {
            Timeline.ForAgenda(inputs.Select(i => i.Application), agenda, settings, workspace.TimelineOptions(FollowUpAgenda.ShareTouchpoints(inputs))).WriteHtml(terminal.Out);
            return ExitCodes.Ok;
        }

        List<StepView> steps = [.. agenda.Items.Select(i => StepView.From(i.Date, i.Recommendation, i.ApplicationIds, Status(i), withExplanation: false))];
        if (options.Json)
        {
            var report = new AgendaReport(LocalDatePattern.Iso.Format(agenda.From), LocalDatePattern.Iso.Format(agenda.Until), workspace.Zone.Id, steps);
            terminal.Out.WriteLine(JsonSerializer.Serialize(report, ReportJson.Context.AgendaReport));
            return ExitCodes.Ok;
        }

        terminal.Out.WriteLine(CliText.Format("Agenda.Heading", Text.CultureDate(agenda.From), Text.CultureDate(agenda.Until), workspace.Zone.Id, workspace.Source, CliText.Count("Agenda.Steps", steps.Count)));
        if (steps.Count == 0)
        {
            terminal.Out.WriteLine(CliText.Get("Agenda.Nothing"));
            return ExitCodes.Ok;
        }

        terminal.Out.WriteLine();
        TextTable.Write(terminal, ["when", "status", "who", "what", "how", "application", "why"], [.. steps.Select(s => (IReadOnlyList<string>)[s.When, s.StatusText, s.WhoText, s.What, s.HowText, string.Join(", ", s.Applications), s.Why])]);
        return ExitCodes.Ok;
    }

    private static string Status(AgendaItem item) =>
        item.PastDeadline ? "past deadline" : item.IsLate ? "late" : item.Recommendation.Urgency.ToString().ToLowerInvariant();
}
