using System.Text;
using System.Text.RegularExpressions;
using FollowUpRules.Engine;
using FollowUpRules.Rules;
using FollowUpRules.Rules.Conditions;
using FollowUpRules.Validation;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using NodaTime.Testing;

namespace FollowUpRules.Testing;

/// <summary>
/// The one call for playbook authors: validates a playbook, then checks every engine invariant
/// (<see cref="PlaybookInvariant.All"/>) on generated applications, contacts and touchpoints
/// (<see cref="FollowUpGenerators.Cases"/>), and reports each violated invariant with a shrunk counterexample.
/// </summary>
/// <remarks>
/// <para>Call it from any test framework: it returns when every invariant holds and throws otherwise. Each invariant is an
/// FsCheck property of its own, so the counterexample FsCheck shrinks is the smallest case that breaks that invariant.</para>
/// <para>Thread-safe, as long as the custom condition evaluators are.</para>
/// </remarks>
public static class PlaybookProperties
{
    /// <summary>How many cases each invariant is checked on by default.</summary>
    public const int DefaultRuns = 200;

    /// <summary>Validates <paramref name="playbook"/>, then checks every invariant on <paramref name="runs"/> generated cases each.</summary>
    /// <param name="playbook">The playbook under test.</param>
    /// <param name="customConditions">The evaluators of the custom conditions the playbook uses, as the engine would get them.</param>
    /// <param name="runs">How many cases to check each invariant on; at least 1.</param>
    /// <exception cref="ArgumentNullException"><paramref name="playbook"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="runs"/> is less than 1.</exception>
    /// <exception cref="FollowUpValidationException">The playbook is invalid; the exception lists every problem.</exception>
    /// <exception cref="PlaybookPropertyException">An invariant fails; the message names it and shows the shrunk counterexample.</exception>
    public static void Check(Playbook playbook, IEnumerable<ICustomConditionEvaluator>? customConditions = null, int runs = DefaultRuns)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(runs, 1);
        Check(playbook, PlaybookInvariant.All, customConditions, QuietConfig(runs));
    }

    /// <summary>Validates <paramref name="playbook"/>, then checks every invariant with an FsCheck configuration of your own.</summary>
    /// <param name="playbook">The playbook under test.</param>
    /// <param name="customConditions">The evaluators of the custom conditions the playbook uses.</param>
    /// <param name="config">
    /// The FsCheck configuration, for example <c>Config.Quick.WithMaxTest(1000)</c>, or one with <c>WithReplay</c> to rerun a
    /// failure. Its runner is replaced by one that throws on failure.
    /// </param>
    /// <exception cref="ArgumentNullException"><paramref name="playbook"/> or <paramref name="config"/> is <see langword="null"/>.</exception>
    /// <exception cref="FollowUpValidationException">The playbook is invalid; the exception lists every problem.</exception>
    /// <exception cref="PlaybookPropertyException">An invariant fails; the message names it and shows the shrunk counterexample.</exception>
    public static void Check(Playbook playbook, IEnumerable<ICustomConditionEvaluator>? customConditions, Config config) =>
        Check(playbook, PlaybookInvariant.All, customConditions, config);

    /// <summary>Validates <paramref name="playbook"/>, then checks the given invariants with an FsCheck configuration of your own.</summary>
    /// <param name="playbook">The playbook under test.</param>
    /// <param name="invariants">The invariants to check, for example <c>[PlaybookInvariant.Deterministic]</c>.</param>
    /// <param name="customConditions">The evaluators of the custom conditions the playbook uses.</param>
    /// <param name="config">The FsCheck configuration. Its runner is replaced by one that throws on failure.</param>
    /// <exception cref="ArgumentNullException"><paramref name="playbook"/>, <paramref name="invariants"/> or <paramref name="config"/> is <see langword="null"/>.</exception>
    /// <exception cref="FollowUpValidationException">The playbook is invalid; the exception lists every problem.</exception>
    /// <exception cref="PlaybookPropertyException">An invariant fails; the message names every failing one and shows a shrunk counterexample for each.</exception>
    public static void Check(Playbook playbook, IEnumerable<PlaybookInvariant> invariants, IEnumerable<ICustomConditionEvaluator>? customConditions, Config config)
    {
        ArgumentNullException.ThrowIfNull(playbook);
        ArgumentNullException.ThrowIfNull(invariants);
        ArgumentNullException.ThrowIfNull(config);

        // The engine validates the playbook and throws FollowUpValidationException with every problem.
        var engine = new FollowUpEngine(playbook, new FakeClock(Instant.FromUtc(2026, 1, 1, 12, 0)), customConditions);
        Config throwing = config.WithRunner(Config.QuickThrowOnFailure.Runner);
        Arbitrary<FollowUpCase> cases = FollowUpGenerators.Cases(playbook);

        var failures = new List<(PlaybookInvariant Invariant, string Report)>();
        foreach (PlaybookInvariant invariant in invariants)
        {
            ArgumentNullException.ThrowIfNull(invariant, nameof(invariants));
            Property property = Prop.ForAll(cases, (FollowUpCase c) =>
            {
                string? violation = invariant.FindViolation(engine, c);
                return (violation is null).Label(violation ?? string.Empty);
            });

            try
            {
                FsCheck.Check.One(throwing, property);
            }
#pragma warning disable CA1031 // FsCheck reports a falsified property as a plain Exception.
            catch (Exception e) when (e is not OutOfMemoryException)
#pragma warning restore CA1031
            {
                failures.Add((invariant, WithoutBoolNoise(e.Message)));
            }
        }

        if (failures.Count > 0)
        {
            throw new PlaybookPropertyException(Message(playbook, failures), [.. failures.Select(f => f.Invariant.Name)]);
        }
    }

    /// <summary>Drops FsCheck's "with exception: ... Expected true, got false." tail: the label already says what failed.</summary>
    private static string WithoutBoolNoise(string message) =>
        Regex.Replace(message, @"\s*with exception:\s*System\.Exception: Expected true, got false\.\s*$", string.Empty).Trim();

    private static Config QuietConfig(int runs) => Config.QuickThrowOnFailure.WithMaxTest(runs).WithQuietOnSuccess(true);

    private static string Message(Playbook playbook, List<(PlaybookInvariant Invariant, string Report)> failures)
    {
        var text = new StringBuilder();
        text.Append("Playbook '").Append(playbook.Id).Append("' breaks ")
            .Append(failures.Count == 1 ? "the engine invariant " : $"{failures.Count} engine invariants: ")
            .AppendJoin(", ", failures.Select(f => f.Invariant.Name)).Append('.').AppendLine();
        foreach ((PlaybookInvariant invariant, string report) in failures)
        {
            text.AppendLine()
                .Append("Invariant ").Append(invariant.Name).Append(": ").Append(invariant.Description).Append('.').AppendLine()
                .Append(report).AppendLine();
        }

        text.AppendLine().Append("The playbook:").AppendLine().Append(PlaybookText.Describe(playbook));
        return text.ToString();
    }
}
