using System.Runtime.InteropServices;
using NodaTime;

namespace FollowUpRules.Planning;

/// <summary>At most so many steps to one company in an ISO week (Monday to Sunday).</summary>
internal sealed class CompanyWeekLimit(LocalDate today, int maxPerWeek)
{
    private readonly int todayNumber = AgendaDays.DayNumber(today);
    private readonly Dictionary<long, int> perCompanyWeek = [];

    /// <summary>Returns whether the week of day number <paramref name="offset"/> (<paramref name="day"/>) is full for <paramref name="company"/>, and if so the move to the next Monday.</summary>
    public bool Blocks(int company, LocalDate day, int offset, out AgendaMove move)
    {
        if (perCompanyWeek.GetValueOrDefault(CompanyWeek(company, todayNumber + offset)) >= maxPerWeek)
        {
            move = new AgendaMove(day, today.PlusDays(NextMonday(todayNumber + offset) - todayNumber), AgendaMoveReason.WeeklyLimit, default, default);
            return true;
        }

        move = default;
        return false;
    }

    /// <summary>Counts a step to <paramref name="company"/> on day number <paramref name="offset"/>.</summary>
    public void Record(int company, int offset) =>
        CollectionsMarshal.GetValueRefOrAddDefault(perCompanyWeek, CompanyWeek(company, todayNumber + offset), out _)++;

    /// <summary>Returns a key for the ISO week of day number <paramref name="dayNumber"/> (see <see cref="AgendaDays.DayNumber"/>) at one company.</summary>
    /// <remarks>Day numbers count from Monday 0001-01-01, so a day's ISO week is its number divided by 7.</remarks>
    private static long CompanyWeek(int company, int dayNumber) => ((long)company << 32) | (uint)(dayNumber / 7);

    /// <summary>Returns the number of the Monday after the ISO week of day number <paramref name="dayNumber"/>.</summary>
    private static int NextMonday(int dayNumber) => ((dayNumber / 7) + 1) * 7;
}
