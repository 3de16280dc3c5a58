using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using FollowUpRules.Serialization;

namespace FollowUpRules.Cli;

/// <summary>
/// The versions of a pipeline file that <c>followup undo</c> restores: before each write, the tool keeps the file as it
/// was in a hidden folder beside it, <c>.pipeline.json.history/</c>, with the command that changed it and a hash of what
/// that command wrote (the last <see cref="Kept"/> versions). Every method runs under the file's lock
/// (<see cref="LockedFile"/>), so a version is kept exactly when its write happens.
/// </summary>
internal static class History
{
    /// <summary>How many versions are kept: 20.</summary>
    public const int Kept = 20;

    /// <summary>One kept version: the file before <see cref="Command"/> ran, and the hash of what the command wrote.</summary>
    internal sealed record Entry(int Number, string ContentPath, string NotePath, string WrittenHash, string Command);

    public static string Folder(LockedFile held) =>
        Path.Combine(Path.GetDirectoryName(held.Target)!, $".{Path.GetFileName(held.Target)}.history");

    /// <summary>Keeps <paramref name="previous"/> as the newest version, before <paramref name="written"/> replaces it.</summary>
    public static Entry Push(LockedFile held, byte[] previous, byte[] written, string command)
    {
        string folder = Folder(held);
        List<Entry> entries = Entries(held);
        int number = entries.Count == 0 ? 1 : entries[^1].Number + 1;
        string name = number.ToString("D6", CultureInfo.InvariantCulture);
        var entry = new Entry(number, Path.Combine(folder, name + ".json"), Path.Combine(folder, name + ".txt"), Hash(written), command);
        try
        {
            if (!Directory.Exists(folder))
            {
                Directory.CreateDirectory(folder);
                if (!OperatingSystem.IsWindows())
                {
                    File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
                }
            }

            WriteLike(held.Target, entry.ContentPath, previous);
            WriteLike(held.Target, entry.NotePath, Encoding.UTF8.GetBytes(entry.WrittenHash + "\n" + command + "\n"));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A version half kept (a full disk) is no version: nothing of it stays, and the write does not happen. The
            // clean-up is best effort: a content file left without its note is never listed, and the next version overwrites it.
            try
            {
                Delete(entry);
            }
            catch (Exception cleanup) when (cleanup is IOException or UnauthorizedAccessException)
            {
                _ = cleanup;
            }
            throw new IOException($"'{held.Path}' cannot be written: the version it replaces cannot be kept for 'followup undo' in '{folder}' ({e.Message}). Nothing was changed.", e);
        }

        foreach (Entry old in entries.Take(Math.Max(0, entries.Count + 1 - Kept)))
        {
            Delete(old);
        }

        return entry;
    }

    /// <summary>The newest kept version, or <see langword="null"/> when there is none.</summary>
    public static Entry? Latest(LockedFile held) => Entries(held) is { Count: > 0 } entries ? entries[^1] : null;

    /// <summary>How many versions are kept.</summary>
    public static int Count(LockedFile held) => Entries(held).Count;

    public static void Delete(Entry entry)
    {
        File.Delete(entry.ContentPath);
        File.Delete(entry.NotePath);
    }

    public static string Hash(byte[] content) => Convert.ToHexString(SHA256.HashData(content));

    private static List<Entry> Entries(LockedFile held)
    {
        string folder = Folder(held);
        var entries = new List<Entry>();
        if (!Directory.Exists(folder))
        {
            return entries;
        }

        foreach (string note in Directory.EnumerateFiles(folder, "*.txt"))
        {
            string content = Path.ChangeExtension(note, ".json");
            if (int.TryParse(Path.GetFileNameWithoutExtension(note), NumberStyles.None, CultureInfo.InvariantCulture, out int number) && File.Exists(content)
                && File.ReadAllText(note).Split('\n') is [string hash, string command, ..])
            {
                entries.Add(new Entry(number, content, note, hash, command));
            }
        }

        entries.Sort((a, b) => a.Number.CompareTo(b.Number));
        return entries;
    }

    /// <summary>Writes a kept version with the pipeline file's own permissions (it may be private).</summary>
    private static void WriteLike(string original, string path, byte[] content)
    {
        using (var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            stream.Write(content);
            stream.Flush(flushToDisk: true);
        }

        if (!OperatingSystem.IsWindows() && File.Exists(original))
        {
            File.SetUnixFileMode(path, File.GetUnixFileMode(original));
        }
    }
}
