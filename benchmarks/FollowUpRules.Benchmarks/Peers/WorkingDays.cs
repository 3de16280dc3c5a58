using NodaTime;

namespace FollowUpRules.Benchmarks.Peers;

/// <summary>
/// Business-day arithmetic over the default playbook's Monday-to-Friday week, without holidays (the default playbook has
/// no holiday calendars): what neither peer has built in. RulesEngine calls it from its expressions as a custom type
/// (<c>ReSettings.CustomTypes</c>, its documented extension point); NRules rules call it from their C# conditions.
/// </summary>
public static class WorkingDays
{
    /// <summary>Returns <paramref name="date"/>, or the Monday after it when it falls on a weekend.</summary>
    /// <param name="date">The date (its time of day is dropped).</param>
    /// <returns>A business day.</returns>
    public static DateTime Following(DateTime date) => Following(LocalDate.FromDateTime(date)).ToDateTimeUnspecified();

    /// <summary>Returns the date <paramref name="days"/> business days after <paramref name="date"/>.</summary>
    /// <param name="date">The date to count from (its time of day is dropped).</param>
    /// <param name="days">The number of business days; at least 1.</param>
    /// <returns>A business day.</returns>
    public static DateTime Add(DateTime date, int days) => Add(LocalDate.FromDateTime(date), days).ToDateTimeUnspecified();

    /// <summary>Returns <paramref name="date"/>, or the Monday after it when it falls on a weekend.</summary>
    /// <param name="date">The date.</param>
    /// <returns>A business day.</returns>
    public static LocalDate Following(LocalDate date) => date.DayOfWeek switch
    {
        IsoDayOfWeek.Saturday => date.PlusDays(2),
        IsoDayOfWeek.Sunday => date.PlusDays(1),
        _ => date,
    };

    /// <summary>Returns the date <paramref name="days"/> business days after <paramref name="date"/>.</summary>
    /// <param name="date">The date to count from.</param>
    /// <param name="days">The number of business days; at least 1.</param>
    /// <returns>A business day.</returns>
    public static LocalDate Add(LocalDate date, int days)
    {
        for (int left = days; left > 0;)
        {
            date = date.PlusDays(1);
            if (date.DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday))
            {
                left--;
            }
        }

        return date;
    }
}
