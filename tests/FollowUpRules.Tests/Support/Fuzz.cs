using System.Diagnostics;
using System.Globalization;
using FollowUpRules.Testing;
using FsCheck;
using FsCheck.Fluent;

namespace FollowUpRules.Tests.Support;

/// <summary>How one fuzz case ended.</summary>
internal enum FuzzOutcome
{
    /// <summary>The input was accepted.</summary>
    Ok,

    /// <summary>The input was refused with the library's typed error, which has a path or a line.</summary>
    Typed,
}

/// <summary>
/// The fuzz loop shared by the fuzz tests: mutated copies of a valid file (<see cref="TextMutations"/>), each run through
/// a target that must end in success or a typed error, within a second (a case over a second is run again, and fails
/// only if it is slow again: a slow input is slow every time, a busy machine only now and then). Seeded and replayable: the seed is printed;
/// <c>FOLLOWUP_FUZZ_SEED</c> replays it, <c>FOLLOWUP_FUZZ_CASES</c> sets how many cases each test tries.
/// </summary>
internal static class Fuzz
{
    /// <summary>The longest one case may take on inputs within the documented limits.</summary>
    internal static readonly TimeSpan MaxCaseTime = TimeSpan.FromSeconds(1);

    /// <summary>Runs the loop; fails on the first case with another outcome (an exception of another type, a typed error without a path or line, a slow case).</summary>
    /// <param name="original">The valid file mutated.</param>
    /// <param name="defaultCases">How many cases in CI.</param>
    /// <param name="target">Runs one case: returns its outcome, or throws for any other.</param>
    /// <returns>What happened, to print.</returns>
    internal static string Run(string original, int defaultCases, Func<byte[], FuzzOutcome> target)
    {
        // Once on the valid file first, so the one-off cost of loading and compiling the code is not charged to a case.
        target(System.Text.Encoding.UTF8.GetBytes(original));
        return Run(TextMutations.Arbitrary(original), defaultCases, target);
    }

    /// <summary>Runs the loop over any generated inputs, with the same seed, counts and outcomes.</summary>
    /// <typeparam name="T">The input's type.</typeparam>
    /// <param name="inputs">The inputs tried.</param>
    /// <param name="defaultCases">How many cases in CI.</param>
    /// <param name="target">Runs one case: returns its outcome, or throws for any other.</param>
    /// <returns>What happened, to print.</returns>
    internal static string Run<T>(Arbitrary<T> inputs, int defaultCases, Func<T, FuzzOutcome> target)
    {
        int cases = int.TryParse(Environment.GetEnvironmentVariable("FOLLOWUP_FUZZ_CASES"), NumberStyles.None, CultureInfo.InvariantCulture, out int n) ? n : defaultCases;
        ulong seed = ulong.TryParse(Environment.GetEnvironmentVariable("FOLLOWUP_FUZZ_SEED"), NumberStyles.None, CultureInfo.InvariantCulture, out ulong s) ? s : (ulong)Random.Shared.NextInt64(1, long.MaxValue);
        int ok = 0, typed = 0;
        Config config = Config.QuickThrowOnFailure.WithMaxTest(cases).WithQuietOnSuccess(true).WithReplay(Microsoft.FSharp.Core.FSharpOption<Replay>.Some(new Replay(new Rnd(seed), Microsoft.FSharp.Core.FSharpOption<int>.None)));
        try
        {
            Check.One(config, Prop.ForAll(inputs, (T input) =>
            {
                (FuzzOutcome outcome, TimeSpan first) = Timed(target, input);
                if (first > MaxCaseTime)
                {
                    // A slow input is slow every time; a busy machine only now and then. So a case fails only when a
                    // second run of it is slow too.
                    (outcome, TimeSpan again) = Timed(target, input);
                    if (again > MaxCaseTime)
                    {
                        throw new TimeoutException($"The case took {first.TotalMilliseconds:F0} ms, then {again.TotalMilliseconds:F0} ms run again, over {MaxCaseTime.TotalMilliseconds:F0} ms.");
                    }
                }

                _ = outcome == FuzzOutcome.Ok ? ok++ : typed++;
                return true;
            }));
        }
        catch (Exception e)
        {
            throw new ShouldAssertException($"Fuzz case failed (replay with FOLLOWUP_FUZZ_SEED={seed}): {e.Message}", e);
        }

        return $"fuzz seed {seed}: tried {cases}, typed errors {typed}, ok {ok}, other 0";
    }

    private static (FuzzOutcome Outcome, TimeSpan Elapsed) Timed<T>(Func<T, FuzzOutcome> target, T input)
    {
        var watch = Stopwatch.StartNew();
        FuzzOutcome outcome = target(input);
        return (outcome, watch.Elapsed);
    }
}
