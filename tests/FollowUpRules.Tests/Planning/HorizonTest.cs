using FollowUpRules.Planning;
using NodaTime;

namespace FollowUpRules.Tests.Planning;

/// <summary>The end of a plan or an agenda: a date out of range is named as such, never blamed on the horizon's length.</summary>
public class HorizonTest
{
    [Fact]
    public void End_TodayAfterTheLastSupportedDate_SaysTheEndDateIsOutOfRange()
    {
        ArgumentException error = Should.Throw<ArgumentException>(() => Horizon.End(new LocalDate(9999, 12, 31), Period.FromMonths(1)));

        error.Message.ShouldStartWith("Today (9999-12-31) is outside the supported dates, 1900-01-01 to 2999-12-31, so the end date would be out of range.");
    }

    [Fact]
    public void End_PlanPastTheLastSupportedDate_GivesTheDateItWouldEnd()
    {
        Should.Throw<ArgumentException>(() => Horizon.End(new LocalDate(2999, 12, 1), Period.FromMonths(1))).Message
            .ShouldStartWith("The plan would end on 3000-01-01, after 2999-12-31.");
    }

    [Fact]
    public void End_TooLongAHorizon_SaysSo()
    {
        Should.Throw<ArgumentException>(() => Horizon.End(new LocalDate(2026, 11, 23), Period.FromYears(51))).Message
            .ShouldStartWith("The horizon 'P51Y' is too long; at most 50 years.");
    }
}
