using Spectre.Console;

namespace FollowUpRules.Cli;

/// <summary>Where the tool writes: plain text, or Spectre.Console tables and colour when the output is a terminal.</summary>
internal sealed class Terminal(TextWriter output, TextWriter error, bool rich)
{
    public TextWriter Out { get; } = output;

    public TextWriter Error { get; } = error;

    public bool Rich { get; } = rich;

    public IAnsiConsole Console() => AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Out) });
}
