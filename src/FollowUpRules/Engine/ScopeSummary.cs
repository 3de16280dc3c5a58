using FollowUpRules.Domain;
using NodaTime;

namespace FollowUpRules.Engine;

/// <summary>
/// The latest date of each touchpoint kind (and of each reply outcome) among a set of touchpoints, so that conditions
/// such as "a reply was received" or "a congratulations was recorded (since the anchor)" cost one look-up instead of a scan.
/// Built once per scope and evaluation, and only for scopes large enough to be worth it.
/// </summary>
internal sealed class ScopeSummary
{
    /// <summary>Scopes with at most this many touchpoints are scanned instead: building a summary costs more.</summary>
    internal const int ScanLimit = 16;

    private static readonly int KindCount = MaxOf<TouchpointKind>() + 1;
    private static readonly int OutcomeCount = MaxOf<ReplyOutcome>() + 1;

    private readonly LocalDate?[] latestByKind = new LocalDate?[KindCount];
    private readonly LocalDate?[] latestReplyByOutcome = new LocalDate?[OutcomeCount];

    internal ScopeSummary(ReadOnlySpan<Touchpoint> touchpoints)
    {
        // By date, so the last write of each is the latest.
        for (int i = 0; i < touchpoints.Length; i++)
        {
            Touchpoint t = touchpoints[i];
            int kind = (int)t.Kind;
            if ((uint)kind < (uint)KindCount)
            {
                latestByKind[kind] = t.Date;
            }

            if (t.Kind == TouchpointKind.Reply && t.Outcome is { } outcome && (uint)(int)outcome < (uint)OutcomeCount)
            {
                latestReplyByOutcome[(int)outcome] = t.Date;
            }
        }
    }

    /// <summary>Returns the date of the latest touchpoint of <paramref name="kind"/>, if any.</summary>
    internal LocalDate? Latest(TouchpointKind kind) => (uint)(int)kind < (uint)KindCount ? latestByKind[(int)kind] : null;

    /// <summary>Returns the date of the latest reply with <paramref name="outcome"/> (any outcome when <see langword="null"/>), if any.</summary>
    internal LocalDate? LatestReply(ReplyOutcome? outcome) =>
        outcome is not { } o ? Latest(TouchpointKind.Reply) : (uint)(int)o < (uint)OutcomeCount ? latestReplyByOutcome[(int)o] : null;

    private static int MaxOf<T>()
        where T : struct, Enum
    {
        int max = 0;
        foreach (T value in Enum.GetValues<T>())
        {
            max = Math.Max(max, Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture));
        }

        return max;
    }
}
