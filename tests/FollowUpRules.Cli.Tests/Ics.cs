using System.Text;

namespace FollowUpRules.Cli.Tests;

/// <summary>A minimal RFC 5545 reader for the tests: checks the line rules, unfolds, splits properties, unescapes text.</summary>
internal static class Ics
{
    public static List<Dictionary<string, string>> Events(string text)
    {
        text.Replace("\r\n", string.Empty, StringComparison.Ordinal).ShouldNotContain("\n", customMessage: "every line ends in CRLF");
        text.Replace("\r\n", string.Empty, StringComparison.Ordinal).ShouldNotContain("\r");
        text.ShouldEndWith("\r\n");
        foreach (string raw in text[..^2].Split("\r\n"))
        {
            Encoding.UTF8.GetByteCount(raw).ShouldBeLessThanOrEqualTo(75, $"line longer than 75 octets: {raw}");
        }

        string[] lines = text.Replace("\r\n ", string.Empty, StringComparison.Ordinal)[..^2].Split("\r\n");
        lines[0].ShouldBe("BEGIN:VCALENDAR");
        lines[^1].ShouldBe("END:VCALENDAR");
        lines.ShouldContain("VERSION:2.0");
        lines.ShouldContain(l => l.StartsWith("PRODID:", StringComparison.Ordinal));
        var events = new List<Dictionary<string, string>>();
        Dictionary<string, string>? current = null;
        foreach (string line in lines)
        {
            if (line == "BEGIN:VEVENT")
            {
                current = [];
            }
            else if (line == "END:VEVENT")
            {
                events.Add(current!);
                current = null;
            }
            else if (current is not null)
            {
                int colon = line.IndexOf(':', StringComparison.Ordinal);
                current[line[..colon]] = line[(colon + 1)..];
            }
        }

        return events;
    }

    public static string Unescape(string value)
    {
        var text = new StringBuilder();
        for (int i = 0; i < value.Length; i++)
        {
            if (value[i] == '\\')
            {
                i++;
                text.Append(value[i] is 'n' or 'N' ? '\n' : value[i]);
            }
            else
            {
                text.Append(value[i]);
            }
        }

        return text.ToString();
    }
}
