using System.CommandLine;
using FollowUpRules.Cli.Input;
using FollowUpRules.Cli.Localization;
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
        var application = new Argument<string?>("application") { Description = CliText.Get("Help.ApplicationOrChoose"), Arity = ArgumentArity.ZeroOrOne };
        var contact = new Argument<string>("contact") { Description = CliText.Get("Help.Contact") };
        var withTouchpoints = new Option<bool>("--with-touchpoints") { Description = CliText.Get("Help.RemoveContact.WithTouchpoints") };
        Option<bool> yes = SharedOptions.Yes();
        var command = new Command("contact", CliText.Get("Help.RemoveContact")) { application, contact, withTouchpoints, yes };
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

        string question = naming.Length > 0
            ? CliText.Count("Remove.Contact.AskWith", naming.Length, contact.Name, entry.Application.Id)
            : CliText.Format("Remove.Contact.Ask", contact.Name, entry.Application.Id);
        Ask.Confirm(terminal, yes, question, "remove contact");
        PipelineFile updated = Edits.Apply($"{contact.Name} cannot be removed", () => workspace.Pipeline.RemoveContact(entry.Application.Id, contact.Id, withTouchpoints));
        workspace.Save(updated);
        bool stays = updated.FindContact(contact.CompanyId, contact.Id) is not null;
        terminal.Out.WriteLine(CliText.Format(stays ? "Remove.Contact.DoneStays" : "Remove.Contact.Done", contact.Name, contact.Id, entry.Application.Id, entry.Application.CompanyName));
        return ExitCodes.Ok;
    }
}
