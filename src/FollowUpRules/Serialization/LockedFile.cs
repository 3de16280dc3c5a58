using System.Diagnostics;
using FollowUpRules.Utility;

namespace FollowUpRules.Serialization;

/// <summary>
/// A data file held for a read-modify-write: an exclusive lock, taken before the file is read and kept until the new
/// content is in place, so that two writers (processes or threads) never both read the same version and one of them
/// loses its change. <see cref="Replace"/> writes atomically: the new content goes to a temporary file in the same folder,
/// is flushed to disk, then renamed over the file, so a reader sees the old file or the new one, never half of it.
/// </summary>
/// <remarks>
/// <para>The lock is the operating system's exclusive lock on a lock file beside the data file, named
/// <c>.&lt;name&gt;.lock</c> (a hidden file that stays there, empty; deleting the lock file while others wait on it would
/// let two writers in). The data file itself cannot carry the lock, because each write replaces it with a new file. The
/// operating system releases the lock when the process ends, however it ends: a killed writer never leaves it held.</para>
/// <para>A symbolic link is followed: the lock, the temporary file and the rename are beside the file it points to, which
/// keeps its permissions; the link stays a link. A file marked read-only is refused. Temporary files are named
/// <c>.&lt;name&gt;.&lt;random&gt;.tmp</c>; one left behind by a writer that was killed before its rename is removed by
/// the next writer, which holds the lock and so knows no other write is under way.</para>
/// <para>Every failure is an <see cref="IOException"/> or an <see cref="UnauthorizedAccessException"/> whose message
/// names the file as the caller gave it, never the temporary file. An instance is used by one thread at a time.</para>
/// </remarks>
internal sealed class LockedFile : IDisposable
{
    /// <summary>How long <see cref="Acquire"/> waits for another writer by default: a minute (a command holds the lock while it runs, which on a loaded machine takes seconds, and the writers queue).</summary>
    internal static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(1);

    private readonly FileStream lockStream;

    private LockedFile(string path, string target, FileStream lockStream)
    {
        Path = path;
        Target = target;
        this.lockStream = lockStream;
    }

    /// <summary>Gets the path as the caller gave it; messages quote it.</summary>
    internal string Path { get; }

    /// <summary>Gets the file written: the full path, symbolic links followed.</summary>
    internal string Target { get; }

    /// <summary>Takes the exclusive lock on a data file (which need not exist yet), waiting for another writer to finish.</summary>
    /// <param name="path">The data file's path.</param>
    /// <param name="timeout">How long to wait for another writer; <see langword="null"/> for <see cref="DefaultTimeout"/>.</param>
    /// <returns>The held file; dispose it to release the lock.</returns>
    /// <exception cref="IOException">The path is not usable, its folder does not exist, the file is read-only or not a
    /// regular file, or another writer held the lock for longer than <paramref name="timeout"/>.</exception>
    /// <exception cref="UnauthorizedAccessException">The lock file cannot be created in the folder.</exception>
    internal static LockedFile Acquire(string path, TimeSpan? timeout = null)
    {
        string target = Resolve(path);
        string folder = System.IO.Path.GetDirectoryName(target)!;
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"The folder of '{path}' ('{folder}') does not exist.");
        }

        string lockPath = System.IO.Path.Combine(folder, $".{System.IO.Path.GetFileName(target)}.lock");
        var waited = Stopwatch.StartNew();
        TimeSpan limit = timeout ?? DefaultTimeout;
        FileStream lockStream;
        while (true)
        {
            try
            {
                // FileShare.None is an exclusive lock: LockFileEx on Windows, flock(2) elsewhere (one per open file, so
                // two threads of one process exclude each other too). It fails at once when held; so try, then wait.
                lockStream = new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1);
                break;
            }
            catch (UnauthorizedAccessException e)
            {
                throw new UnauthorizedAccessException($"'{path}' cannot be written: its folder '{folder}' does not let the lock file be created beside it ({e.Message}).", e);
            }
            catch (IOException e) when (IsHeldElsewhere(e))
            {
                if (waited.Elapsed >= limit)
                {
                    throw new IOException($"'{path}' is being written by another process (it holds the lock file '{lockPath}'); nothing was written. Try again in a moment.", e);
                }

                Thread.Sleep(Random.Shared.Next(5, 25));
            }
            catch (IOException e)
            {
                throw new IOException($"'{path}' cannot be written: the lock file beside it cannot be opened ({e.Message}).", e);
            }
        }

        var held = new LockedFile(path, target, lockStream);
        try
        {
            held.CheckWritable();
            return held;
        }
        catch
        {
            held.Dispose();
            throw;
        }
    }

    /// <summary>Reads the file under the lock: a regular file of at most <paramref name="maxLength"/> bytes.</summary>
    /// <param name="maxLength">The most bytes accepted.</param>
    /// <param name="tooLarge">The exception for a larger file.</param>
    /// <returns>The content.</returns>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    internal byte[] Read(int maxLength, Func<Exception> tooLarge) => RegularFile.ReadAll(Path, maxLength, tooLarge);

    /// <summary>Replaces the file's content atomically (see the class remarks), keeping its permissions.</summary>
    /// <param name="content">The new content.</param>
    /// <exception cref="IOException">The file is read-only, or cannot be written (the disk is full, ...); the file is unchanged.</exception>
    /// <exception cref="UnauthorizedAccessException">The folder does not let the file be replaced; the file is unchanged.</exception>
    internal void Replace(ReadOnlySpan<byte> content)
    {
        CheckWritable();
        RemoveLeftTemporaryFiles();
        string temporary = System.IO.Path.Combine(System.IO.Path.GetDirectoryName(Target)!, $".{System.IO.Path.GetFileName(Target)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1))
            {
                stream.Write(content);
                stream.Flush(flushToDisk: true);
            }

            if (!OperatingSystem.IsWindows() && File.Exists(Target))
            {
                File.SetUnixFileMode(temporary, File.GetUnixFileMode(Target));
            }

            File.Move(temporary, Target, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The message names the user's file; the temporary one is an implementation detail (and is gone).
            string reason = e.Message.Replace(temporary, Path, StringComparison.Ordinal);
            throw e is UnauthorizedAccessException
                ? new UnauthorizedAccessException($"'{Path}' cannot be written: {reason} Nothing was changed.", e)
                : new IOException($"'{Path}' cannot be written: {reason} Nothing was changed.", e);
        }
        finally
        {
            TryDelete(temporary);
        }
    }

    /// <summary>Releases the lock.</summary>
    public void Dispose() => lockStream.Dispose();

    /// <summary>Whether a file's read-only mark is set (the owner's write permission, on Unix); a missing file is not read-only.</summary>
    internal static bool IsReadOnly(string path) =>
        File.Exists(path) && (File.GetAttributes(path) & FileAttributes.ReadOnly) != 0;

    // The lock is held by another open file: EWOULDBLOCK from flock(2) (11 on Linux, 35 on the BSDs and macOS), or a
    // sharing or lock violation on Windows.
    private static bool IsHeldElsewhere(IOException e) => e.HResult switch
    {
        11 => OperatingSystem.IsLinux(),
        35 => !OperatingSystem.IsLinux() && !OperatingSystem.IsWindows(),
        unchecked((int)0x80070020) or unchecked((int)0x80070021) => OperatingSystem.IsWindows(),
        _ => false,
    };

    private static string Resolve(string path)
    {
        string full = RegularFile.FullPath(path);
        try
        {
            return new FileInfo(full).LinkTarget is null ? full : File.ResolveLinkTarget(full, returnFinalTarget: true)?.FullName ?? full;
        }
        catch (IOException e)
        {
            throw new IOException($"'{path}' is a symbolic link that cannot be followed: {e.Message}", e);
        }
    }

    private void CheckWritable()
    {
        if (IsReadOnly(Target))
        {
            throw new IOException($"'{Path}' is read-only; nothing was written. Make it writable (for example chmod u+w) to let it be updated.");
        }

        if (Directory.Exists(Target))
        {
            throw new IOException($"'{Path}' is a folder, not a file.");
        }
    }

    private void RemoveLeftTemporaryFiles()
    {
        string folder = System.IO.Path.GetDirectoryName(Target)!;
        foreach (string left in Directory.EnumerateFiles(folder, $".{System.IO.Path.GetFileName(Target)}.*.tmp"))
        {
            TryDelete(left);
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left for the next writer to remove; the write itself succeeded or reported its own error.
        }
    }
}
