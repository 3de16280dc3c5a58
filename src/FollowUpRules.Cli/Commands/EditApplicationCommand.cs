using System.CommandLine;
using FollowUpRules.Cli.Input;
using FollowUpRules.Cli.Localization;
using FollowUpRules.Domain;
using FollowUpRules.Serialization;
using NodaTime;

namespace FollowUpRules.Cli.Commands;

/// <summary>
/// <c>followup edit application &lt;application&gt;</c>: its company, role, application date or id; its contacts and
/// touchpoints stay. (Its status changes with <c>followup status</c>, which keeps the rejection consistent.)
/// </summary>
internal static class EditApplicationCommand
{
    public static Command Create(Terminal terminal, GlobalOptions global)
    {
        var application = new Argument<string?>("application") { Description = CliText.Get("Help.ApplicationOrChoose"), Arity = ArgumentArity.ZeroOrOne };
        var company = new Option<string?>("--company") { Description = CliText.Get("Help.EditApplication.Company") };
        var role = new Option<string?>("--role") { Description = CliText.Get("Help.EditApplication.Role") };
        var applied = new Option<string?>("--applied") { Description = CliText.Get("Help.EditApplication.Applied") };
        var id = new Option<string?>("--id") { Description = CliText.Get("Help.EditApplication.Id") };
        var command = new Command("application", CliText.Get("Help.EditApplication")) { application, company, role, applied, id };
        command.SetAction(r => Run(terminal, global.Read(r), r.GetValue(application), r.GetValue(company), r.GetValue(role), r.GetValue(applied), r.GetValue(id)));
        return command;
    }

    public static int Run(Terminal terminal, Options options, string? applicationText, string? companyText, string? roleText, string? appliedText, string? idText)
    {
        options.TextOnly("edit application");
        if (companyText is null && roleText is null && appliedText is null && idText is null)
        {
            throw CliException.Usage("edit application changes nothing without --company, --role, --applied or --id; 'followup status <application> <status>' changes its status.");
        }

        using Workspace workspace = options.OpenForUpdate("edit application");
        PipelineApplication entry = Edits.Application(terminal, workspace, applicationText, "followup edit application <application> --role \"<role>\"");
        Application a = entry.Application;
        PipelineFile pipeline = workspace.Pipeline;
        string companyName = string.IsNullOrWhiteSpace(companyText) ? a.CompanyName : companyText.Trim();
        string companyId = companyText is null ? a.CompanyId : Ids.CompanyId(pipeline.RemoveApplication(a.Id), companyName);
        string id = idText is null || idText == a.Id ? a.Id : AddApplicationCommand.CheckId(pipeline, idText);
        LocalDate applied = appliedText is null ? a.AppliedOn : Workspace.ParseDate(appliedText, "--applied");
        var changed = new Application(id, companyId, companyName, string.IsNullOrWhiteSpace(roleText) ? a.Role : roleText.Trim(), a.Status, applied, a.RejectionReason);
        PipelineFile updated = Edits.Apply($"{a.Id} cannot be changed", () => pipeline.ReplaceApplication(a.Id, changed));
        if (workspace.Engine.Validate(updated.Find(id)!.ToInput(workspace.Seeker), workspace.Today) is { IsValid: false } result)
        {
            throw CliException.Usage($"{a.Id} cannot be changed:" + string.Concat(result.Errors.Select(e => Environment.NewLine + " - " + e.ErrorMessage)));
        }

        workspace.Save(updated);
        terminal.Out.WriteLine(CliText.Format("Edit.Application", a.Id, Edits.Tell(updated.Find(id)!), Output.Text.CultureDate(applied)));
        return ExitCodes.Ok;
    }
}
