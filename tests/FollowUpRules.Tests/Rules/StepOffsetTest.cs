using FollowUpRules.Calendar;
using FollowUpRules.Rules;
using NodaTime;
using NodaTime.Text;

namespace FollowUpRules.Tests.Rules;

public partial class StepOffsetTest
{
    [Theory]
    [InlineData("2026-01-31", 1, "2026-02-28")] // month end truncates
    [InlineData("2028-01-31", 1, "2028-02-29")] // leap year
    [InlineData("2026-11-30", 3, "2027-02-28")]
    [InlineData("2027-11-30", 3, "2028-02-29")]
    [InlineData("2026-12-31", 2, "2027-02-28")]
    [InlineData("2026-10-31", 2, "2026-12-31")]
    public void AddTo_Months_TruncatesAtMonthEnd(string start, int months, string expected)
    {
        StepOffset.FromMonths(months).AddTo(Parse(start), WorkingWeek.MondayToFriday).ShouldBe(Parse(expected));
    }

    [Fact]
    public void AddTo_LeapDayPlusAYear_IsFebruary28()
    {
        StepOffset.FromPeriod(Period.FromYears(1)).AddTo(Parse("2028-02-29"), WorkingWeek.MondayToFriday).ShouldBe(Parse("2029-02-28"));
    }

    [Fact]
    public void AddTo_BusinessDays_UsesTheWorkingWeek()
    {
        StepOffset.FromBusinessDays(1).AddTo(Parse("2026-11-20"), WorkingWeek.MondayToFriday).ShouldBe(Parse("2026-11-23"));
        StepOffset.FromBusinessDays(1).AddTo(Parse("2026-11-20"), WorkingWeek.Of(IsoDayOfWeek.Saturday)).ShouldBe(Parse("2026-11-21"));
    }

    [Fact]
    public void Times_MultipliesEachComponent()
    {
        StepOffset.FromPeriod(Period.FromMonths(1) + Period.FromDays(2)).Times(3).Period.ShouldBe(Period.FromMonths(3) + Period.FromDays(6));
        StepOffset.FromBusinessDays(2).Times(4).BusinessDays.ShouldBe(8);
    }

    [Fact]
    public void Equality_IsStructural_LikePeriod()
    {
        StepOffset.FromDays(7).ShouldBe(StepOffset.FromPeriod(Period.FromDays(7)));
        StepOffset.FromDays(7).ShouldNotBe(StepOffset.FromWeeks(1));
        StepOffset.Zero.ShouldBe(StepOffset.FromDays(0));
        StepOffset.FromDays(1).Equals((object)StepOffset.FromDays(1)).ShouldBeTrue();
    }

    [Theory]
    [InlineData(0, 0, 0, 0, "same day")]
    [InlineData(0, 3, 0, 0, "3 months")]
    [InlineData(1, 0, 1, 2, "1 year 1 week 2 days")]
    public void ToString_ReadsLikeEnglish(int years, int months, int weeks, int days, string expected)
    {
        StepOffset.FromPeriod(new PeriodBuilder { Years = years, Months = months, Weeks = weeks, Days = days }.Build()).ToString().ShouldBe(expected);
    }

    [Fact]
    public void ToString_BusinessDays()
    {
        StepOffset.FromBusinessDays(1).ToString().ShouldBe("1 business day");
        StepOffset.FromBusinessDays(2).ToString().ShouldBe("2 business days");
    }

    [Fact]
    public void Factories_RejectNegativeAndTimeParts()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => StepOffset.FromDays(-1)).Message.ShouldStartWith("Value must be in the range [0, 2147483647].");
        Should.Throw<ArgumentOutOfRangeException>(() => StepOffset.FromBusinessDays(0));
        Should.Throw<ArgumentException>(() => StepOffset.FromPeriod(Period.FromHours(4))).Message.ShouldStartWith("An offset is counted in whole days; 'PT4H' has a time part.");
        Should.Throw<ArgumentException>(() => StepOffset.FromPeriod(Period.FromMonths(-1))).Message.ShouldStartWith("An offset points forward in time; 'P-1M' has a negative component.");
    }

    private static LocalDate Parse(string text) => LocalDatePattern.Iso.Parse(text).Value;
}
