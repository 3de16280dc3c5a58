using FollowUpRules.Serialization;

namespace FollowUpRules.Cli.Tests.Commands;

/// <summary><c>undo</c>: the versions kept beside the file, restored one at a time, never over a change made since.</summary>
public class UndoTest
{
    [Fact]
    public void Undo_TwoChanges_GoesBackOneAtATime()
    {
        string path = Cli.CopyOfSample(out string folder);
        byte[] original = File.ReadAllBytes(path);
        Cli.Run(["add", "application", "Acme", "Analyst", "--file", path, .. Cli.Fixed]).ExitCode.ShouldBe(0);
        byte[] afterAdd = File.ReadAllBytes(path);
        Cli.Run(["status", "acme-analyst", "withdrawn", "--file", path, .. Cli.Fixed]).ExitCode.ShouldBe(0);

        Result first = Cli.Run(["undo", "--file", path, .. Cli.Fixed]);
        File.ReadAllBytes(path).ShouldBe(afterAdd);
        Result second = Cli.Run(["undo", "--file", path, .. Cli.Fixed]);
        File.ReadAllBytes(path).ShouldBe(original);
        Result third = Cli.Run(["undo", "--file", path]);

        first.Out.ShouldBe($"Undid 'followup status acme-analyst withdrawn --file {path} --today 2026-11-23 --zone Europe/London': {path} is as it was before it. 1 earlier change can be undone too.\n");
        second.Out.ShouldBe($"Undid 'followup add application Acme Analyst --file {path} --today 2026-11-23 --zone Europe/London': {path} is as it was before it.\n");
        third.ExitCode.ShouldBe(ExitCodes.Usage);
        third.Error.ShouldBe($"error: Nothing to undo: no command has changed '{path}' (or every change is already undone).\n");
        Directory.GetFiles(Path.Combine(folder, ".pipeline.json.history")).ShouldBeEmpty();
    }

    [Fact]
    public void Undo_FileEditedByHandSince_RefusesUnlessForced()
    {
        string path = Cli.CopyOfSample(out _);
        Cli.Run(["add", "application", "Acme", "Analyst", "--file", path, .. Cli.Fixed]).ExitCode.ShouldBe(0);
        File.WriteAllText(path, File.ReadAllText(path).Replace("\"Analyst\"", "\"Senior Analyst\"", StringComparison.Ordinal));
        byte[] edited = File.ReadAllBytes(path);

        Result refused = Cli.Run(["undo", "--file", path]);
        File.ReadAllBytes(path).ShouldBe(edited);
        Result forced = Cli.Run(["undo", "--force", "--file", path]);

        refused.ExitCode.ShouldBe(ExitCodes.File);
        refused.Error.ShouldStartWith($"error: '{path}' changed since 'followup add application Acme Analyst --file {path} --today 2026-11-23 --zone Europe/London' wrote it (edited by hand, or by another program); undoing would lose that change");
        forced.ExitCode.ShouldBe(0, forced.Error);
        PipelineJson.LoadFile(path).Find("acme-analyst").ShouldBeNull();
    }

    [Fact]
    public void Write_ManyChanges_KeepsTheLastTwentyVersions()
    {
        string path = Cli.EmptyPipeline(out string folder);
        for (int i = 0; i < History.Kept + 3; i++)
        {
            Cli.Run(["add", "application", "Acme", $"Role {i}", "--file", path, .. Cli.Fixed]).ExitCode.ShouldBe(0);
        }

        Directory.GetFiles(Path.Combine(folder, ".pipeline.json.history"), "*.json").Length.ShouldBe(History.Kept);
    }

    [UnixFact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void Write_PrivatePipeline_KeepsItsVersionsPrivateToo()
    {
        string path = Cli.CopyOfSample(out string folder);
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);

        Cli.Run(["add", "application", "Acme", "Analyst", "--file", path, .. Cli.Fixed]).ExitCode.ShouldBe(0);

        string history = Path.Combine(folder, ".pipeline.json.history");
        File.GetUnixFileMode(history).ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        Directory.GetFiles(history).ShouldAllBe(f => File.GetUnixFileMode(f) == (UnixFileMode.UserRead | UnixFileMode.UserWrite));
    }
}
