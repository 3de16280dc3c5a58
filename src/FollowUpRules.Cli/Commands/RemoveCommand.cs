using System.CommandLine;
using FollowUpRules.Cli.Localization;

namespace FollowUpRules.Cli.Commands;

/// <summary><c>followup remove application|contact</c>: the group of the two removing commands.</summary>
internal static class RemoveCommand
{
    public static Command Create(Terminal terminal, GlobalOptions global) =>
        new("remove", CliText.Get("Help.Remove"))
        {
            RemoveApplicationCommand.Create(terminal, global),
            RemoveContactCommand.Create(terminal, global),
        };
}
