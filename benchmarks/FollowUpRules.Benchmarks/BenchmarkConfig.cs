using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using Perfolizer.Horology;

namespace FollowUpRules.Benchmarks;

/// <summary>The benchmark configurations: the standard one, and a quick one for a first look on a busy machine.</summary>
public static class BenchmarkConfig
{
    /// <summary>The command-line option that selects <see cref="Quick"/>.</summary>
    public const string QuickOption = "--quick";

    /// <summary>BenchmarkDotNet's default job, with one summary table for every benchmark class.</summary>
    /// <returns>The configuration.</returns>
    public static IConfig Standard() => DefaultConfig.Instance.WithOptions(ConfigOptions.JoinSummary);

    /// <summary>
    /// A short job: one launch, two warmups and five iterations of about 200 ms each. The figures are rougher than the
    /// standard job's. The agenda benchmarks, whose operations take seconds, get <see cref="QuickAgenda"/> instead.
    /// </summary>
    /// <returns>The configuration.</returns>
    public static IConfig Quick() => Standard().AddJob(
        Job.Default
            .WithLaunchCount(1)
            .WithWarmupCount(2)
            .WithIterationCount(5)
            .WithIterationTime(TimeInterval.FromMilliseconds(200))
            .WithId("Quick"));

    /// <summary>
    /// The quick job for benchmarks whose one operation takes a second or more (the agenda of 100,000 applications): one
    /// launch, one warmup and three iterations of one operation each, so the whole quick set stays under two minutes.
    /// </summary>
    /// <returns>The configuration.</returns>
    public static IConfig QuickAgenda() => Standard().AddJob(
        Job.Default
            .WithLaunchCount(1)
            .WithWarmupCount(1)
            .WithIterationCount(3)
            .WithInvocationCount(1)
            .WithUnrollFactor(1)
            .WithId("QuickAgenda"));
}
