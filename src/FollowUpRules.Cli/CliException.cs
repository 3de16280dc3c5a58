namespace FollowUpRules.Cli;

/// <summary>An expected failure with its message for the user and the exit code to end with; never shown as a stack trace.</summary>
internal sealed class CliException(int exitCode, string message) : Exception(message)
{
    public int ExitCode { get; } = exitCode;

    /// <summary>Gets the problems of a file, as data, when the failure is an invalid file; empty otherwise.</summary>
    public IReadOnlyList<Serialization.FollowUpFileError> Errors { get; init; } = [];

    public static CliException Usage(string message) => new(ExitCodes.Usage, message);

    public static CliException File(string message) => new(ExitCodes.File, message);
}
