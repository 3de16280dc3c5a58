namespace FollowUpRules.Cli.Tests;

/// <summary>Each command's output on the bundled sample, for the fixed date 2026-11-23 in Europe/London.</summary>
public class CommandsTest
{
    [Fact]
    public void Agenda_Sample_ListsEveryStateMostUrgentFirstWithWhoWhatHowWhenWhy()
    {
        Result result = Cli.Run(["agenda", .. Cli.Fixed]);

        result.ExitCode.ShouldBe(0, result.Error);
        string[] lines = result.Out.Split('\n');
        lines[0].ShouldBe("Agenda Mon 2026-11-23 to Mon 2026-11-30 (Europe/London), the bundled sample pipeline: 13 steps");
        lines[2].ShouldStartWith("when");
        lines[2].ShouldContain("who");
        lines[2].ShouldContain("what");
        lines[2].ShouldContain("how");
        lines[2].ShouldContain("why");
        foreach (string application in new[] { "globex-analyst", "initech-engineer", "umbrella-pm", "soylent-designer", "hooli-analyst" })
        {
            result.Out.ShouldContain(application);
        }

        result.Out.ShouldContain("Ana Ruiz    Send a thank-you email");
        result.Out.ShouldContain("Interview on Fri 2026-11-20 with Ana Ruiz and Ben Okafor.");
        result.Out.ShouldContain("2026-11-26 09:00 Europe/London");
        result.Out.IndexOf("2026-11-23", 100, StringComparison.Ordinal).ShouldBeLessThan(result.Out.IndexOf("2026-11-24", StringComparison.Ordinal));
    }

    [Fact]
    public void Agenda_Json_IsMachineReadableWithIsoDates()
    {
        Result result = Cli.Run(["agenda", "--format", "json", .. Cli.Fixed]);

        result.ExitCode.ShouldBe(0, result.Error);
        using var json = System.Text.Json.JsonDocument.Parse(result.Out);
        json.RootElement.GetProperty("from").GetString().ShouldBe("2026-11-23");
        json.RootElement.GetProperty("until").GetString().ShouldBe("2026-11-30");
        System.Text.Json.JsonElement steps = json.RootElement.GetProperty("steps");
        steps.GetArrayLength().ShouldBe(13);
        steps[0].GetProperty("date").GetString().ShouldBe("2026-11-23");
        steps.EnumerateArray().ShouldAllBe(s => s.GetProperty("who").GetString()!.Length > 0 && s.GetProperty("what").GetString()!.Length > 0 && s.GetProperty("why").GetString()!.Length > 0);
    }

    [Fact]
    public void Next_Application_GivesTheStepAndTheFullExplanation()
    {
        Result result = Cli.Run(["next", "hooli-analyst", .. Cli.Fixed]);

        result.ExitCode.ShouldBe(0, result.Error);
        result.Out.ShouldStartWith("Business Analyst at Hooli (Interviewing), Mon 2026-11-23\n\nNext (overdue): Treat the silence as a rejection");
        result.Out.ShouldContain("Why:\n  Rule 'silent-rejection'");
        result.Out.ShouldContain("Due 30 days after the last interview: Wed 2026-11-04.");
        result.Out.ShouldContain("Then:");
    }

    [Fact]
    public void Next_Json_HasTheExplanationLines()
    {
        Result result = Cli.Run(["next", "initech-engineer", "--format", "json", .. Cli.Fixed]);

        using var json = System.Text.Json.JsonDocument.Parse(result.Out);
        System.Text.Json.JsonElement next = json.RootElement.GetProperty("next");
        next.GetProperty("ruleId").GetString().ShouldBe("interview-thank-you");
        next.GetProperty("due").GetString().ShouldBe("2026-11-23");
        next.GetProperty("explanation").GetArrayLength().ShouldBeGreaterThan(2);
    }

    [Fact]
    public void Plan_OneApplication_ListsItsTimeline()
    {
        Result result = Cli.Run(["plan", "globex-analyst", "--months", "2", .. Cli.Fixed]);

        result.ExitCode.ShouldBe(0, result.Error);
        result.Out.ShouldContain("globex-analyst: Data Analyst at Globex (Applied), 2 steps");
        result.Out.ShouldContain("2026-11-30 09:00 America/New_York  Rita Chen");
    }

    [Fact]
    public void Plan_All_HasEveryApplication()
    {
        Result result = Cli.Run(["plan", "--format", "json", .. Cli.Fixed]);

        using var json = System.Text.Json.JsonDocument.Parse(result.Out);
        json.RootElement.GetProperty("from").GetString().ShouldBe("2026-11-23");
        json.RootElement.GetProperty("until").GetString().ShouldBe("2027-02-23");
        json.RootElement.GetProperty("zone").GetString().ShouldBe("Europe/London", "an object like the agenda's and next's, not a bare array");
        json.RootElement.GetProperty("plans").GetArrayLength().ShouldBe(5);
        json.RootElement.GetProperty("plans")[0].GetProperty("until").GetString().ShouldBe("2027-02-23");
    }

    [Fact]
    public void Validate_Sample_IsValid()
    {
        Result result = Cli.Run(["validate", Path.Combine(Cli.RepositoryRoot(), "docs", "examples", "sample-pipeline.json")]);

        result.ExitCode.ShouldBe(0, result.Error);
        result.Out.ShouldEndWith("a valid pipeline, 5 applications, playbook 'default'.\n");
    }

    [Fact]
    public void Validate_DefaultPlaybookFile_IsValid()
    {
        Result result = Cli.Run(["validate", Path.Combine(Cli.RepositoryRoot(), "docs", "default-playbook.json")]);

        result.ExitCode.ShouldBe(0, result.Error);
        result.Out.ShouldEndWith("a valid playbook, 'default' version 1, 16 rules.\n");
    }

    [Fact]
    public void Init_ThenValidate_BothFilesAreValid()
    {
        string folder = Directory.CreateTempSubdirectory("followup-init").FullName;

        Result init = Cli.Run(["init", folder, "--sample"]);

        init.ExitCode.ShouldBe(0, init.Error);
        Cli.Run(["validate", Path.Combine(folder, "pipeline.json")]).ExitCode.ShouldBe(0);
        Cli.Run(["validate", Path.Combine(folder, "playbook.json")]).ExitCode.ShouldBe(0);
        Result agenda = Cli.Run(["agenda", "--file", Path.Combine(folder, "pipeline.json"), .. Cli.Fixed]);
        agenda.Out.Split('\n').Skip(1).ShouldBe(Cli.Run(["agenda", .. Cli.Fixed]).Out.Split('\n').Skip(1));
    }

    [Fact]
    public void Init_Twice_RefusesToOverwriteUnlessForced()
    {
        string folder = Directory.CreateTempSubdirectory("followup-init").FullName;
        Cli.Run(["init", folder]).ExitCode.ShouldBe(0);
        File.WriteAllText(Path.Combine(folder, "pipeline.json"), "mine");

        Result again = Cli.Run(["init", folder]);

        again.ExitCode.ShouldBe(ExitCodes.File);
        again.Error.ShouldContain("already exist; nothing was written. Use --force to overwrite.");
        File.ReadAllText(Path.Combine(folder, "pipeline.json")).ShouldBe("mine");
        Cli.Run(["init", folder, "--force"]).ExitCode.ShouldBe(0);
        Cli.Run(["validate", Path.Combine(folder, "pipeline.json")]).ExitCode.ShouldBe(0);
    }

    [Fact]
    public void Agenda_ZoneOverride_ChangesTheSeekersZone()
    {
        Result result = Cli.Run(["agenda", "--today", "2026-11-23", "--zone", "Asia/Tokyo"]);

        result.ExitCode.ShouldBe(0, result.Error);
        result.Out.ShouldStartWith("Agenda Mon 2026-11-23 to Mon 2026-11-30 (Asia/Tokyo)");
        result.Out.ShouldContain("09:00 Asia/Tokyo");
    }

    [Fact]
    public void Agenda_OnATerminal_DrawsATableWithColour()
    {
        var output = new StringWriter();

        int code = Program.Run(["agenda", .. Cli.Fixed], output, new StringWriter(), rich: true);

        code.ShouldBe(0);
        output.ToString().ShouldContain("│");
        output.ToString().ShouldContain("Ana Ruiz");
    }

    [Fact]
    public void Sample_EmbeddedAndDocsCopies_AreIdentical()
    {
        string docs = File.ReadAllText(Path.Combine(Cli.RepositoryRoot(), "docs", "examples", "sample-pipeline.json"));
        string embedded = System.Text.Encoding.UTF8.GetString(Workspace.SampleBytes());

        embedded.ShouldBe(docs, "src/FollowUpRules.Cli/Samples/sample-pipeline.json and docs/examples/sample-pipeline.json must stay identical.");
    }
}
