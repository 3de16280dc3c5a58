using FollowUpRules.Cli.Calendar;
using FollowUpRules.Cli.Localization;
using FollowUpRules.Cli.Output;
using FollowUpRules.Domain;
using FollowUpRules.Drafts;
using FollowUpRules.Planning;
using NodaTime;

namespace FollowUpRules.Cli.Commands;

/// <summary><c>followup export-ics</c>: the planned steps of every application as an iCalendar file.</summary>
internal static class ExportIcsCommand
{
    public static int Run(Terminal terminal, Options options, string? output, int months)
    {
        options.TextOnly("export-ics");
        List<(EvaluationInput Input, Plan Plan)> plans = PlanCommand.Project(terminal, options, null, months, out Workspace workspace);
        var events = new List<IcsEvent>();
        foreach ((EvaluationInput input, Plan plan) in plans)
        {
            foreach (PlannedStep step in plan.Steps)
            {
                StepView view = StepView.From(step.Date, step.Recommendation, [plan.ApplicationId], "planned", withExplanation: false);
                string summary = CliText.Format("Ics.Summary", NextCommand.What(view), input.Application.CompanyName);
                string description = CliText.Format("Ics.Application", input.Application.Role, input.Application.CompanyName, plan.ApplicationId) + "\n" + string.Join("\n", step.Recommendation.Explanation.Lines);
                if (workspace.Drafts.Write(input, step.Recommendation) is { } draft)
                {
                    description += $"\n\n{CliText.Get(draft.Kind == DraftKind.Message ? "Ics.Draft" : "Ics.HowTo")}\n{draft}";
                }
                Instant? start = step.Recommendation.SendAt is { } at && at.Date == step.Date ? at.ToInstant() : null;
                string uid = IcsWriter.Uid(plan.ApplicationId, step.Recommendation.RuleId, step.Recommendation.Target.Key, step.Recommendation.AnchorKey, step.Recommendation.Occurrence.ToString(System.Globalization.CultureInfo.InvariantCulture));
                events.Add(new IcsEvent(uid, step.Date, start, summary, description));
            }
        }

        // The stamp is the start of "today" in UTC, so two exports on one day (or with one --today) are identical.
        string ics = IcsWriter.Write(events, workspace.Today.AtStartOfDayInZone(DateTimeZone.Utc).ToInstant());
        if (output is null)
        {
            terminal.Out.Write(ics);
            return ExitCodes.Ok;
        }

        AtomicFile.Write(output, ics);
        terminal.Error.WriteLine(CliText.Format(events.Count == 1 ? "Ics.Wrote.One" : "Ics.Wrote.Other", events.Count, output));
        return ExitCodes.Ok;
    }
}
