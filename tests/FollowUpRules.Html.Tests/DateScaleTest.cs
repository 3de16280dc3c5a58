using System.Globalization;
using NodaTime;

namespace FollowUpRules.Html.Tests;

public class DateScaleTest
{
    private static readonly CultureInfo English = CultureInfo.InvariantCulture;

    private static LocalDate D(int year, int month, int day) => new(year, month, day);

    [Theory]
    [InlineData(2026, 11, 15, 5.0)]   // the first day: the middle of the first of ten columns
    [InlineData(2026, 11, 19, 45.0)]
    [InlineData(2026, 11, 24, 95.0)]  // the last day
    [InlineData(2026, 11, 10, 0.0)]   // before the period: pinned to the left edge
    [InlineData(2026, 12, 1, 100.0)]  // after it: pinned to the right edge
    public void At_TenDays_IsTheMiddleOfTheDaysColumn(int year, int month, int day, double expected)
    {
        var scale = new DateScale(D(2026, 11, 15), D(2026, 11, 24));

        scale.At(D(year, month, day)).ShouldBe(expected, 1e-9);
    }

    [Fact]
    public void Span_InsideThePeriod_CoversItsDaysWhole()
    {
        var scale = new DateScale(D(2026, 11, 15), D(2026, 11, 24));

        scale.Span(D(2026, 11, 17), D(2026, 11, 19)).ShouldBe((20.0, 50.0, false, false));
        scale.Span(D(2026, 11, 20), D(2026, 11, 20)).ShouldBe((50.0, 60.0, false, false));
    }

    [Fact]
    public void Span_OverAnEdge_IsCutThereAndSaysSo()
    {
        var scale = new DateScale(D(2026, 11, 15), D(2026, 11, 24));

        scale.Span(D(2026, 11, 1), D(2026, 11, 16)).ShouldBe((0.0, 20.0, true, false));
        scale.Span(D(2026, 11, 20), D(2026, 12, 30)).ShouldBe((50.0, 100.0, false, true));
        scale.Span(D(2026, 11, 1), D(2026, 12, 30)).ShouldBe((0.0, 100.0, true, true));
    }

    [Fact]
    public void Span_OutsideThePeriod_IsNull()
    {
        var scale = new DateScale(D(2026, 11, 15), D(2026, 11, 24));

        scale.Span(D(2026, 11, 1), D(2026, 11, 14)).ShouldBeNull();
        scale.Span(D(2026, 11, 25), D(2026, 12, 1)).ShouldBeNull();
    }

    [Theory]
    [InlineData(2027, 2, 23, 2026, 11, 15)] // three months (92 days): a twelfth is 8 days of the past
    [InlineData(2026, 11, 30, 2026, 11, 22)] // a week: 1 day
    [InlineData(2028, 11, 23, 2026, 11, 9)]  // two years: at most 14 days
    public void For_ShowsATwelfthOfThePeriodBeforeToday_From1To14Days(int untilYear, int untilMonth, int untilDay, int startYear, int startMonth, int startDay)
    {
        DateScale scale = DateScale.For(D(2026, 11, 23), D(untilYear, untilMonth, untilDay), []);

        scale.Start.ShouldBe(D(startYear, startMonth, startDay));
        scale.End.ShouldBe(D(untilYear, untilMonth, untilDay));
    }

    [Fact]
    public void For_AStepAfterUntil_ExtendsThePeriodToIt()
    {
        // The agenda keeps a step its limits pushed past its last due date: the timeline must reach it.
        DateScale scale = DateScale.For(D(2026, 11, 23), D(2026, 11, 30), [D(2026, 11, 24), D(2026, 12, 3)]);

        scale.End.ShouldBe(D(2026, 12, 3));
    }

    [Fact]
    public void Ticks_ThreeMonths_AreTheFirstsOfTheMonths_WithTheYearOnTheFirstAndOnJanuary()
    {
        var scale = new DateScale(D(2026, 11, 15), D(2027, 3, 10));

        scale.Unit.ShouldBe(TickUnit.Month);
        scale.Ticks(English).Select(t => (t.Date, t.Label)).ShouldBe(
        [
            (D(2026, 12, 1), "Dec 2026"),
            (D(2027, 1, 1), "Jan 2027"),
            (D(2027, 2, 1), "Feb"),
            (D(2027, 3, 1), "Mar"),
        ]);
        scale.Ticks(English)[0].X.ShouldBe(16 * 100.0 / scale.Days, 1e-9, "a tick is at the start of its day's column");
    }

    [Fact]
    public void Ticks_FourWeeks_AreTheMondays()
    {
        var scale = new DateScale(D(2026, 11, 22), D(2026, 12, 20));

        scale.Unit.ShouldBe(TickUnit.Week);
        scale.Ticks(English).Select(t => t.Label).ShouldBe(["23 Nov", "30 Nov", "7 Dec", "14 Dec"]);
    }

    [Fact]
    public void Ticks_AWeek_AreTheDays()
    {
        var scale = new DateScale(D(2026, 11, 22), D(2026, 11, 25));

        scale.Unit.ShouldBe(TickUnit.Day);
        scale.Ticks(English).Select(t => t.Label).ShouldBe(["Sun 22", "Mon 23", "Tue 24", "Wed 25"]);
        scale.Ticks(English).Select(t => t.X).ShouldBe([0.0, 25.0, 50.0, 75.0]);
    }

    [Theory]
    [InlineData("de-DE", "Dez 2026|Jan 2027|Feb|Mär")]
    [InlineData("es-ES", "dic 2026|ene 2027|feb|mar")]
    public void Ticks_ThreeMonthsInATranslation_AreTheCulturesMonthNames(string culture, string labels)
    {
        var scale = new DateScale(D(2026, 11, 15), D(2027, 3, 10));

        string.Join('|', scale.Ticks(CultureInfo.GetCultureInfo(culture)).Select(t => t.Label)).ShouldBe(labels);
    }

    [Fact]
    public void Ticks_AWeekInGerman_AreTheDaysAsGermanWritesThem()
    {
        var scale = new DateScale(D(2026, 11, 22), D(2026, 11, 25));

        scale.Ticks(CultureInfo.GetCultureInfo("de-DE")).Select(t => t.Label).ShouldBe(["So 22", "Mo 23", "Di 24", "Mi 25"]);
    }

    [Fact]
    public void Constructor_EndBeforeStart_SaysWhich()
    {
        Should.Throw<ArgumentException>(() => new DateScale(D(2026, 11, 24), D(2026, 11, 23)))
            .Message.ShouldStartWith("The timeline's last day, Mon 2026-11-23, is before its first, Tue 2026-11-24.");
    }
}
