using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using FollowUpRules.Cli.Localization;
using FollowUpRules.Cli.Output;
using FollowUpRules.Domain;
using FollowUpRules.Engine;
using FollowUpRules.Localization;
using FollowUpRules.Serialization;
using NodaTime.Text;

namespace FollowUpRules.Cli.Commands;

/// <summary><c>followup list</c>: every application with its status, its last touch and its next step.</summary>
internal static class ListCommand
{
    public static Command Create(Terminal terminal, GlobalOptions global)
    {
        var command = new Command("list", CliText.Get("Help.List"));
        command.SetAction(r => Run(terminal, global.Read(r)));
        return command;
    }

    public static int Run(Terminal terminal, Options options)
    {
        options.RefuseHtml("list");
        Workspace workspace = options.Open();
        List<ApplicationView> views = [.. workspace.Pipeline.Applications.Select(a => ApplicationView.From(a, Next(workspace, a)))];
        if (options.Json)
        {
            terminal.Out.WriteLine(JsonSerializer.Serialize(new ListReport(LocalDatePattern.Iso.Format(workspace.Today), views), ReportJson.Context.ListReport));
            return ExitCodes.Ok;
        }

        terminal.Out.WriteLine(CliText.Format("List.Heading", CliText.Count("List.Applications", views.Count), workspace.Source, Text.CultureDate(workspace.Today)));
        if (views.Count == 0)
        {
            terminal.Out.WriteLine(CliText.Get("List.Empty"));
            return ExitCodes.Ok;
        }

        terminal.Out.WriteLine();
        TextTable.Write(terminal, ["id", "company", "role", "status", "applied", "last-touch", "next-step"], [.. workspace.Pipeline.Applications.Zip(views, (entry, v) => (IReadOnlyList<string>)[
            v.Id,
            v.Company,
            v.Role,
            Text.Status(entry.Application),
            v.AppliedOn,
            v.LastTouch is { } last ? $"{last.Date} {last.Kind}" : "-",
            v.Next is { } next ? $"{next.Due} {next.What}" + (next.ForSeeker ? string.Empty : $" ({next.Who})") : "-"])]);
        return ExitCodes.Ok;
    }

    private static StepView? Next(Workspace workspace, PipelineApplication entry) =>
        workspace.Engine.Evaluate(entry.ToInput(workspace.Seeker), workspace.Today).Next is { } next
            ? StepView.From(next.Due, next, [entry.Application.Id], next.Urgency.ToString().ToLowerInvariant(), withExplanation: false)
            : null;
}
