using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using Perfolizer.Horology;

namespace FollowUpRules.Benchmarks;

/// <summary>The benchmark configurations: the standard one, and a quick one for a first look on a busy machine.</summary>
public static class BenchmarkConfig
{
    /// <summary>The command-line option that selects <see cref="Quick"/>.</summary>
    public const string QuickOption = "--quick";

    /// <summary>Gets or sets a value indicating whether this is a short run (<see cref="QuickOption"/>, or BenchmarkDotNet's Dry job): the long benchmarks then measure fewer cases.</summary>
    /// <value><see langword="true"/> for a short run; set by <see cref="Program.Main"/> before the benchmarks are listed.</value>
    public static bool Short { get; set; }

    /// <summary>BenchmarkDotNet's default job, with one summary table for every benchmark class.</summary>
    /// <returns>The configuration.</returns>
    public static IConfig Standard() => DefaultConfig.Instance.WithOptions(ConfigOptions.JoinSummary);

    /// <summary>
    /// A short job: one launch, two warmups and five iterations of about 200 ms each, without measuring the harness's own
    /// overhead (nanoseconds, against microseconds measured). The figures are rougher than the standard job's; the whole
    /// set finishes in under two minutes on two cores. The agenda benchmarks, whose operations take seconds, set their own
    /// iterations (<see cref="AgendaBenchmarks"/>) and run on two threads only, for the two sizes the targets name.
    /// </summary>
    /// <returns>The configuration.</returns>
    public static IConfig Quick() => Standard().AddJob(
        Job.Default
            .WithLaunchCount(1)
            .WithWarmupCount(2)
            .WithIterationCount(5)
            .WithIterationTime(TimeInterval.FromMilliseconds(200))
            .WithEvaluateOverhead(false)
            .WithId("Quick"));
}
