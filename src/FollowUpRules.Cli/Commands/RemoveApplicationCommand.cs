using System.CommandLine;
using FollowUpRules.Cli.Input;
using FollowUpRules.Cli.Output;
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
        var application = new Argument<string?>("application") { Description = "The application's id; chosen from a list on a terminal when left out.", Arity = ArgumentArity.ZeroOrOne };
        Option<bool> yes = SharedOptions.Yes();
        var command = new Command("application", "Remove an application with its touchpoints (asks first; --yes when input is not a terminal).") { application, yes };
        command.SetAction(r => Run(terminal, global.Read(r), r.GetValue(application), r.GetValue(yes)));
        return command;
    }

    public static int Run(Terminal terminal, Options options, string? applicationText, bool yes)
    {
        options.TextOnly("remove application");
        using Workspace workspace = options.OpenForUpdate("remove application");
        PipelineApplication entry = Edits.Application(terminal, workspace, applicationText, "followup remove application <application>");
        string[] parts = [.. new[] { (entry.Contacts.Count, "contact"), (entry.Touchpoints.Count, "touchpoint") }.Where(p => p.Item1 > 0).Select(p => Text.Count(p.Item1, p.Item2))];
        string what = Edits.Describe(entry) + (parts.Length == 0 ? string.Empty : $", with its {string.Join(" and ", parts)}");
        Ask.Confirm(terminal, yes, $"Remove {what}?", "remove application");
        PipelineFile updated = Edits.Apply($"{entry.Application.Id} cannot be removed", () => workspace.Pipeline.RemoveApplication(entry.Application.Id));
        workspace.Save(updated);
        terminal.Out.WriteLine($"Removed {what}. 'followup undo' brings it back.");
        return ExitCodes.Ok;
    }
}
