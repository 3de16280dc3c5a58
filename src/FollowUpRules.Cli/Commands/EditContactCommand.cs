using System.CommandLine;
using FollowUpRules.Cli.Localization;
using FollowUpRules.Domain;
using FollowUpRules.Serialization;

namespace FollowUpRules.Cli.Commands;

/// <summary>
/// <c>followup edit contact &lt;application&gt; &lt;contact&gt;</c>: a person's details, changed for every application at
/// the company that lists them (a person is company-wide). A field given empty (<c>--phone ""</c>) is cleared.
/// </summary>
internal static class EditContactCommand
{
    public static Command Create(Terminal terminal, GlobalOptions global)
    {
        var application = new Argument<string?>("application") { Description = CliText.Get("Help.EditContact.Application"), Arity = ArgumentArity.ZeroOrOne };
        var contact = new Argument<string>("contact") { Description = CliText.Get("Help.Contact") };
        var name = new Option<string?>("--name") { Description = CliText.Get("Help.EditContact.Name") };
        var fields = new ContactOptions();
        var command = new Command("contact", CliText.Get("Help.EditContact")) { application, contact, name };
        fields.AddTo(command);
        command.SetAction(r => Run(terminal, global.Read(r), r.GetValue(application), r.GetValue(contact)!, r.GetValue(name), fields.Read(r)));
        return command;
    }

    public static int Run(Terminal terminal, Options options, string? applicationText, string contactText, string? name, ContactFields fields)
    {
        options.TextOnly("edit contact");
        using Workspace workspace = options.OpenForUpdate("edit contact");
        PipelineApplication entry = Edits.Application(terminal, workspace, applicationText, "followup edit contact <application> <contact> --email <address>");
        Contact contact = Edits.Contact(entry, contactText, "edit contact");
        Contact changed = fields.ApplyTo(contact, string.IsNullOrWhiteSpace(name) ? null : name.Trim());
        if (changed == contact)
        {
            throw CliException.Usage($"edit contact changes nothing: give the fields to change, such as --email, --role or --do-not-contact ('followup edit contact --help' lists them).");
        }

        PipelineFile updated = Edits.Apply($"{contact.Name} cannot be changed", () => workspace.Pipeline.ReplaceContact(changed));
        workspace.Save(updated);
        string[] at = [.. updated.Applications.Where(a => a.Application.CompanyId == contact.CompanyId && a.Contacts.Any(c => c.Id == contact.Id)).Select(a => a.Application.Id)];
        string changes = string.Join(", ", Changes(contact, changed));
        terminal.Out.WriteLine(at.Length > 1
            ? CliText.Format("Edit.ContactFor", changed.Name, changed.Id, entry.Application.CompanyName, changes, CliText.And(at))
            : CliText.Format("Edit.Contact", changed.Name, changed.Id, entry.Application.CompanyName, changes));
        return ExitCodes.Ok;
    }

    /// <summary>What changed, as "phone +44 20 7946 0018" or "email cleared", in the options' order and the current UI culture.</summary>
    private static IEnumerable<string> Changes(Contact before, Contact after)
    {
        (string Field, string? Before, string? After)[] fields =
        [
            ("Name", before.Name, after.Name),
            ("Roles", string.Join(", ", before.Roles), string.Join(", ", after.Roles)),
            ("Email", before.Email, after.Email),
            ("LinkedIn", before.LinkedInUrl, after.LinkedInUrl),
            ("Address", before.PostalAddress, after.PostalAddress),
            ("Phone", before.Phone, after.Phone),
            ("TimeZone", before.TimeZoneId, after.TimeZoneId),
        ];
        IEnumerable<string> changes = fields.Where(f => f.Before != f.After).Select(f => string.IsNullOrEmpty(f.After)
            ? CliText.Format("Edit.Cleared", CliText.Get("Edit.Field." + f.Field))
            : CliText.Format("Edit.Set", CliText.Get("Edit.Field." + f.Field), f.After));
        return before.DoNotContact == after.DoNotContact ? changes : [.. changes, CliText.Get(after.DoNotContact ? "Show.DoNotContact" : "Edit.MayContact")];
    }
}
