using System.Globalization;
using System.Text;

namespace FollowUpRules.Utility;

/// <summary>
/// A value from the input as a message quotes it: in single quotes, cut to a readable length (with the full length said),
/// control characters written as escapes, so that a megabyte value or a line break in a file never makes a megabyte or a
/// broken line of message.
/// </summary>
internal static class Echo
{
    /// <summary>The most characters of a value a message quotes: 80.</summary>
    internal const int MaxLength = 80;

    /// <summary>Quotes a value for a message: <c>'P3X'</c>, or <c>'xxxx…' (1048576 characters)</c> when it is long.</summary>
    /// <param name="value">The value; <see langword="null"/> is quoted as empty.</param>
    /// <param name="maxLength">The most characters to quote.</param>
    /// <returns>The quoted value.</returns>
    internal static string Quote(string? value, int maxLength = MaxLength)
    {
        value ??= string.Empty;
        bool cut = value.Length > maxLength;
        ReadOnlySpan<char> shown = cut ? value.AsSpan(0, char.IsHighSurrogate(value[maxLength - 1]) ? maxLength - 1 : maxLength) : value;
        var text = new StringBuilder(shown.Length + 32).Append('\'');
        foreach (char c in shown)
        {
            if (char.IsControl(c))
            {
                text.Append(c switch
                {
                    '\n' => "\\n",
                    '\r' => "\\r",
                    '\t' => "\\t",
                    _ => "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture),
                });
            }
            else
            {
                text.Append(c);
            }
        }

        text.Append(cut ? "…'" : "'");
        return cut ? text.Append(CultureInfo.InvariantCulture, $" ({value.Length} characters)").ToString() : text.ToString();
    }
}
