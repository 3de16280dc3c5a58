using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace FollowUpRules.Utility;

/// <summary>Argument checks shared by every public constructor; messages say the valid range.</summary>
internal static class Preconditions
{
    internal static T CheckNotNull<T>([NotNull] T? value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(value, paramName);
        return value;
    }

    internal static string CheckNotBlank([NotNull] string? value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        ArgumentNullException.ThrowIfNull(value, paramName);
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException("Value must not be empty or white space.", paramName);
        }

        return value;
    }

    internal static int CheckRange(int value, int minInclusive, int maxInclusive, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        if (value < minInclusive || value > maxInclusive)
        {
            throw new ArgumentOutOfRangeException(paramName, value, $"Value must be in the range [{minInclusive}, {maxInclusive}].");
        }

        return value;
    }

    internal static void CheckArgument([DoesNotReturnIf(false)] bool condition, string paramName, string message)
    {
        if (!condition)
        {
            throw new ArgumentException(message, paramName);
        }
    }

    /// <summary>Throws when <paramref name="condition"/> is false, with the message written only then.</summary>
    /// <param name="condition">What must hold.</param>
    /// <param name="paramName">The argument at fault.</param>
    /// <param name="message">An interpolated message, formatted only when the check fails (some checks run once per item).</param>
    internal static void CheckArgument([DoesNotReturnIf(false)] bool condition, string paramName, [InterpolatedStringHandlerArgument(nameof(condition))] ref FailureMessage message)
    {
        if (!condition)
        {
            throw new ArgumentException(message.ToStringAndClear(), paramName);
        }
    }
}

/// <summary>An interpolated message that is formatted only when its check fails (see <see cref="Preconditions.CheckArgument(bool, string, ref FailureMessage)"/>).</summary>
[InterpolatedStringHandler]
internal ref struct FailureMessage
{
    private DefaultInterpolatedStringHandler text;

    /// <summary>Initializes the message; its parts are appended only when <paramref name="condition"/> is false.</summary>
    public FailureMessage(int literalLength, int formattedCount, bool condition, out bool shouldAppend)
    {
        shouldAppend = !condition;
        text = shouldAppend ? new DefaultInterpolatedStringHandler(literalLength, formattedCount) : default;
    }

    /// <summary>Appends literal text.</summary>
    public void AppendLiteral(string value) => text.AppendLiteral(value);

    /// <summary>Appends a value.</summary>
    public void AppendFormatted<T>(T value) => text.AppendFormatted(value);

    /// <summary>Appends a value in a format.</summary>
    public void AppendFormatted<T>(T value, string? format) => text.AppendFormatted(value, format);

    /// <summary>Returns the message.</summary>
    public string ToStringAndClear() => text.ToStringAndClear();
}
