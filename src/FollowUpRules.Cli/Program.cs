using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using FollowUpRules.Cli.Localization;
using FollowUpRules.Validation;
using Spectre.Console;

namespace FollowUpRules.Cli;

/// <summary>The <c>followup</c> tool's entry point: parses the arguments, runs one command, maps failures to exit codes.</summary>
public static class Program
{
    /// <summary>
    /// Runs the tool on the process's console: tables and colour only when the output is a terminal, prompts only when
    /// input and output both are, progress only when standard error is.
    /// </summary>
    /// <param name="args">The command line.</param>
    /// <returns>The exit code (see <see cref="ExitCodes"/>).</returns>
    public static int Main(string[] args)
    {
        bool colour = Environment.GetEnvironmentVariable("NO_COLOR") is null;
        bool rich = !Console.IsOutputRedirected && colour;
        bool interactive = !Console.IsInputRedirected && !Console.IsOutputRedirected;
        IAnsiConsole? prompts = interactive ? AnsiConsole.Console : null;
        IAnsiConsole? progress = Console.IsErrorRedirected ? null : AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        int? width = rich ? Console.WindowWidth : null;
        return Run(args, new Terminal(Console.Out, Console.Error, rich, width > 0 ? width : null, prompts, progress));
    }

    /// <summary>Runs the tool with the given writers; the output is plain text, as when redirected, and nothing is asked.</summary>
    /// <param name="args">The command line.</param>
    /// <param name="output">Where results go.</param>
    /// <param name="error">Where problems go.</param>
    /// <returns>The exit code (see <see cref="ExitCodes"/>).</returns>
    public static int Run(string[] args, TextWriter output, TextWriter error) => Run(args, new Terminal(output, error, rich: false));

    internal static int Run(string[] args, TextWriter output, TextWriter error, bool rich) => Run(args, new Terminal(output, error, rich));

    internal static int Run(string[] args, Terminal terminal)
    {
        // The culture is the run's: set for the command, and put back after, so a host calling Run keeps its own.
        CultureInfo before = CultureInfo.CurrentUICulture;
        try
        {
            ParseResult parsed = Parse(args, terminal, before);
            // Help is shown even when the command line lacks a required argument ("followup log --help").
            if (parsed.Errors.Count > 0 && parsed.Action is not { ClearsParseErrors: true })
            {
                foreach (string problem in ParseErrors.Describe(parsed))
                {
                    terminal.Error.WriteLine($"error: {problem}");
                }

                string path = Help.PathOf(parsed.CommandResult.Command);
                terminal.Error.WriteLine($"Run 'followup {(path.Length == 0 ? string.Empty : path + " ")}--help' for the commands and their options.");
                return ExitCodes.Usage;
            }

            CultureInfo.CurrentUICulture = CliText.Culture(parsed.GetValue<string?>(CommandLine.CultureOption), before);
            return parsed.Invoke(new InvocationConfiguration { Output = terminal.Out, Error = terminal.Error, EnableDefaultExceptionHandler = false });
        }
        catch (CliException e)
        {
            terminal.Error.WriteLine($"error: {e.Message}");
            return e.ExitCode;
        }
        catch (FollowUpValidationException e)
        {
            terminal.Error.WriteLine($"error: {e.Message}");
            return ExitCodes.Invalid;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            terminal.Error.WriteLine($"error: {e.Message}");
            return ExitCodes.File;
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    /// <summary>
    /// Parses the command line with a command tree built in the seeker's culture, since the tree holds the descriptions
    /// <c>--help</c> shows: built in the environment's culture, then again in the one <c>--culture</c> names when that is
    /// another (System.CommandLine's own parser reads the option, in each of the forms it takes). A name that is no
    /// culture leaves the environment's, and the command then fails with the usage error that says so.
    /// </summary>
    private static ParseResult Parse(string[] args, Terminal terminal, CultureInfo environment)
    {
        ParseResult parsed = ParseIn(environment, args, terminal);
        return parsed.GetResult(CommandLine.CultureOption) is OptionResult { Tokens: [.., var name] }
            && CliText.Known(name.Value) is { } culture && !culture.Equals(environment)
            ? ParseIn(culture, args, terminal)
            : parsed;
    }

    private static ParseResult ParseIn(CultureInfo culture, string[] args, Terminal terminal)
    {
        CultureInfo.CurrentUICulture = culture;
        RootCommand root = CommandLine.Build(terminal);
        // Usage errors stay English: System.CommandLine words its parse errors in the current UI culture when it parses.
        CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
        return root.Parse(args);
    }
}
