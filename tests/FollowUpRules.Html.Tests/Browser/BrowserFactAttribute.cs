using System.Diagnostics;

namespace FollowUpRules.Html.Tests.Browser;

/// <summary>
/// A fact that needs the system's Chromium (Debian's <c>chromium</c> package, at <see cref="Chromium.ExecutablePath"/>).
/// xunit 2 cannot skip a test once it runs, so the check is made when the tests are discovered: where the browser is not
/// installed or does not start, the test is skipped with the reason, and counted as skipped, never as passed.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (Chromium.Unavailable.Value is { } reason)
        {
            Skip = reason;
        }
    }
}

/// <summary>The system's Chromium: where it is, the flags that let it run here, and whether it starts.</summary>
public static class Chromium
{
    /// <summary>Where Debian's chromium package puts the browser; Playwright's own browser download cannot work here.</summary>
    public const string ExecutablePath = "/usr/bin/chromium";

    /// <summary>The flags it runs with: headless, no sandbox (tests run as root), and nothing that reaches the network.</summary>
    public static readonly string[] Flags =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync",
    ];

    /// <summary>Gets why the browser tests cannot run, or <see langword="null"/> when the browser starts.</summary>
    public static Lazy<string?> Unavailable { get; } = new(Check);

    private static string? Check()
    {
        if (!File.Exists(ExecutablePath))
        {
            return $"No browser: the browser tests need Chromium at {ExecutablePath}, which is not there; install Debian's chromium package (.ci/run does, with apt-get).";
        }

        // Start it once, as the tests will, on an empty page: a browser that is there but cannot start (a missing library,
        // no /dev/shm) is reported here rather than failing every test.
        string profile = Directory.CreateTempSubdirectory("followup-chromium-check-").FullName;
        try
        {
            var start = new ProcessStartInfo(ExecutablePath) { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (string flag in Flags.Append($"--user-data-dir={profile}").Append("--dump-dom").Append("about:blank"))
            {
                start.ArgumentList.Add(flag);
            }

            using Process process = Process.Start(start)!;
            Task<string> output = process.StandardOutput.ReadToEndAsync();
            Task<string> error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromSeconds(60)))
            {
                process.Kill(entireProcessTree: true);
                return $"No browser: {ExecutablePath} did not start within 60 s, so the browser tests cannot run.";
            }

            return process.ExitCode == 0 && output.Result.Contains("<html", StringComparison.Ordinal)
                ? null
                : $"No browser: {ExecutablePath} could not start (exit code {process.ExitCode}), so the browser tests cannot run: {Tail(error.Result)}";
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or IOException)
        {
            return $"No browser: {ExecutablePath} could not start, so the browser tests cannot run: {e.Message}";
        }
        finally
        {
            Directory.Delete(profile, recursive: true);
        }
    }

    private static string Tail(string text)
    {
        string[] lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        return string.Join(" | ", lines.TakeLast(3));
    }
}
