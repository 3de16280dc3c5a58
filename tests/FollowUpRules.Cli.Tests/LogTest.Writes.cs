using System.Runtime.Versioning;
using FollowUpRules.Serialization;

namespace FollowUpRules.Cli.Tests;

/// <summary>How <c>log</c> writes: concurrent commands never lose a touchpoint; read-only files and symbolic links are respected.</summary>
public partial class LogTest
{

    [Fact]
    public void Log_EightAtOnceOnOneFile_EveryOneIsRecorded()
    {
        string path = Cli.CopyOfSample(out _);
        int before = PipelineJson.LoadFile(path).Applications.Sum(a => a.Touchpoints.Count);
        using var start = new Barrier(8);

        Result[] results = [.. Enumerable.Range(0, 8).AsParallel().WithDegreeOfParallelism(8).Select(i =>
        {
            start.SignalAndWait();
            return Cli.Run(["log", ApplicationIds(path)[i % 5], "JournalEntry", "--file", path, .. Cli.Fixed]);
        })];

        results.ShouldAllBe(r => r.ExitCode == 0, string.Join("\n", results.Select(r => r.Error)));
        PipelineFile after = PipelineJson.LoadFile(path);
        after.Applications.Sum(a => a.Touchpoints.Count).ShouldBe(before + 8);
        after.Applications.SelectMany(a => a.Touchpoints).Select(t => t.Id).ShouldBeUnique();
        results.Select(r => r.Out[..r.Out.IndexOf(':', StringComparison.Ordinal)]).Order(StringComparer.Ordinal)
            .ShouldBe([.. Enumerable.Range(19, 8).Select(n => $"Recorded t{n}").Order(StringComparer.Ordinal)]);
    }

    [UnixFact]
    [UnsupportedOSPlatform("windows")]
    public void Log_ReadOnlyFile_IsRefusedAndTheFileIsLeftAsItWas()
    {
        string path = Cli.CopyOfSample(out _);
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        byte[] before = File.ReadAllBytes(path);

        Result result = Cli.Run(["log", "umbrella-pm", "JournalEntry", "--file", path, .. Cli.Fixed]);

        result.ExitCode.ShouldBe(ExitCodes.File, result.Out);
        result.Error.ShouldBe($"error: The pipeline file '{path}' is read-only; nothing was written. Make it writable (for example chmod u+w) to let it be updated.\n");
        File.ReadAllBytes(path).ShouldBe(before);
        File.GetUnixFileMode(path).ShouldBe(UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
    }

    [UnixFact]
    [UnsupportedOSPlatform("windows")]
    public void Log_ThroughASymbolicLink_UpdatesTheTargetKeepingTheLinkAndTheTargetsMode()
    {
        string target = Cli.CopyOfSample(out string folder);
        File.SetUnixFileMode(target, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        string link = Path.Combine(Directory.CreateTempSubdirectory("followup-link").FullName, "mine.json");
        File.CreateSymbolicLink(link, target);

        Result result = Cli.Run(["log", "umbrella-pm", "JournalEntry", "--file", link, .. Cli.Fixed]);

        result.ExitCode.ShouldBe(0, result.Error);
        new FileInfo(link).LinkTarget.ShouldBe(target, "the link is still a link to the same file");
        PipelineJson.LoadFile(target).Find("umbrella-pm")!.Touchpoints[^1].Id.ShouldBe("t19");
        File.GetUnixFileMode(target).ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite);
        Directory.GetFiles(folder).ShouldNotContain(f => f.EndsWith(".tmp", StringComparison.Ordinal));
    }

    [Fact]
    public void Log_TemporaryFileLeftByAKilledWriter_IsRemovedByTheNextWrite()
    {
        string path = Cli.CopyOfSample(out string folder);
        string left = Path.Combine(folder, ".pipeline.json.0123456789abcdef0123456789abcdef.tmp");
        File.WriteAllText(left, "{ \"formatVersion\": 1, \"half");

        Cli.Run(["log", "umbrella-pm", "JournalEntry", "--file", path, .. Cli.Fixed]).ExitCode.ShouldBe(0);

        File.Exists(left).ShouldBeFalse();
    }

    [UnprivilegedUnixFact]
    [UnsupportedOSPlatform("windows")]
    public void Log_FolderNotWritable_NamesTheUsersFileNotATemporaryOne()
    {
        string path = Cli.CopyOfSample(out string folder);
        Cli.Run(["log", "umbrella-pm", "JournalEntry", "--file", path, .. Cli.Fixed]).ExitCode.ShouldBe(0);
        File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserExecute);
        try
        {
            Result result = Cli.Run(["log", "umbrella-pm", "JournalEntry", "--file", path, .. Cli.Fixed]);

            result.ExitCode.ShouldBe(ExitCodes.File);
            result.Error.ShouldStartWith($"error: The pipeline file '{path}' cannot be written:");
            result.Error.ShouldNotContain(".tmp");
        }
        finally
        {
            File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    private static string[] ApplicationIds(string path) => [.. PipelineJson.LoadFile(path).Applications.Select(a => a.Application.Id)];
}
