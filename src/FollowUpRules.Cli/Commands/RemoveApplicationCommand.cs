using System.CommandLine;
using FollowUpRules.Cli.Input;
using FollowUpRules.Cli.Localization;
using FollowUpRules.Serialization;

namespace FollowUpRules.Cli.Commands;

/// <summary>
/// <c>followup remove application &lt;application&gt;</c>: the application with its contacts' place in it and its
/// touchpoints; asks first on a terminal, needs <c>--yes</c> otherwise.
/// </summary>
internal static class RemoveApplicationCommand
{
    public static Command Create(Terminal terminal, GlobalOptions global)
    {
        var application = new Argument<string?>("application") { Description = CliText.Get("Help.ApplicationOrChoose"), Arity = ArgumentArity.ZeroOrOne };
        Option<bool> yes = SharedOptions.Yes();
        var command = new Command("application", CliText.Get("Help.RemoveApplication")) { application, yes };
        command.SetAction(r => Run(terminal, global.Read(r), r.GetValue(application), r.GetValue(yes)));
        return command;
    }

    public static int Run(Terminal terminal, Options options, string? applicationText, bool yes)
    {
        options.TextOnly("remove application");
        using Workspace workspace = options.OpenForUpdate("remove application");
        PipelineApplication entry = Edits.Application(terminal, workspace, applicationText, "followup remove application <application>");
        string[] parts = [.. new[] { (entry.Contacts.Count, "Remove.Contacts"), (entry.Touchpoints.Count, "Remove.Touchpoints") }.Where(p => p.Item1 > 0).Select(p => CliText.Count(p.Item2, p.Item1))];
        string what = parts.Length == 0 ? Edits.Tell(entry) : CliText.Format("Remove.With", Edits.Tell(entry), CliText.And(parts));
        Ask.Confirm(terminal, yes, CliText.Format("Remove.Application.Ask", what), "remove application");
        PipelineFile updated = Edits.Apply($"{entry.Application.Id} cannot be removed", () => workspace.Pipeline.RemoveApplication(entry.Application.Id));
        workspace.Save(updated);
        terminal.Out.WriteLine(CliText.Format("Remove.Application.Done", what));
        return ExitCodes.Ok;
    }
}
