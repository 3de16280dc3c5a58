namespace FollowUpRules.Cli;

/// <summary>Writes a file so that it is never left half-written (the core's writer: a temporary file in the same folder, flushed, then moved over), after checking its folder exists.</summary>
internal static class AtomicFile
{
    public static void Write(string path, string text)
    {
        string full = Path.GetFullPath(path);
        string folder = Path.GetDirectoryName(full)!;
        if (!Directory.Exists(folder))
        {
            throw CliException.File($"The folder '{folder}' does not exist.");
        }

        FollowUpRules.Serialization.JsonFiles.WriteAtomically(full, text);
    }
}
