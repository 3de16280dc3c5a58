using System.Runtime.CompilerServices;
using System.Text;
using FollowUpRules.Rules;
using FollowUpRules.Serialization;
using FollowUpRules.Tests.Support;
using FollowUpRules.Validation;
using NodaTime;

namespace FollowUpRules.Tests.Serialization;

public partial class PlaybookJsonTest
{
    private static string SourceDirectory([CallerFilePath] string file = "") => Path.GetDirectoryName(file)!;

    private static string RepositoryFile(params string[] parts) => Path.GetFullPath(Path.Combine([SourceDirectory(), "..", "..", "..", .. parts]));

    [Fact]
    public void DocsDefaultPlaybookJson_IsTheBuiltInDefaultPlaybook()
    {
        string path = RepositoryFile("docs", "default-playbook.json");

        PlaybookJson.LoadFile(path).ShouldBe(DefaultPlaybook.Instance);
        File.ReadAllText(path).ShouldBe(PlaybookJson.Save(DefaultPlaybook.Instance), "docs/default-playbook.json is out of date: regenerate it with PlaybookJson.Save(DefaultPlaybook.Instance)");
    }

    [Fact]
    public void SaveThenLoad_GeneratedPlaybooks_RoundTripToTheSamePlaybookAndText()
    {
        string[] names = ["likes-tea", "met-at-event"];
        FsCheck.Check.One(
            FsCheck.Config.QuickThrowOnFailure.WithMaxTest(300).WithQuietOnSuccess(true),
            FsCheck.Fluent.Prop.ForAll(FollowUpRules.Testing.PlaybookGenerators.Playbooks(names), (Playbook playbook) =>
            {
                string json = PlaybookJson.Save(playbook);
                Playbook loaded = PlaybookJson.Load(json, names);
                loaded.ShouldBe(playbook, json);
                PlaybookJson.Save(loaded).ShouldBe(json);
                PlaybookJson.Load(PlaybookJson.Save(loaded), names).ShouldBe(playbook);
                return true;
            }));
    }

    [Fact]
    public void SaveThenLoad_DefaultPlaybook_RoundTrips()
    {
        string json = PlaybookJson.Save(DefaultPlaybook.Instance);

        Playbook loaded = PlaybookJson.Load(json);

        loaded.ShouldBe(DefaultPlaybook.Instance);
        PlaybookJson.Save(loaded).ShouldBe(json);
    }

    [Fact]
    public void SaveThenLoad_OutreachLimits_RoundTrip_AndTheDefaultsAreLeftOut()
    {
        Playbook gentle = PlaybookBuilder.From(DefaultPlaybook.Instance).WithOutreachLimits(new OutreachLimits(2, 1, Period.FromDays(7))).Build();

        string json = PlaybookJson.Save(gentle);

        json.ShouldContain("\"outreachLimits\": {\n    \"maxPerDay\": 2,\n    \"maxPerCompanyPerWeek\": 1,\n    \"minSpacingPerPerson\": \"P7D\"\n  }".ReplaceLineEndings(Environment.NewLine));
        PlaybookJson.Load(json).OutreachLimits.ShouldBe(new OutreachLimits(2, 1, Period.FromDays(7)));
        PlaybookJson.Save(DefaultPlaybook.Instance).ShouldNotContain("outreachLimits");
    }

    [Fact]
    public void Load_OutreachLimitsWithSomeFieldsLeftOut_TakesTheDefaultsForThem()
    {
        string json = PlaybookJson.Save(DefaultPlaybook.Instance).Replace("\n  \"rules\":", "\n  \"outreachLimits\": { \"maxPerDay\": 8 },\n  \"rules\":", StringComparison.Ordinal);

        PlaybookJson.Load(json).OutreachLimits.ShouldBe(new OutreachLimits(maxPerDay: 8, maxPerCompanyPerWeek: 3, minSpacingPerPerson: Period.FromDays(3)));
    }

    public static TheoryData<string> GoldenFiles() =>
        [.. Directory.GetFiles(Path.Combine(SourceDirectory(), "Golden"), "*.json").Select(f => Path.GetFileNameWithoutExtension(f)!).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(GoldenFiles))]
    public void Load_BrokenFile_ReportsEveryProblemAsTheGoldenFileSays(string name)
    {
        string golden = Path.Combine(SourceDirectory(), "Golden");
        string json = File.ReadAllText(Path.Combine(golden, name + ".json"));

        FollowUpFileException error = Should.Throw<FollowUpFileException>(() => PlaybookJson.Load(json));

        string actual = string.Join("\n", error.Errors.Select(e => e.ToString())) + "\n";
        GoldenFile.ShouldMatch(golden, name + ".errors.txt", name, actual);
    }

    [Fact]
    public void Load_ErrorMessage_NamesTheSourceAndListsEachProblem()
    {
        FollowUpFileException error = Should.Throw<FollowUpFileException>(() => PlaybookJson.Load("""{ "formatVersion": 1, "id": "x", "name": "X", "version": 0, "rules": [] }"""));

        error.Message.ShouldBe(
            "The playbook JSON is not a valid playbook:" + Environment.NewLine +
            " - version: The playbook's version must be 1 or more; it is 0." + Environment.NewLine +
            " - rules: The playbook has no rules.");
    }

    [Theory]
    [InlineData("null", "The JSON holds null, not a playbook object.")]
    [InlineData("[]", "Expected an object in { }.")]
    [InlineData("{}", "The file does not say which format it uses; a playbook file starts with \"formatVersion\": 1.")]
    [InlineData("""{ "formatVersion": 1, "formatVersion": 1 }""", "A property is given twice in the same object.")]
    [InlineData("""{ "formatVersion": 1e400 }""", "Expected a whole number (within -2147483648 to 2147483647).")]
    [InlineData("""{ "formatVersion": 99999999999 }""", "Expected a whole number (within -2147483648 to 2147483647).")]
    [InlineData("""{ "formatVersion": "1" }""", "Expected a whole number (within -2147483648 to 2147483647).")]
    [InlineData("", "The JSON is empty; a playbook is an object: { \"formatVersion\": 1, ... }.")]
    [InlineData("   ", "The JSON is empty; a playbook is an object: { \"formatVersion\": 1, ... }.")]
    public void Load_HostileOrEmptyInput_FailsWithATypedErrorOnly(string json, string message)
    {
        FollowUpFileException error = Should.Throw<FollowUpFileException>(() => PlaybookJson.Load(json));

        error.Errors.ShouldHaveSingleItem().Message.ShouldBe(message);
    }

    [Fact]
    public void Load_DeeplyNestedInput_IsRefused()
    {
        string deep = """{ "formatVersion": 1, "id": "d", "name": "d", "version": 1, "rules": [ { "id": "a", "title": "a", "conditions": [ """
            + string.Concat(Enumerable.Repeat("""{ "type": "not", "inner": """, 5000)) + """{ "type": "employedElsewhere" }""" + new string('}', 5000) + " ] } ] }";

        FollowUpFileException error = Should.Throw<FollowUpFileException>(() => PlaybookJson.Load(deep));

        error.Errors.ShouldHaveSingleItem().Message.ShouldBe("The JSON nests deeper than 32 levels.");
    }

    [Fact]
    public void Load_MultiMegabyteInput_IsRefusedBeforeParsing()
    {
        string huge = """{ "formatVersion": 1, "name": " """ + new string('x', 3 * 1024 * 1024) + "\" }";

        Should.Throw<FollowUpFileException>(() => PlaybookJson.Load(huge)).Errors.ShouldHaveSingleItem().Message
            .ShouldBe("The playbook is larger than 1024 KiB, the most a playbook may be.");
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(huge));
        Should.Throw<FollowUpFileException>(() => PlaybookJson.Load(stream));
    }

    [Fact]
    public void Load_ConditionNestedBeyondTheValidatorsLimit_IsReportedWithItsPath()
    {
        string nested = string.Concat(Enumerable.Repeat("""{ "type": "not", "inner": """, 9)) + """{ "type": "employedElsewhere" }""" + new string('}', 9);
        string json = $$"""{ "formatVersion": 1, "id": "n", "name": "n", "version": 1, "rules": [ { "id": "a", "title": "a", "anchor": { "kind": "RejectionReceived" }, "timing": { "offset": "P0D" }, "audience": { "kind": "Seeker" }, "action": { "kind": "WriteJournalNotes" }, "conditions": [ {{nested}} ] } ] }""";

        FollowUpFileException error = Should.Throw<FollowUpFileException>(() => PlaybookJson.Load(json));

        error.Errors.ShouldHaveSingleItem().ToString().ShouldBe("rules[0].conditions[0].inner.inner.inner.inner.inner.inner.inner.inner: Conditions may nest at most 8 levels deep.");
    }

    [Fact]
    public void Load_CustomConditionNamesGiven_AreAccepted()
    {
        string json = """{ "formatVersion": 1, "id": "c", "name": "c", "version": 1, "rules": [ { "id": "a", "title": "a", "anchor": { "kind": "RejectionReceived" }, "timing": { "offset": "P0D" }, "audience": { "kind": "Seeker" }, "action": { "kind": "WriteJournalNotes" }, "conditions": [ { "type": "custom", "name": "role-contains", "parameters": { "text": "Senior" } } ] } ] }""";

        Playbook playbook = PlaybookJson.Load(json, ["role-contains"]);

        playbook.Rules[0].Conditions[0].ShouldBe(new FollowUpRules.Rules.Conditions.CustomCondition("role-contains", [new("text", "Senior")]));
        PlaybookJson.Load(PlaybookJson.Save(playbook), ["role-contains"]).ShouldBe(playbook);
    }

    [Fact]
    public void TryLoad_ReturnsErrorsInsteadOfThrowing()
    {
        PlaybookJson.TryLoad("{}", out Playbook? playbook, out var errors).ShouldBeFalse();
        playbook.ShouldBeNull();
        errors.ShouldHaveSingleItem().Path.ShouldBe("formatVersion");

        PlaybookJson.TryLoad(PlaybookJson.Save(DefaultPlaybook.Instance), out playbook, out errors).ShouldBeTrue();
        playbook.ShouldBe(DefaultPlaybook.Instance);
        errors.ShouldBeEmpty();
    }

    [Fact]
    public void TryLoad_StreamAndBytes_GiveWhatTextGives()
    {
        byte[] valid = System.Text.Encoding.UTF8.GetBytes(PlaybookJson.Save(DefaultPlaybook.Instance));
        byte[] invalid = "{}"u8.ToArray();

        PlaybookJson.TryLoad(new MemoryStream(valid), out Playbook? fromStream, out var errors).ShouldBeTrue();
        fromStream.Id.ShouldBe(DefaultPlaybook.Instance.Id); // not null after true: no "!" needed
        errors.ShouldBeEmpty();
        PlaybookJson.TryLoad(valid, out Playbook? fromBytes, out errors).ShouldBeTrue();
        fromBytes.ShouldBe(DefaultPlaybook.Instance);

        PlaybookJson.TryLoad(new MemoryStream(invalid), out fromStream, out errors).ShouldBeFalse();
        fromStream.ShouldBeNull();
        errors.ShouldHaveSingleItem().Path.ShouldBe("formatVersion");
        PlaybookJson.TryLoad(invalid, out fromBytes, out errors).ShouldBeFalse();
        fromBytes.ShouldBeNull();
        errors.ShouldHaveSingleItem().Path.ShouldBe("formatVersion");
    }

    [Fact]
    public void TryLoad_BytesOverTheLimit_ReturnsTheSizeError()
    {
        byte[] huge = new byte[PlaybookJson.MaxLength + 1];

        PlaybookJson.TryLoad(huge, out Playbook? playbook, out var errors).ShouldBeFalse();

        playbook.ShouldBeNull();
        errors.ShouldHaveSingleItem().Message.ShouldBe("The playbook is larger than 1024 KiB, the most a playbook may be.");
    }

    [Fact]
    public void Load_Invalid_ThrowsAFollowUpValidationExceptionWithTheSameProblems()
    {
        // One catch covers a bad file and a bad playbook built in code.
        FollowUpValidationException error = Should.Throw<FollowUpValidationException>(() => PlaybookJson.Load("""{ "formatVersion": 1, "id": "p", "version": "1", "rules": [], "x": 1 }"""));

        FollowUpFileException file = error.ShouldBeOfType<FollowUpFileException>();
        error.Errors.Select(e => (e.PropertyName, e.ErrorMessage)).ShouldBe(file.Errors.Select(e => (e.Path, e.Message)));
        error.Errors.Select(e => e.CustomState).ShouldBe(file.Errors);
    }

    [Fact]
    public void SaveFile_ReplacesAtomically_AndLeavesNoTemporaryFile()
    {
        string folder = Directory.CreateTempSubdirectory("followup-").FullName;
        try
        {
            string path = Path.Combine(folder, "playbook.json");
            File.WriteAllText(path, "old content");

            PlaybookJson.SaveFile(DefaultPlaybook.Instance, path);

            PlaybookJson.LoadFile(path).ShouldBe(DefaultPlaybook.Instance);
            Directory.GetFiles(folder).Order(StringComparer.Ordinal).ToArray().ShouldBe([Path.Combine(folder, ".playbook.json.lock"), path], customMessage: "no temporary file, only the (empty) lock file");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void SaveFile_InvalidPlaybook_WritesNothing()
    {
        string folder = Directory.CreateTempSubdirectory("followup-").FullName;
        try
        {
            string path = Path.Combine(folder, "playbook.json");
            File.WriteAllText(path, "old content");
            var invalid = new Playbook("bad", "Bad", 0, []);

            Should.Throw<FollowUpValidationException>(() => PlaybookJson.SaveFile(invalid, path)).Message.ShouldStartWith("Playbook 'bad' is invalid and cannot be saved:");

            File.ReadAllText(path).ShouldBe("old content");
            Directory.GetFiles(folder).ShouldBe([path]);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void LoadFile_ErrorsNameTheFile_AndMissingFilesAreIOErrors()
    {
        string folder = Directory.CreateTempSubdirectory("followup-").FullName;
        try
        {
            string path = Path.Combine(folder, "broken.json");
            File.WriteAllText(path, "{}");

            Should.Throw<FollowUpFileException>(() => PlaybookJson.LoadFile(path)).Message.ShouldStartWith($"The file '{path}' is not a valid playbook:");
            Should.Throw<FileNotFoundException>(() => PlaybookJson.LoadFile(Path.Combine(folder, "missing.json")));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Load_FileStartingWithAByteOrderMark_Loads()
    {
        string folder = Directory.CreateTempSubdirectory("followup-").FullName;
        try
        {
            string path = Path.Combine(folder, "from-windows.json");
            File.WriteAllText(path, PlaybookJson.Save(DefaultPlaybook.Instance), new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));

            PlaybookJson.LoadFile(path).ShouldBe(DefaultPlaybook.Instance);
            PlaybookJson.Load("\uFEFF" + PlaybookJson.Save(DefaultPlaybook.Instance)).ShouldBe(DefaultPlaybook.Instance);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void SaveToStream_ThenLoadFromStream_RoundTrips()
    {
        using var stream = new MemoryStream();
        PlaybookJson.Save(DefaultPlaybook.Instance, stream);
        stream.Position = 0;

        PlaybookJson.Load(stream).ShouldBe(DefaultPlaybook.Instance);
    }

    [Fact]
    public void FormatDoc_CompleteExample_LoadsAndRoundTrips()
    {
        string doc = File.ReadAllText(RepositoryFile("docs", "playbook-format.md"));
        string[] playbooks = [.. System.Text.RegularExpressions.Regex.Matches(doc, "```json\n(.*?)```", System.Text.RegularExpressions.RegexOptions.Singleline)
            .Select(m => m.Groups[1].Value)
            .Where(b => b.Contains("\"formatVersion\"", StringComparison.Ordinal))];

        playbooks.ShouldNotBeEmpty();
        foreach (string json in playbooks)
        {
            Playbook playbook = PlaybookJson.Load(json);
            PlaybookJson.Load(PlaybookJson.Save(playbook)).ShouldBe(playbook);
        }
    }

    [Theory]
    [InlineData("Rules[3].Timing.Offset", "rules[3].timing.offset")]
    [InlineData("Rules[0].Conditions[1].Conditions[0].Statuses[2]", "rules[0].conditions[1].conditions[0].statuses[2]")]
    [InlineData("Version", "version")]
    public void JsonPath_FollowsTheDocument(string modelPath, string jsonPath)
    {
        PlaybookJson.JsonPath(modelPath).ShouldBe(jsonPath);
    }
}
