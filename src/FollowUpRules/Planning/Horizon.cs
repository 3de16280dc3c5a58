using FollowUpRules.Utility;
using FollowUpRules.Validation;
using NodaTime;

namespace FollowUpRules.Planning;

/// <summary>The one check of a planning horizon, shared by the plan and the agenda.</summary>
internal static class Horizon
{
    /// <summary>Returns <paramref name="today"/> plus <paramref name="horizon"/>, after checking the horizon is a positive date period that ends by <see cref="Limits.MaxDate"/>.</summary>
    internal static LocalDate End(LocalDate today, Period horizon)
    {
        Preconditions.CheckNotNull(horizon);
        Preconditions.CheckArgument(!horizon.HasTimeComponent && horizon.Years >= 0 && horizon.Months >= 0 && horizon.Weeks >= 0 && horizon.Days >= 0 && !horizon.Equals(Period.Zero), nameof(horizon), $"The horizon must be a positive period of years, months, weeks and days; '{horizon}' is not.");
        Preconditions.CheckArgument(today >= Limits.MinDate && today <= Limits.MaxDate, nameof(today), $"Today ({today:uuuu-MM-dd}) is outside the supported dates, {Limits.MinDate:uuuu-MM-dd} to {Limits.MaxDate:uuuu-MM-dd}, so the end date would be out of range.");
        Preconditions.CheckArgument(horizon.Years <= Limits.MaxYears && horizon.Months <= Limits.MaxMonths && horizon.Weeks <= Limits.MaxWeeks && horizon.Days <= Limits.MaxDays, nameof(horizon), $"The horizon '{horizon}' is too long; at most {Limits.MaxYears} years.");
        LocalDate until = today.Plus(horizon);
        Preconditions.CheckArgument(until <= Limits.MaxDate, nameof(horizon), $"The plan would end on {until:uuuu-MM-dd}, after {Limits.MaxDate:uuuu-MM-dd}.");
        return until;
    }
}
