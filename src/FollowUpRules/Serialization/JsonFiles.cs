using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.Json;
using FollowUpRules.Rules.Conditions;

namespace FollowUpRules.Serialization;

/// <summary>
/// What the file formats (playbook, pipeline) share on the way in and out: reading at most so many bytes, the byte order
/// mark, JSON syntax errors in words with line and column, validator paths in the document's spelling, and the atomic
/// save.
/// </summary>
internal static partial class JsonFiles
{
    /// <summary>A quoted piece of the input in a reader's message, longer than a message should quote.</summary>
    [System.Text.RegularExpressions.GeneratedRegex("'([^']{81,})'", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex LongQuotes();

    /// <summary>The most of a JSON reader's own message kept: it may quote the input at length.</summary>
    private const int MaxReaderMessage = 300;

    /// <summary>What a string that is not text (invalid UTF-8, or half a surrogate pair) gets, wherever it is.</summary>
    internal const string NotText = "The text is not valid UTF-8 (or holds half of a \\u surrogate pair); save the file as UTF-8.";

    /// <summary>Reads a stream to its end, refusing more than <paramref name="maxLength"/> bytes.</summary>
    internal static byte[] ReadLimited(Stream stream, int maxLength, Func<Exception> tooLarge)
    {
        using var buffer = new MemoryStream();
        byte[] chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > maxLength)
            {
                throw tooLarge();
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    /// <summary>Editors on Windows often start UTF-8 files with a byte order mark; it is not part of the JSON.</summary>
    internal static ReadOnlySpan<byte> WithoutBom(byte[] utf8) =>
        utf8.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? utf8.AsSpan(Encoding.UTF8.Preamble.Length) : utf8;

    /// <summary>Turns a validator path (<c>Rules[3].Timing.Offset</c>) into the document's (<c>rules[3].timing.offset</c>).</summary>
    internal static string JsonPath(string modelPath)
    {
        // Each name starts lower case; a key in brackets (a culture, a rule id: data, not a name) is kept as written.
        var path = new System.Text.StringBuilder(modelPath.Length);
        int depth = 0;
        bool nameStart = true;
        foreach (char c in modelPath)
        {
            path.Append(nameStart && depth == 0 ? char.ToLowerInvariant(c) : c);
            nameStart = depth == 0 && c == '.';
            depth += c == '[' ? 1 : c == ']' && depth > 0 ? -1 : 0;
        }

        return path.ToString();
    }

    /// <summary>Describes a JSON reader or converter error in words a file's author understands, with its line and column.</summary>
    /// <param name="e">The reader's exception.</param>
    /// <param name="maxDepth">The nesting limit the reader was given.</param>
    /// <param name="emptyHint">What an empty document should have held, for example <c>a playbook is an object: { ... }</c>.</param>
    internal static FollowUpFileError Syntax(JsonException e, int maxDepth, string emptyHint)
    {
        string path = e.Path is { Length: > 0 } p ? p.TrimStart('$').TrimStart('.') : string.Empty;
        string message = e.Message;
        if (message.Contains("maximum configured depth", StringComparison.Ordinal))
        {
            message = $"The JSON nests deeper than {maxDepth} levels.";
        }
        else if (e.InnerException is InvalidOperationException { Message: var inner } && (inner.Contains("UTF-8", StringComparison.Ordinal) || inner.Contains("UTF-16", StringComparison.Ordinal)))
        {
            // The reader found the string but could not make text of it: bytes that are not UTF-8, or a lone surrogate.
            message = NotText;
        }
        else if (message.Contains("could not be converted to", StringComparison.Ordinal))
        {
            message = message switch
            {
                _ when message.Contains("System.Int32", StringComparison.Ordinal) => "Expected a whole number (within -2147483648 to 2147483647).",
                _ when message.Contains("System.Boolean", StringComparison.Ordinal) => "Expected true or false.",
                _ when message.Contains("System.String", StringComparison.Ordinal) => "Expected text in double quotes.",
                _ when message.Contains("List`1", StringComparison.Ordinal) || message.Contains("[]", StringComparison.Ordinal) => "Expected a list in [ ].",
                _ => "Expected an object in { }.",
            };
        }
        else if (message.Contains("does not contain any JSON tokens", StringComparison.Ordinal))
        {
            message = $"The JSON is empty; {emptyHint}.";
        }
        else if (message.Contains("Duplicate", StringComparison.OrdinalIgnoreCase))
        {
            message = "A property is given twice in the same object.";
        }
        else
        {
            // The reader's own message ("'}' is invalid after a value...", "Expected end of string..."), minus its location suffix.
            int cut = message.IndexOf(" Path:", StringComparison.Ordinal);
            message = (cut > 0 ? message[..cut] : message).Trim();
            cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
            message = (cut > 0 ? message[..cut] : message).TrimEnd(' ', '|');
            message = LongQuotes().Replace(message, m => Utility.Echo.Quote(m.Groups[1].Value));
            message = "The JSON is malformed: " + (message.Length > MaxReaderMessage ? message[..MaxReaderMessage] + "…" : message);
        }

        return new FollowUpFileError(path, message, e.LineNumber + 1, e.BytePositionInLine + 1);
    }

    /// <summary>
    /// Writes text to a file atomically and under the file's lock (<see cref="LockedFile"/>): to a temporary file in the
    /// same folder first, flushed to disk, then renamed over the file (through a symbolic link, keeping its permissions),
    /// so the file is never left half-written and no concurrent writer's update is lost.
    /// </summary>
    internal static void WriteAtomically(string path, string text)
    {
        using LockedFile held = LockedFile.Acquire(path);
        held.Replace(Utf8.GetBytes(text));
    }

    /// <summary>UTF-8 without a byte order mark, as the formats are written.</summary>
    internal static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Runs a load, turning a <see cref="FollowUpFileException"/> into <see langword="false"/> and its errors.</summary>
    internal static bool TryLoad<T>(Func<T> load, [NotNullWhen(true)] out T? value, out ValueList<FollowUpFileError> errors)
        where T : class
    {
        try
        {
            value = load();
            errors = ValueList<FollowUpFileError>.Empty;
            return true;
        }
        catch (FollowUpFileException e)
        {
            value = null;
            errors = e.Errors;
            return false;
        }
    }

    /// <summary>The names of the custom conditions a playbook uses, at any depth: the engine that runs it must know them.</summary>
    internal static IEnumerable<string> CustomConditionNames(Rules.Playbook playbook) =>
        playbook.Rules.SelectMany(r => r.Conditions.Concat(r.StopWhen)).SelectMany(Flatten).OfType<CustomCondition>().Select(c => c.Name);

    private static IEnumerable<Condition> Flatten(Condition c) => c switch
    {
        NotCondition n => [c, .. Flatten(n.Inner)],
        AnyOfCondition a => [c, .. a.Conditions.SelectMany(Flatten)],
        _ => [c],
    };
}
