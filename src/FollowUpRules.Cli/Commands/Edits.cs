using System.Globalization;
using FollowUpRules.Cli.Input;
using FollowUpRules.Cli.Localization;
using FollowUpRules.Serialization;

namespace FollowUpRules.Cli.Commands;

/// <summary>
/// What the writing commands share: choosing the application (asked on a terminal when left out), and running one of
/// the core's pipeline edits (<see cref="PipelineFile"/>), turning its refusals into the tool's usage errors.
/// </summary>
internal static class Edits
{
    /// <summary>The application given, or one chosen from the pipeline's on a terminal.</summary>
    public static PipelineApplication Application(Terminal terminal, Workspace workspace, string? given, string usage)
    {
        if (given is null && workspace.Pipeline.Applications.Count == 0)
        {
            throw CliException.Usage($"{workspace.Source} has no applications yet; add one with 'followup add application' or 'followup import'.");
        }

        string id = Ask.Choice(terminal, given, t => t, "What.Application", usage, [.. workspace.Pipeline.Applications.Select(a => a.Application.Id)], id => Tell(workspace.Pipeline.Find(id)!));
        return workspace.Entry(id);
    }

    /// <summary>"Software Engineer at Initech (initech-software-engineer, Interviewing)", in English, for an error message.</summary>
    public static string Describe(PipelineApplication entry) =>
        string.Format(CultureInfo.InvariantCulture, CliText.English("Application.Describe"), entry.Application.Role, entry.Application.CompanyName, entry.Application.Id, entry.Application.Status);

    /// <summary>The application as <see cref="Describe"/> words it, in the current UI culture: "Software Engineer bei Initech (initech-software-engineer, Im Gespräch)".</summary>
    public static string Tell(PipelineApplication entry) =>
        CliText.Format("Application.Describe", entry.Application.Role, entry.Application.CompanyName, entry.Application.Id, Output.Text.Status(entry.Application.Status));

    /// <summary>Runs an edit; a refusal (an invalid result, an unknown or taken id) is a usage error that says why.</summary>
    /// <param name="what">What could not be done, to start the message.</param>
    /// <param name="edit">The edit.</param>
    /// <param name="newTouchpointId">The id the tool chose for a touchpoint the edit adds: the person never typed it, so
    /// messages name that touchpoint by its kind alone ("The Rejection is dated ...").</param>
    public static PipelineFile Apply(string what, Func<PipelineFile> edit, string? newTouchpointId = null)
    {
        try
        {
            return edit();
        }
        catch (FollowUpFileException e)
        {
            throw CliException.Usage($"{what}:" + string.Concat(e.Errors.Select(x => Environment.NewLine + " - " + WithoutId(x.Message, newTouchpointId))));
        }
        catch (ArgumentException e)
        {
            throw CliException.Usage($"{what}: {Without(e)}");
        }
        catch (InvalidOperationException e)
        {
            throw CliException.Usage($"{what}: {e.Message}");
        }
    }

    /// <summary>A validator's message without the id the tool chose: "The Rejection 't19' is dated" becomes "The Rejection is dated".</summary>
    public static string WithoutId(string message, string? touchpointId) =>
        touchpointId is null ? message : message.Replace($" '{touchpointId}'", string.Empty, StringComparison.Ordinal);

    /// <summary>The message without " (Parameter 'x')", which names a C# argument the person never saw.</summary>
    private static string Without(ArgumentException e) =>
        e.ParamName is null ? e.Message : e.Message.Replace($" (Parameter '{e.ParamName}')", string.Empty, StringComparison.Ordinal);

    /// <summary>The contact a command names, at the application: by id, or by name (any case); a usage error suggests the nearest.</summary>
    public static Domain.Contact Contact(PipelineApplication entry, string given, string what)
    {
        Domain.Contact? found = entry.Contacts.FirstOrDefault(c => string.Equals(c.Id, given, StringComparison.Ordinal))
            ?? entry.Contacts.FirstOrDefault(c => string.Equals(c.Name, given, StringComparison.OrdinalIgnoreCase))
            ?? entry.Contacts.FirstOrDefault(c => string.Equals(c.Id, given, StringComparison.OrdinalIgnoreCase));
        return found ?? throw CliException.Usage(NoContact(entry, given, what));
    }

    public static string NoContact(PipelineApplication entry, string given, string what)
    {
        string id = entry.Application.Id;
        if (entry.Contacts.Count == 0)
        {
            return $"{what}: {id} has no contact '{given}': it has no contacts yet; add one with 'followup add contact {id} <name>'.";
        }

        string? near = Utility.Suggestions.Nearest(given, entry.Contacts.Select(c => c.Id).Concat(entry.Contacts.Select(c => c.Name)));
        string? nearId = near is null ? null : entry.Contacts.First(c => c.Id == near || c.Name == near).Id;
        return $"{what}: {id} has no contact '{given}'." + (nearId is null ? string.Empty : $" Did you mean '{nearId}'?")
            + $" Its contacts are: {string.Join(", ", entry.Contacts.Select(c => $"{c.Id} ({c.Name})"))}.";
    }
}
