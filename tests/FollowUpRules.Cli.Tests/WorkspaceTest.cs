using System.Diagnostics;
using System.Text.Json.Nodes;

namespace FollowUpRules.Cli.Tests;

/// <summary>
/// What the tool reads: a pipeline file and the playbook it names, as data files only. A path to a device, a FIFO, a
/// folder or with a NUL in it is the tool's usual error, quickly, never a hang, an out-of-memory or a stack trace.
/// </summary>
public class WorkspaceTest
{
    /// <summary>A copy of the sample pipeline whose "playbook" is <paramref name="playbook"/>.</summary>
    private static string SampleNamingPlaybook(string playbook)
    {
        string path = Cli.CopyOfSample(out _);
        JsonNode root = JsonNode.Parse(File.ReadAllText(path))!;
        root["playbook"] = playbook;
        File.WriteAllText(path, root.ToJsonString());
        return path;
    }

    /// <summary>Runs the tool in-process on another thread, failing (not hanging) when it takes over 30 seconds.</summary>
    private static Result RunWithin30Seconds(params string[] args)
    {
        Task<Result> run = Task.Factory.StartNew(() => Cli.Run(args), TaskCreationOptions.LongRunning);
        run.Wait(TimeSpan.FromSeconds(30)).ShouldBeTrue($"followup {string.Join(' ', args)} did not finish within 30 seconds");
        return run.Result;
    }

    [UnixTheory]
    [InlineData("/dev/zero")]
    [InlineData("/dev/urandom")]
    public void Agenda_PlaybookIsADevice_IsRefusedAsNotARegularFile(string device)
    {
        string path = SampleNamingPlaybook(device);

        Result result = RunWithin30Seconds(["agenda", "--file", path, .. Cli.Fixed]);

        result.ExitCode.ShouldBe(ExitCodes.File, result.Error);
        result.Error.ShouldBe($"error: The playbook file '{device}' is not a regular file (it is a pipe, a device or a socket); give the path of a JSON file.\n");
    }

    [UnixFact]
    public void Agenda_PlaybookIsAFifoNobodyWrites_IsRefusedAtOnce()
    {
        string path = SampleNamingPlaybook("playbook.fifo");
        string fifo = Path.Combine(Path.GetDirectoryName(path)!, "playbook.fifo");
        MakeFifo(fifo);

        Result result = RunWithin30Seconds(["agenda", "--file", path, .. Cli.Fixed]);

        result.ExitCode.ShouldBe(ExitCodes.File, result.Error);
        result.Error.ShouldBe($"error: The playbook file '{fifo}' is not a regular file (it is a pipe, a device or a socket); give the path of a JSON file.\n");
    }

    [UnixFact]
    public void Agenda_PipelineFileIsADeviceOrAFifo_IsRefused()
    {
        string fifo = Path.Combine(Directory.CreateTempSubdirectory("followup").FullName, "pipeline.json");
        MakeFifo(fifo);

        foreach (string file in new[] { "/dev/zero", fifo })
        {
            Result result = RunWithin30Seconds(["agenda", "--file", file, .. Cli.Fixed]);

            result.ExitCode.ShouldBe(ExitCodes.File, result.Error);
            result.Error.ShouldBe($"error: The pipeline file '{file}' is not a regular file (it is a pipe, a device or a socket); give the path of a JSON file.\n");
        }
    }

    [Fact]
    public void Agenda_PlaybookPathWithANulCharacter_IsAnErrorAtThePlaybookProperty()
    {
        string path = SampleNamingPlaybook("play\0book.json");

        Result result = Cli.Run(["agenda", "--file", path, .. Cli.Fixed]);

        result.ExitCode.ShouldBe(ExitCodes.Invalid, result.Error);
        result.Error.ShouldBe($"error: The file '{path}' is not a valid pipeline:\n - playbook: The playbook path holds a character no file path may hold (a NUL character, or on Windows a control character or one of \" < > |).\n");
    }

    [Fact]
    public void Agenda_PlaybookIsAFolder_SaysSo()
    {
        string path = SampleNamingPlaybook(".");
        string folder = Path.Combine(Path.GetDirectoryName(path)!, ".");

        Result result = Cli.Run(["agenda", "--file", path, .. Cli.Fixed]);

        result.ExitCode.ShouldBe(ExitCodes.File, result.Error);
        result.Error.ShouldBe($"error: The playbook file '{folder}' is a folder, not a file.\n");
    }

    [Fact]
    public void Agenda_PlaybookLargerThanTheLimit_IsRefusedWithoutReadingItAll()
    {
        string path = SampleNamingPlaybook("big.json");
        string big = Path.Combine(Path.GetDirectoryName(path)!, "big.json");
        using (FileStream stream = File.Create(big))
        {
            stream.SetLength(3L * 1024 * 1024 * 1024); // 3 GiB, sparse: nothing to read before the size is refused
        }

        Result result = Cli.Run(["agenda", "--file", path, .. Cli.Fixed]);

        result.ExitCode.ShouldBe(ExitCodes.Invalid, result.Error);
        result.Error.ShouldBe($"error: The file '{big}' is not a valid playbook:\n - The playbook is larger than 1024 KiB, the most a playbook may be.\n");
    }

    private static void MakeFifo(string path)
    {
        using Process mkfifo = Process.Start("mkfifo", [path])!;
        mkfifo.WaitForExit();
        mkfifo.ExitCode.ShouldBe(0);
    }
}
