using System.CommandLine;
using FollowUpRules.Serialization;
using FollowUpRules.Validation;

namespace FollowUpRules.Cli;

/// <summary>The <c>followup</c> tool's entry point: parses the arguments, runs one command, maps failures to exit codes.</summary>
public static class Program
{
    /// <summary>Runs the tool on the process's console; tables and colour only when the output is a terminal.</summary>
    /// <param name="args">The command line.</param>
    /// <returns>The exit code (see <see cref="ExitCodes"/>).</returns>
    public static int Main(string[] args) =>
        Run(args, Console.Out, Console.Error, rich: !Console.IsOutputRedirected && Environment.GetEnvironmentVariable("NO_COLOR") is null);

    /// <summary>Runs the tool with the given writers; the output is plain text, as when redirected.</summary>
    /// <param name="args">The command line.</param>
    /// <param name="output">Where results go.</param>
    /// <param name="error">Where problems go.</param>
    /// <returns>The exit code (see <see cref="ExitCodes"/>).</returns>
    public static int Run(string[] args, TextWriter output, TextWriter error) => Run(args, output, error, rich: false);

    internal static int Run(string[] args, TextWriter output, TextWriter error, bool rich)
    {
        var terminal = new Terminal(output, error, rich);
        RootCommand root = CommandLine.Build(terminal);
        ParseResult parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (System.CommandLine.Parsing.ParseError parseError in parsed.Errors)
            {
                error.WriteLine($"error: {parseError.Message}");
            }

            error.WriteLine("Run 'followup --help' for the commands and their options.");
            return ExitCodes.Usage;
        }

        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (CliException e)
        {
            error.WriteLine($"error: {e.Message}");
            return e.ExitCode;
        }
        catch (FollowUpValidationException e)
        {
            error.WriteLine($"error: {e.Message}");
            return ExitCodes.Invalid;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"error: {e.Message}");
            return ExitCodes.File;
        }
    }
}
