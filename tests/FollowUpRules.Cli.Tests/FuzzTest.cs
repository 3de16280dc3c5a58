using FollowUpRules.Tests.Support;
using Xunit.Abstractions;

namespace FollowUpRules.Cli.Tests;

/// <summary>
/// The tool's commands (reading and writing, undo too), in-process, on mutated copies of the sample pipeline: each ends with exit code 0, or with 1 (an
/// invalid file, every problem with its path or line) or 3 (a file problem), with a message and never a stack trace,
/// within a second. <c>FOLLOWUP_FUZZ_CASES</c> and <c>FOLLOWUP_FUZZ_SEED</c> as in the core's fuzz tests.
/// </summary>
public class FuzzTest(ITestOutputHelper output)
{
    [Fact]
    public void Commands_OnAMutatedPipelineFile_SucceedOrReportTheProblem()
    {
        string folder = Directory.CreateTempSubdirectory("followup-fuzz").FullName;
        string path = Path.Combine(folder, "pipeline.json");
        Check(path,
        [
            ["validate", path],
            ["agenda", "--file", path, .. Cli.Fixed],
            ["next", "umbrella-pm", "--file", path, .. Cli.Fixed],
            ["plan", "--months", "2", "--file", path, .. Cli.Fixed],
            ["log", "umbrella-pm", "JournalEntry", "--file", path, .. Cli.Fixed],
        ]);
    }

    [Fact]
    public void EditingCommands_OnAMutatedPipelineFile_SucceedOrReportTheProblem()
    {
        string folder = Directory.CreateTempSubdirectory("followup-fuzz").FullName;
        string path = Path.Combine(folder, "pipeline.json");
        Check(path,
        [
            ["list", "--file", path, .. Cli.Fixed],
            ["show", "initech-engineer", "--file", path, .. Cli.Fixed],
            ["status", "globex-analyst", "rejected", "--reason", "HiringPaused", "--file", path, .. Cli.Fixed],
            ["add", "contact", "initech-engineer", "Zoe Example", "--role", "Recruiter", "--file", path, .. Cli.Fixed],
            ["undo", "--file", path],
        ]);
    }

    private void Check(string path, string[][] commands)
    {
        string sample = File.ReadAllText(Path.Combine(Cli.RepositoryRoot(), "docs", "examples", "sample-pipeline.json"));

        output.WriteLine(Fuzz.Run(sample, defaultCases: 300, bytes =>
        {
            File.WriteAllBytes(path, bytes);
            bool allOk = true;
            foreach (string[] command in commands)
            {
                Result result = Cli.Run(command);
                string what = $"followup {string.Join(' ', command)}";
                result.Error.ShouldNotContain("   at ", customMessage: what);
                if (result.ExitCode == ExitCodes.Ok)
                {
                    continue;
                }

                allOk = false;
                result.ExitCode.ShouldBeOneOf([ExitCodes.Invalid, ExitCodes.Usage, ExitCodes.File], what + "\n" + result.Error);
                result.Error.ShouldNotBeEmpty(what);
                foreach (string line in result.Error.Split('\n').Where(l => l.StartsWith(" - ", StringComparison.Ordinal)))
                {
                    line.ShouldContain(": ", customMessage: $"{what}: an error with neither a path nor a line: {line}");
                }
            }

            return allOk ? FuzzOutcome.Ok : FuzzOutcome.Typed;
        }));
    }
}
