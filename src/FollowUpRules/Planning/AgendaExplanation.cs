using FollowUpRules.Engine;
using FollowUpRules.Rules;
using FollowUpRules.Utility;
using NodaTime;

namespace FollowUpRules.Planning;

/// <summary>Why a step was moved to a later day.</summary>
internal enum MoveReason
{
    Pause,
    DailyLimit,
    WeeklyLimit,
    Spacing,
}

/// <summary>One move of a step from one day to a later one; <c>First</c> and <c>Second</c> are the pause's days, or the last ask's day.</summary>
internal readonly record struct AgendaMove(LocalDate From, LocalDate To, MoveReason Reason, LocalDate First, LocalDate Second)
{
    /// <summary>Returns whether <paramref name="next"/> continues this move for the same reason (the same pause, full day after full day).</summary>
    public bool ContinuedBy(AgendaMove next) => To == next.From && Reason == next.Reason && First == next.First && Second == next.Second;
}

/// <summary>
/// The sentences of an <see cref="AgendaItem"/> that say why it sits on its day, kept as the moves that put it there and
/// written on first read: an agenda of many steps pushed by the limits allocates them only for the items someone reads.
/// </summary>
/// <remarks>Thread-safe: two first reads at once write the same sentences, and either is kept.</remarks>
internal sealed class AgendaExplanation
{
    private readonly AgendaMove[] moves;
    private readonly MoveReason? pushedPastLatestBy;
    private readonly LocalDate latest;
    private readonly string companyName;
    private readonly string personName;
    private readonly AgendaSentences sentences;
    private string[]? lines;

    internal AgendaExplanation(AgendaMove[] moves, MoveReason? pushedPastLatestBy, LocalDate latest, string companyName, string personName, AgendaSentences sentences)
    {
        this.moves = moves;
        this.pushedPastLatestBy = pushedPastLatestBy;
        this.latest = latest;
        this.companyName = companyName;
        this.personName = personName;
        this.sentences = sentences;
    }

    /// <summary>Gets the sentences, one per move and one more if the step ends past its latest date.</summary>
    public ValueList<string> Lines => ValueList<string>.Wrap(lines ??= sentences.Explain(moves, pushedPastLatestBy, latest, companyName, personName));
}

/// <summary>Writes the sentences of agenda moves for one set of limits; the sentences that do not depend on the step are written once.</summary>
internal sealed class AgendaSentences(OutreachLimits limits)
{
    private readonly string dailyLimit = $"the daily limit of {Count(limits.MaxPerDay, "outreach step")} was reached";
    private readonly string weeklySteps = Count(limits.MaxPerCompanyPerWeek, "step");
    private readonly string spacingDays = Count(limits.MinSpacingPerPerson.Days, "day");

    public string[] Explain(AgendaMove[] moves, MoveReason? pushedPastLatestBy, LocalDate latest, string companyName, string personName)
    {
        string[] lines = new string[moves.Length + (pushedPastLatestBy is null ? 0 : 1)];
        for (int i = 0; i < moves.Length; i++)
        {
            AgendaMove m = moves[i];
            string reason = m.Reason switch
            {
                MoveReason.Pause => $"you paused everything from {Describe.Date(m.First)} to {Describe.Date(m.Second)}",
                MoveReason.DailyLimit => dailyLimit,
                MoveReason.WeeklyLimit => $"at most {weeklySteps} to {companyName} per week",
                _ => $"{personName} was asked something on {Describe.Date(m.First)}; at least {spacingDays} between asks",
            };
            lines[i] = $"Moved from {Describe.Date(m.From)} to {Describe.Date(m.To)}: {reason}.";
        }

        if (pushedPastLatestBy is { } cause)
        {
            string by = cause switch
            {
                MoveReason.Pause => "your pause",
                MoveReason.DailyLimit => "the daily limit",
                MoveReason.WeeklyLimit => $"the weekly limit for {companyName}",
                _ => $"the spacing between asks to {personName}",
            };
            lines[^1] = $"This is after its latest date, {Describe.Date(latest)}: {by} pushed it past.";
        }

        return lines;
    }

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";
}
