using FollowUpRules.Engine;
using FollowUpRules.Rules;
using FollowUpRules.Testing;
using FsCheck;
using FsCheck.Fluent;

namespace FollowUpRules.Tests.Support;

/// <summary>Runs an FsCheck property over generated valid cases, throwing with the shrunk counterexample on failure.</summary>
internal static class Properties
{
    internal const int DefaultRuns = 300;

    internal static FollowUpEngine Engine(Playbook? playbook = null) =>
        new(playbook ?? DefaultPlaybook.Instance, new FixedClock(NodaTime.Instant.FromUtc(2026, 11, 23, 12, 0)));

    internal static void ForAllCases(Action<FollowUpCase> property, Playbook? playbook = null, int runs = DefaultRuns) =>
        Check.One(
            Config.QuickThrowOnFailure.WithMaxTest(runs).WithQuietOnSuccess(true),
            Prop.ForAll(FollowUpGenerators.Cases(playbook), (FollowUpCase c) =>
            {
                property(c);
                return true;
            }));
}
