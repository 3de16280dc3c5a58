namespace FollowUpRules.Tests.Support;

/// <summary>Compares a text with a golden file kept beside the tests.</summary>
internal static class GoldenFile
{
    /// <summary>
    /// Asserts that <paramref name="actual"/> equals the golden file <paramref name="expectedFile"/> in
    /// <paramref name="directory"/> (line ends normalized; a missing file counts as empty). On a difference, the actual text
    /// is written next to it as <c>&lt;receivedName&gt;.received.txt</c>, to inspect and, if right, to copy over the golden file.
    /// </summary>
    /// <param name="directory">The folder of the golden files.</param>
    /// <param name="expectedFile">The golden file's name, for example <c>default-limits.txt</c>.</param>
    /// <param name="receivedName">The name the received file takes, without <c>.received.txt</c>.</param>
    /// <param name="actual">The text produced now, with <c>\n</c> line ends.</param>
    public static void ShouldMatch(string directory, string expectedFile, string receivedName, string actual)
    {
        string expectedPath = Path.Combine(directory, expectedFile);
        string expected = File.Exists(expectedPath) ? File.ReadAllText(expectedPath).ReplaceLineEndings("\n") : string.Empty;
        string received = receivedName + ".received.txt";
        if (actual != expected)
        {
            File.WriteAllText(Path.Combine(directory, received), actual);
        }

        actual.ShouldBe(expected, $"see {Path.GetFileName(directory)}/{received}");
    }
}
