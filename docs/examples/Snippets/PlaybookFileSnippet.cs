using FollowUpRules.Engine;
using FollowUpRules.Rules;
using FollowUpRules.Serialization;
using NodaTime;

namespace FollowUpRules.Snippets;

/// <summary>The snippet in README.md and docs/playbook-format.md: load, validate and use a playbook file.</summary>
public static class PlaybookFileSnippet
{
    // A method of the app's: the engine for a playbook file, or null when the file is invalid.
    public static FollowUpEngine? LoadEngine(string path)
    {
        try
        {
            Playbook playbook = PlaybookJson.LoadFile(path); // parses and validates: every problem at once
            return new FollowUpEngine(playbook, SystemClock.Instance);
        }
        catch (FollowUpFileException e)
        {
            foreach (FollowUpFileError error in e.Errors)
            {
                Console.Error.WriteLine(error); // e.g. "rules[3].timing.offset: 'P-1D' is negative; ..."
            }

            return null;
        }
    }
}
