using FollowUpRules.Domain;
using FollowUpRules.Engine;
using FollowUpRules.Rules;
using FollowUpRules.Rules.Conditions;
using FollowUpRules.Tests.Support;
using NodaTime;
using NodaTime.Testing;
using static FollowUpRules.Tests.Support.Scenario;

namespace FollowUpRules.Tests.Engine;

/// <summary>Engine behaviour beyond the default playbook's rows: today, snooze, dismissal, extension points.</summary>
public partial class FollowUpEngineTest
{
    [Theory]
    [InlineData("America/New_York", "2026-11-23T04:30:00Z", "2026-11-22")]
    [InlineData("Europe/Berlin", "2026-11-22T23:30:00Z", "2026-11-23")]
    [InlineData("Pacific/Auckland", "2026-12-31T11:00:00Z", "2027-01-01")]
    [InlineData("Pacific/Honolulu", "2027-01-01T09:59:00Z", "2026-12-31")]
    public void Today_IsTheDateInTheSeekersZone(string zoneId, string instant, string expected)
    {
        DateTimeZone zone = DateTimeZoneProviders.Tzdb[zoneId];
        var engine = new FollowUpEngine(DefaultPlaybook.Instance, new FakeClock(NodaTime.Text.InstantPattern.General.Parse(instant).Value));

        engine.Today(zone).ShouldBe(NodaTime.Text.LocalDatePattern.Iso.Parse(expected).Value);
    }

    [Fact]
    public void Evaluate_WithoutADate_UsesTheClockInTheSeekersZone()
    {
        // 04:30 UTC on Monday 23 November is still Sunday 22 November in New York: the interview thank-you is not due yet.
        var input = new EvaluationInput(
            new Application("app-1", "acme", "Acme", "Analyst", ApplicationStatus.Interviewing, new LocalDate(2026, 11, 2)),
            [new Contact("ana", "acme", "Ana", email: "ana@acme.example")],
            [new Touchpoint("t1", TouchpointKind.Interview, new LocalDate(2026, 11, 20), ["ana"])],
            new Seeker(DateTimeZoneProviders.Tzdb["America/New_York"]));
        var engine = new FollowUpEngine(DefaultPlaybook.Instance, new FakeClock(Instant.FromUtc(2026, 11, 23, 4, 30)));

        Evaluation evaluation = engine.Evaluate(input);

        evaluation.Today.ShouldBe(new LocalDate(2026, 11, 22));
        evaluation.Single("interview-thank-you").Urgency.ShouldBe(Urgency.Due);
    }

    [Fact]
    public void Evaluate_Snoozed_ComesBackOnTheSnoozeDate()
    {
        var scenario = new Scenario(D(2026, 11, 2)).Person("ana").Person("ben").Interview(D(2026, 11, 20), "ana", "ben")
            .Snooze(D(2026, 11, 21), "interview-thank-you", D(2026, 11, 25), "ana");

        Evaluation evaluation = scenario.Evaluate(D(2026, 11, 23));

        Recommendation ana = evaluation.Single("interview-thank-you", "ana");
        ana.Urgency.ShouldBe(Urgency.Upcoming);
        ana.Earliest.ShouldBe(D(2026, 11, 25));
        ana.Due.ShouldBe(D(2026, 11, 25));
        ana.Latest.ShouldBe(D(2026, 11, 28));
        ana.Explanation.Lines.ShouldContain("You snoozed it on Sat 2026-11-21 until Wed 2026-11-25.");
        evaluation.Single("interview-thank-you", "ben").Due.ShouldBe(D(2026, 11, 23));
    }

    [Fact]
    public void Evaluate_SnoozedButDoneBeforeTheSnoozeEnds_CountsAsDone()
    {
        var scenario = new Scenario(D(2026, 11, 2)).Person("ana").Interview(D(2026, 11, 20), "ana")
            .Snooze(D(2026, 11, 21), "interview-thank-you", D(2026, 11, 25), "ana")
            .Touch(TouchpointKind.ThankYouEmail, D(2026, 11, 23), "ana");

        scenario.Evaluate(D(2026, 11, 24)).For("interview-thank-you").ShouldBeEmpty();
    }

    [Fact]
    public void Evaluate_Dismissed_NotRecommendedForThatPersonAgain()
    {
        var scenario = new Scenario(D(2026, 11, 2)).Person("ana").Person("ben").Interview(D(2026, 11, 20), "ana", "ben")
            .Dismiss(D(2026, 11, 21), "interview-thank-you", "ana");

        Evaluation evaluation = scenario.Evaluate(D(2026, 11, 23));

        evaluation.For("interview-thank-you").ShouldHaveSingleItem().Target.ContactId.ShouldBe("ben");
        evaluation.Suppressed("interview-thank-you", "ana").Reason.ShouldBe(SuppressionReason.Dismissed);
    }

    [Fact]
    public void Evaluate_DismissedSeekerStep_AppliesToTheSeekersOwnStep()
    {
        var scenario = new Scenario(D(2026, 9, 1)).Rejected(D(2026, 11, 16)).Dismiss(D(2026, 11, 16), "journal-notes");

        scenario.Evaluate(D(2026, 11, 16)).For("journal-notes").ShouldBeEmpty();
    }

    [Fact]
    public void Evaluate_UnreachablePerson_IsReportedNotSilentlyDropped()
    {
        var scenario = new Scenario(D(2026, 11, 2)).Person("ana", email: false).Interview(D(2026, 11, 20), "ana");

        Evaluation evaluation = scenario.Evaluate(D(2026, 11, 21));

        evaluation.For("interview-thank-you").ShouldBeEmpty();
        SuppressedStep step = evaluation.Suppressed("interview-thank-you", "ana");
        step.Reason.ShouldBe(SuppressionReason.Unreachable);
        step.Explanation.Lines[^1].ShouldBe("Ana cannot be reached by Email or LinkedIn.");
    }

    [Fact]
    public void Evaluate_Recommendations_OrderedOverdueThenDueThenUpcoming()
    {
        var scenario = new Scenario(D(2026, 9, 1))
            .Person("ana", [ContactRole.HiringManager], postal: true)
            .Interview(D(2026, 9, 15), "ana")
            .Touch(TouchpointKind.ThankYouEmail, D(2026, 9, 15), "ana")
            .Rejected(D(2026, 11, 16));

        Evaluation evaluation = scenario.Evaluate(D(2026, 11, 19));

        evaluation.Recommendations.Select(r => (r.RuleId, r.Urgency)).ShouldBe(
        [
            ("journal-notes", Urgency.Overdue),
            ("rejection-thank-you-note", Urgency.Due),
            ("follow-company-social", Urgency.Due),
            ("congratulate-and-connect", Urgency.Due),
            ("nurture-hiring-manager", Urgency.Upcoming), // same dates as the next one; priority 50 beats 40
            ("check-back-on-company", Urgency.Upcoming),
        ]);
        evaluation.Next!.RuleId.ShouldBe("journal-notes");
    }

    [Fact]
    public void CustomCondition_RegisteredByName_DecidesWhetherARuleApplies()
    {
        var rule = new Rule(
            "note-for-senior-roles",
            "Journal notes for senior roles only",
            Anchor.RejectionReceived,
            new Timing(StepOffset.Zero),
            Audience.Seeker,
            new ActionSpec(ActionKind.WriteJournalNotes, Channel.None),
            conditions: [new CustomCondition("role-contains", [new ConditionParameter("text", "Senior")])]);
        var playbook = new Playbook("custom", "Custom", 1, [rule]);
        var evaluator = new RoleContains();
        EvaluationInput Input(string role) => new(
            new Application("app-1", "acme", "Acme", role, ApplicationStatus.Rejected, new LocalDate(2026, 9, 1)),
            [],
            [new Touchpoint("r", TouchpointKind.Rejection, new LocalDate(2026, 11, 16))],
            new Seeker(Zone));
        var engine = new FollowUpEngine(playbook, new FakeClock(Instant.FromUtc(2026, 11, 16, 12, 0)), [evaluator]);

        engine.Evaluate(Input("Senior Analyst"), D(2026, 11, 16)).Recommendations.ShouldHaveSingleItem();
        Evaluation junior = engine.Evaluate(Input("Analyst"), D(2026, 11, 16));
        junior.Recommendations.ShouldBeEmpty();
        junior.Suppressed.ShouldHaveSingleItem().Explanation.Lines[^1].ShouldBe("Not recommended, because 'role-contains' does not hold for text=Senior.");
    }

    [Fact]
    public void CustomCondition_NotRegistered_PlaybookRejectedAtConstruction()
    {
        var rule = new Rule("r", "R", Anchor.RejectionReceived, new Timing(StepOffset.Zero), Audience.Seeker, new ActionSpec(ActionKind.WriteJournalNotes, Channel.None), [new CustomCondition("role-contains")]);

        Should.Throw<FollowUpRules.Validation.FollowUpValidationException>(() => new FollowUpEngine(new Playbook("p", "P", 1, [rule]), new FakeClock(default)))
            .Message.ShouldContain("Rules[0].Conditions[0].Name: No custom condition is registered under the name 'role-contains' (none is registered).");
    }

    [Fact]
    public void Constructor_TwoEvaluatorsWithOneName_Throws()
    {
        Should.Throw<ArgumentException>(() => new FollowUpEngine(DefaultPlaybook.Instance, new FakeClock(default), [new RoleContains(), new RoleContains()]))
            .Message.ShouldStartWith("Two custom condition evaluators are named 'role-contains'");
    }

    [Fact]
    public void Constructor_NullArguments_Throw()
    {
        Should.Throw<ArgumentNullException>(() => new FollowUpEngine(null!, new FakeClock(default))).ParamName.ShouldBe("playbook");
        Should.Throw<ArgumentNullException>(() => new FollowUpEngine(DefaultPlaybook.Instance, null!)).ParamName.ShouldBe("clock");
    }

    [Fact]
    public void CustomCondition_ThatEvaluatesOrThrows_LeavesLaterEvaluationsUnchanged()
    {
        // Each thread reuses the lists an evaluation collects its steps in: an evaluation started from a custom condition,
        // or one that a custom condition ends with an exception, must leave no step behind for the next one.
        var input = new EvaluationInput(
            new Application("app-1", "acme", "Acme", "Analyst", ApplicationStatus.Rejected, new LocalDate(2026, 9, 1)),
            [],
            [new Touchpoint("r", TouchpointKind.Rejection, new LocalDate(2026, 11, 16))],
            new Seeker(Zone));
        LocalDate today = D(2026, 11, 20);
        var inner = new FollowUpEngine(DefaultPlaybook.Instance, new FakeClock(default));
        Evaluation expected = inner.Evaluate(input, today);
        var rule = new Rule("r", "R", Anchor.RejectionReceived, new Timing(StepOffset.Zero), Audience.Seeker, new ActionSpec(ActionKind.WriteJournalNotes, Channel.None), [new CustomCondition("reentrant")]);
        var reentrant = new Reentrant(() => inner.Evaluate(input, today));
        var outer = new FollowUpEngine(new Playbook("p", "P", 1, [rule]), new FakeClock(default), [reentrant]);

        outer.Evaluate(input, today).Recommendations.ShouldHaveSingleItem().RuleId.ShouldBe("r");
        reentrant.Seen.ShouldBe(expected);
        reentrant.Throws = true;
        Should.Throw<InvalidOperationException>(() => outer.Evaluate(input, today));

        inner.Evaluate(input, today).ShouldBe(expected);
        reentrant.Throws = false;
        outer.Evaluate(input, today).Recommendations.ShouldHaveSingleItem().RuleId.ShouldBe("r");
    }

    private sealed class Reentrant(Func<Evaluation> evaluate) : ICustomConditionEvaluator
    {
        public string Name => "reentrant";

        public bool Throws { get; set; }

        public Evaluation? Seen { get; private set; }

        public bool IsSatisfied(CustomCondition condition, ConditionContext context)
        {
            Seen = evaluate();
            return Throws ? throw new InvalidOperationException("The condition failed.") : true;
        }
    }

    private sealed class RoleContains : ICustomConditionEvaluator
    {
        public string Name => "role-contains";

        public bool IsSatisfied(CustomCondition condition, ConditionContext context) =>
            context.Input.Application.Role.Contains(condition.GetParameter("text") ?? string.Empty, StringComparison.OrdinalIgnoreCase);
    }
}
