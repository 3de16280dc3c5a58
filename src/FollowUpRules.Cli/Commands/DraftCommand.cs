using System.Globalization;
using System.Text.Json;
using FollowUpRules.Cli.Localization;
using FollowUpRules.Cli.Output;
using FollowUpRules.Domain;
using FollowUpRules.Drafts;
using FollowUpRules.Engine;
using FollowUpRules.Localization;
using FollowUpRules.Rules;
using NodaTime.Text;

namespace FollowUpRules.Cli.Commands;

/// <summary><c>followup draft &lt;application&gt; [--step N]</c>: what to write for the next (or the chosen) step.</summary>
internal static class DraftCommand
{
    public static int Run(Terminal terminal, Options options, string applicationId, int? stepNumber)
    {
        options.RefuseHtml("draft");
        Workspace workspace = options.Open();
        EvaluationInput input = workspace.Input(applicationId);
        Evaluation evaluation = workspace.Engine.Evaluate(input, workspace.Today);
        ValueList<Recommendation> pending = evaluation.Recommendations;
        int number = stepNumber ?? 1;
        if (number < 1 || (pending.Count > 0 && number > pending.Count))
        {
            throw CliException.Usage(pending.Count == 1
                ? $"--step {number.ToString(CultureInfo.InvariantCulture)}: '{applicationId}' has one pending step; use --step 1 or leave it out."
                : $"--step {number.ToString(CultureInfo.InvariantCulture)}: '{applicationId}' has {pending.Count.ToString(CultureInfo.InvariantCulture)} pending steps; choose 1 to {pending.Count.ToString(CultureInfo.InvariantCulture)}, in the order 'followup next' lists them.");
        }

        Recommendation? step = pending.Count == 0 ? null : pending[number - 1];
        Draft? draft = step is null ? null : workspace.Drafts.Write(input, step);
        if (options.Json)
        {
            StepView? view = step is null ? null : StepView.From(step.Due, step, [applicationId], step.Urgency.ToString().ToLowerInvariant(), withExplanation: false);
            var report = new DraftReport(applicationId, LocalDatePattern.Iso.Format(workspace.Today), step is null ? null : number, view, draft is null ? null : DraftView.From(draft));
            terminal.Out.WriteLine(JsonSerializer.Serialize(report, ReportJson.Context.DraftReport));
            return ExitCodes.Ok;
        }

        Application app = input.Application;
        terminal.Out.WriteLine(CliText.Format("Next.Heading", app.Role, app.CompanyName, Texts.Word("Status", app.Status, CultureInfo.CurrentUICulture), Text.CultureDate(workspace.Today)));
        if (step is null)
        {
            terminal.Out.WriteLine(CliText.Get("Draft.Nothing"));
            return ExitCodes.Ok;
        }

        StepView shown = StepView.From(step.Due, step, [applicationId], step.Urgency.ToString().ToLowerInvariant(), withExplanation: false);
        terminal.Out.WriteLine(CliText.Format("Draft.Step", number, pending.Count, shown.StatusText, NextCommand.Line(shown, step)));
        terminal.Out.WriteLine();
        if (draft is null)
        {
            terminal.Out.WriteLine(CliText.Format("Draft.None", ActionKinds.Describe(step.Action, CultureInfo.CurrentUICulture) + CliText.Format("Next.By", shown.HowText)));
            return ExitCodes.Ok;
        }

        terminal.Out.WriteLine(draft.ToString());
        return ExitCodes.Ok;
    }
}
