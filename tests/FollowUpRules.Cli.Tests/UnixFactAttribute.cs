namespace FollowUpRules.Cli.Tests;

/// <summary>
/// A fact that needs Unix files (FIFOs, devices, file modes, symbolic links): skipped, with the reason, on Windows.
/// xunit 2 decides skipping when it discovers the tests, so the attribute sets <see cref="FactAttribute.Skip"/> itself.
/// </summary>
public sealed class UnixFactAttribute : FactAttribute
{
    public UnixFactAttribute()
    {
        if (OperatingSystem.IsWindows())
        {
            Skip = "Needs Unix files (FIFOs, devices, modes, symbolic links); Windows has none of them in the file system.";
        }
    }
}

/// <summary>A theory that needs Unix files: skipped, with the reason, on Windows (see <see cref="UnixFactAttribute"/>).</summary>
public sealed class UnixTheoryAttribute : TheoryAttribute
{
    public UnixTheoryAttribute()
    {
        if (OperatingSystem.IsWindows())
        {
            Skip = "Needs Unix files (FIFOs, devices, modes, symbolic links); Windows has none of them in the file system.";
        }
    }
}

/// <summary>
/// A fact about file permissions, which the superuser is not held to: skipped, with the reason, when the tests run as
/// root (as CI does) or on Windows.
/// </summary>
public sealed class UnprivilegedUnixFactAttribute : FactAttribute
{
    public UnprivilegedUnixFactAttribute()
    {
        if (OperatingSystem.IsWindows())
        {
            Skip = "Needs Unix file modes.";
        }
        else if (Environment.IsPrivilegedProcess)
        {
            Skip = "Runs as root, whom file and folder modes do not stop; run the tests as another user to check what a denied write reports (the disk-full fault test covers the same message as root).";
        }
    }
}
