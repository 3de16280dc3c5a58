using FollowUpRules.Domain;
using FollowUpRules.Engine;
using FollowUpRules.Testing;
using FollowUpRules.Tests.Support;
using NodaTime;

namespace FollowUpRules.Tests.Engine;

/// <summary>The order every rule reads the touchpoints in: by date, then by id (ordinal), whatever the input's order.</summary>
public class FactsTest
{
    private static readonly LocalDate Today = new(2026, 11, 23);

    [Fact]
    public void Sorted_DatesInOrder_IdsOfOneDayOutOfOrder_SortsEachDayById()
    {
        // The dates ascend; within 2026-11-02 the ids do not ("t10" sorts before "t9" ordinally).
        Facts facts = FactsOf(
            ("t1", new LocalDate(2026, 11, 1)),
            ("t9", new LocalDate(2026, 11, 2)),
            ("t10", new LocalDate(2026, 11, 2)),
            ("t2", new LocalDate(2026, 11, 2)),
            ("t3", new LocalDate(2026, 11, 5)));

        IdsOf(facts).ShouldBe(["t1", "t10", "t2", "t9", "t3"]);
    }

    [Fact]
    public void Sorted_DatesOutOfOrder_SortsByDateThenId()
    {
        Facts facts = FactsOf(
            ("t3", new LocalDate(2026, 11, 5)),
            ("b", new LocalDate(2025, 12, 31)),
            ("t2", new LocalDate(2026, 11, 2)),
            ("a", new LocalDate(2026, 11, 2)),
            ("t1", new LocalDate(2026, 1, 1)));

        IdsOf(facts).ShouldBe(["b", "t1", "a", "t2", "t3"]);
    }

    [Fact]
    public void Sorted_AnyArrangementOfGeneratedTouchpoints_IsByDateThenOrdinalId() =>
        Properties.ForAllCases(c =>
        {
            IReadOnlyList<Touchpoint> given = c.Input.Touchpoints;
            string[] expected = [.. given.OrderBy(t => t.Date).ThenBy(t => t.Id, StringComparer.Ordinal).Select(t => t.Id)];
            IEnumerable<Touchpoint>[] arrangements =
            [
                given,
                given.Reverse(),
                given.OrderBy(t => t.Date).ThenByDescending(t => t.Id, StringComparer.Ordinal),
                given.OrderBy(t => t.Date).ThenBy(t => t.Id, StringComparer.Ordinal),
            ];
            foreach (IEnumerable<Touchpoint> arrangement in arrangements)
            {
                IdsOf(new Facts(c.WithTouchpoints(arrangement).Input, c.Today)).ShouldBe(expected);
            }
        });

    private static Facts FactsOf(params (string Id, LocalDate Date)[] touchpoints)
    {
        var application = new Application("app-1", "acme", "Acme", "Data Analyst", ApplicationStatus.Applied, new LocalDate(2025, 12, 1));
        Touchpoint[] all = [.. touchpoints.Select(t => new Touchpoint(t.Id, TouchpointKind.JournalEntry, t.Date))];
        return new Facts(new EvaluationInput(application, [], all, new Seeker(DateTimeZoneProviders.Tzdb["Europe/London"])), Today);
    }

    private static string[] IdsOf(Facts facts)
    {
        var ids = new string[facts.Sorted.Length];
        for (int i = 0; i < ids.Length; i++)
        {
            ids[i] = facts.Sorted[i].Id;
        }

        return ids;
    }
}
