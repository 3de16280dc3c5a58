using FollowUpRules.Cli.Localization;

namespace FollowUpRules.Cli.Output;

/// <summary>Where a command's output goes: the terminal, or with <c>--output</c> a file written atomically.</summary>
internal static class OutputFile
{
    /// <summary>Runs <paramref name="command"/> on the terminal, or, given a <paramref name="path"/>, on a buffer written to that file when the command succeeds.</summary>
    public static int Write(Terminal terminal, string? path, Func<Terminal, int> command)
    {
        if (path is null)
        {
            return command(terminal);
        }

        var buffer = new StringWriter();
        // Progress still shows on standard error while the page or report is written to the file.
        int code = command(new Terminal(buffer, terminal.Error, rich: false, progress: terminal.Progress));
        if (code == ExitCodes.Ok)
        {
            AtomicFile.Write(path, buffer.ToString());
            terminal.Error.WriteLine(CliText.Format("Output.Wrote", path));
        }

        return code;
    }
}
