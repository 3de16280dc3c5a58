using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace FollowUpRules.Cli.Tests;

/// <summary>What one run of the tool gave.</summary>
internal sealed record Result(int ExitCode, string Out, string Error);

/// <summary>Runs the tool in-process (<see cref="Program.Run"/>) or as a real process (<c>dotnet followup.dll</c>).</summary>
internal static class Cli
{
    /// <summary>The fixed date and zone every documented and tested output uses.</summary>
    public static readonly string[] Fixed = ["--today", "2026-11-23", "--zone", "Europe/London"];

    public static Result Run(params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        int code = Program.Run(args, output, error);
        return new Result(code, output.ToString(), error.ToString());
    }

    /// <summary>Runs the tool in-process on a terminal: <paramref name="terminal"/> gets the writers and answers prompts.</summary>
    public static Result Run(Func<TextWriter, TextWriter, Terminal> terminal, params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        int code = Program.Run(args, terminal(output, error));
        return new Result(code, output.ToString(), error.ToString());
    }

    public static Result RunProcess(params string[] args) => RunProcessIn(null, args);

    /// <summary>Runs the tool as a process in <paramref name="folder"/> (the current one when <see langword="null"/>), its input redirected.</summary>
    public static Result RunProcessIn(string? folder, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true, UseShellExecute = false, WorkingDirectory = folder ?? Environment.CurrentDirectory };
        start.ArgumentList.Add(ToolPath());
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using Process process = Process.Start(start)!;
        process.StandardInput.Close();
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        Task<string> error = process.StandardError.ReadToEndAsync();
        // A guard against a hang, not a measure of speed: on a busy two-core machine six processes started at once, each
        // waiting its turn for the pipeline's lock, have taken over a minute between them.
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            throw new ShouldAssertException("followup did not finish within five minutes: it hangs");
        }

        return new Result(process.ExitCode, output.Result, error.Result);
    }

    /// <summary>The built tool: copied beside the tests by the project reference.</summary>
    public static string ToolPath()
    {
        string path = Path.Combine(AppContext.BaseDirectory, "followup.dll");
        File.Exists(path).ShouldBeTrue($"{path} is missing; build the solution first.");
        File.Exists(Path.Combine(AppContext.BaseDirectory, "followup.runtimeconfig.json")).ShouldBeTrue("followup.runtimeconfig.json is missing beside the tests.");
        return path;
    }

    public static string RepositoryRoot() => Path.GetFullPath(Path.Combine(SourceDirectory(), "..", ".."));

    /// <summary>This test project's folder (the folder of this file, whichever test calls it).</summary>
    public static string SourceDirectory() => Here();

    private static string Here([CallerFilePath] string file = "") => Path.GetDirectoryName(file)!;

    /// <summary>A fresh folder with an empty pipeline (no applications, seeker in Europe/London) as pipeline.json.</summary>
    public static string EmptyPipeline(out string folder)
    {
        folder = Directory.CreateTempSubdirectory("followup").FullName;
        Run(["init", folder, "--zone", "Europe/London"]).ExitCode.ShouldBe(0);
        return Path.Combine(folder, "pipeline.json");
    }

    /// <summary>A fresh folder with a copy of the sample pipeline as pipeline.json.</summary>
    public static string CopyOfSample(out string folder)
    {
        folder = Directory.CreateTempSubdirectory("followup").FullName;
        string path = Path.Combine(folder, "pipeline.json");
        File.Copy(Path.Combine(RepositoryRoot(), "docs", "examples", "sample-pipeline.json"), path);
        return path;
    }
}
