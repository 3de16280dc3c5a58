using System.Text;
using FluentValidation;
using FluentValidation.Results;

namespace FollowUpRules.Validation;

/// <summary>
/// Thrown when data given to the library is invalid: a playbook (built with <see cref="Rules.PlaybookBuilder"/>, given
/// to the engine, or loaded from a file), an evaluation input, agenda settings, or a playbook or pipeline file. It
/// carries every problem at once, each with the path of the offending value (for example <c>Rules[3].Timing.Offset</c>)
/// and a message that says what is wrong.
/// </summary>
/// <remarks>
/// <para>This is the one type a host catches for bad data, wherever it comes from. A file that cannot be loaded throws
/// the derived <see cref="Serialization.FollowUpFileException"/>, whose errors use the document's spelling of paths
/// (<c>rules[3].timing.offset</c>) and give the line and column of JSON syntax errors; <see cref="ValidationException.Errors"/>
/// lists the same problems for both.</para>
/// <para>Derives from FluentValidation's <see cref="ValidationException"/>, so existing handlers for it catch this too.
/// Messages are for developers and in English.</para>
/// </remarks>
public class FollowUpValidationException : ValidationException
{
    /// <summary>Initializes a new exception from a validation result.</summary>
    /// <param name="heading">What was being validated, for example <c>Playbook 'default' is invalid</c>.</param>
    /// <param name="errors">Every problem found.</param>
    public FollowUpValidationException(string heading, IEnumerable<ValidationFailure> errors)
        : base(FormatMessage(heading, errors), errors)
    {
    }

    /// <summary>Initializes an exception whose message is written already (a derived type's).</summary>
    private protected FollowUpValidationException(IEnumerable<ValidationFailure> errors, string message)
        : base(message, errors)
    {
    }

    /// <summary>Formats a heading and its errors the way this exception's message does.</summary>
    /// <param name="heading">What was being validated.</param>
    /// <param name="errors">The problems.</param>
    /// <returns>The heading, a colon, then one line per problem: <c> - Path: message</c>.</returns>
    public static string FormatMessage(string heading, IEnumerable<ValidationFailure> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var text = new StringBuilder(heading).Append(':');
        foreach (ValidationFailure error in errors)
        {
            text.Append(Environment.NewLine).Append(" - ");
            if (!string.IsNullOrEmpty(error.PropertyName))
            {
                text.Append(error.PropertyName).Append(": ");
            }

            text.Append(error.ErrorMessage);
        }

        return text.ToString();
    }
}
