using FollowUpRules.Domain;
using FollowUpRules.Engine;
using FollowUpRules.Rules;
using NodaTime;
using NodaTime.Testing;

namespace FollowUpRules.Tests.Engine;

/// <summary>Engine bugs the playbook property kit found on generated playbooks, pinned on their shrunk counterexamples.</summary>
public partial class FollowUpEngineTest
{
    [Fact]
    public void Expire_StepDoneAfterAMissedOccurrence_CompletesTheRecommendedOccurrence()
    {
        var engine = new FollowUpEngine(
            new Playbook("generated", "Generated playbook", 9,
            [
                new Rule("r6", "Generated rule r6", Anchor.ApplicationSubmitted,
                    new Timing(StepOffset.FromBusinessDays(4), repeat: new Repeat(StepOffset.FromDays(24), maxCount: 4)),
                    Audience.Seeker, new ActionSpec(ActionKind.WriteJournalNotes, Channel.Web), late: LatePolicy.Expire),
            ]),
            new FakeClock(Instant.FromUtc(2028, 2, 11, 12, 0)));
        var application = new Application("app-1", "acme", "Acme", "Analyst", ApplicationStatus.Interviewing, new LocalDate(2028, 2, 6));
        var seeker = new Seeker(DateTimeZoneProviders.Tzdb["Asia/Kolkata"]);
        var today = new LocalDate(2028, 2, 11);

        // Applied Sun 2028-02-06: occurrence 1 was due Thu 02-10 and expired; occurrence 2 is due 24 days after 02-10.
        Evaluation before = engine.Evaluate(new EvaluationInput(application, [], [], seeker), today);
        before.Expired.ShouldHaveSingleItem().Occurrence.ShouldBe(1);
        Recommendation step = before.Recommendations.ShouldHaveSingleItem();
        (step.Occurrence, step.Due, step.Urgency).ShouldBe((2, new LocalDate(2028, 3, 5), Urgency.Due));

        // Writing the notes today does occurrence 2; occurrence 1 stays expired, and occurrence 3 counts from today.
        Evaluation after = engine.Evaluate(new EvaluationInput(application, [], [new Touchpoint("j", TouchpointKind.JournalEntry, today)], seeker), today);

        after.Expired.ShouldHaveSingleItem().Occurrence.ShouldBe(1);
        Recommendation next = after.Recommendations.ShouldHaveSingleItem();
        (next.Occurrence, next.Due).ShouldBe((3, new LocalDate(2028, 3, 6)));
    }

    [Fact]
    public void AfterRule_StepDoneWithAKindItsPredecessorAlsoTakes_IsNotRecommendedAgain()
    {
        var engine = new FollowUpEngine(
            new Playbook("p", "P", 1,
            [
                new Rule("a", "A", Anchor.ApplicationSubmitted, new Timing(StepOffset.FromDays(10)), Audience.Seeker, new ActionSpec(ActionKind.WriteJournalNotes, Channel.None)),
                new Rule("b", "B", Anchor.AfterRule("a"), new Timing(StepOffset.FromDays(20), new Window(early: Period.FromDays(5))), Audience.Seeker, new ActionSpec(ActionKind.WriteJournalNotes, Channel.None)),
            ]),
            new FakeClock(Instant.FromUtc(2026, 2, 1, 12, 0)));
        var application = new Application("app-1", "acme", "Acme", "Analyst", ApplicationStatus.Applied, new LocalDate(2026, 1, 1));
        var seeker = new Seeker(DateTimeZoneProviders.Tzdb["Europe/London"]);
        var today = new LocalDate(2026, 2, 1);

        // A was due 01-11 and is not done, so B counts from 01-11: due 01-31, window 01-26..01-31. Both are overdue.
        Recommendation b = engine.Evaluate(new EvaluationInput(application, [], [], seeker), today).Recommendations.Single(r => r.RuleId == "b");
        (b.AnchorDate, b.Due, b.Urgency).ShouldBe((new LocalDate(2026, 1, 11), new LocalDate(2026, 1, 31), Urgency.Overdue));

        // One journal entry today does both: A late, and B, which counts steps taken since A was due.
        Evaluation after = engine.Evaluate(new EvaluationInput(application, [], [new Touchpoint("j", TouchpointKind.JournalEntry, today)], seeker), today);

        after.Recommendations.ShouldBeEmpty();
    }
}
