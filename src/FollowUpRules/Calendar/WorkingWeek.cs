using FollowUpRules.Utility;
using NodaTime;

namespace FollowUpRules.Calendar;

/// <summary>The days of the week on which people work, for counting business days.</summary>
/// <remarks>
/// Not every country rests on Saturday and Sunday: build the week that fits with <see cref="Of"/>.
/// Instances are immutable, compare by value and are safe to share between threads.
/// </remarks>
public sealed record WorkingWeek
{
    private readonly bool[] working; // indexed by IsoDayOfWeek (1..7)

    private WorkingWeek(bool[] working) => this.working = working;

    /// <summary>Gets the usual Monday-to-Friday week.</summary>
    /// <value>Saturday and Sunday are rest days.</value>
    public static WorkingWeek MondayToFriday { get; } = Of(IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday);

    /// <summary>Gets the working days, Monday first.</summary>
    /// <value>At least one day.</value>
    public ValueList<IsoDayOfWeek> Days => ValueList<IsoDayOfWeek>.From(Enumerable.Range(1, 7).Where(d => working[d]).Select(d => (IsoDayOfWeek)d));

    /// <summary>Creates a week in which <paramref name="days"/> are the working days.</summary>
    /// <param name="days">The working days; duplicates are ignored.</param>
    /// <returns>The week.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="days"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="days"/> is empty or holds <see cref="IsoDayOfWeek.None"/> or an undefined value.</exception>
    public static WorkingWeek Of(params IEnumerable<IsoDayOfWeek> days)
    {
        Preconditions.CheckNotNull(days);
        var flags = new bool[8];
        foreach (IsoDayOfWeek day in days)
        {
            Preconditions.CheckArgument(day is >= IsoDayOfWeek.Monday and <= IsoDayOfWeek.Sunday, nameof(days), $"'{day}' is not a day of the week (Monday to Sunday).");
            flags[(int)day] = true;
        }

        Preconditions.CheckArgument(flags.Any(f => f), nameof(days), "A working week needs at least one working day.");
        return new WorkingWeek(flags);
    }

    /// <summary>Returns whether <paramref name="date"/> falls on a working day.</summary>
    /// <param name="date">The date.</param>
    /// <returns><see langword="true"/> on a working day.</returns>
    public bool IsWorkingDay(LocalDate date) => working[(int)date.DayOfWeek];

    /// <summary>Returns the date <paramref name="count"/> working days after <paramref name="date"/>.</summary>
    /// <param name="date">The start date; it does not count, whether or not it is a working day.</param>
    /// <param name="count">The number of working days, at least 0.</param>
    /// <returns>
    /// <paramref name="date"/> itself for 0; otherwise a working day. One business day after a Friday or a Saturday is the next Monday
    /// in a Monday-to-Friday week.
    /// </returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
    public LocalDate AddBusinessDays(LocalDate date, int count)
    {
        Preconditions.CheckRange(count, 0, int.MaxValue);
        LocalDate result = date;
        int remaining = count;
        while (remaining > 0)
        {
            result = result.PlusDays(1);
            if (IsWorkingDay(result))
            {
                remaining--;
            }
        }

        return result;
    }

    /// <inheritdoc />
    public bool Equals(WorkingWeek? other) => other is not null && working.AsSpan().SequenceEqual(other.working);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        int hash = 0;
        for (int d = 1; d <= 7; d++)
        {
            hash = (hash << 1) | (working[d] ? 1 : 0);
        }

        return hash;
    }

    /// <summary>Returns the working days, for diagnostics.</summary>
    /// <returns>For example <c>Monday-Friday</c> or <c>Sunday, Monday, Tuesday, Wednesday, Thursday</c>.</returns>
    public override string ToString() => this == MondayToFriday ? "Monday-Friday" : string.Join(", ", Days);
}
