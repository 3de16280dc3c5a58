using System.CommandLine;

namespace FollowUpRules.Cli.Commands;

/// <summary><c>followup edit application|contact</c>: the group of the two editing commands.</summary>
internal static class EditCommand
{
    public static Command Create(Terminal terminal, GlobalOptions global) =>
        new("edit", "Change an application's or a contact's details in the pipeline file.")
        {
            EditApplicationCommand.Create(terminal, global),
            EditContactCommand.Create(terminal, global),
        };
}
