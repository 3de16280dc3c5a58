using FollowUpRules.Domain;
using FollowUpRules.Utility;

namespace FollowUpRules.Engine;

internal sealed partial class Evaluator
{
    /// <summary>
    /// The lists one evaluation collects its steps in, kept per thread between evaluations so that each starts with lists
    /// that have already grown: of the collections, only the results are allocated. An evaluation run while another is
    /// under way on the same thread (from a custom condition) gets lists of its own.
    /// </summary>
    private sealed class Workspace
    {
        // Arrays that grew beyond this (a very large input) are not kept by the thread: the step lists give theirs back to
        // the shared array pool, which a later large evaluation rents from; the others are left to the garbage collector.
        private const int MaxKeptCapacity = 1024;

        [ThreadStatic]
        private static Workspace? kept;

        private AnchorInstance?[] marks = [];
        private int marksInUse;
        private sbyte[] stopRuleVerdicts = [];
        private int verdictsInUse;

        internal PooledList<Ranked<Recommendation>> Recommendations { get; } = new(16);

        internal PooledList<Ranked<ExpiredStep>> Expired { get; } = new(16);

        internal PooledList<Ranked<SuppressedStep>> Suppressed { get; } = new(16);

        /// <summary>Gets the list the evidence of one chain is filtered into (chains do not nest).</summary>
        internal List<Touchpoint> Evidence { get; } = [];

        /// <summary>Gets the arrays the evaluation's facts are kept in.</summary>
        internal Facts.Buffers Facts { get; } = new();

        /// <summary>Returns the thread's workspace, or a new one when it is in use.</summary>
        internal static Workspace Rent()
        {
            Workspace? workspace = kept;
            kept = null;
            return workspace ?? new Workspace();
        }

        /// <summary>Returns an array of at least <paramref name="length"/> empty marks.</summary>
        internal AnchorInstance?[] Marks(int length)
        {
            if (marks.Length < length)
            {
                marks = new AnchorInstance?[length];
            }

            marksInUse = length;
            return marks;
        }

        /// <summary>Returns an array of at least <paramref name="length"/> verdicts of stop rules on contacts: 0 until known, then 1 (blocks) or -1.</summary>
        internal sbyte[] StopRuleVerdicts(int length)
        {
            if (verdictsInUse < length)
            {
                if (stopRuleVerdicts.Length < length)
                {
                    stopRuleVerdicts = new sbyte[length];
                }

                verdictsInUse = length;
            }

            return stopRuleVerdicts;
        }

        /// <summary>Empties the lists (they hold no step or touchpoint afterwards) and keeps the workspace for the thread's next evaluation.</summary>
        internal void Return()
        {
            Recommendations.ClearAndTrim(MaxKeptCapacity);
            Expired.ClearAndTrim(MaxKeptCapacity);
            Suppressed.ClearAndTrim(MaxKeptCapacity);
            Evidence.Clear();
            marks.AsSpan(0, marksInUse).Clear();
            marksInUse = 0;
            stopRuleVerdicts.AsSpan(0, verdictsInUse).Clear();
            verdictsInUse = 0;
            Facts.Clear(MaxKeptCapacity);
            if (Evidence.Capacity <= MaxKeptCapacity && marks.Length <= MaxKeptCapacity && stopRuleVerdicts.Length <= MaxKeptCapacity)
            {
                kept = this;
            }
        }
    }
}
