using FollowUpRules.Domain;
using FollowUpRules.Serialization;
using NodaTime;

namespace FollowUpRules.Tests.Serialization;

/// <summary>Pipeline files on disk: updates under the file's lock, and paths that are not data files.</summary>
public partial class PipelineJsonTest
{
    [Fact]
    public void UpdateFile_FromManyThreadsAtOnce_KeepsEveryUpdate()
    {
        string folder = Directory.CreateTempSubdirectory("pipeline").FullName;
        string path = Path.Combine(folder, "p.json");
        File.Copy(SamplePath(), path);
        int before = PipelineJson.LoadFile(path).Applications.Sum(a => a.Touchpoints.Count);

        Parallel.For(0, 16, new ParallelOptions { MaxDegreeOfParallelism = 8 }, _ =>
            PipelineJson.UpdateFile(path, p => p.WithTouchpoint("umbrella-pm", new Touchpoint(p.NextTouchpointId(), TouchpointKind.JournalEntry, new LocalDate(2026, 11, 23)))));

        PipelineFile after = PipelineJson.LoadFile(path);
        after.Applications.Sum(a => a.Touchpoints.Count).ShouldBe(before + 16);
        after.Applications.SelectMany(a => a.Touchpoints).Select(t => t.Id).ShouldBeUnique();
        Directory.GetFiles(folder).Order(StringComparer.Ordinal).ToArray().ShouldBe([Path.Combine(folder, ".p.json.lock"), path]);
    }

    [Fact]
    public void UpdateFile_NothingChanged_WritesNothing()
    {
        string path = Path.Combine(Directory.CreateTempSubdirectory("pipeline").FullName, "p.json");
        File.Copy(SamplePath(), path);
        DateTime written = File.GetLastWriteTimeUtc(path);
        byte[] content = File.ReadAllBytes(path);

        PipelineJson.UpdateFile(path, p => p).ShouldBe(PipelineJson.LoadFile(path));

        File.ReadAllBytes(path).ShouldBe(content);
        File.GetLastWriteTimeUtc(path).ShouldBe(written);
    }

    [Fact]
    public void LoadFile_Folder_IsAnIOExceptionNamingThePath()
    {
        string folder = Directory.CreateTempSubdirectory("pipeline").FullName;

        Should.Throw<IOException>(() => PipelineJson.LoadFile(folder)).Message.ShouldBe($"'{folder}' is a folder, not a file.");
        Should.Throw<FileNotFoundException>(() => PipelineJson.LoadFile(Path.Combine(folder, "none.json"))).Message.ShouldBe($"'{Path.Combine(folder, "none.json")}' does not exist.");
        Should.Throw<IOException>(() => PipelineJson.LoadFile("a\0b.json")).Message.ShouldBe("'a\\u0000b.json' is not a usable path: it holds a NUL character.");
    }
}
