using FollowUpRules.Engine;
using FollowUpRules.Rules;
using FollowUpRules.Serialization;
using NodaTime;

namespace FollowUpRules.Snippets;

/// <summary>The snippet in README.md and docs/playbook-format.md: load, validate and use a playbook file.</summary>
public static class PlaybookFileSnippet
{
    /// <summary>Loads a playbook file, reporting every problem, and builds an engine for it.</summary>
    /// <param name="path">The playbook file.</param>
    /// <returns>The engine, or <see langword="null"/> when the file is invalid.</returns>
    public static FollowUpEngine? Run(string path)
    {
        try
        {
            Playbook playbook = PlaybookJson.LoadFile(path); // parses and validates: every problem at once
            return new FollowUpEngine(playbook, SystemClock.Instance);
        }
        catch (PlaybookFileException e)
        {
            foreach (PlaybookFileError error in e.Errors)
            {
                Console.Error.WriteLine(error); // e.g. "rules[3].timing.offset: 'P-1D' is negative; ..."
            }

            return null;
        }
    }
}
