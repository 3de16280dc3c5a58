using System.Security.Cryptography;
using System.Text;
using NodaTime;
using NodaTime.Text;

namespace FollowUpRules.Cli.Calendar;

/// <summary>One event of an iCalendar file: an all-day event on <see cref="Date"/>, or a timed one at <see cref="Start"/>.</summary>
internal sealed record IcsEvent(string Uid, LocalDate Date, Instant? Start, string Summary, string Description);

/// <summary>
/// A small RFC 5545 writer, enough for Google Calendar, Outlook and Apple Calendar: CRLF line ends, content lines folded
/// at 75 octets without splitting a UTF-8 sequence, TEXT values escaped (<c>\ ; , newline</c>), stable UIDs.
/// </summary>
internal static class IcsWriter
{
    public const string ProductId = "-//FollowUpRules//followup//EN";

    /// <summary>How long a timed event lasts: 30 minutes.</summary>
    public static readonly Duration TimedLength = Duration.FromMinutes(30);

    private const int MaxOctets = 75;

    private static readonly LocalDatePattern Date = LocalDatePattern.CreateWithInvariantCulture("uuuuMMdd");

    private static readonly InstantPattern Utc = InstantPattern.CreateWithInvariantCulture("uuuuMMdd'T'HHmmss'Z'");

    /// <summary>A UID that stays the same for the same step, whatever the file's path or the order of the export.</summary>
    public static string Uid(params string[] parts) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join("\u001f", parts))))[..32] + "@followuprules";

    public static string Write(IEnumerable<IcsEvent> events, Instant stamp)
    {
        var text = new StringBuilder();
        Line(text, "BEGIN:VCALENDAR");
        Line(text, "VERSION:2.0");
        Line(text, "PRODID:" + ProductId);
        Line(text, "CALSCALE:GREGORIAN");
        Line(text, "METHOD:PUBLISH");
        foreach (IcsEvent e in events)
        {
            Line(text, "BEGIN:VEVENT");
            Line(text, "UID:" + e.Uid);
            Line(text, "DTSTAMP:" + Utc.Format(stamp));
            if (e.Start is { } start)
            {
                Line(text, "DTSTART:" + Utc.Format(start));
                Line(text, "DTEND:" + Utc.Format(start + TimedLength));
            }
            else
            {
                Line(text, "DTSTART;VALUE=DATE:" + Date.Format(e.Date));
                Line(text, "DTEND;VALUE=DATE:" + Date.Format(e.Date.PlusDays(1)));
            }

            Line(text, "SUMMARY:" + Escape(e.Summary));
            Line(text, "DESCRIPTION:" + Escape(e.Description));
            Line(text, "TRANSP:TRANSPARENT");
            Line(text, "END:VEVENT");
        }

        Line(text, "END:VCALENDAR");
        return text.ToString();
    }

    /// <summary>Escapes a TEXT value (RFC 5545 3.3.11).</summary>
    public static string Escape(string value) =>
        value.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace(";", "\\;", StringComparison.Ordinal)
            .Replace(",", "\\,", StringComparison.Ordinal)
            .Replace("\r\n", "\\n", StringComparison.Ordinal)
            .Replace("\n", "\\n", StringComparison.Ordinal);

    /// <summary>Appends a content line, folded at 75 octets (RFC 5545 3.1), never inside a UTF-8 sequence, ending in CRLF.</summary>
    private static void Line(StringBuilder text, string line)
    {
        int octets = 0;
        int limit = MaxOctets;
        for (int i = 0; i < line.Length; i++)
        {
            int length = char.IsHighSurrogate(line[i]) && i + 1 < line.Length ? 2 : 1;
            int size = Encoding.UTF8.GetByteCount(line.AsSpan(i, length));
            if (octets + size > limit)
            {
                text.Append("\r\n ");
                octets = 1;
                limit = MaxOctets;
            }

            text.Append(line, i, length);
            octets += size;
            i += length - 1;
        }

        text.Append("\r\n");
    }
}
