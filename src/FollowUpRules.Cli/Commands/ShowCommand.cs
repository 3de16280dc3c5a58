using System.CommandLine;
using System.Text.Json;
using FollowUpRules.Cli.Input;
using FollowUpRules.Cli.Output;
using FollowUpRules.Domain;
using FollowUpRules.Engine;
using FollowUpRules.Serialization;
using NodaTime.Text;

namespace FollowUpRules.Cli.Commands;

/// <summary><c>followup show &lt;application&gt;</c>: one application with its people, what happened in date order, and its pending steps.</summary>
internal static class ShowCommand
{
    public static Command Create(Terminal terminal, GlobalOptions global)
    {
        var application = new Argument<string?>("application") { Description = "The application's id; chosen from a list on a terminal when left out.", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("show", "One application: its contacts, its touchpoints in date order and its pending steps.") { application };
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
        terminal.Out.WriteLine($"{a.Role} at {a.CompanyName} ({id}): {a.Status}" + (a.RejectionReason is { } reason ? $" ({reason})" : string.Empty) + $", applied {Text.Date(a.AppliedOn)}");
        terminal.Out.WriteLine();
        terminal.Out.WriteLine(contacts.Count == 0 ? $"Contacts: none yet (followup add contact {id} \"<name>\")" : "Contacts:");
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
        terminal.Out.WriteLine(touchpoints.Count == 0 ? $"Touchpoints: none yet (followup log {id} <kind>)" : "Touchpoints:");
        if (touchpoints.Count > 0)
        {
            TextTable.Write(terminal, ["date", "id", "what", "who", "details"], [.. touchpoints.Select(t => (IReadOnlyList<string>)[
                t.Date,
                t.Id,
                t.Kind,
                t.Who.Count == 0 ? "-" : string.Join(", ", t.Who),
                string.Join(", ", new[] { t.Outcome, t.RuleId is null ? null : $"rule {t.RuleId}", t.SnoozeUntil is null ? null : $"until {t.SnoozeUntil}" }.OfType<string>()) is { Length: > 0 } details ? details : "-"])]);
        }

        terminal.Out.WriteLine();
        terminal.Out.WriteLine(pending.Count == 0 ? "Pending: nothing" : "Pending:");
        if (pending.Count > 0)
        {
            TextTable.Write(terminal, ["due", "status", "who", "what", "how"], [.. pending.Select(s => (IReadOnlyList<string>)[s.Due, s.Status, s.Who, s.What, s.How ?? "-"])]);
        }

        return ExitCodes.Ok;
    }

    private static IEnumerable<string> Notes(ContactView c)
    {
        if (c.DoNotContact)
        {
            yield return "do not contact";
        }

        if (c.TimeZone is { } zone)
        {
            yield return zone;
        }

        if (c.LinkedIn != nameof(LinkedInConnection.None))
        {
            yield return $"LinkedIn {c.LinkedIn}";
        }

        if (c.AlsoWith.Count > 0)
        {
            yield return "also at " + string.Join(", ", c.AlsoWith);
        }
    }
}
