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
        AppendEscaped(text, shown);
        text.Append(cut ? "…'" : "'");
        return cut ? text.Append(CultureInfo.InvariantCulture, $" ({value.Length} characters)").ToString() : text.ToString();
    }

    /// <summary>
    /// Writes a name from the input (a property or key) for a path: as it is when it is plain, else with control characters
    /// and line or paragraph separators as escapes, and cut to <see cref="MaxLength"/> characters (ending <c>…</c>), so a
    /// path never breaks a message's line or makes it long. An empty name shows as <c>''</c>, so a path never ends in a dot or
    /// is empty.
    /// </summary>
    /// <param name="name">The name.</param>
    /// <returns>The name as a path shows it.</returns>
    internal static string Name(string name)
    {
        if (name.Length == 0)
        {
            return "''";
        }

        bool plain = name.Length <= MaxLength;
        foreach (char c in name)
        {
            plain &= !NeedsEscape(c);
        }

        if (plain)
        {
            return name;
        }

        bool cut = name.Length > MaxLength;
        ReadOnlySpan<char> shown = cut ? name.AsSpan(0, char.IsHighSurrogate(name[MaxLength - 1]) ? MaxLength - 1 : MaxLength) : name;
        var text = new StringBuilder(shown.Length + 16);
        AppendEscaped(text, shown);
        return cut ? text.Append('…').ToString() : text.ToString();
    }

    // Control characters and the Unicode line and paragraph separators break a message's line.
    private static bool NeedsEscape(char c) =>
        char.IsControl(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;

    private static void AppendEscaped(StringBuilder text, ReadOnlySpan<char> value)
    {
        foreach (char c in value)
        {
            if (NeedsEscape(c))
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
    }
}
