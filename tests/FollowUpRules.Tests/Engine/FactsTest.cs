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

    [Theory]
    [InlineData(3)]
    [InlineData(12)]
    public void Facts_EachContactsTouchpointsAndTheInterviewers_ByPositionInTheInput(int contactCount)
    {
        // The contacts are c0, c1, ... in that order; every third one is interviewed (the interview names them last first),
        // each has a call of their own, and one coffee names them all.
        var application = new Application("app-1", "acme", "Acme", "Data Analyst", ApplicationStatus.Interviewing, new LocalDate(2026, 1, 5));
        Contact[] contacts = [.. Enumerable.Range(0, contactCount).Select(i => new Contact($"c{i}", "acme", $"C{i}", email: $"c{i}@acme.example"))];
        string[] interviewed = [.. contacts.Where((_, i) => i % 3 == 0).Select(c => c.Id).Reverse()];
        Touchpoint[] all =
        [
            new("interview", TouchpointKind.Interview, new LocalDate(2026, 2, 2), interviewed),
            new("coffee", TouchpointKind.Coffee, new LocalDate(2026, 2, 3), [.. contacts.Select(c => c.Id).Reverse()]),
            .. contacts.Select((c, i) => new Touchpoint($"call-{i}", TouchpointKind.Call, new LocalDate(2026, 1, 10).PlusDays(i), [c.Id])),
        ];

        var facts = new Facts(new EvaluationInput(application, contacts, all, new Seeker(DateTimeZoneProviders.Tzdb["Europe/London"])), Today);

        for (int i = 0; i < contactCount; i++)
        {
            string[] expected = i % 3 == 0 ? [$"call-{i}", "interview", "coffee"] : [$"call-{i}", "coffee"];
            facts.TouchpointsWith(i).ToArray().Select(t => t.Id).ShouldBe(expected, $"c{i}");
            facts.IsInterviewer(i).ShouldBe(i % 3 == 0);
            facts.FindContact($"c{i}").ShouldBeSameAs(contacts[i]);
        }

        facts.Interviewers.ToArray().ShouldBe([.. Enumerable.Range(0, contactCount).Where(i => i % 3 == 0)]);
        facts.Interviews.ToArray().Select(t => t.Id).ShouldBe(["interview"]);
        facts.FindContact("someone-else").ShouldBeNull();
    }

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
