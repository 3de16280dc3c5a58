using System.CommandLine;
using FollowUpRules.Cli.Input;
using FollowUpRules.Cli.Localization;
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
        var company = new Argument<string?>("company") { Description = CliText.Get("Help.AddApplication.Company"), Arity = ArgumentArity.ZeroOrOne };
        var role = new Argument<string?>("role") { Description = CliText.Get("Help.AddApplication.Role"), Arity = ArgumentArity.ZeroOrOne };
        var applied = new Option<string?>("--applied") { Description = CliText.Get("Help.AddApplication.Applied") };
        var status = new Option<string?>("--status") { Description = CliText.Format("Help.AddApplication.Status", string.Join(", ", Enum.GetNames<ApplicationStatus>().Where(s => s != nameof(ApplicationStatus.Rejected)))) };
        var id = new Option<string?>("--id") { Description = CliText.Get("Help.AddApplication.Id") };
        var command = new Command("application", CliText.Get("Help.AddApplication")) { company, role, applied, status, id };
        command.SetAction(r => Run(terminal, global.Read(r), r.GetValue(company), r.GetValue(role), r.GetValue(applied), r.GetValue(status), r.GetValue(id)));
        return command;
    }

    public static int Run(Terminal terminal, Options options, string? companyText, string? roleText, string? appliedText, string? statusText, string? idText)
    {
        options.TextOnly("add application");
        using Workspace workspace = options.OpenForUpdate("add application");
        string companyName = Ask.Text(terminal, companyText, "What.Company", $"{Usage} (for example: followup add application Initech \"Software Engineer\")");
        string role = Ask.Text(terminal, roleText, "What.Role", $"{Usage} (for example: followup add application Initech \"Software Engineer\")");
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
        terminal.Out.WriteLine(others > 0
            ? CliText.Format("Add.ApplicationAgain", id, role, companyName, Text.Status(status), Text.CultureDate(applied), Ordinal(others + 1))
            : CliText.Format("Add.Application", id, role, companyName, Text.Status(status), Text.CultureDate(applied)));
        terminal.Out.WriteLine(CliText.Format("Add.ApplicationNext", id));
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

    /// <summary>"second" to "fifth", then "6th": the words of the current UI culture.</summary>
    private static string Ordinal(int n) => n <= 5 ? CliText.Get($"Add.Ordinal.{n}") : CliText.Format("Add.Ordinal.Other", n);
}
