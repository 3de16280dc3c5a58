using System.Text.RegularExpressions;

namespace FollowUpRules.Cli.Tests;

/// <summary>
/// Keeps <c>docs/cli.md</c> true: every one-line <c>followup ...</c> shell block followed by a text block is run again
/// in-process, and its output (standard output, then standard error) must be the text block; a text block ending in
/// "..." must be the output's beginning.
/// </summary>
public partial class CliDocTest
{
    public static TheoryData<int> Examples() => [.. Enumerable.Range(0, Blocks().Count)];

    [Fact]
    public void Doc_HasAnExampleForEveryCommand()
    {
        string[] commands = [.. Blocks().Select(b => b.Command.Split(' ')[1]).Distinct()];

        commands.ShouldBeSubsetOf(["agenda", "next", "plan", "validate", "export-ics"]);
        commands.Length.ShouldBe(5);
        string doc = File.ReadAllText(DocPath());
        foreach (string command in new[] { "agenda", "next", "plan", "log", "validate", "export-ics", "init" })
        {
            doc.ShouldContain($"## `followup {command}");
        }
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Doc_ExampleOutput_IsWhatTheToolPrints(int index)
    {
        (string command, string expected) = Blocks()[index];
        string root = Cli.RepositoryRoot();
        string[] args = [.. command.Split(' ').Skip(1).Select(a => File.Exists(Path.Combine(root, a)) ? Path.Combine(root, a) : a)];

        Result result = Cli.Run(args);

        string actual = (result.Out + result.Error).Replace("\r\n", "\n", StringComparison.Ordinal).Replace(root + Path.DirectorySeparatorChar, string.Empty, StringComparison.Ordinal);
        if (expected.EndsWith("...\n", StringComparison.Ordinal))
        {
            actual.ShouldStartWith(expected[..^4], customMessage: $"docs/cli.md: the output of '{command}' changed; regenerate the block.");
        }
        else
        {
            actual.ShouldBe(expected, $"docs/cli.md: the output of '{command}' changed; regenerate the block.");
        }
    }

    private static List<(string Command, string Output)> Blocks() =>
        [.. Example().Matches(File.ReadAllText(DocPath()).ReplaceLineEndings("\n")).Select(m => (m.Groups[1].Value, m.Groups[2].Value))];

    private static string DocPath() => Path.Combine(Cli.RepositoryRoot(), "docs", "cli.md");

    [GeneratedRegex("```sh\\n(followup [^\\n]*)\\n```\\n\\n```text\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex Example();
}
