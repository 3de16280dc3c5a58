namespace FollowUpRules.Cli.Tests;

/// <summary>The built tool run as a real process (<c>dotnet followup.dll</c>) on sample files: exit codes and output.</summary>
public class ProcessTest
{
    [Fact]
    public void Agenda_OnTheBundledSample_PrintsPlainTextWhenRedirected()
    {
        Result result = Cli.RunProcess(["agenda", .. Cli.Fixed]);

        result.ExitCode.ShouldBe(0, result.Error);
        result.Out.ReplaceLineEndings("\n").ShouldBe(Cli.Run(["agenda", .. Cli.Fixed]).Out);
        result.Out.ShouldNotContain("\u001b[");
    }

    [Fact]
    public void Log_ThenAgenda_OnACopy_TheStepIsGone()
    {
        string path = Cli.CopyOfSample(out _);

        Cli.RunProcess(["log", "initech-engineer", "ThankYouEmail", "--contact", "ben", "--file", path, .. Cli.Fixed]).ExitCode.ShouldBe(0);

        Result agenda = Cli.RunProcess(["agenda", "--file", path, .. Cli.Fixed]);
        agenda.Out.ShouldNotMatch(@"Ben Okafor\s+Send a thank-you email");
        agenda.Out.ShouldMatch(@"Ana Ruiz\s+Send a thank-you email");
    }

    [Theory]
    [InlineData(ExitCodes.File, "agenda", "--file", "missing.json")]
    [InlineData(ExitCodes.Usage, "next", "nope")]
    [InlineData(ExitCodes.Usage, "agenda", "--today", "yesterday")]
    [InlineData(ExitCodes.Usage, "agenda", "--zone", "Nowhere/City")]
    [InlineData(ExitCodes.Usage, "agnda")]
    [InlineData(ExitCodes.File, "import", "missing.csv")]
    [InlineData(ExitCodes.Usage, "status", "--file", "{sample}")]
    [InlineData(ExitCodes.Usage, "remove", "application", "umbrella-pm", "--file", "{sample}")]
    [InlineData(ExitCodes.Usage, "undo", "--file", "{sample}")]
    [InlineData(ExitCodes.Usage, "add", "application", "--file", "{sample}")]
    public void BadInput_ExitsWithItsCodeWritingNothing(int code, params string[] args)
    {
        string sample = Cli.CopyOfSample(out _);
        byte[] before = File.ReadAllBytes(sample);

        Result result = Cli.RunProcess([.. args.Select(a => a == "{sample}" ? sample : a)]);

        result.ExitCode.ShouldBe(code, result.Error);
        File.ReadAllBytes(sample).ShouldBe(before);
        result.Error.ShouldStartWith("error: ");
        result.Error.ShouldNotContain("   at ");
    }

    [Fact]
    public void Validate_InvalidFile_ExitsOne()
    {
        string path = Path.Combine(Directory.CreateTempSubdirectory("followup").FullName, "p.json");
        File.WriteAllText(path, """{ "formatVersion": 1, "seeker": { "zone": "Europe/London" }, "applications": [ { "id": "a" } ] }""");

        Result result = Cli.RunProcess(["validate", path]);

        result.ExitCode.ShouldBe(ExitCodes.Invalid);
        result.Error.ShouldContain("applications[0].companyId: The application needs a company id");
    }

    [Fact]
    public void Init_ThenValidate_RoundTrip()
    {
        string folder = Directory.CreateTempSubdirectory("followup-init").FullName;

        Cli.RunProcess(["init", folder]).ExitCode.ShouldBe(0);

        Cli.RunProcess(["validate", Path.Combine(folder, "pipeline.json")]).ExitCode.ShouldBe(0);
        Cli.RunProcess(["validate", Path.Combine(folder, "playbook.json")]).ExitCode.ShouldBe(0);
    }
}
