using FollowUpRules.Domain;
using FollowUpRules.Engine;
using FollowUpRules.Rules;
using NodaTime;

namespace FollowUpRules.Planning;

/// <summary>
/// The sentences of an <see cref="AgendaItem"/> that say why it sits on its day, kept as the moves that put it there and
/// written on first read: an agenda of many steps pushed by the limits allocates them only for the items someone reads.
/// </summary>
/// <remarks>Thread-safe: two first reads at once write the same sentences, and either is kept.</remarks>
internal sealed class AgendaExplanation
{
    // Most items move once: the first move is kept inline, any others in an array.
    private readonly AgendaMove first;
    private readonly AgendaMove[]? rest;
    private readonly AgendaMoveReason? pushedPastLatestBy;

    // The names and the latest date are read from these when the sentences are written, not when the agenda is built:
    // reading them then would visit two more objects per moved item.
    private readonly Recommendation step;
    private readonly Application application;
    private readonly AgendaSentences sentences;
    private string[]? lines;

    /// <summary>Initializes the explanation of <paramref name="step"/> of <paramref name="application"/>, moved by <paramref name="moves"/> (at least one), in order.</summary>
    internal AgendaExplanation(ReadOnlySpan<AgendaMove> moves, AgendaMoveReason? pushedPastLatestBy, Recommendation step, Application application, AgendaSentences sentences)
    {
        first = moves[0];
        rest = moves.Length > 1 ? moves[1..].ToArray() : null;
        this.pushedPastLatestBy = pushedPastLatestBy;
        this.step = step;
        this.application = application;
        this.sentences = sentences;
    }

    /// <summary>Gets the moves, in order.</summary>
    public ValueList<AgendaMove> Moves => ValueList<AgendaMove>.Wrap(rest is null ? [first] : [first, .. rest]);

    /// <summary>Gets the sentences, one per move and one more if the step ends past its latest date.</summary>
    public ValueList<string> Lines =>
        ValueList<string>.Wrap(lines ??= sentences.Explain(first, rest ?? [], pushedPastLatestBy, step.Latest, application.CompanyName, step.Target.Name));
}

/// <summary>Writes the sentences of agenda moves for one set of limits; the sentences that do not depend on the step are written once.</summary>
internal sealed class AgendaSentences(OutreachLimits limits)
{
    private readonly string dailyLimit = $"the daily limit of {Count(limits.MaxPerDay, "outreach step")} was reached";
    private readonly string weeklySteps = Count(limits.MaxPerCompanyPerWeek, "step");
    private readonly string spacingDays = Count(limits.MinSpacingPerPerson.Days, "day");

    /// <summary>Returns one sentence per move (<paramref name="first"/>, then <paramref name="rest"/>) and one more if the step ends past its latest date.</summary>
    public string[] Explain(AgendaMove first, AgendaMove[] rest, AgendaMoveReason? pushedPastLatestBy, LocalDate latest, string companyName, string personName)
    {
        string[] lines = new string[1 + rest.Length + (pushedPastLatestBy is null ? 0 : 1)];
        lines[0] = Moved(first, companyName, personName);
        for (int i = 0; i < rest.Length; i++)
        {
            lines[i + 1] = Moved(rest[i], companyName, personName);
        }

        if (pushedPastLatestBy is { } cause)
        {
            string by = cause switch
            {
                AgendaMoveReason.Pause => "your pause",
                AgendaMoveReason.DailyLimit => "the daily limit",
                AgendaMoveReason.WeeklyLimit => $"the weekly limit for {companyName}",
                _ => $"the spacing between asks to {personName}",
            };
            lines[^1] = $"This is after its latest date, {Describe.Date(latest)}: {by} pushed it past.";
        }

        return lines;
    }

    private string Moved(AgendaMove m, string companyName, string personName)
    {
        string reason = m.Reason switch
        {
            AgendaMoveReason.Pause => $"you paused everything from {Describe.Date(m.First)} to {Describe.Date(m.Second)}",
            AgendaMoveReason.DailyLimit => dailyLimit,
            AgendaMoveReason.WeeklyLimit => $"at most {weeklySteps} to {companyName} per week",
            _ => $"{personName} was asked something on {Describe.Date(m.First)}; at least {spacingDays} between asks",
        };
        return $"Moved from {Describe.Date(m.From)} to {Describe.Date(m.To)}: {reason}.";
    }

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";
}
