using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace FollowUpRules.Benchmarks;

/// <summary>
/// Runs the benchmarks: <c>dotnet run -c Release --project benchmarks/FollowUpRules.Benchmarks -- --filter '*'</c>, or with
/// <c>--quick</c> for the short job of <see cref="BenchmarkConfig.Quick"/>. Every other argument goes to BenchmarkDotNet.
/// </summary>
public static class Program
{
    /// <summary>The entry point.</summary>
    /// <param name="args">The command-line arguments.</param>
    /// <returns>0 when every benchmark ran; non-zero otherwise.</returns>
    public static int Main(string[] args)
    {
        bool quick = args.Contains(BenchmarkConfig.QuickOption, StringComparer.Ordinal);
        string[] rest = [.. args.Where(a => !string.Equals(a, BenchmarkConfig.QuickOption, StringComparison.Ordinal))];
        BenchmarkConfig.Short = quick || ContainsPair(rest, "--job", "Dry");
        List<Summary> summaries = [.. BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(rest, quick ? BenchmarkConfig.Quick() : BenchmarkConfig.Standard())];

        // A benchmark that threw or failed to build leaves a report without results; that must fail the run.
        bool failed = summaries.Count == 0 || summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success));
        return failed ? 1 : 0;
    }

    private static bool ContainsPair(string[] args, string option, string value)
    {
        for (int i = 0; i + 1 < args.Length; i++)
        {
            if (string.Equals(args[i], option, StringComparison.OrdinalIgnoreCase) && string.Equals(args[i + 1], value, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
