using FluentValidation;
using FollowUpRules.Domain;
using FollowUpRules.Utility;

namespace FollowUpRules.Validation;

/// <summary>The checks that no two contacts and no two touchpoints share an id.</summary>
internal static partial class EvaluationInputChecks
{
    // Up to this many ids, duplicates are found by comparing pairs; above it, with a set.
    private const int PairwiseLimit = 32;

    // The most touchpoint ids a thread keeps room for between checks (a few MB at most).
    private const int MaxKeptIds = 100_000;

    [ThreadStatic]
    private static HashSet<string>? keptIds;

    internal static bool ContactIdsOk<TMode>(ValueList<Contact> contacts, ValidationContext<EvaluationInput>? context)
        where TMode : struct, IMode
    {
        if (!HasDuplicateContactIds(contacts))
        {
            return true;
        }

        if (TMode.Reports)
        {
            ReportDuplicates(contacts.Select(c => c.Id), "Contacts", "contact", context!);
        }

        return false;
    }

    internal static bool TouchpointIdsOk<TMode>(ValueList<Touchpoint> touchpoints, ValidationContext<EvaluationInput>? context)
        where TMode : struct, IMode
    {
        if (!HasDuplicateTouchpointIds(touchpoints))
        {
            return true;
        }

        if (TMode.Reports)
        {
            ReportDuplicates(touchpoints.Select(t => t.Id), "Touchpoints", "touchpoint", context!);
        }

        return false;
    }

    private static bool HasDuplicateContactIds(ValueList<Contact> contacts)
    {
        if (contacts.Count > PairwiseLimit)
        {
            var seen = new HashSet<string>(contacts.Count, StringComparer.Ordinal);
            foreach (Contact contact in contacts)
            {
                if (!string.IsNullOrEmpty(contact.Id) && !seen.Add(contact.Id))
                {
                    return true;
                }
            }

            return false;
        }

        for (int i = 1; i < contacts.Count; i++)
        {
            for (int j = 0; j < i; j++)
            {
                if (!string.IsNullOrEmpty(contacts[i].Id) && string.Equals(contacts[i].Id, contacts[j].Id, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool HasDuplicateTouchpointIds(ValueList<Touchpoint> touchpoints)
    {
        if (touchpoints.Count > PairwiseLimit)
        {
            // The set is kept for the thread's next check: for thousands of touchpoints its storage is a large-object-heap
            // array, and a new one on every evaluation brought full collections. A check run while another is under way on
            // the same thread takes a set of its own.
            HashSet<string> seen = keptIds ?? new HashSet<string>(StringComparer.Ordinal);
            keptIds = null;
            try
            {
                seen.EnsureCapacity(touchpoints.Count);
                foreach (Touchpoint touchpoint in touchpoints)
                {
                    if (!string.IsNullOrEmpty(touchpoint.Id) && !seen.Add(touchpoint.Id))
                    {
                        return true;
                    }
                }

                return false;
            }
            finally
            {
                seen.Clear();
                if (seen.EnsureCapacity(0) <= MaxKeptIds)
                {
                    keptIds = seen;
                }
            }
        }

        // Pairs whose fingerprints differ hold different ids; only the others are compared character by character.
        Span<long> fingerprints = stackalloc long[touchpoints.Count];
        for (int i = 0; i < touchpoints.Count; i++)
        {
            fingerprints[i] = Fingerprint(touchpoints[i].Id);
            for (int j = 0; j < i; j++)
            {
                if (fingerprints[j] == fingerprints[i] && !string.IsNullOrEmpty(touchpoints[i].Id) && string.Equals(touchpoints[i].Id, touchpoints[j].Id, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // Equal ids have equal fingerprints: the length and the last three characters, where ids made in a sequence differ.
    private static long Fingerprint(string id)
    {
        long fingerprint = id.Length;
        for (int i = Math.Max(0, id.Length - 3); i < id.Length; i++)
        {
            fingerprint = (fingerprint << 16) | id[i];
        }

        return fingerprint;
    }

    private static void ReportDuplicates(IEnumerable<string> ids, string collection, string noun, ValidationContext<EvaluationInput> context)
    {
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        int index = 0;
        foreach (string id in ids)
        {
            if (!string.IsNullOrEmpty(id))
            {
                if (first.TryGetValue(id, out int earlier))
                {
                    context.AddFailure($"{collection}[{index}].Id", $"The {noun} id {Echo.Quote(id)} is already used by {collection}[{earlier}]; every {noun} needs its own id.");
                }
                else
                {
                    first[id] = index;
                }
            }

            index++;
        }
    }
}
