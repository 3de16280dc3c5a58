using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using FollowUpRules.Cli.Commands;
using FollowUpRules.Cli.Localization;
using FollowUpRules.Domain;

namespace FollowUpRules.Cli;

/// <summary>The options several commands take, each defined once here so that they read and are described alike.</summary>
internal static class SharedOptions
{
    /// <summary><c>--months N</c>, 1 to 60, 3 by default; a value that is not a whole number is a usage error saying so.</summary>
    public static Option<int> Months() => new("--months")
    {
        Description = CliText.Format("Help.Months", PlanCommand.MaxMonths),
        DefaultValueFactory = _ => 3,
        CustomParser = result => WholeNumber(result, "--months", "a whole number of months, from 1 to 60"),
    };

    /// <summary><c>--date yyyy-MM-dd</c>: when something happened; today when left out. <paramref name="description"/> is the key of its description.</summary>
    public static Option<string?> Date(string description) => new("--date") { Description = CliText.Get(description) };

    /// <summary><c>--reason</c>: why an application was turned down, one of the reasons the domain knows.</summary>
    public static Option<string?> Reason() => new("--reason")
    {
        Description = CliText.Format("Help.Reason", string.Join(", ", Enum.GetNames<RejectionReason>())),
    };

    /// <summary><c>--yes</c>: go ahead without asking.</summary>
    public static Option<bool> Yes() => new("--yes", "-y") { Description = CliText.Get("Help.Yes") };

    private static int WholeNumber(ArgumentResult result, string option, string expected)
    {
        string text = result.Tokens.Count == 0 ? string.Empty : result.Tokens[0].Value;
        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int value))
        {
            return value;
        }

        result.AddError($"{option}: '{text}' is not {expected}.");
        return 0;
    }
}

/// <summary>The fields of a contact, as options of <c>add contact</c> and <c>edit contact</c>.</summary>
internal sealed class ContactOptions
{
    public Option<string[]> Roles { get; } = new("--role") { Description = CliText.Format("Help.Contact.Roles", string.Join(", ", Enum.GetNames<ContactRole>())), AllowMultipleArgumentsPerToken = false };

    public Option<string?> Email { get; } = new("--email") { Description = CliText.Get("Help.Contact.Email") };

    public Option<string?> LinkedIn { get; } = new("--linkedin") { Description = CliText.Get("Help.Contact.LinkedIn") };

    public Option<string?> Address { get; } = new("--address") { Description = CliText.Get("Help.Contact.Address") };

    public Option<string?> Phone { get; } = new("--phone") { Description = CliText.Get("Help.Contact.Phone") };

    public Option<string?> TimeZone { get; } = new("--time-zone") { Description = CliText.Get("Help.Contact.TimeZone") };

    public Option<bool?> DoNotContact { get; } = new("--do-not-contact") { Description = CliText.Get("Help.Contact.DoNotContact") };

    public void AddTo(Command command)
    {
        command.Add(Roles);
        command.Add(Email);
        command.Add(LinkedIn);
        command.Add(Address);
        command.Add(Phone);
        command.Add(TimeZone);
        command.Add(DoNotContact);
    }

    /// <summary>The fields given; <see langword="null"/> for each left out (an empty text clears a field in <c>edit</c>).</summary>
    public ContactFields Read(ParseResult result) => new(
        result.GetValue(Roles) is { Length: > 0 } roles ? roles : null,
        result.GetValue(Email),
        result.GetValue(LinkedIn),
        result.GetValue(Address),
        result.GetValue(Phone),
        result.GetValue(TimeZone),
        result.GetValue(DoNotContact));
}

/// <summary>A contact's fields as given on the command line; <see langword="null"/> means not given.</summary>
internal sealed record ContactFields(string[]? Roles, string? Email, string? LinkedIn, string? Address, string? Phone, string? TimeZone, bool? DoNotContact)
{
    /// <summary>The contact with these fields laid over <paramref name="contact"/>: a field given replaces it, an empty one clears it.</summary>
    public Contact ApplyTo(Contact contact, string? name = null)
    {
        IEnumerable<ContactRole> roles = Roles is null ? contact.Roles : [.. Roles.SelectMany(r => r.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).Select(r => Input.Vocabulary.Role(r, "--role")).Distinct()];
        return new Contact(
            contact.Id,
            contact.CompanyId,
            name ?? contact.Name,
            roles,
            Field(Email, contact.Email),
            Field(LinkedIn, contact.LinkedInUrl),
            Field(Address, contact.PostalAddress),
            Field(Phone, contact.Phone),
            TimeZone is null ? contact.TimeZoneId : TimeZone.Length == 0 ? null : Workspace.ParseZone(TimeZone, "--time-zone").Id,
            contact.LinkedIn,
            DoNotContact ?? contact.DoNotContact,
            contact.HolidayCalendarId);
    }

    private static string? Field(string? given, string? current) =>
        given is null ? current : string.IsNullOrWhiteSpace(given) ? null : given.Trim();
}
