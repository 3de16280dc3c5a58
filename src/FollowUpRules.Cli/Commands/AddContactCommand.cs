using System.CommandLine;
using FollowUpRules.Cli.Input;
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
        var application = new Argument<string?>("application") { Description = "The application's id; chosen from a list on a terminal when left out.", Arity = ArgumentArity.ZeroOrOne };
        var name = new Argument<string?>("name") { Description = "The person's name (\"Ana Ruiz\"); asked for on a terminal when left out.", Arity = ArgumentArity.ZeroOrOne };
        var id = new Option<string?>("--id") { Description = "The id to name them by in other commands; made from the name when left out (ana-ruiz)." };
        var fields = new ContactOptions();
        var command = new Command("contact", "Add a person you deal with at the application's company: roles, email, LinkedIn, postal address, phone, time zone.") { application, name, id };
        fields.AddTo(command);
        command.SetAction(r => Run(terminal, global.Read(r), r.GetValue(application), r.GetValue(name), r.GetValue(id), fields.Read(r)));
        return command;
    }

    public static int Run(Terminal terminal, Options options, string? applicationText, string? nameText, string? idText, ContactFields fields)
    {
        options.TextOnly("add contact");
        using Workspace workspace = options.OpenForUpdate("add contact");
        PipelineApplication entry = Edits.Application(terminal, workspace, applicationText, $"{Usage} (for example: followup add contact initech-software-engineer \"Ana Ruiz\")");
        string name = Ask.Text(terminal, nameText, "the person's name", $"{Usage} (for example: followup add contact {entry.Application.Id} \"Ana Ruiz\")");
        if (fields.Roles is null && terminal.Prompts is not null)
        {
            fields = fields with { Roles = [.. Ask.Several(terminal, $"{name}'s role at {entry.Application.CompanyName}?", Enum.GetValues<ContactRole>()).Select(r => r.ToString())] };
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

        string[] details = [.. contact.Roles.Select(r => r.ToString()), .. new[] { contact.Email, contact.LinkedInUrl, contact.PostalAddress, contact.Phone, contact.TimeZoneId }.OfType<string>(), .. contact.DoNotContact ? ["do not contact"] : Array.Empty<string>()];
        string[] alsoAt = [.. updated.Applications.Where(a => a.Application.Id != entry.Application.Id && a.Application.CompanyId == companyId && a.Contacts.Any(c => c.Id == contactId)).Select(a => a.Application.Id)];
        terminal.Out.WriteLine($"Added {contact.Name} ({contactId}) to {entry.Application.Id}" + (details.Length > 0 ? $": {string.Join(", ", details)}." : "."));
        if (alsoAt.Length > 0)
        {
            terminal.Out.WriteLine($"{contact.Name} is the same person as at {string.Join(" and ", alsoAt)} ({entry.Application.CompanyName}): one set of details, and one step when both applications call for the same one.");
        }

        terminal.Out.WriteLine($"Met them at an interview? followup log {entry.Application.Id} Interview --contact {contactId} --date <yyyy-MM-dd>");
        return ExitCodes.Ok;
    }
}
