using FollowUpRules.Utility;
using NodaTime;

namespace FollowUpRules.Planning;

/// <summary>At least so many days between two asks to one person.</summary>
internal sealed class SpacingLimit : IDisposable
{
    private readonly LocalDate today;
    private readonly int spacing;

    // Per person (by number), their last ask; each ask points to the ask to the same person before it (-1 for none).
    private readonly PooledList<int> lastAsk;
    private readonly PooledList<(int Day, int Previous)> asks;

    /// <summary>Initializes the limit for <paramref name="people"/> people and up to <paramref name="steps"/> asks.</summary>
    public SpacingLimit(LocalDate today, int spacing, int people, int steps)
    {
        this.today = today;
        this.spacing = spacing;
        lastAsk = new PooledList<int>(people, -1);
        asks = new PooledList<(int Day, int Previous)>(steps);
    }

    /// <summary>Returns whether <paramref name="person"/> was asked fewer than the spacing's days from day number <paramref name="offset"/> (<paramref name="day"/>), and if so the move to the first day far enough from the latest such ask.</summary>
    public bool Blocks(int person, LocalDate day, int offset, out AgendaMove move)
    {
        if (spacing > 0 && LastAskWithin(lastAsk[person], offset) is int asked)
        {
            move = new AgendaMove(day, today.PlusDays(asked + spacing), AgendaMoveReason.Spacing, today.PlusDays(asked), default);
            return true;
        }

        move = default;
        return false;
    }

    /// <summary>Counts an ask to <paramref name="person"/> on day number <paramref name="offset"/>.</summary>
    public void Record(int person, int offset)
    {
        asks.Add((offset, lastAsk[person]));
        lastAsk.Items[person] = asks.Count - 1;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        lastAsk.Dispose();
        asks.Dispose();
    }

    /// <summary>Returns the latest ask along the chain from <paramref name="last"/> fewer than the spacing's days from <paramref name="day"/>, before or after it, or <see langword="null"/>.</summary>
    private int? LastAskWithin(int last, int day)
    {
        int? latest = null;
        for (int at = last; at >= 0; at = asks[at].Previous)
        {
            int date = asks[at].Day;
            if (Math.Abs(day - date) < spacing && (latest is null || date > latest.Value))
            {
                latest = date;
            }
        }

        return latest;
    }
}
