using FollowUpRules.Utility;
using NodaTime;

namespace FollowUpRules.Planning;

/// <summary>The days of an agenda: its items grouped by day.</summary>
internal static class AgendaDays
{
    /// <summary>Groups the items by day, in date order; within a day, in the order they were scheduled.</summary>
    internal static List<AgendaDay> ByDay(PooledList<AgendaItem> placed, PooledList<int> placedOn)
    {
        // A counting sort on the day numbers (the days from today), which keeps the scheduling order within a day.
        int lastDay = 0;
        foreach (int offset in placedOn.Items)
        {
            lastDay = Math.Max(lastDay, offset);
        }

        using var startList = new PooledList<int>(lastDay + 2, 0);
        Span<int> starts = startList.Items;
        foreach (int offset in placedOn.Items)
        {
            starts[offset + 1]++;
        }

        var days = new List<AgendaDay>();
        for (int offset = 0; offset <= lastDay; offset++)
        {
            int count = starts[offset + 1];
            starts[offset + 1] = starts[offset] + count;
            if (count > 0)
            {
                days.Add(null!);
            }
        }

        // starts[d] is now where day d's items begin; fill each day's array in scheduling order.
        using var itemsList = new PooledList<AgendaItem[]?>(lastDay + 1, null);
        Span<AgendaItem[]?> itemsOf = itemsList.Items;
        using var filledList = new PooledList<int>(lastDay + 1, 0);
        Span<int> filled = filledList.Items;
        for (int i = 0; i < placed.Count; i++)
        {
            int offset = placedOn[i];
            AgendaItem[] items = itemsOf[offset] ??= new AgendaItem[starts[offset + 1] - starts[offset]];
            items[filled[offset]++] = placed[i];
        }

        int at = 0;
        foreach (AgendaItem[]? items in itemsOf)
        {
            if (items is not null)
            {
                days[at++] = new AgendaDay(items[0].Date, ValueList<AgendaItem>.Wrap(items));
            }
        }

        return days;
    }

    /// <summary>Returns the day number of <paramref name="date"/>: days since 0001-01-01.</summary>
    internal static int DayNumber(LocalDate date) => date.ToDateOnly().DayNumber;
}
