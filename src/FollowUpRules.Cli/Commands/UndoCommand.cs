using System.CommandLine;
using FollowUpRules.Cli.Localization;
using FollowUpRules.Serialization;

namespace FollowUpRules.Cli.Commands;

/// <summary>
/// <c>followup undo</c>: puts the pipeline file back as it was before the last command that changed it, from the
/// versions the tool keeps (<see cref="History"/>); again to go back one more. It refuses when the file changed since
/// that command wrote it (an edit by hand would be lost), unless <c>--force</c>.
/// </summary>
internal static class UndoCommand
{
    public static Command Create(Terminal terminal, GlobalOptions global)
    {
        var force = new Option<bool>("--force") { Description = CliText.Get("Help.Undo.Force") };
        var command = new Command("undo", CliText.Format("Help.Undo", History.Kept)) { force };
        command.SetAction(r => Run(terminal, global.Read(r), r.GetValue(force)));
        return command;
    }

    public static int Run(Terminal terminal, Options options, bool force)
    {
        options.TextOnly("undo");
        string path = options.FileOrDefault
            ?? throw CliException.Usage($"undo works on a pipeline file, and there is no {Workspace.DefaultFile} here: run it in the folder of your pipeline, or give the file with --file.");
        using LockedFile held = Workspace.FileAction(path, "pipeline", () => LockedFile.Acquire(path));
        History.Entry entry = History.Latest(held)
            ?? throw CliException.Usage($"Nothing to undo: no command has changed '{path}' (or every change is already undone).");
        byte[] now = Workspace.ReadFile(path, "pipeline", PipelineJson.MaxLength);
        if (History.Hash(now) != entry.WrittenHash && !force)
        {
            throw CliException.File($"'{path}' changed since '{entry.Command}' wrote it (edited by hand, or by another program); undoing would lose that change, so nothing was done. 'followup undo --force' restores the version before '{entry.Command}' all the same.");
        }

        byte[] previous = File.ReadAllBytes(entry.ContentPath);
        Workspace.FileAction(path, "pipeline", () =>
        {
            held.Replace(previous);
            History.Delete(entry);
            return true;
        });
        int left = History.Count(held);
        terminal.Out.WriteLine(CliText.Format("Undo.Done", entry.Command, path) + (left == 0 ? string.Empty : " " + CliText.Count("Undo.More", left)));
        return ExitCodes.Ok;
    }
}
