using System.Text.Json;

namespace FollowUpRules.Cli.Tests;

/// <summary>
/// The exported file read by a real consumer: Mozilla's ical.js (Thunderbird's parser), run with Node. The packages come
/// from IcalJs/package-lock.json (<c>npm ci</c> when node_modules is missing). Without node or npm the test fails and
/// says so: it is never skipped silently.
/// </summary>
public class IcalJsConsumerTest
{
    [Fact]
    public void ExportIcs_ParsedByIcalJs_GivesEveryEventFieldByField()
    {
        string folder = Path.Combine(Cli.SourceDirectory(), "IcalJs");
        if (!Directory.Exists(Path.Combine(folder, "node_modules", "ical.js")))
        {
            Node.Run("npm", folder, "ci", "--no-audit", "--no-fund").ExitCode.ShouldBe(0, "npm ci failed in tests/FollowUpRules.Cli.Tests/IcalJs");
        }

        string path = Path.Combine(Directory.CreateTempSubdirectory("followup-icaljs").FullName, "followups.ics");
        Cli.Run(["export-ics", "--output", path, .. Cli.Fixed]).ExitCode.ShouldBe(0);

        (int code, string output, string error) = Node.Run("node", folder, "parse.js", path);

        code.ShouldBe(0, error);
        using var json = JsonDocument.Parse(output);
        json.RootElement.GetProperty("version").GetString().ShouldBe("2.0");
        json.RootElement.GetProperty("prodid").GetString().ShouldBe(Calendar.IcsWriter.ProductId);
        JsonElement[] parsed = [.. json.RootElement.GetProperty("events").EnumerateArray()];
        List<Dictionary<string, string>> ours = Ics.Events(File.ReadAllText(path));
        parsed.Length.ShouldBe(ours.Count);
        parsed.Length.ShouldBeGreaterThan(10);
        for (int i = 0; i < parsed.Length; i++)
        {
            JsonElement e = parsed[i];
            e.GetProperty("uid").GetString().ShouldBe(ours[i]["UID"]);
            e.GetProperty("summary").GetString().ShouldBe(Ics.Unescape(ours[i]["SUMMARY"]));
            e.GetProperty("description").GetString().ShouldBe(Ics.Unescape(ours[i]["DESCRIPTION"]));
            e.GetProperty("dtstamp").GetString().ShouldBe("2026-11-23T00:00:00Z");
            if (ours[i].TryGetValue("DTSTART;VALUE=DATE", out string? date))
            {
                e.GetProperty("isDate").GetBoolean().ShouldBeTrue();
                e.GetProperty("start").GetString().ShouldBe($"{date[..4]}-{date[4..6]}-{date[6..]}");
            }
            else
            {
                e.GetProperty("isDate").GetBoolean().ShouldBeFalse();
                string start = ours[i]["DTSTART"];
                e.GetProperty("start").GetString().ShouldBe($"{start[..4]}-{start[4..6]}-{start[6..8]}T{start[9..11]}:{start[11..13]}:{start[13..15]}Z");
            }
        }
    }
}
