using System.CommandLine;
using FollowUpRules.Utility;

namespace FollowUpRules.Cli;

/// <summary>
/// What the tool says about a command line it cannot parse: an unknown command or option with the nearest one ("Did
/// you mean 'agenda'?"), a command that needs a subcommand with the ones it has; other problems as System.CommandLine
/// words them.
/// </summary>
internal static class ParseErrors
{
    public static IEnumerable<string> Describe(ParseResult parsed)
    {
        Command command = parsed.CommandResult.Command;
        string where = Help.PathOf(command) is { Length: > 0 } path ? $"'followup {path}'" : "followup";
        var problems = new List<string>();
        foreach (string token in parsed.UnmatchedTokens)
        {
            if (token.StartsWith('-'))
            {
                string[] options = [.. OptionsOf(command).SelectMany(o => o.Aliases.Prepend(o.Name)).Distinct()];
                string? near = Suggestions.Nearest(token, options);
                problems.Add($"'{token}' is not an option of {where}." + (near is null ? string.Empty : $" Did you mean '{near}'?"));
            }
            else if (command.Subcommands.Count > 0)
            {
                string[] names = [.. command.Subcommands.Select(c => c.Name)];
                string? near = Suggestions.Nearest(token, names);
                problems.Add($"'{token}' is not a command of {where}." + (near is null ? $" Its commands are: {string.Join(", ", names)}." : $" Did you mean '{near}'?"));
            }
            else
            {
                problems.Add($"{where} does not take '{token}'.");
            }
        }

        bool needsSubcommand = command.Subcommands.Count > 0 && command.Action is null;
        if (needsSubcommand && problems.Count == 0)
        {
            problems.Add($"{where} needs a command: {string.Join(", ", command.Subcommands.Select(c => c.Name))}.");
        }

        foreach (System.CommandLine.Parsing.ParseError error in parsed.Errors)
        {
            // The unknown tokens and the missing subcommand are said above, with a suggestion.
            bool said = parsed.UnmatchedTokens.Any(t => error.Message.Contains($"'{t}'", StringComparison.Ordinal))
                || (needsSubcommand && error.SymbolResult is System.CommandLine.Parsing.CommandResult);
            if (!said)
            {
                problems.Add(error.Message);
            }
        }

        return problems;
    }

    /// <summary>The options a command accepts: its own and the recursive ones of the commands above it.</summary>
    private static IEnumerable<Option> OptionsOf(Command command)
    {
        foreach (Option option in command.Options)
        {
            yield return option;
        }

        for (Command? parent = command.Parents.OfType<Command>().FirstOrDefault(); parent is not null; parent = parent.Parents.OfType<Command>().FirstOrDefault())
        {
            foreach (Option option in parent.Options.Where(o => o.Recursive))
            {
                yield return option;
            }
        }
    }
}
