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
    public void Sorted_TheSameEventRecordedThrice_KeepsTheFirstById()
    {
        var application = new Application("app-1", "acme", "Acme", "Data Analyst", ApplicationStatus.Applied, new LocalDate(2025, 12, 1));
        var ana = new Contact("ana", "acme", "Ana", [ContactRole.HiringManager], email: "ana@acme.example");
        var ben = new Contact("ben", "acme", "Ben", [ContactRole.TeamMember], email: "ben@acme.example");
        Touchpoint[] all =
        [
            new("c", TouchpointKind.Coffee, new LocalDate(2026, 3, 2), ["ana", "ben"]),
            new("b", TouchpointKind.Coffee, new LocalDate(2026, 3, 2), ["ben", "ana"], applicationId: "app-1"),
            new("a", TouchpointKind.Coffee, new LocalDate(2026, 3, 2), ["ana"]),
            new("d", TouchpointKind.Coffee, new LocalDate(2026, 3, 2), ["ana", "ben"]),
        ];

        var facts = new Facts(new EvaluationInput(application, [ana, ben], all, new Seeker(DateTimeZoneProviders.Tzdb["Europe/London"])), Today);

        IdsOf(facts).ShouldBe(["a", "b"]);
        facts.TouchpointsWith(1).ToArray().Select(t => t.Id).ShouldBe(["b"]);
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
            // Each duplicate of an earlier touchpoint (by date, then id) is counted once.
            var kept = new List<Touchpoint>();
            foreach (Touchpoint t in given.OrderBy(t => t.Date).ThenBy(t => t.Id, StringComparer.Ordinal))
            {
                if (!kept.Any(k => t.IsDuplicateOf(k)))
                {
                    kept.Add(t);
                }
            }

            string[] expected = [.. kept.Select(t => t.Id)];
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
        // Each of another kind, so that none is a duplicate of another.
        TouchpointKind[] kinds = [TouchpointKind.JournalEntry, TouchpointKind.CompanyCheck, TouchpointKind.SocialFollow, TouchpointKind.PostingSpotted, TouchpointKind.JournalEntry];
        Touchpoint[] all = [.. touchpoints.Select((t, i) => new Touchpoint(t.Id, kinds[i % kinds.Length], t.Date))];
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
