using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using FollowUpRules.Cli.Input;
using FollowUpRules.Cli.Localization;
using FollowUpRules.Cli.Output;
using FollowUpRules.Domain;
using FollowUpRules.Engine;
using FollowUpRules.Localization;
using FollowUpRules.Serialization;
using NodaTime.Text;

namespace FollowUpRules.Cli.Commands;

/// <summary><c>followup show &lt;application&gt;</c>: one application with its people, what happened in date order, and its pending steps.</summary>
internal static class ShowCommand
{
    public static Command Create(Terminal terminal, GlobalOptions global)
    {
        var application = new Argument<string?>("application") { Description = CliText.Get("Help.ApplicationOrChoose"), Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("show", CliText.Get("Help.Show")) { application };
        command.SetAction(r => Run(terminal, global.Read(r), r.GetValue(application)));
        return command;
    }

    public static int Run(Terminal terminal, Options options, string? applicationText)
    {
        options.RefuseHtml("show");
        Workspace workspace = options.Open();
        PipelineApplication entry = Edits.Application(terminal, workspace, applicationText, "followup show <application>");
        string id = entry.Application.Id;
        Evaluation evaluation = workspace.Engine.Evaluate(entry.ToInput(workspace.Seeker), workspace.Today);
        List<StepView> pending = [.. evaluation.Recommendations.Select(r => StepView.From(r.Due, r, [id], r.Urgency.ToString().ToLowerInvariant(), withExplanation: false))];
        ApplicationView view = ApplicationView.From(entry, pending.FirstOrDefault());
        List<ContactView> contacts = [.. entry.Contacts.Select(c => ContactView.From(c, workspace.Pipeline, id))];
        List<TouchpointView> touchpoints = [.. entry.Touchpoints.Select((t, i) => (t, i)).OrderBy(x => x.t.Date).ThenBy(x => x.i).Select(x => TouchpointView.From(x.t, entry))];
        if (options.Json)
        {
            terminal.Out.WriteLine(JsonSerializer.Serialize(new ShowReport(LocalDatePattern.Iso.Format(workspace.Today), view, contacts, touchpoints, pending), ReportJson.Context.ShowReport));
            return ExitCodes.Ok;
        }

        Application a = entry.Application;
        terminal.Out.WriteLine(CliText.Format("Show.Heading", a.Role, a.CompanyName, id, Text.Status(a), Text.CultureDate(a.AppliedOn)));
        terminal.Out.WriteLine();
        terminal.Out.WriteLine(contacts.Count == 0 ? CliText.Format("Show.NoContacts", id) : CliText.Get("Show.Contacts"));
        if (contacts.Count > 0)
        {
            TextTable.Write(terminal, ["id", "name", "roles", "reach", "notes"], [.. contacts.Select(c => (IReadOnlyList<string>)[
                c.Id,
                c.Name,
                c.Roles.Count == 0 ? "-" : string.Join(", ", c.Roles),
                string.Join(", ", new[] { c.Email, c.LinkedInUrl, c.PostalAddress, c.Phone }.OfType<string>()) is { Length: > 0 } reach ? reach : "-",
                string.Join("; ", Notes(c)) is { Length: > 0 } notes ? notes : "-"])]);
        }

        terminal.Out.WriteLine();
        terminal.Out.WriteLine(touchpoints.Count == 0 ? CliText.Format("Show.NoTouchpoints", id) : CliText.Get("Show.Touchpoints"));
        if (touchpoints.Count > 0)
        {
            TextTable.Write(terminal, ["date", "id", "what", "who", "details"], [.. touchpoints.Select(t => (IReadOnlyList<string>)[
                t.Date,
                t.Id,
                t.Kind,
                t.Who.Count == 0 ? "-" : string.Join(", ", t.Who),
                string.Join(", ", new[] { t.Outcome is null ? null : Texts.Word("Outcome", Enum.Parse<ReplyOutcome>(t.Outcome), CultureInfo.CurrentUICulture), t.RuleId is null ? null : CliText.Format("Show.Rule", t.RuleId), t.SnoozeUntil is null ? null : CliText.Format("Show.Until", t.SnoozeUntil) }.OfType<string>()) is { Length: > 0 } details ? details : "-"])]);
        }

        terminal.Out.WriteLine();
        terminal.Out.WriteLine(pending.Count == 0 ? CliText.Get("Show.NothingPending") : CliText.Get("Show.Pending"));
        if (pending.Count > 0)
        {
            TextTable.Write(terminal, ["due", "status", "who", "what", "how"], [.. pending.Select(s => (IReadOnlyList<string>)[s.Due, s.StatusText, s.WhoText, s.What, s.HowText])]);
        }

        return ExitCodes.Ok;
    }

    private static IEnumerable<string> Notes(ContactView c)
    {
        if (c.DoNotContact)
        {
            yield return CliText.Get("Show.DoNotContact");
        }

        if (c.TimeZone is { } zone)
        {
            yield return zone;
        }

        if (c.LinkedIn != nameof(LinkedInConnection.None))
        {
            yield return CliText.Get("Show.LinkedIn." + c.LinkedIn);
        }

        if (c.AlsoWith.Count > 0)
        {
            yield return CliText.Format("Show.AlsoAt", string.Join(", ", c.AlsoWith));
        }
    }
}
