namespace FollowUpRules.Cli;

/// <summary>The tool's exit codes, documented in <c>docs/cli.md</c>.</summary>
public static class ExitCodes
{
    /// <summary>Done.</summary>
    public const int Ok = 0;

    /// <summary>The input is invalid: a pipeline, playbook or imported file fails validation (every problem is listed).</summary>
    public const int Invalid = 1;

    /// <summary>A usage error: bad arguments, an unknown application id, contact or touchpoint kind, a bad date or zone, a missing argument with no terminal to ask.</summary>
    public const int Usage = 2;

    /// <summary>A file problem: missing, unreadable, already there (init), or changed on disk since it was read.</summary>
    public const int File = 3;

    /// <summary>The person answered no to a confirmation; nothing was changed.</summary>
    public const int Cancelled = 4;
}
