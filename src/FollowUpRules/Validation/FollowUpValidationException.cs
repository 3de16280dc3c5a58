using System.Text;
using FluentValidation;
using FluentValidation.Results;

namespace FollowUpRules.Validation;

/// <summary>
/// Thrown when a playbook or an evaluation input is invalid. It carries every problem at once, each with the path of the
/// offending value (for example <c>Rules[3].Timing.Offset</c>) and a message that says what is wrong.
/// </summary>
/// <remarks>Derives from FluentValidation's <see cref="ValidationException"/>, so existing handlers for it catch this too.</remarks>
public sealed class FollowUpValidationException : ValidationException
{
    /// <summary>Initializes a new exception from a validation result.</summary>
    /// <param name="heading">What was being validated, for example <c>Playbook 'default' is invalid</c>.</param>
    /// <param name="errors">Every problem found.</param>
    public FollowUpValidationException(string heading, IEnumerable<ValidationFailure> errors)
        : base(FormatMessage(heading, errors), errors)
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
