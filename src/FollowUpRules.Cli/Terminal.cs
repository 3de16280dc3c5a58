using Spectre.Console;

namespace FollowUpRules.Cli;

/// <summary>
/// Where the tool writes and what it may do there: plain text, or Spectre.Console tables and colour when the output is a
/// terminal (<see cref="Rich"/>, at <see cref="Width"/> columns); prompts only when a person can answer them
/// (<see cref="Prompts"/>); progress only when standard error is a terminal (<see cref="Progress"/>).
/// </summary>
internal sealed class Terminal
{
    public Terminal(TextWriter output, TextWriter error, bool rich, int? width = null, IAnsiConsole? prompts = null, IAnsiConsole? progress = null)
    {
        Out = output;
        Error = error;
        Rich = rich;
        Width = width;
        Prompts = prompts;
        Progress = progress;
    }

    public TextWriter Out { get; }

    public TextWriter Error { get; }

    public bool Rich { get; }

    /// <summary>Gets the terminal's width in columns for rich tables; <see langword="null"/> for no limit (plain output).</summary>
    public int? Width { get; }

    /// <summary>Gets the console that asks for missing arguments; <see langword="null"/> when input or output is redirected.</summary>
    public IAnsiConsole? Prompts { get; }

    /// <summary>Gets the console that shows progress of long commands; <see langword="null"/> when standard error is redirected.</summary>
    public IAnsiConsole? Progress { get; }

    public IAnsiConsole Console()
    {
        IAnsiConsole console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Out) });
        // Without a known width (output that is not a console window), nothing is wrapped.
        console.Profile.Width = Width ?? 4096;

        return console;
    }
}
