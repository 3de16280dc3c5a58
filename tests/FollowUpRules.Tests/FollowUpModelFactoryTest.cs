using FollowUpRules.Calendar;
using FollowUpRules.Domain;
using FollowUpRules.Engine;
using FollowUpRules.Rules;
using FollowUpRules.Tests.Support;
using NodaTime;
using static FollowUpRules.Tests.Support.Scenario;

namespace FollowUpRules.Tests;

/// <summary>
/// The engine's answers built by hand, as a host app's tests build them: what a host reads of them (summary, send times,
/// explanation lines, equality), and that the engine's own answers can be built again, equal, from what they expose.
/// </summary>
public partial class FollowUpModelFactoryTest
{
    private static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];

    [Fact]
    public void Recommendation_DueTomorrowWithTwoLines_ReadsAsTheHostShowsIt()
    {
        LocalDate today = D(2026, 11, 23);
        Target ana = FollowUpModelFactory.Target(TargetKind.Person, "ana", "Ana Ruiz", NewYork);

        Recommendation step = FollowUpModelFactory.Recommendation(
            ruleId: "interview-thank-you",
            ruleTitle: "Thank each interviewer by email",
            action: ActionKind.SendThankYouEmail,
            channel: Channel.Email,
            target: ana,
            anchorKey: "t1",
            anchorDate: today,
            due: today.PlusDays(1),
            latest: today.PlusDays(3),
            urgency: Urgency.Upcoming,
            priority: 70,
            seekerZone: Zone,
            explanation: ["Rule 'interview-thank-you': Thank each interviewer by email.", "Anchor: you interviewed with Ana Ruiz on Mon 2026-11-23."]);

        step.Summary.ShouldBe("Send a thank-you email (Ana Ruiz, by Email), due Tue 2026-11-24");
        step.Explanation.Lines.ShouldBe(["Rule 'interview-thank-you': Thank each interviewer by email.", "Anchor: you interviewed with Ana Ruiz on Mon 2026-11-23."]);
        step.Explanation.RuleId.ShouldBe("interview-thank-you");
        step.Earliest.ShouldBe(today.PlusDays(1), "the earliest date defaults to the due date");
        step.SendAt.ShouldBe(new LocalDateTime(2026, 11, 24, 9, 0).InZoneLeniently(NewYork), "office hours open at 09:00 in Ana's zone");
        step.SendAtInSeekerZone!.Value.LocalDateTime.ShouldBe(new LocalDateTime(2026, 11, 24, 14, 0), "09:00 in New York is 14:00 in London");
        step.ApplicationId.ShouldBe(FollowUpModelFactory.DefaultApplicationId);
        step.DoneOn(D(2026, 11, 24)).ShouldBe(new Touchpoint("done:interview-thank-you:contact:ana:t1:1:2026-11-24", TouchpointKind.ThankYouEmail, D(2026, 11, 24), ["ana"], "app-1"));
    }

    [Fact]
    public void Recommendation_SameArguments_AreEqual_AndAnotherSentenceIsAnotherRecommendation()
    {
        Recommendation Build(string line) => FollowUpModelFactory.Recommendation(due: D(2026, 11, 24), explanation: ["Rule 'rule': rule.", line]);

        Recommendation first = Build("Scheduled on Tue 2026-11-24.");
        Recommendation same = Build("Scheduled on Tue 2026-11-24.");

        same.ShouldBe(first);
        same.GetHashCode().ShouldBe(first.GetHashCode());
        Build("Scheduled on Wed 2026-11-25.").ShouldNotBe(first, "recommendations compare their explanations too");
        FollowUpModelFactory.Recommendation(due: D(2026, 11, 24)).Explanation.Lines.ShouldBe(["Rule 'rule': rule."]); // by default, one sentence names the rule
    }

    [Fact]
    public void Target_EachKind_HasTheKeyAndNameTheEngineGives()
    {
        FollowUpModelFactory.Target().ShouldBe(Story(D(2026, 11, 19)).Single("journal-notes").Target);
        FollowUpModelFactory.Target(TargetKind.Company, name: "Acme").Key.ShouldBe("company");
        FollowUpModelFactory.Target(TargetKind.Person, "ana", "Ana").ShouldBe(Story(D(2026, 11, 19)).Single("rejection-thank-you-note", "ana").Target);
    }

    [Fact]
    public void Evaluation_BuiltFromTheEnginesAnswer_EqualsIt()
    {
        Evaluation engine = Story(D(2026, 11, 19));
        engine.Recommendations.Count.ShouldBeGreaterThan(2);
        engine.Expired.ShouldNotBeEmpty();
        engine.Suppressed.ShouldNotBeEmpty();

        Evaluation built = FollowUpModelFactory.Evaluation(
            engine.ApplicationId,
            engine.Today,
            engine.Recommendations.Select(Copy),
            engine.Expired.Select(e => FollowUpModelFactory.ExpiredStep(e.RuleId, CopyTarget(e.Target), e.Occurrence, e.Due, e.Latest, e.Explanation.Lines)),
            engine.Suppressed.Select(s => FollowUpModelFactory.SuppressedStep(s.RuleId, CopyTarget(s.Target), s.Reason, s.BlockingRuleId, s.Explanation.Lines)));

        built.ShouldBe(engine);
        built.Next.ShouldBe(engine.Next);
    }

    [Fact]
    public void Evaluation_StepsGivenInAnyOrder_AreSortedByUrgency()
    {
        LocalDate today = D(2026, 11, 23);
        Recommendation upcoming = FollowUpModelFactory.Recommendation("upcoming", due: today.PlusDays(2), urgency: Urgency.Upcoming, anchorDate: today);
        Recommendation due = FollowUpModelFactory.Recommendation("due", earliest: today, due: today.PlusDays(1), urgency: Urgency.Due);
        Recommendation overdue = FollowUpModelFactory.Recommendation("overdue", due: today.PlusDays(-3), urgency: Urgency.Overdue);

        Evaluation evaluation = FollowUpModelFactory.Evaluation(today: today, recommendations: [upcoming, due, overdue]);

        evaluation.Recommendations.Select(r => r.RuleId).ShouldBe(["overdue", "due", "upcoming"]);
        evaluation.Next.ShouldBe(overdue);
    }

    /// <summary>
    /// A story with steps of every kind on Nov 19: Ana (email) and Ben (do-not-contact) interviewed on Sep 15 and were never
    /// thanked (Ana's thank-you expired), the rejection came on Nov 16.
    /// </summary>
    private static Evaluation Story(LocalDate today) =>
        new Scenario(D(2026, 9, 1))
            .Person("ana", [ContactRole.HiringManager])
            .Person("ben", [ContactRole.TeamMember], doNotContact: true)
            .Interview(D(2026, 9, 15), "ana", "ben")
            .Rejected(D(2026, 11, 16))
            .Evaluate(today);

    private static Recommendation Copy(Recommendation r) => FollowUpModelFactory.Recommendation(
        r.RuleId,
        r.RuleTitle,
        r.Action,
        r.Channel,
        CopyTarget(r.Target),
        r.AnchorKey,
        r.Occurrence,
        r.AnchorDate,
        r.Earliest,
        r.Due,
        r.Latest,
        r.Urgency,
        r.Priority,
        r.ApplicationId,
        r.IsReplacement,
        SendWindow.OfficeHours,
        Zone,
        r.Explanation.Lines);

    // The scenario's contacts have no zone of their own: their steps are sent in the seeker's.
    private static Target CopyTarget(Target t) => t.Kind switch
    {
        TargetKind.Seeker => FollowUpModelFactory.Target(),
        TargetKind.Company => FollowUpModelFactory.Target(TargetKind.Company, name: t.Name),
        _ => FollowUpModelFactory.Target(TargetKind.Person, t.ContactId, t.Name, Zone),
    };
}
