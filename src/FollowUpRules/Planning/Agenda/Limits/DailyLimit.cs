using NodaTime;

namespace FollowUpRules.Planning;

/// <summary>At most so many outreach steps a day.</summary>
/// <remarks>
/// Days are numbered from today. A day that reached the limit points to a later day (path-compressed), so a step skips a
/// run of full days in one look-up rather than one day at a time. Pause days never fill, so the skip stops at a pause as
/// a day-by-day walk would, and the explanation is the same: one move for the whole run of full days.
/// </remarks>
internal sealed class DailyLimit(LocalDate today, int maxPerDay)
{
    private int[] perDay = new int[64];

    // For each full day, a later day to look at; 0 for a day that is not full.
    private int[] nextWithRoom = new int[64];

    /// <summary>Returns whether day number <paramref name="offset"/> (<paramref name="day"/>) is full, and if so the move to the first day that is not.</summary>
    public bool Blocks(LocalDate day, int offset, out AgendaMove move)
    {
        if (offset < nextWithRoom.Length && nextWithRoom[offset] != 0)
        {
            move = new AgendaMove(day, today.PlusDays(FirstDayWithRoom(offset)), AgendaMoveReason.DailyLimit, default, default);
            return true;
        }

        move = default;
        return false;
    }

    /// <summary>Counts an outreach step on day number <paramref name="offset"/>.</summary>
    public void Record(int offset)
    {
        Reach(ref perDay, offset);
        if (++perDay[offset] >= maxPerDay)
        {
            Reach(ref nextWithRoom, offset);
            nextWithRoom[offset] = offset + 1;
        }
    }

    /// <summary>Grows <paramref name="days"/> (doubling it) until it has the entry <paramref name="offset"/>.</summary>
    private static void Reach(ref int[] days, int offset)
    {
        if (offset >= days.Length)
        {
            Array.Resize(ref days, Math.Max(days.Length * 2, offset + 1));
        }
    }

    /// <summary>Returns the first day after <paramref name="day"/> (a full day) that is not full, compressing the path it took.</summary>
    private int FirstDayWithRoom(int day)
    {
        int next = nextWithRoom[day];
        while (next < nextWithRoom.Length && nextWithRoom[next] != 0)
        {
            next = nextWithRoom[next];
        }

        // Point every day on the way straight at the answer, so the next look-up is one step.
        int walk = day;
        while (walk != next)
        {
            int following = nextWithRoom[walk];
            nextWithRoom[walk] = next;
            walk = following;
        }

        return next;
    }
}
