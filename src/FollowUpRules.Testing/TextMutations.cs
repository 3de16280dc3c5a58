using System.Text;
using FsCheck;
using FsCheck.Fluent;

namespace FollowUpRules.Testing;

/// <summary>
/// FsCheck generators of hostile variants of a text file, for fuzzing any text format (playbooks, pipelines, and any
/// format to come): a valid file with a few mutations applied to its UTF-8 bytes. The mutations are those that found
/// defects: bytes that are not UTF-8, escapes of half a surrogate pair, NUL and control characters, a value replaced by
/// a huge, negative, deep or wrongly typed one, a piece cut out or repeated, the file cut short.
/// </summary>
/// <remarks>
/// <para>Seed FsCheck (<c>Config.WithReplay</c>) to replay a run: the same seed and sizes give the same files. The
/// generators are pure and thread-safe; they do not shrink (a smaller file could lose the fault).</para>
/// </remarks>
public static class TextMutations
{
    /// <summary>The most mutations applied to one file: 4.</summary>
    public const int MaxMutations = 4;

    // Values that replace a JSON value or are inserted: wrong types, extremes, text that is not text.
    private static readonly string[] HostileValues =
    [
        "null", "true", "-1", "0", "2147483648", "-2147483649", "1e400", "1.5", "\"\"", "\" \"", "[]", "{}", "[null]", "{\"x\": 1}",
        "\"\\udc00\"", "\"\\ud800x\"", "\"a\\u0000b\"", "\"\\n\\t\"", "\"P-1D\"", "\"P99999Y\"", "\"PT1H\"", "\"0001-01-01\"",
        "\"9999-12-31\"", "\"2026-02-30\"", "\"/dev/zero\"", "\"../../etc/passwd\"", "\"Monday\"", "\"custom\"",
        "\"" + new string('x', 5000) + "\"", new string('[', 40) + new string(']', 40),
    ];

    private static readonly byte[][] HostileBytes =
    [
        [0xFF], [0xC3, 0x28], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0x00], [0xEF, 0xBB, 0xBF], [0x22], [0x5C], [0x7B], [0x7D], [0x5B], [0x5D], [0x2C], [0x3A],
    ];

    /// <summary>Generates mutated copies of <paramref name="original"/>: 1 to <see cref="MaxMutations"/> mutations each, as UTF-8 bytes (often not valid UTF-8).</summary>
    /// <param name="original">A valid file of the format, as text.</param>
    /// <returns>The generator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="original"/> is <see langword="null"/>.</exception>
    public static Gen<byte[]> Mutated(string original)
    {
        ArgumentNullException.ThrowIfNull(original);
        byte[] bytes = Encoding.UTF8.GetBytes(original);
        return from count in Gen.Choose(1, MaxMutations)
               from mutations in Gen.ListOf(Mutation(), count)
               select mutations.Aggregate(bytes, (text, mutate) => mutate(text));
    }

    /// <summary>Gets the arbitrary of mutated copies of <paramref name="original"/>, for <c>Prop.ForAll</c>; it does not shrink.</summary>
    /// <param name="original">A valid file of the format, as text.</param>
    /// <returns>The arbitrary.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="original"/> is <see langword="null"/>.</exception>
    public static Arbitrary<byte[]> Arbitrary(string original) => Arb.From(Mutated(original));

    private static Gen<Func<byte[], byte[]>> Mutation() => Gen.OneOf(
        from at in Gen.Choose(0, int.MaxValue)
        from insert in Gen.Elements(HostileBytes)
        select (Func<byte[], byte[]>)(text => Splice(text, at % (text.Length + 1), 0, insert)),
        from at in Gen.Choose(0, int.MaxValue)
        from length in Gen.Choose(1, 64)
        select (Func<byte[], byte[]>)(text => Splice(text, at % (text.Length + 1), length, [])),
        from at in Gen.Choose(0, int.MaxValue)
        from length in Gen.Choose(1, 200)
        from times in Gen.Choose(2, 20)
        select (Func<byte[], byte[]>)(text => Repeat(text, at % (text.Length + 1), length, times)),
        from which in Gen.Choose(0, int.MaxValue)
        from value in Gen.Elements(HostileValues)
        select (Func<byte[], byte[]>)(text => ReplaceValue(text, which, value)),
        from at in Gen.Choose(0, int.MaxValue)
        select (Func<byte[], byte[]>)(text => text[..(at % (text.Length + 1))]),
        from at in Gen.Choose(0, int.MaxValue)
        from flip in Gen.Choose(1, 255)
        select (Func<byte[], byte[]>)(text => Flip(text, at, (byte)flip)));

    private static byte[] Splice(byte[] text, int at, int remove, byte[] insert)
    {
        int removed = Math.Min(remove, text.Length - at);
        return [.. text.AsSpan(0, at), .. insert, .. text.AsSpan(at + removed)];
    }

    private static byte[] Repeat(byte[] text, int at, int length, int times)
    {
        int taken = Math.Min(length, text.Length - at);
        byte[] piece = text.AsSpan(at, taken).ToArray();
        return Splice(text, at, 0, [.. Enumerable.Repeat(piece, times - 1).SelectMany(p => p)]);
    }

    private static byte[] Flip(byte[] text, int at, byte mask)
    {
        if (text.Length == 0)
        {
            return text;
        }

        byte[] copy = (byte[])text.Clone();
        copy[at % copy.Length] ^= mask;
        return copy;
    }

    /// <summary>Replaces the value after one of the text's colons (a JSON property's value, roughly) with <paramref name="value"/>.</summary>
    private static byte[] ReplaceValue(byte[] text, int which, string value)
    {
        var colons = new List<int>();
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == (byte)':')
            {
                colons.Add(i);
            }
        }

        if (colons.Count == 0)
        {
            return text;
        }

        int start = colons[which % colons.Count] + 1;
        int end = start;
        int depth = 0;
        bool quoted = false;
        while (end < text.Length)
        {
            byte b = text[end];
            if (quoted)
            {
                if (b == (byte)'\\')
                {
                    end++;
                }
                else if (b == (byte)'"')
                {
                    quoted = false;
                }
            }
            else if (b == (byte)'"')
            {
                quoted = true;
            }
            else if (b is (byte)'{' or (byte)'[')
            {
                depth++;
            }
            else if (b is (byte)'}' or (byte)']' or (byte)',' && depth == 0)
            {
                break;
            }
            else if (b is (byte)'}' or (byte)']')
            {
                depth--;
            }

            end++;
        }

        return Splice(text, start, Math.Min(end, text.Length) - start, Encoding.UTF8.GetBytes(" " + value));
    }
}
