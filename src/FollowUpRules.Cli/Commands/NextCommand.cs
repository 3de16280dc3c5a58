using System.Globalization;
using System.Text.Json;
using FollowUpRules.Cli.Localization;
using FollowUpRules.Cli.Output;
using FollowUpRules.Domain;
using FollowUpRules.Engine;
using FollowUpRules.Localization;
using NodaTime.Text;

namespace FollowUpRules.Cli.Commands;

/// <summary><c>followup next &lt;application&gt;</c>: the next step for one application, with its full explanation.</summary>
internal static class NextCommand
{
    public static int Run(Terminal terminal, Options options, string applicationId)
    {
        options.RefuseHtml("next");
        Workspace workspace = options.Open();
        EvaluationInput input = workspace.Input(applicationId);
        Evaluation evaluation = workspace.Engine.Evaluate(input, workspace.Today);
        List<StepView> pending = [.. evaluation.Recommendations.Select(r => StepView.From(r.Due, r, [applicationId], r.Urgency.ToString().ToLowerInvariant(), withExplanation: true))];
        if (options.Json)
        {
            var report = new NextReport(applicationId, LocalDatePattern.Iso.Format(workspace.Today), pending.FirstOrDefault(), pending);
            terminal.Out.WriteLine(JsonSerializer.Serialize(report, ReportJson.Context.NextReport));
            return ExitCodes.Ok;
        }

        Application app = input.Application;
        terminal.Out.WriteLine(CliText.Format("Next.Heading", app.Role, app.CompanyName, Texts.Word("Status", app.Status, CultureInfo.CurrentUICulture), Text.CultureDate(workspace.Today)));
        if (evaluation.Next is not { } next)
        {
            terminal.Out.WriteLine(CliText.Get("Next.Nothing"));
            return ExitCodes.Ok;
        }

        StepView first = pending[0];
        terminal.Out.WriteLine();
        terminal.Out.WriteLine(CliText.Format("Next.Step", first.StatusText, Line(first, next)));
        if (workspace.Drafts.HasDraft(next))
        {
            terminal.Out.WriteLine(CliText.Format("Next.Draft", applicationId));
        }

        terminal.Out.WriteLine(CliText.Get("Next.Why"));
        foreach (string line in next.Explanation.Lines)
        {
            terminal.Out.WriteLine($"  {line}");
        }

        if (pending.Count > 1)
        {
            terminal.Out.WriteLine();
            terminal.Out.WriteLine(CliText.Get("Next.Then"));
            TextTable.Write(terminal, ["due", "status", "who", "what", "how", "why"], [.. pending.Skip(1).Select(s => (IReadOnlyList<string>)[s.Due, s.StatusText, s.WhoText, s.What, s.HowText, s.Why])]);
        }

        return ExitCodes.Ok;
    }

    /// <summary>A step on one line: what, to whom, by which channel, when.</summary>
    internal static string Line(StepView view, Recommendation step) =>
        What(view)
        + CliText.Format("Next.Due", Text.CultureDate(step.Due))
        + (view.SendAt is null ? string.Empty : CliText.Format("Next.SendAt", view.SendAt[11..16], view.SendAtZone));

    /// <summary>What a step is, to whom and by which channel, in the current UI culture: <c>Send a thank-you email to Ana Ruiz by Email</c>.</summary>
    internal static string What(StepView view) =>
        Capitalize(view.What)
        + (view.ForSeeker ? string.Empty : CliText.Format("Next.To", view.Who))
        + (view.How is null ? string.Empty : CliText.Format("Next.By", view.HowText));

    private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
