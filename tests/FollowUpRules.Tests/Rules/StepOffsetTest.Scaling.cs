using FollowUpRules.Calendar;
using FollowUpRules.Rules;
using NodaTime;

namespace FollowUpRules.Tests.Rules;

// Back-off scales a repeat's interval (Times), and business-day offsets skip the contact's holidays (AddTo a calendar).
public partial class StepOffsetTest
{
    private static readonly HolidayCalendar Christmas = new("xmas", "Christmas", [new AnnualHoliday("Christmas Day", 12, 25, ObservedRule.NearestWeekday)]);

    [Fact]
    public void Times_EveryComponentOfTheOffset_IsMultiplied()
    {
        StepOffset.FromPeriod(Period.FromYears(1) + Period.FromWeeks(2)).Times(3).Period.ShouldBe(Period.FromYears(3) + Period.FromWeeks(6));
        StepOffset.FromPeriod(Period.FromMonths(2) + Period.FromDays(5)).Times(2).Period.ShouldBe(Period.FromMonths(4) + Period.FromDays(10));
        StepOffset.FromWeeks(2).Times(1).ShouldBe(StepOffset.FromWeeks(2));
    }

    [Fact]
    public void Times_AFactorBelowOne_OrAnOverflow_Throws()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => StepOffset.FromWeeks(2).Times(0)).ParamName.ShouldBe("factor");
        Should.Throw<OverflowException>(() => StepOffset.FromBusinessDays(int.MaxValue / 2).Times(3));
        Should.Throw<OverflowException>(() => StepOffset.FromPeriod(Period.FromYears(int.MaxValue / 2)).Times(3));
        Should.Throw<OverflowException>(() => StepOffset.FromMonths(int.MaxValue / 2).Times(3));
        Should.Throw<OverflowException>(() => StepOffset.FromWeeks(int.MaxValue / 2).Times(3));
        Should.Throw<OverflowException>(() => StepOffset.FromDays(int.MaxValue / 2).Times(3));
    }

    [Fact]
    public void AddTo_ABusinessCalendar_SkipsItsHolidaysForBusinessDays_AndIgnoresThemForCalendarOffsets()
    {
        var calendar = new BusinessCalendar(WorkingWeek.MondayToFriday, [Christmas]);
        var christmasEve = new LocalDate(2026, 12, 24); // a Thursday; Friday is Christmas Day

        StepOffset.FromBusinessDays(1).AddTo(christmasEve, calendar).ShouldBe(new LocalDate(2026, 12, 28));
        StepOffset.FromBusinessDays(1).AddTo(christmasEve, WorkingWeek.MondayToFriday).ShouldBe(new LocalDate(2026, 12, 25));
        StepOffset.FromDays(1).AddTo(christmasEve, calendar).ShouldBe(new LocalDate(2026, 12, 25));
        Should.Throw<ArgumentNullException>(() => StepOffset.FromDays(1).AddTo(christmasEve, (BusinessCalendar)null!)).ParamName.ShouldBe("calendar");
        Should.Throw<ArgumentNullException>(() => StepOffset.FromDays(1).AddTo(christmasEve, (WorkingWeek)null!)).ParamName.ShouldBe("week");
    }

    [Fact]
    public void FromPeriod_Null_Throws_AndInequality_IsTheOppositeOfEquality()
    {
        Should.Throw<ArgumentNullException>(() => StepOffset.FromPeriod(null!)).ParamName.ShouldBe("period");
        (StepOffset.FromDays(3) != StepOffset.FromDays(3)).ShouldBeFalse();
        (StepOffset.FromDays(3) != StepOffset.FromBusinessDays(3)).ShouldBeTrue();
    }
}
