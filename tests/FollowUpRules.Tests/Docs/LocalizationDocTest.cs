using System.Runtime.CompilerServices;
using FollowUpRules.Engine;

namespace FollowUpRules.Tests.Docs;

/// <summary>Keeps the message table of docs/localization.md whole: a host that words explanations itself reads it.</summary>
public class LocalizationDocTest
{
    [Fact]
    public void MessageTable_ListsEveryMessageIdOnce()
    {
        string[] rows = File.ReadAllLines(Path.Combine(RepositoryRoot(), "docs", "localization.md"));
        foreach (MessageId id in Enum.GetValues<MessageId>())
        {
            rows.Count(row => row.StartsWith($"| `{id}` |", StringComparison.Ordinal)).ShouldBe(1, $"docs/localization.md: the row of {id}");
        }
    }

    private static string RepositoryRoot([CallerFilePath] string file = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, "..", "..", ".."));
}
