using FollowUpRules.Engine;
using FollowUpRules.Rules;
using NodaTime;

namespace FollowUpRules.Planning;

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
