
namespace FollowUpRules.Serialization;

/// <summary>
/// Thrown when a playbook file (or a pipeline file, <see cref="PipelineJson"/>) cannot be loaded: malformed JSON (with line and column), an unsupported format version,
/// unknown properties, wrong values, or a playbook that fails validation. It carries every problem found, each with its
/// path into the document.
/// </summary>
/// <remarks>Loading a playbook or a pipeline never fails with any other exception type for bad content (I/O errors opening a file aside).</remarks>
public sealed class PlaybookFileException : Exception
{
    /// <summary>Initializes a new exception.</summary>
    /// <param name="source">What was being loaded, for example a file path or <c>the playbook JSON</c>.</param>
    /// <param name="errors">Every problem found; at least one.</param>
    /// <param name="innerException">The JSON reader's exception for a syntax error, or <see langword="null"/>.</param>
    public PlaybookFileException(string source, IEnumerable<PlaybookFileError> errors, Exception? innerException = null)
        : this(source, ValueList<PlaybookFileError>.From(errors), innerException)
    {
    }

    /// <summary>Initializes a new exception for a file of another format (a pipeline) than a playbook.</summary>
    internal PlaybookFileException(string source, string format, IEnumerable<PlaybookFileError> errors, Exception? innerException)
        : this(source, format, ValueList<PlaybookFileError>.From(errors), innerException)
    {
    }

    private PlaybookFileException(string source, ValueList<PlaybookFileError> errors, Exception? innerException)
        : this(source, "playbook", errors, innerException)
    {
    }

    private PlaybookFileException(string source, string format, ValueList<PlaybookFileError> errors, Exception? innerException)
        : base(FormatMessage(source, format, errors), innerException)
    {
        Errors = errors;
    }

    /// <summary>Gets every problem found.</summary>
    /// <value>In document order where known: syntax first, then values, then validation.</value>
    public ValueList<PlaybookFileError> Errors { get; }

    private static string FormatMessage(string source, string format, ValueList<PlaybookFileError> errors) =>
        $"{source} is not a valid {format}:" + string.Concat(errors.Select(e => Environment.NewLine + " - " + e));
}
