using System.Text.Json;
using System.Text.Json.Nodes;
using FollowUpRules.Calendar;
using FollowUpRules.Rules;
using FollowUpRules.Serialization;
using NodaTime;

namespace FollowUpRules.Tests.Serialization;

/// <summary>
/// Every check the agenda, the planner and <see cref="PipelineSettings.ApplyTo"/> make on the settings is made by
/// loading or <see cref="PipelineJson.Validate"/>, with the file's paths: valid there means accepted everywhere.
/// </summary>
public partial class PipelineJsonTest
{
    /// <summary>The sample pipeline with the given settings properties (JSON members, comma-separated) set, replacing the sample's own.</summary>
    private static string SampleWithSettings(string settings)
    {
        JsonNode sample = JsonNode.Parse(File.ReadAllText(SamplePath()))!;
        JsonObject given = JsonNode.Parse("{" + settings + "}")!.AsObject();
        JsonObject target = sample["settings"]!.AsObject();
        foreach ((string name, JsonNode? value) in given.ToList())
        {
            given.Remove(name);
            target[name] = value;
        }

        return sample.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }

    [Fact]
    public void Load_PauseOutsideTheSupportedDates_IsAnErrorAtItsPath()
    {
        string json = SampleWithSettings("""  "pauses": [{ "start": "2026-12-20", "end": "2027-01-03" }, { "start": "0001-01-01", "end": "9999-12-31" }]""");

        FollowUpFileException error = Should.Throw<FollowUpFileException>(() => PipelineJson.Load(json));

        error.Errors.ShouldHaveSingleItem().ToString().ShouldBe("settings.pauses[1]: The pause from 0001-01-01 to 9999-12-31 must lie between 1900-01-01 and 2999-12-31.");
    }

    [Theory]
    [InlineData("\\n", "\\n")]
    [InlineData("\\u2028", "\\u2028")]
    [InlineData("\\u0085", "\\u0085")]
    public void Load_UnknownPropertyWithALineBreakInItsName_IsReportedOnOneLine(string escapedInJson, string shown)
    {
        // A name with a line break in it, as a fuzz run made one: the error's path and message stay on one line.
        string json = SampleWithSettings($$"""  "pa{{escapedInJson}}uses": []""");

        FollowUpFileException error = Should.Throw<FollowUpFileException>(() => PipelineJson.Load(json));

        string line = error.Errors.ShouldHaveSingleItem().ToString();
        line.ShouldStartWith($"settings.pa{shown}uses: Unknown property 'pa{shown}uses'.");
        line.ShouldNotContain('\n');
        line.ShouldNotContain('\u2028');
        line.ShouldNotContain('\u0085');
    }

    [Fact]
    public void Load_UnknownPropertiesWithAnEmptyName_HaveAPathThatShowsTheEmptyName()
    {
        // A property named "" at the top of the file and in its settings, as a fuzz run made one: each error has a path.
        JsonNode sample = JsonNode.Parse(SampleWithSettings("""  "": 1"""))!;
        sample[""] = 2;

        FollowUpFileException error = Should.Throw<FollowUpFileException>(() => PipelineJson.Load(sample.ToJsonString()));

        error.Errors.Select(e => e.ToString()).ShouldBe(
        [
            "'': Unknown property ''. Known here: formatVersion, seeker, playbook, settings, applications.",
            "settings.'': Unknown property ''. Known here: workingWeek, holidays, outreachLimits, pauses.",
        ], ignoreOrder: true);
    }

    [Fact]
    public void Load_UnknownPropertyWithAHugeName_HasAPathOfReadableLength()
    {
        string name = new('x', 100_000);
        string json = SampleWithSettings($$"""  "{{name}}": 1""");

        FollowUpFileException error = Should.Throw<FollowUpFileException>(() => PipelineJson.Load(json));

        error.Errors.ShouldHaveSingleItem().Path.ShouldBe("settings." + new string('x', 80) + "…");
    }

    [Fact]
    public void Load_SettingsHolidayCalendarsWithOneId_IsAnErrorAtTheSecondId()
    {
        string json = SampleWithSettings("""
              "holidays": [
                  { "id": "mine", "name": "Mine", "holidays": [{ "type": "date", "name": "Off", "date": "2026-12-24" }] },
                  { "id": "mine", "name": "Also mine", "holidays": [{ "type": "annual", "name": "Day", "month": 2, "day": 30 }] } ]
            """);

        FollowUpFileException error = Should.Throw<FollowUpFileException>(() => PipelineJson.Load(json));

        error.Errors.Select(e => e.ToString()).ShouldBe([
            "settings.holidays[1].id: The calendar id 'mine' is already used by settings.holidays[0]; every calendar needs its own id.",
            "settings.holidays[1].holidays[0].day: Month 2 has no day 30; use 1 to 29.",
        ]);
    }

    [Fact]
    public void Validate_SettingsCalendarIdThePlaybookUses_IsAnErrorAtTheSettingsPathNotThePlaybooks()
    {
        Playbook playbook = PlaybookBuilder.From(DefaultPlaybook.Instance)
            .WithHolidays([new HolidayCalendar("uk", "England", [new AnnualHoliday("Christmas Day", 12, 25)])]).Build();
        var settings = new PipelineSettings(holidays: [new HolidayCalendar("uk", "My UK days", [new FixedDateHoliday("Off", new LocalDate(2026, 12, 24))])]);
        PipelineFile pipeline = PipelineJson.LoadFile(SamplePath());
        pipeline = new PipelineFile(pipeline.Seeker, pipeline.Applications, null, settings);

        PipelineJson.Validate(pipeline, playbook).Select(e => e.ToString()).ShouldBe([
            $"settings.holidays[0].id: The calendar id 'uk' is already used by the playbook '{playbook.Id}' (its holidays[0]); give the seeker's calendar an id of its own.",
        ]);
    }

    [Fact]
    public void Validate_SettingsThatLeaveNoBusinessDayWithThePlaybook_IsAnErrorInTheSettings()
    {
        PipelineFile pipeline = PipelineJson.LoadFile(SamplePath());
        var everyMonday = new HolidayCalendar("mondays", "Mondays off", [.. Enumerable.Range(0, 53).Select(w => new FixedDateHoliday("Monday", new LocalDate(2027, 1, 4).PlusWeeks(w)))]);
        pipeline = new PipelineFile(pipeline.Seeker, pipeline.Applications, null, new PipelineSettings(WorkingWeek.Of(IsoDayOfWeek.Monday), [everyMonday]));

        PipelineJson.Validate(pipeline, DefaultPlaybook.Instance).ShouldHaveSingleItem().Path.ShouldBe("settings.workingWeek");
    }

    [Fact]
    public void Load_MegabyteValue_IsQuotedCutToAReadableLength()
    {
        string json = File.ReadAllText(SamplePath()).Replace("\"zone\": \"Europe/London\"", "\"zone\": \"" + new string('x', 1024 * 1024) + "\"", StringComparison.Ordinal);

        FollowUpFileException error = Should.Throw<FollowUpFileException>(() => PipelineJson.Load(json));

        error.Errors.ShouldHaveSingleItem().ToString().ShouldBe($"seeker.zone: '{new string('x', 80)}…' (1048576 characters) is not a time zone id of the TZDB; write for example \"Europe/London\" or \"America/New_York\".");
        error.Message.Length.ShouldBeLessThan(400);
    }
}
