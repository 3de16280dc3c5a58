using System.Security.Cryptography;
using System.Text;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using NodaTime;
using Duration = NodaTime.Duration;

namespace FollowUpRules.Cli.Calendar;

/// <summary>One event of an iCalendar file: an all-day event on <see cref="Date"/>, or a timed one at <see cref="Start"/>.</summary>
internal sealed record IcsEvent(string Uid, LocalDate Date, Instant? Start, string Summary, string Description);

/// <summary>
/// The iCalendar (RFC 5545) file of the planned steps, written by Ical.Net (escaping, folding at 75 octets, CRLF line
/// ends); this class only chooses the events' fields and derives their stable UIDs.
/// </summary>
internal static class IcsWriter
{
    public const string ProductId = "-//FollowUpRules//followup//EN";

    /// <summary>How long a timed event lasts: 30 minutes.</summary>
    public static readonly Duration TimedLength = Duration.FromMinutes(30);

    /// <summary>A UID that stays the same for the same step, whatever the file's path or the order of the export.</summary>
    public static string Uid(params string[] parts) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join("\u001f", parts))))[..32] + "@followuprules";

    public static string Write(IEnumerable<IcsEvent> events, Instant stamp)
    {
        var calendar = new Ical.Net.Calendar { ProductId = ProductId, Method = "PUBLISH" };
        foreach (IcsEvent e in events)
        {
            var item = new CalendarEvent
            {
                Uid = e.Uid,
                DtStamp = Utc(stamp),
                Summary = e.Summary,
                Description = e.Description,
                Transparency = Ical.Net.TransparencyType.Transparent,
            };
            if (e.Start is { } start)
            {
                item.DtStart = Utc(start);
                item.DtEnd = Utc(start + TimedLength);
            }
            else
            {
                item.DtStart = new CalDateTime(e.Date.ToDateOnly());
                item.DtEnd = new CalDateTime(e.Date.PlusDays(1).ToDateOnly());
            }

            calendar.Events.Add(item);
        }

        return new CalendarSerializer().SerializeToString(calendar)!;
    }

    private static CalDateTime Utc(Instant instant) => new(instant.ToDateTimeUtc());
}
