namespace FollowUpRules.Cli.Tests;

/// <summary>Bad input ends with a clear message and its exit code, never a stack trace.</summary>
public class ExitCodesTest
{
    [Theory]
    [InlineData(ExitCodes.Usage, "There is no application 'nope' in the bundled sample pipeline. Its applications are: globex-analyst, ", "next", "nope")]
    [InlineData(ExitCodes.Usage, "There is no application 'initech-engneer' in the bundled sample pipeline. Did you mean 'initech-engineer'?", "next", "initech-engneer")]
    [InlineData(ExitCodes.Usage, "--today: '2026-13-01' is not a date; write it as 2026-11-23", "agenda", "--today", "2026-13-01")]
    [InlineData(ExitCodes.Usage, "'Mars/Base' is not a time zone id of the TZDB", "agenda", "--zone", "Mars/Base")]
    [InlineData(ExitCodes.Usage, "'--bogus' is not an option of 'followup agenda'.", "agenda", "--bogus")]
    [InlineData(ExitCodes.Usage, "error: '--fromat' is not an option of 'followup agenda'. Did you mean '--format'?\n", "agenda", "--fromat", "json")]
    [InlineData(ExitCodes.Usage, "error: 'agnda' is not a command of followup. Did you mean 'agenda'?\nRun 'followup --help'", "agnda")]
    [InlineData(ExitCodes.Usage, "error: followup needs a command: agenda, next, draft, plan, log, validate, export-ics, init, add, edit, remove, status, list, show, import, undo.\n", new string[0])]
    [InlineData(ExitCodes.Usage, "error: 'followup add' needs a command: application, contact.\n", "add")]
    [InlineData(ExitCodes.Usage, "error: 'contcat' is not a command of 'followup add'. Did you mean 'contact'?", "add", "contcat")]
    [InlineData(ExitCodes.Usage, "error: --months: 'x' is not a whole number of months, from 1 to 60.\n", "plan", "--months", "x")]
    [InlineData(ExitCodes.Usage, "'Europe/Londn' is not a time zone id of the TZDB; use for example Europe/London or America/New_York. Did you mean 'Europe/London'?", "agenda", "--zone", "Europe/Londn")]
    [InlineData(ExitCodes.Usage, "--months must be from 1 to 60; it is 0.", "plan", "--months", "0")]
    [InlineData(ExitCodes.Usage, "log writes to a pipeline file, and there is no pipeline.json here: run it in the folder of your pipeline, or give the file with --file", "log", "umbrella-pm", "JournalEntry")]
    [InlineData(ExitCodes.Usage, "log has no JSON output (it says what it did in a sentence); leave out --format json.", "log", "umbrella-pm", "JournalEntry", "--format", "json")]
    [InlineData(ExitCodes.Usage, "export-ics has no JSON output", "export-ics", "--format", "json")]
    [InlineData(ExitCodes.Usage, "init has no HTML output (it says what it did in a sentence); leave out --format html.", "init", "--format", "html")]
    [InlineData(ExitCodes.Usage, "--format html is for 'plan' and 'agenda'; 'list' writes text or json.", "list", "--format", "html")]
    [InlineData(ExitCodes.Usage, "--format html is for 'plan' and 'agenda'; 'validate' writes text or json.", "validate", "pipeline.json", "--format", "html")]
    [InlineData(ExitCodes.Usage, "Argument 'xml' not recognized. Must be one of", "agenda", "--format", "xml")]
    [InlineData(ExitCodes.File, "The pipeline file 'no/such/pipeline.json' does not exist.", "agenda", "--file", "no/such/pipeline.json")]
    [InlineData(ExitCodes.File, "The JSON file 'no/such/file.json' does not exist.", "validate", "no/such/file.json")]
    public void Command_BadInput_ExitsWithItsCodeAndMessage(int code, string message, params string[] args)
    {
        Result result = Cli.Run(args);

        result.ExitCode.ShouldBe(code, result.Error);
        result.Error.ShouldContain(message);
        result.Error.ShouldNotContain("   at ");
        result.Out.ShouldBeEmpty();
    }

    [Fact]
    public void Validate_BadJson_GivesLineAndColumn()
    {
        string path = Write("{\n  \"formatVersion\": 1,\n  \"seeker\": { \"zone\": \"Europe/London\" }\n  \"applications\": []\n}\n");

        Result result = Cli.Run(["validate", path]);

        result.ExitCode.ShouldBe(ExitCodes.Invalid);
        result.Error.ShouldBe($"{path} is not a valid pipeline:\n - line 4, column 3: The JSON is malformed: '\"' is invalid after a value. Expected either ',', '}}', or ']'.\n");
    }

    [Fact]
    public void Agenda_InvalidValues_ListsEveryProblemWithItsPath()
    {
        string path = Write("""
            { "formatVersion": 1, "seeker": { "zone": "Europe/London" }, "applications": [
              { "id": "a", "companyId": "c", "companyName": "C", "role": "R", "status": "Ghosted", "appliedOn": "2026-11-31",
                "touchpoints": [ { "id": "t1", "kind": "Lunch", "date": "2026-11-01" } ] } ] }
            """);

        Result result = Cli.Run(["agenda", "--file", path, .. Cli.Fixed]);

        result.ExitCode.ShouldBe(ExitCodes.Invalid);
        result.Error.ShouldContain($"The file '{path}' is not a valid pipeline:");
        result.Error.ShouldContain(" - applications[0].status: 'Ghosted' is not an application status; use one of: Applied, ");
        result.Error.ShouldContain(" - applications[0].appliedOn: '2026-11-31' is not a date;");
        result.Error.ShouldContain(" - applications[0].touchpoints[0].kind: 'Lunch' is not a touchpoint kind; use one of: Interview, ");
    }

    [Fact]
    public void Log_UnknownKind_ListsTheValidKindsAndLeavesTheFileAlone()
    {
        string path = Cli.CopyOfSample(out _);
        byte[] before = File.ReadAllBytes(path);

        Result result = Cli.Run(["log", "initech-engineer", "lunch", "--file", path, .. Cli.Fixed]);

        result.ExitCode.ShouldBe(ExitCodes.Usage);
        result.Error.ShouldContain("'lunch' is not a touchpoint kind; use one of: Interview, ThankYouEmail, ");
        File.ReadAllBytes(path).ShouldBe(before);
    }

    [Fact]
    public void Log_UnknownApplication_IsAUsageError()
    {
        string path = Cli.CopyOfSample(out _);

        Result result = Cli.Run(["log", "nope", "Reply", "--file", path, .. Cli.Fixed]);

        result.ExitCode.ShouldBe(ExitCodes.Usage);
        result.Error.ShouldContain("There is no application 'nope' in ");
    }

    [Fact]
    public void Log_ContactNotAtTheCompany_IsRefusedNamingTheApplicationsContacts()
    {
        string path = Cli.CopyOfSample(out _);

        Result result = Cli.Run(["log", "initech-engineer", "ThankYouEmail", "--contact", "zed", "--file", path, .. Cli.Fixed]);

        result.ExitCode.ShouldBe(ExitCodes.Usage);
        result.Error.ShouldBe("error: --contact: initech-engineer has no contact 'zed'. Its contacts are: ana (Ana Ruiz), ben (Ben Okafor).\n", "no touchpoint id the person never typed");
    }

    [Fact]
    public void Log_SnoozeWithoutUntil_IsAUsageError()
    {
        string path = Cli.CopyOfSample(out _);

        Result result = Cli.Run(["log", "umbrella-pm", "snooze", "--file", path, .. Cli.Fixed]);

        result.ExitCode.ShouldBe(ExitCodes.Usage);
        result.Error.ShouldContain("A Snooze needs --until");
    }

    [Fact]
    public void Save_FileChangedOnDiskSinceItWasRead_IsRefusedAndTheFileIsUntouched()
    {
        string path = Cli.CopyOfSample(out _);
        using Workspace workspace = Workspace.OpenForUpdate(path, "2026-11-23", null);
        File.AppendAllText(path, "\n"); // an editor that does not take the lock
        byte[] changed = File.ReadAllBytes(path);
        var touchpoint = new Domain.Touchpoint(workspace.Pipeline.NextTouchpointId(), Domain.TouchpointKind.JournalEntry, new NodaTime.LocalDate(2026, 11, 23));

        CliException error = Should.Throw<CliException>(() => workspace.Save(workspace.Pipeline.WithTouchpoint("umbrella-pm", touchpoint)));

        error.ExitCode.ShouldBe(ExitCodes.File);
        error.Message.ShouldBe($"The file '{path}' changed on disk since it was read; nothing was written. Run the command again.");
        File.ReadAllBytes(path).ShouldBe(changed);
    }

    [Fact]
    public void Agenda_PlaybookPathMissing_IsAFileProblem()
    {
        string path = Write("""{ "formatVersion": 1, "seeker": { "zone": "Europe/London" }, "playbook": "gone.json", "applications": [] }""");

        Result result = Cli.Run(["agenda", "--file", path, .. Cli.Fixed]);

        result.ExitCode.ShouldBe(ExitCodes.File);
        result.Error.ShouldContain("gone.json' does not exist.");
    }

    [Fact]
    public void Agenda_TouchpointsAfterToday_AreInvalidWithTheirPaths()
    {
        Result result = Cli.Run(["agenda", "--today", "2026-11-15"]);

        result.ExitCode.ShouldBe(ExitCodes.Invalid);
        result.Error.ShouldStartWith("error: The bundled sample is not valid on 2026-11-15 with the playbook 'default':\n");
        result.Error.ShouldContain(" - applications[1].touchpoints[0].date: The Interview 't1' (2026-11-20) is after today (2026-11-15); record things once they have happened.");
    }

    private static string Write(string json)
    {
        string path = Path.Combine(Directory.CreateTempSubdirectory("followup").FullName, "pipeline.json");
        File.WriteAllText(path, json);
        return path;
    }
}
