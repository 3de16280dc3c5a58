using System.CommandLine;
using FollowUpRules.Cli.Localization;

namespace FollowUpRules.Cli.Commands;

/// <summary><c>followup add application|contact</c>: the group of the two adding commands.</summary>
internal static class AddCommand
{
    public static Command Create(Terminal terminal, GlobalOptions global) =>
        new("add", CliText.Get("Help.Add"))
        {
            AddApplicationCommand.Create(terminal, global),
            AddContactCommand.Create(terminal, global),
        };
}
