using NodaTime;

namespace FollowUpRules.Planning;

/// <summary>The seeker's pauses: no step goes on a paused day.</summary>
internal sealed class PauseLimit(IEnumerable<DateInterval> pauses)
{
    private readonly DateInterval[] pauses = [.. pauses];

    /// <summary>Returns whether <paramref name="day"/> is paused, and if so the move past the pause that holds it and ends last.</summary>
    public bool Blocks(LocalDate day, out AgendaMove move)
    {
        DateInterval? found = null;
        foreach (DateInterval pause in pauses)
        {
            if (pause.Contains(day) && (found is null || pause.End > found.End))
            {
                found = pause;
            }
        }

        move = found is null ? default : new AgendaMove(day, found.End.PlusDays(1), AgendaMoveReason.Pause, found.Start, found.End);
        return found is not null;
    }
}
