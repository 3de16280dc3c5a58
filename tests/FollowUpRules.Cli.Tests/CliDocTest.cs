using System.CommandLine;
using System.Text.RegularExpressions;

namespace FollowUpRules.Cli.Tests;

/// <summary>
/// Keeps <c>docs/cli.md</c> true. Every one-line <c>followup ...</c> shell block followed by a text block is run again
/// and its output (standard output, then standard error) must be the text block; a text block ending in "..." must be
/// the output's beginning. The blocks of "A first day" are one session: run as processes, in order, in a fresh folder
/// standing for <c>~</c> (its <c>cd</c> and <c>cp</c> lines too), as a person types them. The other blocks run in-process
/// on their own, each with a fresh folder for <c>~</c>.
/// </summary>
public partial class CliDocTest
{
    private const string Session = "## A first day";

    public static TheoryData<int> Examples() => [.. Enumerable.Range(0, Blocks(Outside()).Count)];

    [Fact]
    public void Doc_HasAnExampleForEveryCommand()
    {
        string[] documented = [.. Blocks(File.ReadAllText(DocPath()).ReplaceLineEndings("\n")).Select(b => b.Command.Split(' ')[1]).Distinct()];
        string[] commands = [.. CommandLine.Build(new Terminal(TextWriter.Null, TextWriter.Null, rich: false)).Subcommands.Select(c => c.Name)];

        commands.Except(documented).ShouldBeEmpty("every command of the tool has an example with its real output in docs/cli.md");
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Doc_ExampleOutput_IsWhatTheToolPrints(int index)
    {
        (string command, string expected) = Blocks(Outside())[index];
        string root = Cli.RepositoryRoot();
        string home = Directory.CreateTempSubdirectory("followup-doc-home").FullName;
        string[] args = [.. Words(command).Skip(1).Select(a => a.StartsWith("~/", StringComparison.Ordinal) ? Path.Combine(home, a[2..]) : File.Exists(Path.Combine(root, a)) ? Path.Combine(root, a) : a)];

        Result result = Cli.Run(args);

        Compare(command, expected, (result.Out + result.Error).Replace(root + Path.DirectorySeparatorChar, string.Empty, StringComparison.Ordinal).Replace(home, "~", StringComparison.Ordinal));
    }

    [Fact]
    public void Doc_FirstDay_EachCommandPrintsWhatTheDocShows()
    {
        string home = Directory.CreateTempSubdirectory("followup-doc-home").FullName;
        string folder = home;
        var ran = new List<string>();
        foreach (Match block in ShellBlock().Matches(Inside()))
        {
            foreach (string line in block.Groups[1].Value.Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                string[] words = [.. Words(line).Select(w => w.StartsWith("~/", StringComparison.Ordinal) ? Path.Combine(home, w[2..]) : w)];
                switch (words[0])
                {
                    case "cd":
                        folder = Path.GetFullPath(words[1], folder);
                        break;
                    case "cp":
                        File.Copy(Path.Combine(Cli.RepositoryRoot(), words[1]), Path.Combine(folder, Path.GetFileName(words[1])));
                        break;
                    case "followup":
                        Result result = Cli.RunProcessIn(folder, words[1..]);
                        ran.Add(line);
                        if (block.Groups[2].Success)
                        {
                            Compare(line, block.Groups[2].Value, (result.Out + result.Error).Replace(home, "~", StringComparison.Ordinal));
                        }

                        break;
                    default:
                        throw new InvalidOperationException($"docs/cli.md's first day has '{line}', which the test cannot run.");
                }
            }
        }

        ran.Count.ShouldBeGreaterThan(8);
    }

    private static void Compare(string command, string expected, string actual)
    {
        actual = actual.Replace("\r\n", "\n", StringComparison.Ordinal);
        if (expected.EndsWith("...\n", StringComparison.Ordinal))
        {
            actual.ShouldStartWith(expected[..^4], customMessage: $"docs/cli.md: the output of '{command}' changed; regenerate the block.");
        }
        else
        {
            actual.ShouldBe(expected, $"docs/cli.md: the output of '{command}' changed; regenerate the block.");
        }
    }

    /// <summary>The words of a shell line: split at spaces, with "double-quoted" words kept whole.</summary>
    private static string[] Words(string line) =>
        [.. Word().Matches(line).Select(m => m.Groups[1].Success ? m.Groups[1].Value : m.Value)];

    private static string Doc() => File.ReadAllText(DocPath()).ReplaceLineEndings("\n");

    /// <summary>The first day's section.</summary>
    private static string Inside()
    {
        string doc = Doc();
        int start = doc.IndexOf(Session, StringComparison.Ordinal);
        int end = doc.IndexOf("\n## ", start + Session.Length, StringComparison.Ordinal);
        return doc[start..end];
    }

    /// <summary>The page without the first day's section.</summary>
    private static string Outside() => Doc().Replace(Inside(), string.Empty, StringComparison.Ordinal);

    private static List<(string Command, string Output)> Blocks(string text) =>
        [.. Example().Matches(text).Select(m => (m.Groups[1].Value, m.Groups[2].Value))];

    private static string DocPath() => Path.Combine(Cli.RepositoryRoot(), "docs", "cli.md");

    [GeneratedRegex("```sh\\n(followup [^\\n]*)\\n```\\n\\n```text\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex Example();

    [GeneratedRegex("```sh\\n(.*?)```(?:\\n\\n```text\\n(.*?)```)?", RegexOptions.Singleline)]
    private static partial Regex ShellBlock();

    [GeneratedRegex("\"([^\"]*)\"|\\S+")]
    private static partial Regex Word();
}
