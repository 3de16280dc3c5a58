using FollowUpRules.Engine;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace FollowUpRules.Tests.Engine;

// The engine's compiled periods must add and subtract exactly as NodaTime's Period does: checked against NodaTime itself.
public class CompiledPeriodTest
{
    [Fact]
    public void AddToAndSubtractFrom_EqualNodaTimesPlusAndMinus()
    {
        Gen<Period> periods =
            from years in Gen.Choose(0, 3)
            from months in Gen.Choose(0, 14)
            from weeks in Gen.Choose(0, 6)
            from days in Gen.Choose(0, 40)
            select new PeriodBuilder { Years = years, Months = months, Weeks = weeks, Days = days }.Build();
        Check.One(
            Config.QuickThrowOnFailure.WithMaxTest(5_000).WithQuietOnSuccess(true),
            Prop.ForAll(Arb.From(Gen.Choose(0, 40_000)), Arb.From(periods), (int day, Period period) =>
            {
                LocalDate date = new LocalDate(1950, 1, 1).PlusDays(day);
                var compiled = new CompiledPeriod(period);
                return compiled.AddTo(date) == date.Plus(period) && compiled.SubtractFrom(date) == date.Minus(period);
            }));
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
    }
}
