using System.Diagnostics;

namespace FollowUpRules.Cli.Tests;

/// <summary>
/// Runs Node.js or npm, for the tests that read the tool's output with a real JavaScript consumer. Without them the test
/// fails and says so: it is never skipped silently.
/// </summary>
internal static class Node
{
    public static (int ExitCode, string Output, string Error) Run(string program, string folder, params string[] args)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException($"'{program}' is not installed or not on PATH; this test needs Node.js 18+ and npm to read the tool's output as JavaScript does ({e.Message}).", e);
        }

        using (process)
        {
            Task<string> output = process.StandardOutput.ReadToEndAsync();
            Task<string> error = process.StandardError.ReadToEndAsync();
            process.WaitForExit(120_000).ShouldBeTrue($"{program} did not finish within two minutes");
            return (process.ExitCode, output.Result, error.Result);
        }
    }
}
