using FollowUpRules.Utility;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using NodaTime.Text;

namespace FollowUpRules.Tests.Utility;

// The hand-written formatters must write exactly what NodaTime's patterns write: checked against NodaTime itself.
public class FormatsTest
{
    private static readonly LocalDatePattern DatePattern = LocalDatePattern.CreateWithInvariantCulture("ddd uuuu'-'MM'-'dd");
    private static readonly LocalTimePattern TimePattern = LocalTimePattern.CreateWithInvariantCulture("HH':'mm");

    [Property(MaxTest = 5_000, Arbitrary = [typeof(AnyIsoDate)])]
    public bool Date_EqualsNodaTimesPattern_FromYear1To9999(LocalDate date) =>
        Formats.Date(date) == DatePattern.Format(date);

    [Fact]
    public void Date_LeapDay_IsWrittenWithItsWeekday()
    {
        Formats.Date(new LocalDate(2028, 2, 29)).ShouldBe("Tue 2028-02-29");
    }

    [Fact]
    public void Time_EqualsNodaTimesPattern_ForEveryMinuteOfTheDay()
    {
        for (int minute = 0; minute < 24 * 60; minute++)
        {
            LocalTime time = LocalTime.FromMinutesSinceMidnight(minute).PlusSeconds(minute % 60);
            Formats.Time(time).ShouldBe(TimePattern.Format(time));
        }
    }

    /// <summary>Any ISO date from 0001-01-01 to 9999-12-31.</summary>
    public static class AnyIsoDate
    {
        public static Arbitrary<LocalDate> Dates() => Arb.From(Gen.Choose(0, 3_652_058).Select(days => new LocalDate(1, 1, 1).PlusDays(days)));
    }
}
