using FollowUpRules.Engine;
using FollowUpRules.Rules;
using FollowUpRules.Testing;
using FsCheck;
using FsCheck.Fluent;
using NodaTime.Testing;

namespace FollowUpRules.Tests.Support;

/// <summary>Runs FsCheck properties over generated valid cases, throwing with the shrunk counterexample on failure.</summary>
internal static class Properties
{
    internal const int DefaultRuns = 300;

    internal static FollowUpEngine Engine(Playbook? playbook = null) =>
        new(playbook ?? DefaultPlaybook.Instance, new FakeClock(NodaTime.Instant.FromUtc(2026, 11, 23, 12, 0)));

    internal static Config Quiet(int runs) => Config.QuickThrowOnFailure.WithMaxTest(runs).WithQuietOnSuccess(true);

    /// <summary>Checks one of the kit's engine invariants (written once, in FollowUpRules.Testing) for a playbook.</summary>
    internal static void Holds(PlaybookInvariant invariant, Playbook? playbook = null, int runs = DefaultRuns) =>
        PlaybookProperties.Check(playbook ?? DefaultPlaybook.Instance, [invariant], null, Quiet(runs));

    /// <summary>Checks a property of this repository's own (typically specific to the default playbook).</summary>
    internal static void ForAllCases(Action<FollowUpCase> property, Playbook? playbook = null, int runs = DefaultRuns) =>
        Check.One(
            Quiet(runs),
            Prop.ForAll(FollowUpGenerators.Cases(playbook), (FollowUpCase c) =>
            {
                property(c);
                return true;
            }));
}
