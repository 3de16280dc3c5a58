using System.Runtime.CompilerServices;
using FollowUpRules.Calendar;
using FollowUpRules.Domain;
using FollowUpRules.Planning;
using FollowUpRules.Rules;
using FollowUpRules.Serialization;
using FollowUpRules.Tests.Support;
using NodaTime;

namespace FollowUpRules.Tests.Serialization;

public partial class PipelineJsonTest
{
    private static string SamplePath() => Path.Combine(SourceDirectory(), "..", "..", "..", "docs", "examples", "sample-pipeline.json");

    [Fact]
    public void LoadFile_Sample_GivesEveryApplicationAsEngineInput()
    {
        PipelineFile pipeline = PipelineJson.LoadFile(SamplePath());

        pipeline.Seeker.Zone.Id.ShouldBe("Europe/London");
        pipeline.Applications.Select(a => a.Application.Id).ShouldBe(["globex-analyst", "initech-engineer", "umbrella-pm", "soylent-designer", "hooli-analyst"]);
        IReadOnlyList<EvaluationInput> inputs = pipeline.Inputs();
        inputs.Count.ShouldBe(5);
        inputs[1].Contacts.Select(c => c.CompanyId).ShouldAllBe(id => id == "initech");
        inputs[1].Touchpoints.Single().ShouldBe(new Touchpoint("t1", TouchpointKind.Interview, new LocalDate(2026, 11, 20), ["ana", "ben"]));
        pipeline.Settings.OutreachLimits.ShouldBe(new OutreachLimits(4, 3, Period.FromDays(3)));
        pipeline.NextTouchpointId().ShouldBe("t19");
    }

    [Fact]
    public void Save_ThenLoad_GivesAnEqualPipeline()
    {
        var pipeline = new PipelineFile(
            new Seeker(DateTimeZoneProviders.Tzdb["America/New_York"], new LocalDate(2026, 10, 1), "Sam Lee", "Sam Lee\n+1 555 0100"),
            [
                new PipelineApplication(
                    new Application("a1", "acme", "Acme, Inc.", "Analyst \"senior\"", ApplicationStatus.Rejected, new LocalDate(2026, 9, 1), RejectionReason.HiringPaused),
                    [new Contact("ana", "acme", "Ana", [ContactRole.HiringManager], email: "ana@acme.example", timeZoneId: "Europe/Paris", linkedIn: LinkedInConnection.Pending, doNotContact: true, holidayCalendarId: "fr")],
                    [
                        new Touchpoint("t0", TouchpointKind.Rejection, new LocalDate(2026, 9, 9)),
                        new Touchpoint("t1", TouchpointKind.Reply, new LocalDate(2026, 9, 10), ["ana"], outcome: ReplyOutcome.Yes),
                        new Touchpoint("t2", TouchpointKind.Snooze, new LocalDate(2026, 9, 11), ["ana"], ruleId: "r", snoozeUntil: new LocalDate(2026, 10, 1)),
                        new Touchpoint("t3", TouchpointKind.PostingSpotted, new LocalDate(2026, 9, 12), title: "Senior Analyst"),
                    ]),
            ],
            "my-playbook.json",
            new PipelineSettings(
                WorkingWeek.Of(IsoDayOfWeek.Sunday, IsoDayOfWeek.Monday),
                [new HolidayCalendar("fr", "France", [new AnnualHoliday("Bastille Day", 7, 14)], forSeeker: false)],
                new OutreachLimits(2, 1, Period.FromDays(5)),
                [new DateInterval(new LocalDate(2026, 12, 20), new LocalDate(2027, 1, 3))]));

        PipelineFile loaded = PipelineJson.Load(PipelineJson.Save(pipeline));

        loaded.ShouldBe(pipeline);
        PipelineJson.Save(loaded).ShouldBe(PipelineJson.Save(pipeline));
    }

    [Fact]
    public void SaveFile_WritesAtomicallyAndLeavesNoTemporaryFile()
    {
        string folder = Directory.CreateTempSubdirectory("pipeline").FullName;
        string path = Path.Combine(folder, "p.json");
        PipelineFile pipeline = PipelineJson.LoadFile(SamplePath());

        PipelineJson.SaveFile(pipeline, path);

        Directory.GetFiles(folder).Order(StringComparer.Ordinal).ToArray().ShouldBe([Path.Combine(folder, ".p.json.lock"), path], customMessage: "no temporary file, only the (empty) lock file");
        PipelineJson.LoadFile(path).ShouldBe(pipeline);
    }

    [Fact]
    public void Load_WithByteOrderMark_Loads()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. File.ReadAllBytes(SamplePath())];

        PipelineJson.Load(new MemoryStream(bytes)).Applications.Count.ShouldBe(5);
    }

    [Fact]
    public void TryLoad_Invalid_ReturnsTheErrors()
    {
        PipelineJson.TryLoad("{}", out PipelineFile? pipeline, out var errors).ShouldBeFalse();

        pipeline.ShouldBeNull();
        errors.Single().ToString().ShouldBe("formatVersion: The file does not say which format it uses; a pipeline file starts with \"formatVersion\": 1.");
    }

    [Fact]
    public void TryLoad_StreamAndBytes_GiveWhatTextGives()
    {
        byte[] sample = File.ReadAllBytes(SamplePath());

        PipelineJson.TryLoad(new MemoryStream(sample), out PipelineFile? fromStream, out var errors).ShouldBeTrue();
        fromStream.Applications.Count.ShouldBe(5); // not null after true: no "!" needed
        errors.ShouldBeEmpty();
        PipelineJson.TryLoad(sample, out PipelineFile? fromBytes, out errors).ShouldBeTrue();
        fromBytes.ShouldBe(PipelineJson.LoadFile(SamplePath()));

        PipelineJson.TryLoad("{}"u8, out fromBytes, out errors).ShouldBeFalse();
        fromBytes.ShouldBeNull();
        errors.Single().Path.ShouldBe("formatVersion");
        PipelineJson.TryLoad(new MemoryStream("{}"u8.ToArray()), out fromStream, out errors).ShouldBeFalse();
        fromStream.ShouldBeNull();
        errors.Single().Path.ShouldBe("formatVersion");
    }

    [Fact]
    public void Load_ErrorMessage_SaysPipeline()
    {
        FollowUpFileException error = Should.Throw<FollowUpFileException>(() => PipelineJson.Load("""{ "formatVersion": 1, "applications": [] }"""));

        error.Message.ShouldStartWith("The pipeline JSON is not a valid pipeline:");
    }

    [Fact]
    public void Validate_SnoozeNamingAnUnknownRule_ReportsItsPath()
    {
        PipelineFile pipeline = PipelineJson.LoadFile(SamplePath());
        pipeline = pipeline.WithTouchpoint("umbrella-pm", new Touchpoint("t99", TouchpointKind.Snooze, new LocalDate(2026, 11, 20), ruleId: "no-such-rule", snoozeUntil: new LocalDate(2026, 12, 1)));

        PipelineJson.Validate(pipeline, DefaultPlaybook.Instance).Single().ToString()
            .ShouldBe("applications[2].touchpoints[4].ruleId: The Snooze 't99' names the rule 'no-such-rule', which is not in the playbook 'default'.");
    }

    [Fact]
    public void ApplyTo_AddsSeekerHolidaysAndReplacesTheWeek()
    {
        var settings = new PipelineSettings(WorkingWeek.Of(IsoDayOfWeek.Sunday, IsoDayOfWeek.Monday), [new HolidayCalendar("mine", "My days off", [new FixedDateHoliday("Off", new LocalDate(2026, 12, 24))])]);

        Playbook playbook = settings.ApplyTo(DefaultPlaybook.Instance);

        playbook.WorkingWeek.ShouldBe(WorkingWeek.Of(IsoDayOfWeek.Sunday, IsoDayOfWeek.Monday));
        playbook.Holidays.Select(h => h.Id).ShouldContain("mine");
        playbook.Rules.ShouldBe(DefaultPlaybook.Instance.Rules);
        playbook.OutreachLimits.ShouldBe(DefaultPlaybook.Instance.OutreachLimits);
        new PipelineSettings(outreachLimits: new OutreachLimits(2)).ApplyTo(DefaultPlaybook.Instance).OutreachLimits.MaxPerDay.ShouldBe(2);
        new PipelineSettings(pauses: [new DateInterval(new LocalDate(2026, 12, 1), new LocalDate(2026, 12, 2))]).AgendaFor(DefaultPlaybook.Instance)
            .ShouldBe(new AgendaSettings(DefaultPlaybook.Instance.OutreachLimits, [new DateInterval(new LocalDate(2026, 12, 1), new LocalDate(2026, 12, 2))]));
        PipelineSettings.Default.ApplyTo(DefaultPlaybook.Instance).ShouldBeSameAs(DefaultPlaybook.Instance);
    }

    public static TheoryData<string> GoldenFiles() =>
        [.. Directory.GetFiles(Path.Combine(SourceDirectory(), "PipelineGolden"), "*.json").Select(f => Path.GetFileNameWithoutExtension(f)!).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(GoldenFiles))]
    public void Load_BrokenFile_ReportsEveryProblemAsTheGoldenFileSays(string name)
    {
        string golden = Path.Combine(SourceDirectory(), "PipelineGolden");
        string json = File.ReadAllText(Path.Combine(golden, name + ".json"));

        FollowUpFileException error = Should.Throw<FollowUpFileException>(() => PipelineJson.Load(json));

        string actual = string.Join("\n", error.Errors.Select(e => e.ToString())) + "\n";
        GoldenFile.ShouldMatch(golden, name + ".errors.txt", name, actual);
    }

    private static string SourceDirectory([CallerFilePath] string file = "") => Path.GetDirectoryName(file)!;
}
