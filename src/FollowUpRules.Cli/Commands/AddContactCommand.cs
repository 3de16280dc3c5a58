using System.CommandLine;
using FollowUpRules.Cli.Input;
using FollowUpRules.Cli.Localization;
using FollowUpRules.Domain;
using FollowUpRules.Serialization;

namespace FollowUpRules.Cli.Commands;

/// <summary>
/// <c>followup add contact &lt;application&gt; &lt;name&gt;</c>: a person at the application's company. A person is
/// company-wide: when another application at the company already has someone of that name (or that <c>--id</c>), they
/// are the same person, now listed with this application too, with one set of details everywhere.
/// </summary>
internal static class AddContactCommand
{
    private const string Usage = "followup add contact <application> <name>";

    public static Command Create(Terminal terminal, GlobalOptions global)
    {
        var application = new Argument<string?>("application") { Description = CliText.Get("Help.ApplicationOrChoose"), Arity = ArgumentArity.ZeroOrOne };
        var name = new Argument<string?>("name") { Description = CliText.Get("Help.AddContact.Name"), Arity = ArgumentArity.ZeroOrOne };
        var id = new Option<string?>("--id") { Description = CliText.Get("Help.AddContact.Id") };
        var fields = new ContactOptions();
        var command = new Command("contact", CliText.Get("Help.AddContact")) { application, name, id };
        fields.AddTo(command);
        command.SetAction(r => Run(terminal, global.Read(r), r.GetValue(application), r.GetValue(name), r.GetValue(id), fields.Read(r)));
        return command;
    }

    public static int Run(Terminal terminal, Options options, string? applicationText, string? nameText, string? idText, ContactFields fields)
    {
        options.TextOnly("add contact");
        using Workspace workspace = options.OpenForUpdate("add contact");
        PipelineApplication entry = Edits.Application(terminal, workspace, applicationText, $"{Usage} (for example: followup add contact initech-software-engineer \"Ana Ruiz\")");
        string name = Ask.Text(terminal, nameText, "What.Name", $"{Usage} (for example: followup add contact {entry.Application.Id} \"Ana Ruiz\")");
        if (fields.Roles is null && terminal.Prompts is not null)
        {
            fields = fields with { Roles = [.. Ask.Several(terminal, CliText.Format("Ask.Roles", name, entry.Application.CompanyName), Enum.GetValues<ContactRole>()).Select(r => r.ToString())] };
        }

        PipelineFile pipeline = workspace.Pipeline;
        string companyId = entry.Application.CompanyId;
        Contact? known = idText is not null
            ? pipeline.FindContact(companyId, idText)
            : pipeline.ContactsAt(companyId).FirstOrDefault(c => string.Equals(c.Name.Trim(), name, StringComparison.OrdinalIgnoreCase));
        if (known is not null && entry.Contacts.Any(c => c.Id == known.Id))
        {
            throw CliException.Usage($"{entry.Application.Id} already lists {known.Name} ({known.Id}); change their details with 'followup edit contact {entry.Application.Id} {known.Id} ...'.");
        }

        if (idText is not null && (string.IsNullOrWhiteSpace(idText) || idText.Any(char.IsWhiteSpace)))
        {
            throw CliException.Usage($"--id: '{idText}' cannot be an id: write it without spaces, for example ana-ruiz.");
        }

        string contactId = known?.Id ?? idText ?? Ids.Unique(Ids.Slug(name, "contact"), c => pipeline.FindContact(companyId, c) is not null);
        Contact contact = fields.ApplyTo(known ?? new Contact(contactId, companyId, name), known is null ? name : null);
        PipelineFile updated = Edits.Apply($"{name} cannot be added", () => pipeline.AddContact(entry.Application.Id, contact));
        workspace.Save(updated);

        string[] details = [.. contact.Roles.Select(r => r.ToString()), .. new[] { contact.Email, contact.LinkedInUrl, contact.PostalAddress, contact.Phone, contact.TimeZoneId }.OfType<string>(), .. contact.DoNotContact ? [CliText.Get("Show.DoNotContact")] : Array.Empty<string>()];
        string[] alsoAt = [.. updated.Applications.Where(a => a.Application.Id != entry.Application.Id && a.Application.CompanyId == companyId && a.Contacts.Any(c => c.Id == contactId)).Select(a => a.Application.Id)];
        terminal.Out.WriteLine(details.Length > 0
            ? CliText.Format("Add.ContactDetails", contact.Name, contactId, entry.Application.Id, string.Join(", ", details))
            : CliText.Format("Add.Contact", contact.Name, contactId, entry.Application.Id));
        if (alsoAt.Length > 0)
        {
            terminal.Out.WriteLine(CliText.Format("Add.ContactSame", contact.Name, CliText.And(alsoAt), entry.Application.CompanyName));
        }

        terminal.Out.WriteLine(CliText.Format("Add.ContactNext", entry.Application.Id, contactId));
        return ExitCodes.Ok;
    }
}
