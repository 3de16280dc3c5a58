using System.CommandLine;
using System.Text.Json;
using System.Text.RegularExpressions;
using Spectre.Console;

namespace FollowUpRules.Cli.Tests;

/// <summary>What a person meets: init on a new folder, help with examples, narrow terminals, progress, JSON where it is promised.</summary>
public partial class FriendlinessTest
{
    [Fact]
    public void Init_FolderThatDoesNotExist_IsCreatedAsDocumented()
    {
        string folder = Path.Combine(Directory.CreateTempSubdirectory("followup").FullName, "job-search", "2026");

        Result result = Cli.Run(["init", folder]);

        result.ExitCode.ShouldBe(0, result.Error);
        result.Out.ShouldStartWith($"Created {folder}: wrote pipeline.json (no applications yet;");
        Cli.Run(["validate", Path.Combine(folder, "pipeline.json")]).Out.ShouldBe($"{Path.Combine(folder, "pipeline.json")}: a valid pipeline, 0 applications, playbook 'default'.\n");
    }

    [Fact]
    public void Init_PathIsAFile_SaysSo()
    {
        string file = Path.Combine(Directory.CreateTempSubdirectory("followup").FullName, "notes.txt");
        File.WriteAllText(file, "x");

        Result result = Cli.Run(["init", file]);

        result.ExitCode.ShouldBe(ExitCodes.File);
        result.Error.ShouldBe($"error: '{file}' is a file, not a folder; give the folder to write pipeline.json and playbook.json into.\n");
    }

    public static TheoryData<string> Commands()
    {
        var data = new TheoryData<string>();
        foreach (Command command in All(CommandLine.Build(new Terminal(TextWriter.Null, TextWriter.Null, rich: false))))
        {
            data.Add(Help.PathOf(command));
        }

        return data;
    }

    private static IEnumerable<Command> All(Command command) => command.Subcommands.SelectMany(c => All(c).Prepend(c));

    [Theory]
    [MemberData(nameof(Commands))]
    public void Help_EveryCommand_EndsWithExamplesOfItself(string command)
    {
        Result result = Cli.Run([.. command.Split(' '), "--help"]);

        result.ExitCode.ShouldBe(0);
        string examples = result.Out.Split("Examples:\n").Last();
        result.Out.ShouldContain("Examples:\n");
        examples.Split('\n').Where(l => l.Length > 0).ShouldAllBe(l => l.StartsWith($"  followup {command}", StringComparison.Ordinal));
    }

    [Fact]
    public void Agenda_At80Columns_DropsTheWhyColumnAndKeepsEveryDateWhole()
    {
        var output = new StringWriter { NewLine = "\n" };

        int code = Program.Run(["agenda", .. Cli.Fixed], new Terminal(output, new StringWriter(), rich: true, width: 80));

        code.ShouldBe(0);
        string text = Regex.Replace(output.ToString(), @"\x1b\[[0-9;?]*[A-Za-z]", string.Empty);
        string[] lines = text.Split('\n');
        lines.Skip(1).ShouldAllBe(l => l.Length <= 80, "the heading line is a sentence; every line of the steps fits");
        lines.Length.ShouldBeLessThan(60);
        Regex.Matches(text, @"\d{4}-\d{2}-\d{2}").Count.ShouldBe(2 + 13, "the heading's two dates and each step's date, whole");
        text.ShouldContain("(why left out at this width: 'followup next <id>' explains a step)");
        text.ShouldContain("2026-11-26 09:00 Europe/London  due  Hank Moss  Email  umbrella-pm\n  Congratulate them on the hire and ask to connect on LinkedIn\n");
    }

    [Fact]
    public void Agenda_WideTerminal_KeepsTheWhyColumn()
    {
        var output = new StringWriter { NewLine = "\n" };

        Program.Run(["agenda", .. Cli.Fixed], new Terminal(output, new StringWriter(), rich: true, width: 400)).ShouldBe(0);

        output.ToString().ShouldContain("why");
        output.ToString().ShouldNotContain("left out");
    }

    [Fact]
    public void Plan_ManyApplicationsOnATerminal_ShowsProgressOnStandardErrorOnly()
    {
        string path = ManyApplications(FollowUpRules.Cli.Output.Progress.Threshold + 50);
        var progress = new StringWriter();
        IAnsiConsole console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(progress), Interactive = InteractionSupport.Yes, Ansi = AnsiSupport.Yes });
        var output = new StringWriter();

        int code = Program.Run(["plan", "--file", path, .. Cli.Fixed], new Terminal(output, new StringWriter(), rich: false, progress: console));

        code.ShouldBe(0);
        progress.ToString().ShouldContain("Planning 250 applications");
        progress.ToString().ShouldContain("100%");
        output.ToString().ShouldNotContain("Planning 250");
    }

    [Fact]
    public void Plan_ManyApplicationsRedirected_ShowsNoProgress()
    {
        string path = ManyApplications(FollowUpRules.Cli.Output.Progress.Threshold + 50);

        Result result = Cli.Run(["plan", "--file", path, .. Cli.Fixed]);

        result.ExitCode.ShouldBe(0);
        result.Error.ShouldBeEmpty();
    }

    [Fact]
    public void Validate_Json_GivesEveryErrorAsDataWithTheSameExitCode()
    {
        Result result = Cli.Run(["validate", Path.Combine(Cli.RepositoryRoot(), "docs", "examples", "broken-pipeline.json"), "--format", "json"]);

        result.ExitCode.ShouldBe(ExitCodes.Invalid);
        using var json = JsonDocument.Parse(result.Out);
        json.RootElement.GetProperty("valid").GetBoolean().ShouldBeFalse();
        json.RootElement.GetProperty("kind").GetString().ShouldBe("pipeline");
        JsonElement first = json.RootElement.GetProperty("errors")[0];
        first.GetProperty("path").GetString().ShouldBe("seeker.zone");
        first.GetProperty("message").GetString().ShouldStartWith("'Europe/Londn' is not a time zone id");
        json.RootElement.GetProperty("errors").GetArrayLength().ShouldBe(5);
    }

    [Fact]
    public void Validate_JsonOfAMalformedFile_HasLineAndColumn()
    {
        Result result = Cli.Run(["validate", Path.Combine(Cli.RepositoryRoot(), "docs", "examples", "malformed-pipeline.json"), "--format", "json"]);

        using var json = JsonDocument.Parse(result.Out);
        JsonElement error = json.RootElement.GetProperty("errors")[0];
        error.GetProperty("line").GetInt64().ShouldBe(4);
        error.GetProperty("column").GetInt64().ShouldBe(3);
    }

    [Fact]
    public void Validate_JsonOfAValidPlaybook_SaysWhatItIs()
    {
        Result result = Cli.Run(["validate", Path.Combine(Cli.RepositoryRoot(), "docs", "default-playbook.json"), "--format", "json"]);

        result.ExitCode.ShouldBe(0);
        using var json = JsonDocument.Parse(result.Out);
        json.RootElement.GetProperty("valid").GetBoolean().ShouldBeTrue();
        json.RootElement.GetProperty("summary").GetString().ShouldBe("a valid playbook, 'default' version 1, 16 rules");
    }

    [Fact]
    public void Validate_PlaybookWithAnUnknownAudience_SaysItOnceWithoutANumber()
    {
        string path = Path.Combine(Directory.CreateTempSubdirectory("followup").FullName, "playbook.json");
        File.WriteAllText(path, File.ReadAllText(Path.Combine(Cli.RepositoryRoot(), "docs", "default-playbook.json")).Replace("\"kind\": \"Interviewers\"", "\"kind\": \"Nobody\"", StringComparison.Ordinal));

        Result result = Cli.Run(["validate", path]);

        result.ExitCode.ShouldBe(ExitCodes.Invalid);
        result.Error.ShouldContain("'Nobody' is not an audience");
        result.Error.ShouldNotContain("-1");
    }

    [Fact]
    public void Agenda_FolderGivenAsFile_SaysItIsAFolder()
    {
        string folder = Directory.CreateTempSubdirectory("followup").FullName;

        Result result = Cli.Run(["agenda", "--file", folder, .. Cli.Fixed]);

        result.ExitCode.ShouldBe(ExitCodes.File);
        result.Error.ShouldBe($"error: The pipeline file '{folder}' is a folder, not a file.\n");
    }

    [Fact]
    public void Agenda_InTheFolderOfAPipeline_UsesItWithoutFile()
    {
        string path = Cli.CopyOfSample(out string folder);
        Cli.Run(["add", "application", "Acme", "Analyst", "--file", path, .. Cli.Fixed]).ExitCode.ShouldBe(0);

        Result result = Cli.RunProcessIn(folder, ["list", .. Cli.Fixed]);

        result.ExitCode.ShouldBe(0, result.Error);
        result.Out.ShouldStartWith("6 applications in pipeline.json on Mon 2026-11-23");
    }

    private static string ManyApplications(int count)
    {
        string path = Cli.EmptyPipeline(out string folder);
        string csv = Path.Combine(folder, "many.csv");
        File.WriteAllLines(csv, ["company,role,applied", .. Enumerable.Range(0, count).Select(i => $"Company {i},Analyst,2026-11-02")]);
        Cli.Run(["import", csv, "--file", path, .. Cli.Fixed]).ExitCode.ShouldBe(0);
        return path;
    }
}
