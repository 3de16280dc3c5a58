using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace FollowUpRules.Benchmarks;

/// <summary>
/// Runs the benchmarks: <c>dotnet run -c Release --project benchmarks/FollowUpRules.Benchmarks -- --filter '*'</c>, or with
/// <c>--quick</c> for the short job of <see cref="BenchmarkConfig.Quick"/>. Every other argument goes to BenchmarkDotNet.
/// </summary>
public static class Program
{
    /// <summary>The most a typical evaluation may allocate, in bytes: 2.5 KB.</summary>
    public const long TypicalAllocationGuard = 2_560;

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
        return failed || !WithinAllocationGuard(summaries) ? 1 : 0;
    }

    /// <summary>
    /// The regression guard on what a typical evaluation allocates: at most <see cref="TypicalAllocationGuard"/> bytes
    /// (about 2.5 KB; the answer itself is most of it). Checked in every quick or full run that measures
    /// <see cref="EngineBenchmarks.EvaluateTypical"/>: allocations are exact, unlike times. (The Dry job of the CI smoke run
    /// measures one operation and reports no allocation, so it checks nothing.)
    /// </summary>
    private static bool WithinAllocationGuard(IEnumerable<Summary> summaries)
    {
        foreach (BenchmarkReport report in summaries.SelectMany(s => s.Reports))
        {
            if (report.BenchmarkCase.Descriptor.WorkloadMethod.Name == nameof(EngineBenchmarks.EvaluateTypical)
                && report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase) is long bytes
                && bytes > TypicalAllocationGuard)
            {
                Console.Error.WriteLine($"The typical evaluation allocates {bytes:N0} B, over the guard of {TypicalAllocationGuard:N0} B (docs/performance.md).");
                return false;
            }
        }

        return true;
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
