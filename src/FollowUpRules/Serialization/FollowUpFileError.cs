namespace FollowUpRules.Serialization;

/// <summary>One problem in a playbook or pipeline file: where it is and what is wrong.</summary>
/// <remarks>Immutable, compares by value, safe to share between threads.</remarks>
public sealed record FollowUpFileError
{
    /// <summary>Initializes a new error.</summary>
    /// <param name="path">The path of the offending value in the document, for example <c>rules[3].timing.offset</c>; empty for the whole file.</param>
    /// <param name="message">What is wrong, in words a playbook author understands.</param>
    /// <param name="line">The 1-based line of a JSON syntax error, or <see langword="null"/>.</param>
    /// <param name="column">The 1-based column (byte position in the line) of a JSON syntax error, or <see langword="null"/>.</param>
    public FollowUpFileError(string path, string message, long? line = null, long? column = null)
    {
        Path = path ?? string.Empty;
        Message = message ?? string.Empty;
        Line = line;
        Column = column;
    }

    /// <summary>Gets the path of the offending value.</summary>
    /// <value>JSON property names from the root, with list indexes: <c>rules[3].timing.offset</c>. Empty for the whole file.</value>
    public string Path { get; }

    /// <summary>Gets what is wrong.</summary>
    /// <value>A sentence.</value>
    public string Message { get; }

    /// <summary>Gets the line of a JSON syntax error.</summary>
    /// <value>1-based; <see langword="null"/> for errors found after the JSON was read.</value>
    public long? Line { get; }

    /// <summary>Gets the column of a JSON syntax error.</summary>
    /// <value>1-based byte position in the line; <see langword="null"/> for errors found after the JSON was read.</value>
    public long? Column { get; }

    /// <summary>Returns the error as one line.</summary>
    /// <returns>For example <c>rules[3].timing.offset: 'P-1D' is negative; ...</c> or <c>line 4, column 7: ...</c>.</returns>
    public override string ToString()
    {
        string where = Line is { } line ? $"line {line}, column {Column}" + (Path.Length > 0 ? $" ({Path})" : string.Empty) : Path;
        return where.Length == 0 ? Message : $"{where}: {Message}";
    }
}
