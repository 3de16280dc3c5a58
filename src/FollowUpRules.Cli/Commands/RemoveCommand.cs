using System.CommandLine;

namespace FollowUpRules.Cli.Commands;

/// <summary><c>followup remove application|contact</c>: the group of the two removing commands.</summary>
internal static class RemoveCommand
{
    public static Command Create(Terminal terminal, GlobalOptions global) =>
        new("remove", "Remove an application or a contact from the pipeline file ('followup undo' brings it back).")
        {
            RemoveApplicationCommand.Create(terminal, global),
            RemoveContactCommand.Create(terminal, global),
        };
}
