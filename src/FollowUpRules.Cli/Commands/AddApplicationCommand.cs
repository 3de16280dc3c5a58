using System.CommandLine;
using FollowUpRules.Cli.Input;
using FollowUpRules.Cli.Output;
using FollowUpRules.Domain;
using FollowUpRules.Serialization;
using NodaTime;

namespace FollowUpRules.Cli.Commands;

/// <summary>
/// <c>followup add application &lt;company&gt; &lt;role&gt;</c>: a new application, applied today unless
/// <c>--applied</c> says when, its id made from the company and the role unless <c>--id</c> gives one.
/// </summary>
internal static class AddApplicationCommand
{
    private const string Usage = "followup add application <company> <role>";

    public static Command Create(Terminal terminal, GlobalOptions global)
    {
        var company = new Argument<string?>("company") { Description = "The company's name, as you write it (\"Initech\"); asked for on a terminal when left out.", Arity = ArgumentArity.ZeroOrOne };
        var role = new Argument<string?>("role") { Description = "The role applied for (\"Software Engineer\"); asked for on a terminal when left out.", Arity = ArgumentArity.ZeroOrOne };
        var applied = new Option<string?>("--applied") { Description = "When you applied, yyyy-MM-dd; today when left out." };
        var status = new Option<string?>("--status") { Description = $"Where it stands: {string.Join(", ", Enum.GetNames<ApplicationStatus>().Where(s => s != nameof(ApplicationStatus.Rejected)))}; Applied when left out (record a rejection with 'followup status <id> rejected')." };
        var id = new Option<string?>("--id") { Description = "The id to use for it in other commands; made from the company and the role when left out (initech-software-engineer)." };
        var command = new Command("application", "Add an application: the company, the role, when you applied, where it stands.") { company, role, applied, status, id };
        command.SetAction(r => Run(terminal, global.Read(r), r.GetValue(company), r.GetValue(role), r.GetValue(applied), r.GetValue(status), r.GetValue(id)));
        return command;
    }

    public static int Run(Terminal terminal, Options options, string? companyText, string? roleText, string? appliedText, string? statusText, string? idText)
    {
        options.TextOnly("add application");
        using Workspace workspace = options.OpenForUpdate("add application");
        string companyName = Ask.Text(terminal, companyText, "the company", $"{Usage} (for example: followup add application Initech \"Software Engineer\")");
        string role = Ask.Text(terminal, roleText, "the role", $"{Usage} (for example: followup add application Initech \"Software Engineer\")");
        LocalDate applied = appliedText is null ? workspace.Today : Workspace.ParseDate(appliedText, "--applied");
        ApplicationStatus status = statusText is null ? ApplicationStatus.Applied : Vocabulary.Status(statusText, "--status");
        if (status == ApplicationStatus.Rejected)
        {
            throw CliException.Usage("--status: a rejection needs its date and reason: add the application, then run 'followup status <id> rejected --reason <reason> --date <day it arrived>'.");
        }

        PipelineFile pipeline = workspace.Pipeline;
        string companyId = Ids.CompanyId(pipeline, companyName);
        string id = idText is null ? Ids.ApplicationId(pipeline, companyId, role) : CheckId(pipeline, idText);
        var application = new Application(id, companyId, companyName, role, status, applied);
        PipelineFile updated = Edits.Apply("The application cannot be added", () => pipeline.AddApplication(new PipelineApplication(application)));
        if (workspace.Engine.Validate(updated.Find(id)!.ToInput(workspace.Seeker), workspace.Today) is { IsValid: false } result)
        {
            throw CliException.Usage("The application cannot be added:" + string.Concat(result.Errors.Select(e => Environment.NewLine + " - " + e.ErrorMessage)));
        }

        workspace.Save(updated);
        int others = pipeline.Applications.Count(a => a.Application.CompanyId == companyId);
        terminal.Out.WriteLine($"Added {id}: {role} at {companyName}, {status}, applied {Text.Date(applied)}" + (others > 0 ? $" (your {Ordinal(others + 1)} application at {companyName}: its people are shared)." : "."));
        terminal.Out.WriteLine($"Next: add the people you deal with there: followup add contact {id} \"<name>\" --role Recruiter --email <address>");
        return ExitCodes.Ok;
    }

    public static string CheckId(PipelineFile pipeline, string id)
    {
        if (string.IsNullOrWhiteSpace(id) || id.Any(char.IsWhiteSpace))
        {
            throw CliException.Usage($"--id: '{id}' cannot be an id: write it without spaces, for example initech-lead.");
        }

        return pipeline.Find(id) is null ? id : throw CliException.Usage($"--id: there is already an application '{id}' ({Edits.Describe(pipeline.Find(id)!)}); choose another id.");
    }

    private static string Ordinal(int n) => n switch { 2 => "second", 3 => "third", 4 => "fourth", 5 => "fifth", _ => $"{n}th" };
}
