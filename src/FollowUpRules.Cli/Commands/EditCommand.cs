using System.CommandLine;
using FollowUpRules.Cli.Localization;

namespace FollowUpRules.Cli.Commands;

/// <summary><c>followup edit application|contact</c>: the group of the two editing commands.</summary>
internal static class EditCommand
{
    public static Command Create(Terminal terminal, GlobalOptions global) =>
        new("edit", CliText.Get("Help.Edit"))
        {
            EditApplicationCommand.Create(terminal, global),
            EditContactCommand.Create(terminal, global),
        };
}
