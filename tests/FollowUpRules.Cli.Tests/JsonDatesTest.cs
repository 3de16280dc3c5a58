using System.Text.Json;
using NodaTime;
using NodaTime.Text;

namespace FollowUpRules.Cli.Tests;

/// <summary>
/// The send times in <c>--format json</c> output are RFC 3339 with a full offset, so that JavaScript's <c>Date</c> (run
/// here with Node) and any other consumer parse them to the instant the tool meant.
/// </summary>
public class JsonDatesTest
{
    // Prints, for each string given, what Date makes of it: its UTC ISO form, or "Invalid Date".
    private const string ParseWithDate = "console.log(JSON.stringify(process.argv.slice(1).map(s => { const d = new Date(s); return isNaN(d) ? 'Invalid Date' : d.toISOString(); })))";

    [Theory]
    [InlineData("Europe/London", "2026-11-26T09:00:00+00:00")]
    [InlineData("America/New_York", "2026-11-26T09:00:00-05:00")]
    [InlineData("Asia/Kolkata", "2026-11-26T09:00:00+05:30")]
    public void Agenda_Json_SendAt_HasAFullOffset_AndNodesDateReadsTheSameInstant(string zone, string expected)
    {
        string[] sendTimes = SendTimes(Cli.Run(["agenda", "--format", "json", "--today", "2026-11-23", "--zone", zone]));

        sendTimes.ShouldContain(expected);
        Instant[] instants = [.. sendTimes.Select(s => OffsetDateTimePattern.ExtendedIso.Parse(s).GetValueOrThrow().ToInstant())];
        NodesDate(sendTimes).ShouldBe([.. instants.Select(i => InstantPattern.ExtendedIso.Format(i).Replace("Z", ".000Z", StringComparison.Ordinal))]);
    }

    [Fact]
    public void Plan_Json_SendAt_EveryOne_ReadByNodesDate()
    {
        Result result = Cli.Run(["plan", "--format", "json", "--today", "2026-11-23", "--zone", "America/New_York"]);

        string[] sendTimes = SendTimes(result);
        sendTimes.Length.ShouldBeGreaterThan(5);
        sendTimes.ShouldAllBe(s => s.EndsWith("-05:00", StringComparison.Ordinal) || s.EndsWith("-04:00", StringComparison.Ordinal));
        NodesDate(sendTimes).ShouldNotContain("Invalid Date");
    }

    private static string[] SendTimes(Result result)
    {
        result.ExitCode.ShouldBe(0, result.Error);
        using var json = JsonDocument.Parse(result.Out);
        IEnumerable<JsonElement> reports = json.RootElement.TryGetProperty("plans", out JsonElement plans) ? plans.EnumerateArray() : [json.RootElement];
        string[] sendTimes = [.. reports.SelectMany(r => r.GetProperty("steps").EnumerateArray())
            .Where(s => s.TryGetProperty("sendAt", out _))
            .Select(s => s.GetProperty("sendAt").GetString()!)];
        sendTimes.ShouldNotBeEmpty();
        return sendTimes;
    }

    private static string[] NodesDate(string[] texts)
    {
        (int code, string output, string error) = Node.Run("node", Path.GetTempPath(), ["-e", ParseWithDate, .. texts]);
        code.ShouldBe(0, error);
        return JsonSerializer.Deserialize<string[]>(output)!;
    }
}
