namespace FollowUpRules.Utility;

/// <summary>
/// "Did you mean" for a misspelt name: the nearest of the known names by edit distance (case-insensitive, a swap of two letters one edit),
/// shared by the file formats' unknown properties and the <c>followup</c> tool's commands, options, ids and kinds.
/// </summary>
internal static class Suggestions
{
    /// <summary>
    /// Returns the known name nearest to <paramref name="text"/>: one that differs only in case, else the nearest within
    /// a quarter of the text's length (at least 1 edit, at most 3), the first in <paramref name="known"/> order on a tie.
    /// </summary>
    /// <param name="text">What was written.</param>
    /// <param name="known">The names that exist.</param>
    /// <returns>The suggestion, or <see langword="null"/> when nothing is near.</returns>
    internal static string? Nearest(string text, IEnumerable<string> known)
    {
        string[] names = [.. known];
        string? same = names.FirstOrDefault(n => string.Equals(n, text, StringComparison.OrdinalIgnoreCase));
        if (same is not null)
        {
            return same;
        }

        int limit = Math.Clamp(text.Length / 4, 1, 3);
        string? best = null;
        int bestDistance = int.MaxValue;
        foreach (string name in names.Where(n => Math.Abs(n.Length - text.Length) <= limit))
        {
            int distance = Distance(name, text);
            if (distance <= limit && distance < bestDistance)
            {
                best = name;
                bestDistance = distance;
            }
        }

        return best;
    }

    /// <summary>Whether two texts are at most <paramref name="limit"/> edits apart; texts whose lengths differ by more are not compared.</summary>
    internal static bool Within(string a, string b, int limit) =>
        Math.Abs(a.Length - b.Length) <= limit && Distance(a, b) <= limit;

    /// <summary>
    /// The edit distance between two texts, ignoring case: insertions, deletions, substitutions and swaps of two
    /// neighbouring letters ("bne" is one edit from "ben") each count one (the optimal string alignment distance).
    /// It keeps three rows of the table, so a long text (a hostile file's property name) costs time, not memory.
    /// </summary>
    internal static int Distance(string a, string b)
    {
        a = a.ToLowerInvariant();
        b = b.ToLowerInvariant();
        var before = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    current[j] = Math.Min(current[j], before[j - 2] + 1);
                }
            }

            (before, previous, current) = (previous, current, before);
        }

        return previous[b.Length];
    }
}
