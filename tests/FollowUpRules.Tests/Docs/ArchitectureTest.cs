using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace FollowUpRules.Tests.Docs;

/// <summary>
/// Keeps the folder table of docs/architecture.md true: each folder of the core library uses only the folders the map
/// says it depends on (by its <c>using</c> directives and fully qualified names), so data keeps flowing one way.
/// </summary>
public partial class ArchitectureTest
{
    /// <summary>What each folder of <c>src/FollowUpRules</c> may use, as docs/architecture.md lists it.</summary>
    private static readonly Dictionary<string, string[]> Allowed = new(StringComparer.Ordinal)
    {
        ["Utility"] = [],
        ["Localization"] = ["Utility"],
        ["Domain"] = ["Utility", "Localization"],
        ["Calendar"] = ["Utility", "Localization"],
        ["Rules"] = ["Domain", "Calendar", "Utility", "Validation", "Localization"],
        ["Validation"] = ["Domain", "Calendar", "Rules", "Utility"],
        ["Engine"] = ["Domain", "Calendar", "Rules", "Validation", "Utility", "Localization"],
        ["Planning"] = ["Domain", "Calendar", "Rules", "Validation", "Engine", "Utility"],
        ["Serialization"] = ["Domain", "Calendar", "Rules", "Validation", "Planning", "Utility"],
    };

    public static TheoryData<string> Folders() => [.. Allowed.Keys];

    [Theory]
    [MemberData(nameof(Folders))]
    public void Folder_UsesOnlyTheFoldersTheMapAllows(string folder)
    {
        string root = Path.Combine(RepositoryRoot(), "src", "FollowUpRules", folder);
        var used = new SortedSet<string>(StringComparer.Ordinal);
        foreach (string file in Directory.GetFiles(root, "*.cs", SearchOption.AllDirectories))
        {
            foreach (Match match in LayerReference().Matches(File.ReadAllText(file)))
            {
                string layer = match.Groups[1].Value;
                if (layer != folder && !Allowed[folder].Contains(layer))
                {
                    used.Add($"{layer} (in {Path.GetRelativePath(root, file)})");
                }
            }
        }

        used.ShouldBeEmpty($"src/FollowUpRules/{folder} uses folders that docs/architecture.md does not allow it");
    }

    [Fact]
    public void Map_CoversEveryFolderOfTheCore()
    {
        string[] folders = [.. Directory.GetDirectories(Path.Combine(RepositoryRoot(), "src", "FollowUpRules"))
            .Select(Path.GetFileName)
            .OfType<string>()
            .Where(name => name is not ("bin" or "obj" or "Properties"))
            .Order(StringComparer.Ordinal)];

        folders.ShouldBe([.. Allowed.Keys.Order(StringComparer.Ordinal)], customMessage: "a new folder of the core needs its row in docs/architecture.md and here");
    }

    private static string RepositoryRoot([CallerFilePath] string file = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, "..", "..", ".."));

    [GeneratedRegex(@"\bFollowUpRules\.(Domain|Calendar|Rules|Validation|Serialization|Engine|Planning|Utility|Localization)\b")]
    private static partial Regex LayerReference();
}
