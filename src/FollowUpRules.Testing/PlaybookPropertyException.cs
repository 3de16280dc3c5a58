namespace FollowUpRules.Testing;

/// <summary>
/// Thrown by <see cref="PlaybookProperties"/> when an engine invariant fails for a playbook. The message names every
/// failing invariant, says what it requires, what went wrong on the shrunk counterexample, and prints FsCheck's report
/// (the original and the shrunk case, and the seed to replay it).
/// </summary>
public sealed class PlaybookPropertyException : Exception
{
    /// <summary>Initializes a new exception.</summary>
    /// <param name="message">The report.</param>
    /// <param name="invariants">The names of the failing invariants.</param>
    public PlaybookPropertyException(string message, IEnumerable<string> invariants)
        : base(message)
    {
        ArgumentNullException.ThrowIfNull(invariants);
        Invariants = [.. invariants];
    }

    /// <summary>Gets the names of the failing invariants.</summary>
    /// <value>Names of <see cref="PlaybookInvariant"/>s, for example <c>Deterministic</c>; never empty.</value>
    public IReadOnlyList<string> Invariants { get; }
}
