using System.Runtime.InteropServices;
using FollowUpRules.Utility;
using Microsoft.Win32.SafeHandles;

namespace FollowUpRules.Serialization;

/// <summary>
/// Reads the files of the formats as data files only: a regular file, at most so many bytes (the limit applied while
/// reading, so <c>/dev/zero</c> cannot fill the memory), never blocking on a named pipe (FIFO) that nobody writes to.
/// Every problem with the path is an <see cref="IOException"/> (or <see cref="UnauthorizedAccessException"/>) whose
/// message names the path as given.
/// </summary>
internal static class RegularFile
{
    // open(2) flags. O_NONBLOCK makes opening a FIFO return at once instead of waiting for a writer; it changes nothing
    // for a regular file. The values are the kernels' own: Linux's (x86, ARM, RISC-V) and the BSDs' (macOS, FreeBSD).
    private const int ReadOnly = 0;
    private static readonly int NonBlocking = OperatingSystem.IsLinux() ? 0x800 : 0x4;
    private static readonly int CloseOnExec = OperatingSystem.IsLinux() ? 0x80000 : OperatingSystem.IsMacOS() ? 0x1000000 : 0x100000;

    /// <summary>Reads a whole regular file of at most <paramref name="maxLength"/> bytes.</summary>
    /// <param name="path">The path as the caller gave it; messages quote it.</param>
    /// <param name="maxLength">The most bytes accepted.</param>
    /// <param name="tooLarge">The exception for a file over the limit.</param>
    /// <returns>The file's bytes.</returns>
    /// <exception cref="FileNotFoundException">There is no file at <paramref name="path"/>.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    /// <exception cref="IOException">The path is not a regular file (a folder, a FIFO, a device, a socket), or is not a
    /// usable path (a NUL character in it), or the file cannot be read.</exception>
    internal static byte[] ReadAll(string path, int maxLength, Func<Exception> tooLarge)
    {
        using FileStream stream = OpenRead(path);
        long declared = stream.Length;
        if (declared > maxLength)
        {
            throw tooLarge();
        }

        // A device such as /dev/zero or /dev/urandom opens and seeks like a file, but says it holds nothing and then
        // never ends: a file gives no more bytes than its size.
        return JsonFiles.ReadLimited(stream, (int)declared, () => NotRegular(path));
    }

    /// <summary>Opens a regular file for reading; see <see cref="ReadAll"/> for the exceptions.</summary>
    internal static FileStream OpenRead(string path)
    {
        string full = FullPath(path);
        if (Directory.Exists(full))
        {
            throw new IOException($"'{path}' is a folder, not a file.");
        }

        FileStream stream;
        if (OperatingSystem.IsWindows())
        {
            stream = Translate(path, () => new FileStream(full, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan));
        }
        else
        {
            int descriptor = Open(full, ReadOnly | NonBlocking | CloseOnExec);
            if (descriptor < 0)
            {
                throw FromErrorNumber(path, Marshal.GetLastPInvokeError());
            }

            stream = new FileStream(new SafeFileHandle(descriptor, ownsHandle: true), FileAccess.Read, 1);
        }

        // A FIFO, a socket or a terminal cannot seek: it is a stream of bytes, not a file of data.
        if (!stream.CanSeek)
        {
            stream.Dispose();
            throw NotRegular(path);
        }

        return stream;
    }

    /// <summary>The full path, or an <see cref="IOException"/> naming <paramref name="path"/> when it is not a usable path.</summary>
    internal static string FullPath(string path)
    {
        if (path.Contains('\0', StringComparison.Ordinal))
        {
            throw new IOException($"{Echo.Quote(path, 400)} is not a usable path: it holds a NUL character.");
        }

        return Translate(path, () => Path.GetFullPath(path));
    }

    private static T Translate<T>(string path, Func<T> action)
    {
        try
        {
            return action();
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            throw new IOException($"'{path}' is not a usable path: {e.Message}", e);
        }
        catch (FileNotFoundException e)
        {
            throw new FileNotFoundException($"'{path}' does not exist.", path, e);
        }
        catch (DirectoryNotFoundException e)
        {
            throw new FileNotFoundException($"'{path}' does not exist.", path, e);
        }
    }

    private static IOException NotRegular(string path) =>
        new($"'{path}' is not a regular file (it is a pipe, a device or a socket); give the path of a JSON file.");

    private static Exception FromErrorNumber(string path, int error) => error switch
    {
        2 or 20 => new FileNotFoundException($"'{path}' does not exist.", path), // ENOENT, ENOTDIR
        1 or 13 => new UnauthorizedAccessException($"'{path}' may not be read (permission denied)."), // EPERM, EACCES
        _ => new IOException($"'{path}' cannot be opened: {Marshal.GetPInvokeErrorMessage(error)}."),
    };

    // DllImport rather than LibraryImport: the source-generated stub needs unsafe code, which the library does not allow
    // for one call. The runtime marshals the string (UTF-8, NUL-terminated) the same way, trimmed and AOT-compiled alike.
    [DllImport("libc", EntryPoint = "open", SetLastError = true)]
    private static extern int Open([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags);
}
