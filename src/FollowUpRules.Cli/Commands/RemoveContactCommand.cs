using System.CommandLine;
using FollowUpRules.Cli.Input;
using FollowUpRules.Domain;
using FollowUpRules.Serialization;

namespace FollowUpRules.Cli.Commands;

/// <summary>
/// <c>followup remove contact &lt;application&gt; &lt;contact&gt;</c>: takes a person off one application (other
/// applications at the company keep them); refused while that application's touchpoints name them, unless
/// <c>--with-touchpoints</c>. Asks first on a terminal, needs <c>--yes</c> otherwise.
/// </summary>
internal static class RemoveContactCommand
{
    public static Command Create(Terminal terminal, GlobalOptions global)
    {
        var application = new Argument<string?>("application") { Description = "The application's id; chosen from a list on a terminal when left out.", Arity = ArgumentArity.ZeroOrOne };
        var contact = new Argument<string>("contact") { Description = "The person's id (or name)." };
        var withTouchpoints = new Option<bool>("--with-touchpoints") { Description = "Remove the application's touchpoints that name them too (an interview with others only loses their name)." };
        Option<bool> yes = SharedOptions.Yes();
        var command = new Command("contact", "Take a person off an application (asks first; --yes when input is not a terminal).") { application, contact, withTouchpoints, yes };
        command.SetAction(r => Run(terminal, global.Read(r), r.GetValue(application), r.GetValue(contact)!, r.GetValue(withTouchpoints), r.GetValue(yes)));
        return command;
    }

    public static int Run(Terminal terminal, Options options, string? applicationText, string contactText, bool withTouchpoints, bool yes)
    {
        options.TextOnly("remove contact");
        using Workspace workspace = options.OpenForUpdate("remove contact");
        PipelineApplication entry = Edits.Application(terminal, workspace, applicationText, "followup remove contact <application> <contact>");
        Contact contact = Edits.Contact(entry, contactText, "remove contact");
        Touchpoint[] naming = [.. entry.Touchpoints.Where(t => t.ContactIds.Contains(contact.Id))];
        if (naming.Length > 0 && !withTouchpoints)
        {
            throw CliException.Usage($"{contact.Name} ({contact.Id}) is named by {Output.Text.Count(naming.Length, "touchpoint")} of {entry.Application.Id} ({string.Join("; ", naming.Select(t => $"{t.Id}: {t.Kind} on {Output.Text.Date(t.Date)}"))}); nothing was removed. Add --with-touchpoints to remove those too.");
        }

        Ask.Confirm(terminal, yes, $"Take {contact.Name} off {entry.Application.Id}" + (naming.Length > 0 ? $", with {Output.Text.Count(naming.Length, "touchpoint")} naming them?" : "?"), "remove contact");
        PipelineFile updated = Edits.Apply($"{contact.Name} cannot be removed", () => workspace.Pipeline.RemoveContact(entry.Application.Id, contact.Id, withTouchpoints));
        workspace.Save(updated);
        bool stays = updated.FindContact(contact.CompanyId, contact.Id) is not null;
        terminal.Out.WriteLine($"Removed {contact.Name} ({contact.Id}) from {entry.Application.Id}" + (stays ? $"; the other applications at {entry.Application.CompanyName} keep them." : ".") + " 'followup undo' brings them back.");
        return ExitCodes.Ok;
    }
}
