using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace FollowUpRules.Benchmarks;

/// <summary>
/// Runs the benchmarks: <c>dotnet run -c Release --project benchmarks/FollowUpRules.Benchmarks -- --filter '*'</c>, or with
/// <c>--quick</c> for the short jobs of <see cref="BenchmarkConfig.Quick"/> and, for the agenda, <see cref="BenchmarkConfig.QuickAgenda"/>.
/// Every other argument goes to BenchmarkDotNet.
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
        List<Summary> summaries;
        if (quick)
        {
            // The agenda's operations take seconds: it gets fewer, single-operation iterations than the microsecond benchmarks.
            Type[] all = [.. typeof(Program).Assembly.GetTypes().Where(t => t.IsPublic && t.GetMethods().Any(m => m.IsDefined(typeof(BenchmarkAttribute), inherit: false)))];
            summaries =
            [
                .. BenchmarkSwitcher.FromTypes([.. all.Where(t => t != typeof(AgendaBenchmarks))]).Run(rest, BenchmarkConfig.Quick()),
                .. BenchmarkSwitcher.FromTypes([typeof(AgendaBenchmarks)]).Run(rest, BenchmarkConfig.QuickAgenda()),
            ];
        }
        else
        {
            summaries = [.. BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(rest, BenchmarkConfig.Standard())];
        }

        // A benchmark that threw or failed to build leaves a report without results; that must fail the run.
        bool failed = summaries.Count == 0 || summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success));
        return failed ? 1 : 0;
    }
}
