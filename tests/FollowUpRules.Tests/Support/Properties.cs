using System.Globalization;
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

    /// <summary>
    /// Gets the most cases any property here runs, when the environment variable <c>FOLLOWUP_PROPERTY_RUNS</c> sets it:
    /// mutation testing runs the tests that cover a mutant once per mutant, and sets it to keep each run short (see
    /// docs/testing.md). Unset, every property runs its own number of cases.
    /// </summary>
    internal static int? MaxRuns { get; } =
        int.TryParse(Environment.GetEnvironmentVariable("FOLLOWUP_PROPERTY_RUNS"), NumberStyles.None, CultureInfo.InvariantCulture, out int most) && most > 0 ? most : null;

    /// <summary>
    /// Gets the cultures a seeker of a generated translated playbook reads in: those of the translations
    /// (<see cref="PlaybookGenerators.TranslationCultures"/>), regions whose language alone is translated (<c>es-AR</c>,
    /// <c>de-CH</c>), and cultures no translation is for (<c>en</c>, <c>it</c>).
    /// </summary>
    internal static CultureInfo[] ReadingCultures { get; } =
        [.. PlaybookGenerators.TranslationCultures.Concat(["es-AR", "de-CH", "en", "it"]).Select(CultureInfo.GetCultureInfo)];

    internal static Config Quiet(int runs) => Config.QuickThrowOnFailure.WithMaxTest(Math.Min(runs, MaxRuns ?? runs)).WithQuietOnSuccess(true);

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
