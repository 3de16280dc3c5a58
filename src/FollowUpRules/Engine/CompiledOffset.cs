using FollowUpRules.Calendar;
using FollowUpRules.Rules;
using NodaTime;

namespace FollowUpRules.Engine;

/// <summary>
/// A date period split once into what adding it takes: years, then months, then days (weeks folded into days, which
/// changes nothing: both are fixed lengths). Adds and subtracts exactly as <see cref="LocalDate.Plus(Period)"/> and
/// <see cref="LocalDate.Minus(Period)"/> do, without their checks and the components that are zero.
/// </summary>
internal readonly struct CompiledPeriod
{
    // A period with a time part or with more days than an int holds takes NodaTime's own arithmetic (and its errors).
    private readonly Period? fallback;
    private readonly int years;
    private readonly int months;
    private readonly int days;

    internal CompiledPeriod(Period period)
    {
        long totalDays = (period.Weeks * 7L) + period.Days;
        if (period.HasTimeComponent || totalDays is < int.MinValue or > int.MaxValue)
        {
            fallback = period;
            return;
        }

        years = period.Years;
        months = period.Months;
        days = (int)totalDays;
    }

    /// <summary>Returns <paramref name="date"/> plus the period: as <see cref="LocalDate.Plus(Period)"/>.</summary>
    internal LocalDate AddTo(LocalDate date) => fallback is not null ? date.Plus(fallback) : Add(date, years, months, days);

    /// <summary>Returns <paramref name="date"/> minus the period: as <see cref="LocalDate.Minus(Period)"/>.</summary>
    internal LocalDate SubtractFrom(LocalDate date) => fallback is not null ? date.Minus(fallback) : Add(date, -years, -months, -days);

    private static LocalDate Add(LocalDate date, int years, int months, int days)
    {
        // The order of NodaTime's period arithmetic: years, months, then weeks and days.
        LocalDate result = years == 0 ? date : date.PlusYears(years);
        result = months == 0 ? result : result.PlusMonths(months);
        return days == 0 ? result : result.PlusDays(days);
    }
}

/// <summary>A <see cref="StepOffset"/> with its calendar part compiled: adds as <see cref="StepOffset.AddTo(LocalDate, BusinessCalendar)"/> does.</summary>
internal readonly struct CompiledOffset
{
    private readonly CompiledPeriod period;

    internal CompiledOffset(StepOffset offset)
    {
        Source = offset;
        period = new CompiledPeriod(offset.Period);
    }

    /// <summary>Gets the offset, for the explanations.</summary>
    internal StepOffset Source { get; }

    /// <summary>Returns the date this offset after <paramref name="date"/>.</summary>
    internal LocalDate AddTo(LocalDate date, BusinessCalendar calendar) =>
        Source.IsBusinessDays ? calendar.AddBusinessDays(date, Source.BusinessDays) : period.AddTo(date);

    /// <summary>Returns the offset scaled by <paramref name="factor"/>, as <see cref="StepOffset.Times(int)"/>.</summary>
    internal CompiledOffset Times(int factor) => new(Source.Times(factor));
}
