using FluentValidation.Results;
using FollowUpRules.Validation;

namespace FollowUpRules.Serialization;

/// <summary>
/// Thrown when a playbook file (<see cref="PlaybookJson"/>) or a pipeline file (<see cref="PipelineJson"/>) cannot be
/// loaded: malformed JSON (with line and column), an unsupported format version, unknown properties, wrong values, or
/// content that fails validation. It carries every problem found, each with its path into the document.
/// </summary>
/// <remarks>
/// <para>A <see cref="FollowUpValidationException"/>, so a host that catches that catches bad files too. Loading a
/// playbook or a pipeline never fails with any other exception type for bad content (I/O errors opening a file aside).</para>
/// </remarks>
public sealed class FollowUpFileException : FollowUpValidationException
{
    /// <summary>Initializes a new exception for a playbook.</summary>
    /// <param name="source">What was being loaded, for example a file path or <c>the playbook JSON</c>.</param>
    /// <param name="errors">Every problem found; at least one.</param>
    public FollowUpFileException(string source, IEnumerable<FollowUpFileError> errors)
        : this(source, "playbook", ValueList<FollowUpFileError>.From(errors))
    {
    }

    /// <summary>Initializes a new exception for a file of another format (a pipeline) than a playbook.</summary>
    internal FollowUpFileException(string source, string format, IEnumerable<FollowUpFileError> errors)
        : this(source, format, ValueList<FollowUpFileError>.From(errors))
    {
    }

    private FollowUpFileException(string source, string format, ValueList<FollowUpFileError> errors)
        : base([.. errors.Select(ToFailure)], FormatMessage(source, format, errors))
    {
        Errors = errors;
    }

    /// <summary>Gets every problem found, with its path into the document and, for a JSON syntax error, its line and column.</summary>
    /// <value>
    /// In document order where known: syntax first, then values, then validation. The same problems as the base type's
    /// <see cref="FluentValidation.ValidationException.Errors"/>, where each is a failure whose property name is the path and
    /// whose custom state is the <see cref="FollowUpFileError"/>.
    /// </value>
    public new ValueList<FollowUpFileError> Errors { get; }

    private static ValidationFailure ToFailure(FollowUpFileError error) => new(error.Path, error.Message) { CustomState = error };

    private static string FormatMessage(string source, string format, ValueList<FollowUpFileError> errors) =>
        $"{source} is not a valid {format}:" + string.Concat(errors.Select(e => Environment.NewLine + " - " + e));
}
