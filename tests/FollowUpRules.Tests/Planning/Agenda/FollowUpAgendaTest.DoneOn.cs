using FollowUpRules.Domain;
using FollowUpRules.Planning;
using NodaTime;
using static FollowUpRules.Tests.Support.Scenario;

namespace FollowUpRules.Tests.Planning;

/// <summary>An agenda item marked done: one touch for every application it serves, filed as each kind of touchpoint is.</summary>
public partial class FollowUpAgendaTest
{
    [Fact]
    public void DoneOn_CheckInForTwoApplications_IsOneRelationshipTouch_AndBothAreDone()
    {
        // Hank's check-ins of a1 (rejected Jan 15) and a2 (rejected Mar 20) are one item on Mon 2026-07-20.
        LocalDate today = D(2026, 7, 20);
        AgendaItem checkIn = Agendas.Build([FirstAtAcme(), SecondAtAcme()], today, D(2026, 7, 31))
            .Items.Single(i => i.Recommendation.RuleId == "nurture-hiring-manager");
        checkIn.ApplicationIds.ShouldBe(["a1", "a2"]);

        Touchpoint done = checkIn.DoneOn(today).ShouldHaveSingleItem();

        done.ShouldBe(checkIn.Recommendation.DoneOn(today));
        done.Kind.ShouldBe(TouchpointKind.CheckIn);
        done.ApplicationId.ShouldBeNull("a check-in is about the relationship: it counts for every application at Acme");
        Agendas.Build([FirstAtAcme(null, done), SecondAtAcme()], today, D(2026, 7, 31)).Items
            .ShouldNotContain(i => i.Recommendation.RuleId == "nurture-hiring-manager", "filed under a1, the one check-in does a2's too");
    }

    [Fact]
    public void DoneOn_ThankYouForTwoApplications_IsOneTouchpointPerApplication_AndBothAreDone()
    {
        // Hank interviewed for both applications, both rejected on Fri 2026-03-20: one thank-you to him serves both.
        LocalDate rejected = D(2026, 3, 20);
        EvaluationInput first = RejectedTogether("a1", D(2026, 3, 9), rejected);
        EvaluationInput second = RejectedTogether("a2", D(2026, 3, 10), rejected);
        LocalDate today = D(2026, 3, 24);
        AgendaItem thanks = Agendas.Build([first, second], today, D(2026, 3, 31))
            .Items.Single(i => i.Recommendation.RuleId == "rejection-thank-you-note" && i.Recommendation.Target.ContactId == "hank");
        thanks.ApplicationIds.ShouldBe(["a1", "a2"]);

        ValueList<Touchpoint> done = thanks.DoneOn(today, "t9");

        done.Select(t => (t.Id, t.Kind, t.ApplicationId, t.Date)).ShouldBe(
        [
            ("t9:a1", TouchpointKind.ThankYouEmail, "a1", today),
            ("t9:a2", TouchpointKind.ThankYouEmail, "a2", today),
        ]);
        done.ShouldAllBe(t => t.ContactIds.SequenceEqual(new[] { "hank" }));
        Agendas.Build([With(first, done[0]), With(second, done[1])], today, D(2026, 3, 31)).Items
            .ShouldNotContain(i => i.Recommendation.RuleId == "rejection-thank-you-note" && i.Recommendation.Target.ContactId == "hank");
    }

    /// <summary>An application at Acme interviewed by Hank on <paramref name="interviewed"/> and rejected on <paramref name="rejected"/>.</summary>
    private static EvaluationInput RejectedTogether(string id, LocalDate interviewed, LocalDate rejected) =>
        new(
            new Application(id, "acme", "Acme", id == "a1" ? "Data Analyst" : "Data Engineer", ApplicationStatus.Rejected, D(2026, 3, 2)),
            [Hank],
            [
                new Touchpoint($"{id}:interview", TouchpointKind.Interview, interviewed, ["hank"], id),
                new Touchpoint($"{id}:thanks", TouchpointKind.ThankYouEmail, interviewed, ["hank"], id),
                new Touchpoint($"{id}:rejection", TouchpointKind.Rejection, rejected, applicationId: id),
            ],
            new Seeker(Zone));
}
