using FollowUpRules.Engine;
using NodaTime;

namespace FollowUpRules.Tests.Engine;

/// <summary>The one order of pending steps (engine, agenda, benchmark floor): each criterion, and its tie-breaks.</summary>
public class StepOrderTest
{
    private static readonly LocalDate Mon = new(2026, 11, 23);

    private static readonly Target[] Targets =
    [
        Target.Seeker,
        Target.Company("Acme"),
        Target.Company("Beta"),
        Target.Person("ana", "Ana Ruiz", DateTimeZone.Utc),
        Target.Person("ana-2", "Ana Ruiz", DateTimeZone.Utc),
        Target.Person("Zoe", "Zoe", DateTimeZone.Utc),
        Target.Person("seeker", "A contact whose id reads like a kind", DateTimeZone.Utc),
        Target.Person("company", "Another", DateTimeZone.Utc),
        Target.Person("ñandú", "Non-ASCII id", DateTimeZone.Utc),
    ];

    [Fact]
    public void CompareTargets_OrdersAsTheKeysOrderOrdinally()
    {
        foreach (Target a in Targets)
        {
            foreach (Target b in Targets)
            {
                Math.Sign(StepOrder.CompareTargets(a, b)).ShouldBe(Math.Sign(string.CompareOrdinal(a.Key, b.Key)), $"{a.Key} against {b.Key}");
            }
        }
    }

    [Fact]
    public void UrgencyKey_OrdersByUrgencyThenTheUrgentDateThenTheDueDateThenPriority()
    {
        // Each step is more urgent than the next, by the first criterion that differs.
        long[] keys =
        [
            Key(Urgency.Overdue, latest: Mon.PlusDays(-9), due: Mon.PlusDays(-5), priority: 0), // overdue longest
            Key(Urgency.Overdue, latest: Mon.PlusDays(-2), due: Mon.PlusDays(-20), priority: 100),
            Key(Urgency.Due, latest: Mon, due: Mon.PlusDays(-1), priority: 0), // the soonest deadline
            Key(Urgency.Due, latest: Mon.PlusDays(3), due: Mon.PlusDays(-3), priority: 100),
            Key(Urgency.Due, latest: Mon.PlusDays(3), due: Mon.PlusDays(1), priority: 100), // same deadline: the earlier due date
            Key(Urgency.Due, latest: Mon.PlusDays(3), due: Mon.PlusDays(1), priority: 60), // same dates: the higher priority
            Key(Urgency.Upcoming, earliest: Mon.PlusDays(1), due: Mon.PlusDays(9), priority: 0), // the first to open
            Key(Urgency.Upcoming, earliest: Mon.PlusDays(2), due: Mon.PlusDays(2), priority: 100),
        ];

        for (int i = 1; i < keys.Length; i++)
        {
            keys[i - 1].ShouldBeLessThan(keys[i], $"step {i - 1} against step {i}");
        }
    }

    [Fact]
    public void UrgencyKey_UpcomingIgnoresTheLatestDate_DueIgnoresTheEarliestDate()
    {
        Key(Urgency.Upcoming, earliest: Mon, due: Mon.PlusDays(5), latest: Mon.PlusDays(9), priority: 50)
            .ShouldBe(Key(Urgency.Upcoming, earliest: Mon, due: Mon.PlusDays(5), latest: Mon.PlusDays(30), priority: 50));
        Key(Urgency.Due, earliest: Mon.PlusDays(-9), due: Mon, latest: Mon.PlusDays(2), priority: 50)
            .ShouldBe(Key(Urgency.Due, earliest: Mon.PlusDays(-1), due: Mon, latest: Mon.PlusDays(2), priority: 50));
    }

    [Theory]
    [InlineData("0001-01-01", "0001-01-02")]
    [InlineData("1999-12-31", "2000-01-01")]
    [InlineData("2026-01-31", "2026-02-01")]
    [InlineData("2028-02-28", "2028-02-29")]
    [InlineData("9999-12-30", "9999-12-31")]
    public void DayKey_OrdersAsTheDates(string earlier, string later)
    {
        LocalDate a = NodaTime.Text.LocalDatePattern.Iso.Parse(earlier).Value;
        LocalDate b = NodaTime.Text.LocalDatePattern.Iso.Parse(later).Value;

        StepOrder.DayKey(a).ShouldBeLessThan(StepOrder.DayKey(b));
        StepOrder.DayKey(b).ShouldBeLessThan(1 << 23);
    }

    [Fact]
    public void Compare_TiesOnUrgency_GoToTheRuleThenTheApplicationThenTheTarget()
    {
        long key = Key(Urgency.Due, latest: Mon, due: Mon, priority: 50);

        StepOrder.Compare(key, 1, 9, key, 2, 0).ShouldBeLessThan(0);
        StepOrder.Compare(key, 2, 3, key, 2, 4).ShouldBeLessThan(0);
        StepOrder.Compare(key, 2, 4, key, 2, 4).ShouldBe(0);
        StepOrder.CompareWithinApplication(TargetKind.Company, null, "z", 9, TargetKind.Person, "ana", "a", 1).ShouldBeLessThan(0);
        StepOrder.CompareWithinApplication(TargetKind.Person, "ana", "t1", 2, TargetKind.Person, "ana", "t2", 1).ShouldBeLessThan(0);
        StepOrder.CompareWithinApplication(TargetKind.Person, "ana", "t1", 1, TargetKind.Person, "ana", "t1", 2).ShouldBeLessThan(0);
    }

    private static long Key(Urgency urgency, LocalDate due, int priority, LocalDate? earliest = null, LocalDate? latest = null) =>
        StepOrder.UrgencyKey(urgency, earliest ?? due, due, latest ?? due, priority);
}
