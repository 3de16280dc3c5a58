using System.Text.Json.Nodes;

namespace FollowUpRules.Cli.Tests;

/// <summary>What the tool says about dates out of range and settings that only fail once applied: the user's terms, the file's paths.</summary>
public class MessagesTest
{
    [Theory]
    [InlineData("agenda", "--today", "9999-12-31", "--today: 9999-12-31 is outside the supported dates, 1900-01-01 to 2999-12-31.")]
    [InlineData("plan", "--today", "0001-01-01", "--today: 0001-01-01 is outside the supported dates, 1900-01-01 to 2999-12-31.")]
    [InlineData("plan", "--today", "2999-12-01", "A plan of 3 months from 2999-12-01 would end on 3000-03-01, after 2999-12-31, the last date supported; give an earlier --today.")]
    [InlineData("agenda", "--today", "2999-12-30", "The agenda's week from 2999-12-30 would end on 3000-01-06, after 2999-12-31, the last date supported; give an earlier --today.")]
    public void Command_DatesOutOfRange_AreUsageErrorsSayingSo(string command, string option, string value, string message)
    {
        Result result = Cli.Run([command, option, value, "--zone", "Europe/London"]);

        result.ExitCode.ShouldBe(ExitCodes.Usage, result.Out);
        result.Error.ShouldBe($"error: {message}\n");
    }

    [Fact]
    public void Agenda_PauseOutOfRange_IsAnInvalidFileWithThePausesPath()
    {
        string path = Cli.CopyOfSample(out _);
        JsonNode root = JsonNode.Parse(File.ReadAllText(path))!;
        root["settings"]!["pauses"] = JsonNode.Parse("""[{ "start": "0001-01-01", "end": "9999-12-31" }]""");
        File.WriteAllText(path, root.ToJsonString());

        Result agenda = Cli.Run(["agenda", "--file", path, .. Cli.Fixed]);
        Result validate = Cli.Run(["validate", path]);

        agenda.ExitCode.ShouldBe(ExitCodes.Invalid);
        agenda.Error.ShouldBe($"error: The file '{path}' is not a valid pipeline:\n - settings.pauses[0]: The pause from 0001-01-01 to 9999-12-31 must lie between 1900-01-01 and 2999-12-31.\n");
        validate.ExitCode.ShouldBe(ExitCodes.Invalid);
        validate.Error.ShouldContain("settings.pauses[0]");
    }

    [Fact]
    public void Validate_SettingsCalendarClashingWithThePlaybooks_NamesTheSettingsPath()
    {
        string folder = Directory.CreateTempSubdirectory("followup").FullName;
        Cli.Run(["init", folder, "--sample"]).ExitCode.ShouldBe(0);
        string playbook = Path.Combine(folder, "playbook.json");
        JsonNode book = JsonNode.Parse(File.ReadAllText(playbook))!;
        book["holidays"] = JsonNode.Parse("""[{ "id": "uk", "name": "England", "holidays": [{ "type": "annual", "name": "Christmas Day", "month": 12, "day": 25 }] }]""");
        File.WriteAllText(playbook, book.ToJsonString());
        string pipeline = Path.Combine(folder, "pipeline.json");
        JsonNode root = JsonNode.Parse(File.ReadAllText(pipeline))!;
        root["settings"]!["holidays"] = JsonNode.Parse("""[{ "id": "uk", "name": "Mine", "holidays": [{ "type": "date", "name": "Off", "date": "2026-12-24" }] }]""");
        File.WriteAllText(pipeline, root.ToJsonString());

        Result result = Cli.Run(["agenda", "--file", pipeline, .. Cli.Fixed]);

        result.ExitCode.ShouldBe(ExitCodes.Invalid);
        result.Error.ShouldContain(" - settings.holidays[0].id: The calendar id 'uk' is already used by the playbook 'default' (its holidays[0]); give the seeker's calendar an id of its own.");
        result.Error.ShouldNotContain("Playbook 'default' is invalid", Case.Sensitive);
    }
}
