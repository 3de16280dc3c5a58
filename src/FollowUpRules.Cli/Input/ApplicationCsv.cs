using System.Globalization;
using System.Text;
using CsvHelper;
using FollowUpRules.Domain;
using NodaTime;
using NodaTime.Text;

namespace FollowUpRules.Cli.Input;

/// <summary>One application read from a row of a CSV file, with the people the row names.</summary>
internal sealed record ImportedRow(int Line, string? Id, string CompanyName, string Role, LocalDate Applied, ApplicationStatus Status, RejectionReason? Reason, LocalDate? RejectedOn, IReadOnlyList<ImportedContact> Contacts);

/// <summary>A person named by a row: their name, roles and the ways to reach them the row gives.</summary>
internal sealed record ImportedContact(string Name, IReadOnlyList<ContactRole> Roles, string? Email, string? LinkedIn, string? Phone);

/// <summary>What reading a CSV file gave: the good rows, every problem with its line, the columns ignored.</summary>
internal sealed record ImportedFile(IReadOnlyList<ImportedRow> Rows, IReadOnlyList<string> Problems, int BadRows, IReadOnlyList<string> IgnoredColumns);

/// <summary>
/// Reads applications (and the people each names) from a CSV file with a header row, as spreadsheets and job trackers
/// export them, with CsvHelper: the separator detected (comma, semicolon, tab), quotes and line breaks in quotes as RFC
/// 4180 has them. Columns are matched by name, ignoring case, spaces and punctuation, with common aliases
/// (<see cref="Columns"/>); other columns are reported and ignored. Every value is kept as text: a cell such as
/// <c>=cmd|' /C calc'!A0</c> is a company name like any other, never evaluated. Every bad row is reported with its line.
/// </summary>
internal static class ApplicationCsv
{
    /// <summary>The largest CSV file read: 64 MiB.</summary>
    public const int MaxLength = 64 * 1024 * 1024;

    /// <summary>The longest text a cell may hold: 200 characters.</summary>
    public const int MaxText = 200;

    /// <summary>The columns read, each with the names it goes by; the first is the documented one.</summary>
    public static readonly IReadOnlyList<(string Column, string[] Names)> Columns =
    [
        ("company", ["company", "company name", "organization", "organisation", "employer"]),
        ("role", ["role", "title", "job title", "position", "job", "job position"]),
        ("applied", ["applied", "date applied", "applied on", "application date", "applied date", "date"]),
        ("status", ["status", "stage", "state", "application status"]),
        ("id", ["id", "application id"]),
        ("reason", ["reason", "rejection reason"]),
        ("rejected", ["rejected", "rejected on", "rejection date", "date rejected", "decision date"]),
        ("contact", ["contact", "contact name", "contact person"]),
        ("contact role", ["contact role", "contact title"]),
        ("contact email", ["contact email", "email", "e-mail", "contact e-mail"]),
        ("contact linkedin", ["contact linkedin", "linkedin", "linkedin url"]),
        ("contact phone", ["contact phone", "phone"]),
        ("hiring manager", ["hiring manager"]),
        ("recruiter", ["recruiter"]),
    ];

    private static readonly LocalDatePattern[] NamedMonths =
        [.. new[] { "MMM d, uuuu", "MMMM d, uuuu", "d MMM uuuu", "d MMMM uuuu", "MMM d uuuu", "d-MMM-uuuu" }.Select(LocalDatePattern.CreateWithInvariantCulture)];

    public static ImportedFile Read(byte[] content, string file, bool dayFirst)
    {
        string text = Decode(content, file);
        var problems = new List<string>();
        var malformed = new Dictionary<long, string>();
        var options = CsvReaderOptions.Default with
        {
            TrackLineNumbers = true,
            TrimWhitespace = true,
            SkipEmptyLines = true,
            MaxRecordSize = 1024 * 1024,
            OnMalformedRecord = record => malformed.TryAdd(record.LineNumber, Malformed(record.Reason)),
        };
        using CsvReader csv = CsvReader.FromText(text, options);
        string[] headers;
        try
        {
            headers = [.. csv.Headers];
        }
        catch (CsvFormatException e)
        {
            throw new CliException(ExitCodes.Invalid, $"'{file}' has no readable header row: {e.Message}");
        }

        if (headers.Length == 0 || headers.All(string.IsNullOrWhiteSpace))
        {
            throw new CliException(ExitCodes.Invalid, $"'{file}' is empty: it needs a header row naming its columns (company, role, applied, status, ...), then one row per application.");
        }

        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var ignored = new List<string>();
        for (int i = 0; i < headers.Length; i++)
        {
            string key = Vocabulary.Key(headers[i]);
            (string Column, string[] Names) column = Columns.FirstOrDefault(c => c.Names.Any(n => Vocabulary.Key(n) == key));
            if (column.Column is null)
            {
                ignored.Add(headers[i]);
            }
            else if (!index.TryAdd(column.Column, i))
            {
                throw new CliException(ExitCodes.Invalid, $"'{file}' has two columns for the {column.Column}: '{headers[index[column.Column]]}' and '{headers[i]}'; keep one.");
            }
        }

        string[] missing = [.. new[] { "company", "role", "applied" }.Where(c => !index.ContainsKey(c))];
        if (missing.Length > 0)
        {
            throw new CliException(ExitCodes.Invalid, $"'{file}' has no {string.Join(" or ", missing.Select(m => $"'{m}'"))} column. Its columns are: {string.Join(", ", headers.Select(h => $"'{h}'"))}. "
                + $"Name them in the header row, for example: company,role,applied,status (aliases: {string.Join("; ", missing.Select(m => string.Join(", ", Columns.First(c => c.Column == m).Names)))}).");
        }

        var rows = new List<ImportedRow>();
        int bad = 0;
        var idLines = new Dictionary<string, int>(StringComparer.Ordinal);
        while (true)
        {
            try
            {
                if (!csv.Read())
                {
                    break;
                }
            }
            catch (CsvFormatException e)
            {
                problems.Add($"line {e.LineNumber}: {e.Message}");
                bad++;
                break;
            }

            int line = (int)csv.LineNumber;
            var rowProblems = new List<string>();
            if (malformed.TryGetValue(line, out string? quoting))
            {
                rowProblems.Add(quoting);
            }

            if (csv.FieldCount > headers.Length)
            {
                rowProblems.Add($"it has {csv.FieldCount} fields, but the header names {headers.Length} columns (a comma inside a value needs quotes around the value)");
            }

            ImportedRow? row = rowProblems.Count > 0 ? null : Row(csv, index, line, dayFirst, rowProblems);
            if (row?.Id is { } id && !idLines.TryAdd(id, line))
            {
                rowProblems.Add($"the id '{id}' is also on line {idLines[id]}; ids must be unique");
            }

            if (rowProblems.Count > 0 || row is null)
            {
                bad++;
                problems.Add($"line {line}: " + string.Join("; ", rowProblems) + ".");
            }
            else
            {
                rows.Add(row);
            }
        }

        return new ImportedFile(rows, problems, bad, ignored);
    }

    /// <summary>The text of the file: UTF-8 (with or without a byte order mark) or UTF-16 with one; anything else is refused, saying how to save it.</summary>
    private static string Decode(byte[] content, string file)
    {
        if (content.AsSpan().StartsWith("PK\u0003\u0004"u8))
        {
            throw new CliException(ExitCodes.Invalid, $"'{file}' is a zip archive (an Excel or Numbers workbook?), not CSV text; export it as CSV (in Excel: File > Save As > CSV UTF-8).");
        }

        try
        {
            if (content.AsSpan().StartsWith(new byte[] { 0xFF, 0xFE }))
            {
                return new UnicodeEncoding(bigEndian: false, byteOrderMark: true, throwOnInvalidBytes: true).GetString(content, 2, content.Length - 2);
            }

            if (content.AsSpan().StartsWith(new byte[] { 0xFE, 0xFF }))
            {
                return new UnicodeEncoding(bigEndian: true, byteOrderMark: true, throwOnInvalidBytes: true).GetString(content, 2, content.Length - 2);
            }

            int start = content.AsSpan().StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }) ? 3 : 0;
            string text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(content, start, content.Length - start);
            if (text.Contains('\0', StringComparison.Ordinal))
            {
                throw new CliException(ExitCodes.Invalid, $"'{file}' holds NUL characters: it is not CSV text, or it is UTF-16 without a byte order mark; save it as CSV UTF-8.");
            }

            return text;
        }
        catch (DecoderFallbackException e)
        {
            int at = e.Index + (content.Length > 3 && content[0] == 0xEF ? 3 : 0);
            int line = 1 + content.AsSpan(0, Math.Clamp(at, 0, content.Length)).Count((byte)'\n');
            throw new CliException(ExitCodes.Invalid, $"'{file}' is not UTF-8 text (line {line} has the byte 0x{(e.BytesUnknown is { Length: > 0 } b ? b[0] : 0):X2}, as a file saved as 'CSV' by Excel on Windows has for an accented letter); save it as 'CSV UTF-8' and import it again. Nothing was imported.");
        }
    }

    private static string Malformed(CsvMalformedReason reason) => reason switch
    {
        CsvMalformedReason.StrayQuote => "a quote inside a value that does not start with one (write it \"\"\"like this\"\"\", or quote the whole value)",
        CsvMalformedReason.TextAfterClosingQuote => "text after the closing quote of a value",
        CsvMalformedReason.UnterminatedQuote => "a quote that is never closed: the rest of the file would be one value",
        CsvMalformedReason.LineBreakInQuotes => "a line break inside a quoted value",
        CsvMalformedReason.FieldCountMismatch => "a different number of fields than the header",
        _ => "its quoting is malformed",
    };

    private static ImportedRow? Row(CsvReader csv, Dictionary<string, int> index, int line, bool dayFirst, List<string> problems)
    {
        string? Cell(string column)
        {
            if (!index.TryGetValue(column, out int i) || i >= csv.FieldCount)
            {
                return null;
            }

            string value = string.Join(' ', csv.GetString(i).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            if (value.Length > MaxText)
            {
                problems.Add($"the {column} is {value.Length} characters long; at most {MaxText}");
                return null;
            }

            if (value.Any(char.IsControl))
            {
                problems.Add($"the {column} holds a control character");
                return null;
            }

            return value.Length == 0 ? null : value;
        }

        string? company = Cell("company");
        string? role = Cell("role");
        if (company is null && !problems.Any(p => p.StartsWith("the company", StringComparison.Ordinal)))
        {
            problems.Add("no company");
        }

        if (role is null && !problems.Any(p => p.StartsWith("the role", StringComparison.Ordinal)))
        {
            problems.Add("no role");
        }

        LocalDate? applied = Cell("applied") is { } appliedText ? Date(appliedText, "applied", dayFirst, problems) : null;
        if (applied is null && problems.All(p => !p.StartsWith("applied", StringComparison.Ordinal)))
        {
            problems.Add("no date in the applied column");
        }

        ApplicationStatus status = ApplicationStatus.Applied;
        RejectionReason? reason = null;
        if (Cell("status") is { } statusText)
        {
            if (Vocabulary.TryStatus(statusText, out status))
            {
                reason = Vocabulary.ImpliedReason(statusText);
            }
            else
            {
                problems.Add(Trim(Vocabulary.Unknown(statusText, "status", "an application status", [], Enum.GetNames<ApplicationStatus>())));
            }
        }

        if (Cell("reason") is { } reasonText)
        {
            if (Vocabulary.TryReason(reasonText, out RejectionReason r))
            {
                reason = r;
            }
            else
            {
                problems.Add(Trim(Vocabulary.Unknown(reasonText, "reason", "a rejection reason", [], Enum.GetNames<RejectionReason>())));
            }
        }

        LocalDate? rejectedOn = Cell("rejected") is { } rejectedText ? Date(rejectedText, "rejected", dayFirst, problems) : null;
        if (reason is not null && status is not (ApplicationStatus.Rejected or ApplicationStatus.Closed) && problems.Count == 0)
        {
            problems.Add($"a rejection reason ({reason}) with the status {status}; a reason goes with Rejected or Closed");
        }

        string? id = Cell("id");
        if (id is not null && id.Any(char.IsWhiteSpace))
        {
            problems.Add($"the id '{id}' has spaces; write ids without them");
        }

        var contacts = new List<ImportedContact>();
        if (Cell("contact") is { } name)
        {
            ContactRole[] roles = [];
            if (Cell("contact role") is { } roleText)
            {
                roles = Vocabulary.TryRole(roleText, out ContactRole contactRole) ? [contactRole] : [];
            }

            string? email = Cell("contact email");
            if (email is not null && (email.IndexOf('@', StringComparison.Ordinal) <= 0 || email.EndsWith('@')))
            {
                problems.Add($"'{email}' is not an email address");
            }

            contacts.Add(new ImportedContact(name, roles, email, Cell("contact linkedin"), Cell("contact phone")));
        }

        if (Cell("hiring manager") is { } manager)
        {
            contacts.Add(new ImportedContact(manager, [ContactRole.HiringManager], null, null, null));
        }

        if (Cell("recruiter") is { } recruiter)
        {
            contacts.Add(new ImportedContact(recruiter, [ContactRole.Recruiter], null, null, null));
        }

        return problems.Count > 0 ? null : new ImportedRow(line, id, company!, role!, applied!.Value, status, reason, rejectedOn, contacts);
    }

    private static string Trim(string message) => message.EndsWith('.') ? message[..^1] : message;

    /// <summary>
    /// A date as spreadsheets write it: ISO (2026-11-02, or a date and time from it), numbers with slashes or dots in the
    /// order of the culture's short date (month first under the invariant culture; day first with <c>--day-first</c>),
    /// or with the month's name (Nov 2, 2026; 2 November 2026).
    /// </summary>
    public static LocalDate? Date(string text, string column, bool dayFirst, List<string> problems)
    {
        string value = text.Trim();
        if (value.Length >= 10 && LocalDatePattern.Iso.Parse(value[..10]) is { Success: true } iso && (value.Length == 10 || value[10] is 'T' or ' '))
        {
            return iso.Value;
        }

        string[] parts = value.Split('/', '.');
        if (parts.Length == 3 && parts.All(p => p.Length > 0 && p.All(char.IsAsciiDigit)) && parts[2].Length == 4)
        {
            int first = int.Parse(parts[0], CultureInfo.InvariantCulture);
            int second = int.Parse(parts[1], CultureInfo.InvariantCulture);
            int year = int.Parse(parts[2], CultureInfo.InvariantCulture);
            (int month, int day) = dayFirst ? (second, first) : (first, second);
            if (month is >= 1 and <= 12 && day >= 1 && day <= CalendarSystem.Iso.GetDaysInMonth(year, month))
            {
                return new LocalDate(year, month, day);
            }

            problems.Add($"{column}: '{text}' is not a date read {(dayFirst ? "day first" : "month first")} ({(dayFirst ? "dd/MM/yyyy" : "MM/dd/yyyy")})" + (dayFirst ? string.Empty : "; if the file writes the day first, import it with --day-first"));
            return null;
        }

        foreach (LocalDatePattern pattern in NamedMonths)
        {
            if (pattern.Parse(value) is { Success: true } named)
            {
                return named.Value;
            }
        }

        problems.Add($"{column}: '{text}' is not a date; write it as 2026-11-02 (or 11/02/2026, or Nov 2, 2026)");
        return null;
    }

    /// <summary>Whether the current culture writes short dates day first (it does not under the invariant culture).</summary>
    public static bool CultureDayFirst() =>
        CultureInfo.CurrentCulture.DateTimeFormat.ShortDatePattern.TrimStart().StartsWith('d');
}
