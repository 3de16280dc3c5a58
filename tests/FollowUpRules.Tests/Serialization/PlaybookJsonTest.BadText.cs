using System.Text;
using FollowUpRules.Rules;
using FollowUpRules.Serialization;

namespace FollowUpRules.Tests.Serialization;

/// <summary>Text that is not text: bytes that are not UTF-8 and escapes of half a character, anywhere in a playbook.</summary>
public partial class PlaybookJsonTest
{
    private static readonly string DefaultJson = PlaybookJson.Save(DefaultPlaybook.Instance);

    /// <summary>The default playbook with its first <paramref name="find"/> replaced by raw bytes.</summary>
    private static byte[] DefaultWith(string find, byte[] replacement)
    {
        int at = DefaultJson.IndexOf(find, StringComparison.Ordinal);
        at.ShouldBeGreaterThanOrEqualTo(0, find);
        return [.. Encoding.UTF8.GetBytes(DefaultJson[..at]), .. replacement, .. Encoding.UTF8.GetBytes(DefaultJson[(at + find.Length)..])];
    }

    [Theory]
    [InlineData("\"offset\": \"P1W\"", "rules[1].timing.offset")]
    [InlineData("\"every\": \"P1W\"", "rules[1].timing.repeat.every")]
    public void Load_OffsetWithInvalidUtf8_IsAFollowUpFileErrorAtItsPath(string find, string path)
    {
        string property = find[..find.IndexOf(':', StringComparison.Ordinal)];
        byte[] json = DefaultWith(find, [.. Encoding.UTF8.GetBytes(property + ": \"P1"), 0xFF, 0xFE, .. "W\""u8.ToArray()]);

        FollowUpFileException error = Should.Throw<FollowUpFileException>(() => PlaybookJson.Load(new MemoryStream(json)));

        error.Errors.ShouldHaveSingleItem().ToString().ShouldBe($"{path}: The text is not valid UTF-8 (or holds half of a \\u surrogate pair); save the file as UTF-8.");
    }

    [Theory]
    [InlineData("\"offset\": \"P1W\"", "rules[1].timing.offset")]
    [InlineData("\"every\": \"P1W\"", "rules[1].timing.repeat.every")]
    public void TryLoad_OffsetWithALoneSurrogate_ReturnsFalseWithTheErrorAtItsPath(string find, string path)
    {
        string property = find[..find.IndexOf(':', StringComparison.Ordinal)];
        string json = Encoding.UTF8.GetString(DefaultWith(find, Encoding.UTF8.GetBytes(property + ": \"P1\\udc00W\"")));

        PlaybookJson.TryLoad(json, out Playbook? playbook, out var errors).ShouldBeFalse();

        playbook.ShouldBeNull();
        errors.ShouldHaveSingleItem().ToString().ShouldBe($"{path}: The text is not valid UTF-8 (or holds half of a \\u surrogate pair); save the file as UTF-8.");
    }

    [Fact]
    public void Load_StringWithInvalidUtf8_SaysItIsNotUtf8WithLineAndColumn()
    {
        byte[] json = DefaultWith("\"name\": \"FollowUpRules", [.. "\"name\": \"Follow"u8.ToArray(), 0xC3, 0x28, .. "UpRules"u8.ToArray()]);

        FollowUpFileException error = Should.Throw<FollowUpFileException>(() => PlaybookJson.Load(new MemoryStream(json)));

        FollowUpFileError only = error.Errors.ShouldHaveSingleItem();
        only.Path.ShouldBe("name");
        only.Message.ShouldBe("The text is not valid UTF-8 (or holds half of a \\u surrogate pair); save the file as UTF-8.");
        only.Line.ShouldBe(4);
    }

    [Fact]
    public void Load_CustomParameterWithALoneSurrogate_SaysSo()
    {
        string json = """
            { "formatVersion": 1, "id": "p", "name": "P", "version": 1, "rules": [ { "id": "r", "title": "R", "audience": { "kind": "Seeker" },
              "action": { "kind": "CheckOnCompany" }, "anchor": { "kind": "RejectionReceived" }, "timing": { "offset": "P1D" },
              "conditions": [ { "type": "custom", "name": "c", "parameters": { "k": "\ud800" } } ] } ] }
            """;

        FollowUpFileException error = Should.Throw<FollowUpFileException>(() => PlaybookJson.Load(json, ["c"]));

        error.Errors.ShouldHaveSingleItem().Message.ShouldBe("The text is not valid UTF-8 (or holds half of a \\u surrogate pair); save the file as UTF-8.");
    }
}
