using System.CommandLine;
using System.Globalization;
using FollowUpRules.Cli.Input;
using FollowUpRules.Cli.Localization;
using FollowUpRules.Cli.Output;
using FollowUpRules.Domain;
using FollowUpRules.Serialization;

namespace FollowUpRules.Cli.Commands;

/// <summary>
/// <c>followup import &lt;file.csv&gt;</c>: adds the applications (and the people they name) of a spreadsheet's or job
/// tracker's CSV export (<see cref="ApplicationCsv"/>). Nothing is written unless every row is good (or
/// <c>--skip-invalid</c>); a row already in the pipeline (the same id, or the same company, role and date) is left as it
/// is, so importing a file again adds nothing twice.
/// </summary>
internal static class ImportCommand
{
    /// <summary>How many row problems are printed; the rest are counted.</summary>
    public const int ShownProblems = 20;

    public static Command Create(Terminal terminal, GlobalOptions global)
    {
        var file = new Argument<string>("file") { Description = CliText.Get("Help.Import.File") };
        var skipInvalid = new Option<bool>("--skip-invalid") { Description = CliText.Get("Help.Import.SkipInvalid") };
        var dayFirst = new Option<bool>("--day-first") { Description = CliText.Get("Help.Import.DayFirst") };
        var command = new Command("import", CliText.Get("Help.Import")) { file, skipInvalid, dayFirst };
        command.SetAction(r => Run(terminal, global.Read(r), r.GetValue(file)!, r.GetValue(skipInvalid), r.GetValue(dayFirst)));
        return command;
    }

    public static int Run(Terminal terminal, Options options, string file, bool skipInvalid, bool dayFirst)
    {
        options.TextOnly("import");
        byte[] content = Workspace.ReadFile(file, "CSV", ApplicationCsv.MaxLength);
        ImportedFile read = ApplicationCsv.Read(content, file, dayFirst || ApplicationCsv.CultureDayFirst());
        using Workspace workspace = options.OpenForUpdate("import");
        PipelineFile pipeline = workspace.Pipeline;
        var problems = new List<string>(read.Problems);
        int bad = read.BadRows;
        var notes = new List<string>();
        var added = new List<PipelineApplication>();
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        var companies = pipeline.Applications.GroupBy(a => a.Application.CompanyName.Trim(), StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First().Application.CompanyId, StringComparer.OrdinalIgnoreCase);
        var people = new Dictionary<(string Company, string Name), Contact>();
        foreach (PipelineApplication a in pipeline.Applications)
        {
            foreach (Contact c in a.Contacts)
            {
                people.TryAdd((a.Application.CompanyId, c.Name.Trim().ToUpperInvariant()), c);
            }
        }

        int nextTouchpoint = int.Parse(pipeline.NextTouchpointId().AsSpan(1), CultureInfo.InvariantCulture);
        int already = 0;
        var known = new Dictionary<string, PipelineApplication>(StringComparer.Ordinal);
        foreach (PipelineApplication a in pipeline.Applications)
        {
            known[a.Application.Id] = a;
        }

        foreach (ImportedRow row in read.Rows)
        {
            if (!companies.TryGetValue(row.CompanyName, out string? companyId))
            {
                companyId = Ids.Unique(Ids.Slug(row.CompanyName, "company"), id => companies.ContainsValue(id));
                companies[row.CompanyName] = companyId;
            }

            string? id = Identify(row, companyId, known, out PipelineApplication? same);
            if (same is not null)
            {
                if (lines.TryGetValue(same.Application.Id, out int first))
                {
                    notes.Add(CliText.Format("Import.Repeats", row.Line, first));
                }
                else
                {
                    already++;
                    if (same.Application.Status != row.Status)
                    {
                        notes.Add(CliText.Format("Import.AlreadyAs", row.Line, same.Application.Id, Text.Status(same.Application.Status), Text.Status(row.Status), row.Status.ToString().ToLowerInvariant()));
                    }
                }

                continue;
            }

            if (id is null)
            {
                bad++;
                problems.Add($"line {row.Line}: the id '{row.Id}' is already the application {Edits.Describe(known[row.Id!])} in the pipeline; give this row another id.");
                continue;
            }

            var contacts = new List<Contact>();
            foreach (ImportedContact person in row.Contacts)
            {
                (string, string) key = (companyId, person.Name.ToUpperInvariant());
                if (!people.TryGetValue(key, out Contact? contact))
                {
                    string contactId = Ids.Unique(Ids.Slug(person.Name, "contact"), c => people.Values.Any(p => p.CompanyId == companyId && p.Id == c));
                    contact = new Contact(contactId, companyId, person.Name, person.Roles, person.Email, person.LinkedIn, phone: person.Phone);
                    people[key] = contact;
                }

                if (!contacts.Any(c => c.Id == contact.Id))
                {
                    contacts.Add(contact);
                }
            }

            var touchpoints = new List<Touchpoint>();
            if (row.Status == ApplicationStatus.Rejected)
            {
                if (row.RejectedOn is null)
                {
                    notes.Add(CliText.Format("Import.RejectedUndated", row.Line, Text.Status(ApplicationStatus.Rejected), Text.CultureDate(row.Applied)));
                }

                touchpoints.Add(new Touchpoint("t" + (nextTouchpoint++).ToString(CultureInfo.InvariantCulture), TouchpointKind.Rejection, row.RejectedOn ?? row.Applied));
            }

            var entry = new PipelineApplication(new Application(id, companyId, row.CompanyName, row.Role, row.Status, row.Applied, row.Reason), contacts, touchpoints);
            known[id] = entry;
            lines[id] = row.Line;
            added.Add(entry);
        }

        // A file too large for a pipeline is refused before each row is checked: that is quick, and says what matters.
        int size = System.Text.Encoding.UTF8.GetByteCount(PipelineJson.Save(new PipelineFile(pipeline.Seeker, [.. pipeline.Applications, .. added], pipeline.PlaybookPath, pipeline.Settings)));
        if (size > PipelineJson.MaxLength)
        {
            throw new CliException(ExitCodes.Invalid, $"Importing the {Text.Count(added.Count, "application")} of '{file}' would make the pipeline {size / 1024} KiB, more than the {PipelineJson.MaxLength / 1024} KiB a pipeline file may be; nothing was written.");
        }

        foreach (PipelineApplication entry in added.ToList())
        {
            if (workspace.Engine.Validate(entry.ToInput(workspace.Seeker), workspace.Today) is { IsValid: false } result)
            {
                bad++;
                problems.Add($"line {lines[entry.Application.Id]}: " + string.Join("; ", result.Errors.Select(e => Edits.WithoutId(e.ErrorMessage, entry.Touchpoints.FirstOrDefault()?.Id).TrimEnd('.'))) + ".");
                added.Remove(entry);
            }
        }

        if (read.IgnoredColumns.Count > 0)
        {
            terminal.Out.WriteLine(CliText.Format("Import.IgnoredColumns", string.Join(", ", read.IgnoredColumns.Select(c => $"'{c}'")), string.Join(", ", ApplicationCsv.Columns.Select(c => c.Column))));
        }

        if (problems.Count > 0 && !skipInvalid)
        {
            throw new CliException(ExitCodes.Invalid, $"'{file}' has {Text.Count(bad, "bad row")}; nothing was imported (fix them, or import the good rows with --skip-invalid):" + Listed(problems));
        }

        if (added.Count == 0)
        {
            terminal.Out.WriteLine(already > 0 ? CliText.Count("Import.NothingAlready", already, file, workspace.Path) : CliText.Format("Import.NothingGood", file));
            WriteNotes(terminal, notes, problems);
            return problems.Count > 0 ? ExitCodes.Invalid : ExitCodes.Ok;
        }

        PipelineFile updated = Edits.Apply($"'{file}' cannot be imported", () => pipeline.AddApplications(added));
        workspace.Save(updated);
        string statuses = string.Join(", ", added.GroupBy(a => a.Application.Status).OrderBy(g => g.Key).Select(g => CliText.Format("Import.StatusCount", g.Count(), Text.Status(g.Key))));
        int contactsAdded = added.SelectMany(a => a.Contacts).DistinctBy(c => (c.CompanyId, c.Id)).Count(c => pipeline.FindContact(c.CompanyId, c.Id) is null);
        terminal.Out.WriteLine(CliText.Count("Import.Done", added.Count, file, workspace.Path, statuses) + (contactsAdded > 0 ? CliText.Count("Import.Contacts", contactsAdded) : string.Empty) + "."
            + (already > 0 ? " " + CliText.Count("Import.Already", already) : string.Empty));
        WriteNotes(terminal, notes, problems);
        terminal.Out.WriteLine(CliText.Get("Import.Next"));
        return ExitCodes.Ok;
    }

    /// <summary>
    /// The id for a row, or <see langword="null"/> when its explicit id belongs to another application. <paramref name="same"/>
    /// is the application already there that the row is (same id or same made-up id, with the same company, role and date).
    /// </summary>
    private static string? Identify(ImportedRow row, string companyId, Dictionary<string, PipelineApplication> known, out PipelineApplication? same)
    {
        same = null;
        if (row.Id is { } given)
        {
            if (known.TryGetValue(given, out PipelineApplication? there))
            {
                same = IsSame(there, row) ? there : null;
                return same is null ? null : given;
            }

            return given;
        }

        string baseId = $"{companyId}-{Ids.Slug(row.Role, "role")}";
        for (int n = 1; ; n++)
        {
            string candidate = n == 1 ? baseId : $"{baseId}-{n.ToString(CultureInfo.InvariantCulture)}";
            if (!known.TryGetValue(candidate, out PipelineApplication? there))
            {
                return candidate;
            }

            if (IsSame(there, row))
            {
                same = there;
                return candidate;
            }
        }
    }

    private static bool IsSame(PipelineApplication a, ImportedRow row) =>
        string.Equals(a.Application.CompanyName.Trim(), row.CompanyName, StringComparison.OrdinalIgnoreCase)
        && string.Equals(a.Application.Role.Trim(), row.Role, StringComparison.OrdinalIgnoreCase)
        && a.Application.AppliedOn == row.Applied;

    private static void WriteNotes(Terminal terminal, List<string> notes, List<string> problems)
    {
        foreach (string note in notes)
        {
            terminal.Out.WriteLine($" - {note}");
        }

        if (problems.Count > 0)
        {
            terminal.Error.WriteLine($"Skipped {Text.Count(problems.Count, "bad row")}:" + Listed(problems));
        }
    }

    private static string Listed(List<string> problems) =>
        string.Concat(problems.Take(ShownProblems).Select(p => Environment.NewLine + " - " + p))
        + (problems.Count > ShownProblems ? $"{Environment.NewLine} - and {problems.Count - ShownProblems} more." : string.Empty);
}
