using FollowUpRules.Engine;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace FollowUpRules.Tests.Engine;

// The engine's compiled periods must add and subtract exactly as NodaTime's Period does: checked against NodaTime itself.
public class CompiledPeriodTest
{
    [Property(MaxTest = 5_000, Arbitrary = [typeof(DatesAndPeriods)])]
    public bool AddToAndSubtractFrom_EqualNodaTimesPlusAndMinus(LocalDate date, Period period)
    {
        var compiled = new CompiledPeriod(period);
        return compiled.AddTo(date) == date.Plus(period) && compiled.SubtractFrom(date) == date.Minus(period);
    }

    [Theory]
    [InlineData(2024, 2, 29, "P1Y1M")] // years before months: Feb 28 2025, then Mar 28 (not Mar 29)
    [InlineData(2024, 1, 31, "P1M")]
    [InlineData(2023, 3, 31, "P1Y1M1W1D")]
    [InlineData(2024, 3, 31, "P0D")]
    public void MonthEnds_TruncateAsNodaTime(int year, int month, int day, string text)
    {
        Period period = NodaTime.Text.PeriodPattern.Roundtrip.Parse(text).Value;
        var date = new LocalDate(year, month, day);
        var compiled = new CompiledPeriod(period);
        compiled.AddTo(date).ShouldBe(date.Plus(period));
        compiled.SubtractFrom(date).ShouldBe(date.Minus(period));
    }

    [Fact]
    public void PeriodWithATimePart_FailsAsNodaTime()
    {
        var compiled = new CompiledPeriod(Period.FromHours(1));
        Should.Throw<ArgumentException>(() => compiled.AddTo(new LocalDate(2026, 1, 1)));
        Should.Throw<ArgumentException>(() => compiled.SubtractFrom(new LocalDate(2026, 1, 1)));
    }

    /// <summary>Dates from 1950 to about 2059, and periods of years, months, weeks and days, month ends among them.</summary>
    public static class DatesAndPeriods
    {
        public static Arbitrary<LocalDate> Dates() => Arb.From(Gen.Choose(0, 40_000).Select(day => new LocalDate(1950, 1, 1).PlusDays(day)));

        public static Arbitrary<Period> Periods() => Arb.From(
            from years in Gen.Choose(0, 3)
            from months in Gen.Choose(0, 14)
            from weeks in Gen.Choose(0, 6)
            from days in Gen.Choose(0, 40)
            select new PeriodBuilder { Years = years, Months = months, Weeks = weeks, Days = days }.Build());
    }
}
