using System.Runtime.InteropServices;
using FollowUpRules.Engine;
using FollowUpRules.Utility;

namespace FollowUpRules.Planning;

/// <summary>Merging the same person's step across the applications at one company into one item.</summary>
/// <remarks>
/// The rule: one touch to a person does the step for every application at their company. So the same step (same rule,
/// same person) pending for several applications there is one item listing them all; the k-th such step of each
/// application, by due date, are merged together. Steps not to a person merge only with an equal step of their own application.
/// </remarks>
public sealed partial class FollowUpAgenda
{
    /// <summary>Makes one item of the steps that are one touch: the same person step pending for several applications at one company.</summary>
    private PooledList<Pending> Merge(PooledList<Candidate> candidates, Portfolio portfolio)
    {
        // Steps are only ever merged within a company, so the companies are split among the agenda's threads (by number,
        // modulo the number of parts), each part merging its own; the parts' items are then put together in the order of
        // their first candidate, as one part alone would give them.
        int parts = Math.Min(parallel.MaxDegreeOfParallelism, Math.Max(1, candidates.Count / 4_096));
        using var nextList = new PooledList<int>(candidates.Count, -1);
        using var personList = new PooledList<int>(candidates.Count, -1);
        var merged = new PooledList<Pending>[parts];
        try
        {
            if (parts == 1)
            {
                merged[0] = MergePart(candidates, nextList, personList, portfolio, 0, 1);
                return merged[0];
            }

            Parallel.For(0, parts, parallel, part => merged[part] = MergePart(candidates, nextList, personList, portfolio, part, parts));
            var pending = new PooledList<Pending>(candidates.Count);
            Span<int> at = stackalloc int[parts];
            while (true)
            {
                int next = -1;
                for (int part = 0; part < parts; part++)
                {
                    if (at[part] < merged[part].Count && (next < 0 || merged[part][at[part]].Head < merged[next][at[next]].Head))
                    {
                        next = part;
                    }
                }

                if (next < 0)
                {
                    return pending;
                }

                pending.Add(merged[next][at[next]++]);
            }
        }
        finally
        {
            if (parts > 1)
            {
                foreach (PooledList<Pending>? part in merged)
                {
                    part?.Dispose();
                }
            }
        }
    }

    /// <summary>Merges the candidates of the companies whose number is <paramref name="part"/> modulo <paramref name="parts"/>.</summary>
    /// <returns>The part's items, in the order of their first candidate.</returns>
    private static PooledList<Pending> MergePart(PooledList<Candidate> candidates, PooledList<int> nextList, PooledList<int> personList, Portfolio portfolio, int part, int parts)
    {
        // A step to a person is one touch for every application at the company (same rule, same person): each person at a
        // company is numbered (interleaved with the other parts' numbers), and each (person, rule) keeps the last candidate
        // of its group. Any other step is its application's own, merged only with an equal step of the same application
        // (the candidates of one application are next to each other). Each group is a chain of candidate indexes (next[i]),
        // in candidate order; groups keep the order of their first candidate. The chains and each candidate's person number
        // (personOf[i]) are shared by the parts, each writing only its own candidates' entries. Per person, the last candidate
        // of each rule is found along a chain of (rule, candidate) entries that starts at lastOf[the person's number here]:
        // a person has steps of a few rules, and the pooled arrays are not allocated afresh on every build as a dictionary's are.
        var people = new Dictionary<PersonAtCompany, int>();
        using var lastOf = new PooledList<int>(candidates.Count / parts);
        using var lastOfRule = new PooledList<LastOfRule>(candidates.Count / parts);
        using var first = new PooledList<int>(candidates.Count / parts);

        ReadOnlySpan<Candidate> all = candidates.Items;
        Span<int> next = nextList.Items;
        Span<int> personOf = personList.Items;
        int applicationStart = 0;
        for (int i = 0; i < all.Length; i++)
        {
            ref readonly Candidate candidate = ref all[i];
            if (i > 0 && all[i - 1].Application != candidate.Application)
            {
                applicationStart = i;
            }

            if (candidate.Company % parts != part)
            {
                continue;
            }

            int tail = -1;
            if (candidate.PersonId is not null)
            {
                var who = new PersonAtCompany(candidate.Company, candidate.PersonHash, candidate.PersonId);
                ref int person = ref CollectionsMarshal.GetValueRefOrAddDefault(people, who, out bool known);
                if (!known)
                {
                    person = ((people.Count - 1) * parts) + part;
                    lastOf.Add(-1);
                }

                personOf[i] = person;
                ref int chain = ref lastOf.Items[person / parts];
                int entry = chain;
                while (entry >= 0 && lastOfRule[entry].Rule != candidate.Rule)
                {
                    entry = lastOfRule[entry].Next;
                }

                if (entry >= 0)
                {
                    tail = lastOfRule[entry].Candidate;
                    lastOfRule.Items[entry].Candidate = i;
                }
                else
                {
                    lastOfRule.Add(new LastOfRule(candidate.Rule, i, chain));
                    chain = lastOfRule.Count - 1;
                }
            }
            else
            {
                for (int j = applicationStart; j < i; j++)
                {
                    ref readonly Candidate other = ref all[j];
                    if (other.PersonId is null && other.Rule == candidate.Rule && SameStep(other.Recommendation, candidate.Recommendation))
                    {
                        tail = j;
                        while (next[tail] >= 0)
                        {
                            tail = next[tail];
                        }

                        break;
                    }
                }
            }

            if (tail >= 0)
            {
                next[tail] = i;
            }
            else
            {
                first.Add(i);
            }
        }

        var pending = new PooledList<Pending>(first.Count);
        var group = new List<int>();
        var touch = new List<int>();
        foreach (int head in first.Items)
        {
            if (next[head] < 0)
            {
                ref readonly Candidate only = ref all[head];
                pending.Add(new Pending(only, head, only.Application, personOf[head], portfolio.IdsOf(only.Application)));
                continue;
            }

            group.Clear();
            for (int i = head; i >= 0; i = next[i])
            {
                group.Add(i);
            }

            MergeGroup(all, group, touch, head, personOf[head], portfolio, pending);
        }

        return pending;
    }

    /// <summary>Tells whether two steps of one application, not to a person and of the same rule, are the same step.</summary>
    private static bool SameStep(Recommendation a, Recommendation b) =>
        StepOrder.CompareTargets(a.Target, b.Target) == 0 && a.AnchorKey == b.AnchorKey && a.Occurrence == b.Occurrence;

    /// <summary>The k-th step of each application in the group (by due date) are one touch.</summary>
    /// <param name="all">The candidates.</param>
    /// <param name="group">The indexes of the group's candidates, in candidate order; sorted in place.</param>
    /// <param name="touch">A list to work in.</param>
    /// <param name="head">The group's first candidate.</param>
    /// <param name="person">The number of the person the group's steps are to, or -1.</param>
    /// <param name="portfolio">The applications.</param>
    /// <param name="pending">Where the touches go.</param>
    private static void MergeGroup(ReadOnlySpan<Candidate> all, List<int> group, List<int> touch, int head, int person, Portfolio portfolio, PooledList<Pending> pending)
    {
        // The candidates of one application are next to each other, so each application's steps are a run of the group,
        // the runs in application order. Each run is sorted by due date.
        int ranks = 0;
        for (int start = 0; start < group.Count;)
        {
            int end = start + 1;
            while (end < group.Count && all[group[end]].Application == all[group[start]].Application)
            {
                end++;
            }

            for (int i = start + 1; i < end; i++)
            {
                // Insertion sort, which keeps the order of equal steps: a run is a few steps long.
                int item = group[i];
                int j = i - 1;
                while (j >= start && CompareWithinApplication(all[group[j]], all[item]) > 0)
                {
                    group[j + 1] = group[j];
                    j--;
                }

                group[j + 1] = item;
            }

            ranks = Math.Max(ranks, end - start);
            start = end;
        }

        for (int rank = 0; rank < ranks; rank++)
        {
            // The rank-th step of each application, sorted by due date then application (numbered in the ordinal order of
            // their ids), keeping the order of equal ones.
            touch.Clear();
            for (int start = 0; start < group.Count;)
            {
                int end = start + 1;
                while (end < group.Count && all[group[end]].Application == all[group[start]].Application)
                {
                    end++;
                }

                if (rank < end - start)
                {
                    int item = group[start + rank];
                    int j = touch.Count - 1;
                    touch.Add(item);
                    while (j >= 0 && CompareAcrossApplications(all[touch[j]], all[item]) > 0)
                    {
                        touch[j + 1] = touch[j];
                        j--;
                    }

                    touch[j + 1] = item;
                }

                start = end;
            }

            ref readonly Candidate chosen = ref all[touch[0]];
            if (touch.Count == 1)
            {
                pending.Add(new Pending(chosen, head, chosen.Application, person, portfolio.IdsOf(chosen.Application)));
                continue;
            }

            int[] members = new int[touch.Count];
            for (int i = 0; i < members.Length; i++)
            {
                members[i] = all[touch[i]].Application;
            }

            Array.Sort(members);
            string[] ids = new string[members.Length];
            for (int i = 0; i < ids.Length; i++)
            {
                ids[i] = portfolio.Inputs[members[i]].Application.Id;
            }

            pending.Add(new Pending(chosen, head, members[0], person, ValueList<string>.Wrap(ids)));
        }
    }

    /// <summary>Orders the steps of one application in a group: by due date, anchor and occurrence.</summary>
    private static int CompareWithinApplication(in Candidate a, in Candidate b)
    {
        int c = a.Due.CompareTo(b.Due);
        if (c == 0)
        {
            c = string.CompareOrdinal(a.Recommendation.AnchorKey, b.Recommendation.AnchorKey);
        }

        return c != 0 ? c : a.Recommendation.Occurrence.CompareTo(b.Recommendation.Occurrence);
    }

    /// <summary>Orders the steps of one touch: by due date, then application.</summary>
    private static int CompareAcrossApplications(in Candidate a, in Candidate b)
    {
        int c = a.Due.CompareTo(b.Due);
        return c != 0 ? c : a.Application.CompareTo(b.Application);
    }

    /// <summary>
    /// A step to schedule: the candidate chosen to stand for the applications whose ids are given (<c>FirstApplication</c> is
    /// the lowest number among them), the first candidate of its group (<c>Head</c>), and the number of the person it is to,
    /// or -1.
    /// </summary>
    private readonly record struct Pending(Candidate Step, int Head, int FirstApplication, int Person, ValueList<string> ApplicationIds);

    /// <summary>The last candidate of a rule for one person, and the person's entry for another rule (-1 when none): see MergePart.</summary>
    private record struct LastOfRule(int Rule, int Candidate, int Next);

    /// <summary>A person at one company, by contact id.</summary>
    private readonly struct PersonAtCompany(int company, int hash, string id) : IEquatable<PersonAtCompany>
    {
        private readonly int company = company;
        private readonly int hash = hash;
        private readonly string id = id;

        public bool Equals(PersonAtCompany other) => company == other.company && hash == other.hash && string.Equals(id, other.id, StringComparison.Ordinal);

        public override bool Equals(object? obj) => obj is PersonAtCompany other && Equals(other);

        public override int GetHashCode() => HashCode.Combine(company, hash);
    }
}
