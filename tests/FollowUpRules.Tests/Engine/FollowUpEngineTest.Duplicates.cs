using FollowUpRules.Domain;
using FollowUpRules.Engine;
using FollowUpRules.Rules;
using FollowUpRules.Tests.Support;
using NodaTime;
using static FollowUpRules.Tests.Support.Scenario;

namespace FollowUpRules.Tests.Engine;

/// <summary>Duplicates: the same event recorded twice (same kind, people, date and outcome) counts once.</summary>
public partial class FollowUpEngineTest
{
    // Hank, the hiring manager, and Tess interviewed the seeker on Thu 2026-01-08; the rejection came on Thu 2026-01-15.
    private static Scenario HankRejectedInJanuary() =>
        new Scenario(D(2026, 1, 2))
            .Person("hank", [ContactRole.HiringManager])
            .Person("tess", [ContactRole.TeamMember])
            .Interview(D(2026, 1, 8), "hank", "tess")
            .Rejected(D(2026, 1, 15));

    [Fact]
    public void Evaluate_CheckInRecordedTwiceTheSameDay_CountsAsOneUnansweredAttempt()
    {
        Scenario once = HankRejectedInJanuary().Touch(TouchpointKind.CheckIn, D(2026, 4, 22), "hank");
        Scenario twice = HankRejectedInJanuary()
            .Touch(TouchpointKind.CheckIn, D(2026, 4, 22), "hank")
            .Touch(TouchpointKind.CheckIn, D(2026, 4, 22), "hank");

        Recommendation step = twice.Evaluate(D(2026, 5, 2)).Single("nurture-hiring-manager", "hank");

        // One unanswered check-in doubles the spacing: the next is six months on, not twelve.
        step.Occurrence.ShouldBe(2);
        step.Due.ShouldBe(D(2026, 10, 22));
        step.Explanation.Lines.ShouldContain("Spacing multiplied by 2 after 1 unanswered attempt in a row.");
        twice.Evaluate(D(2026, 5, 2)).ShouldBe(once.Evaluate(D(2026, 5, 2)));
    }

    [Fact]
    public void Evaluate_ThirdCheckInIsADuplicate_NurtureKeepsGoing()
    {
        // Two check-ins and the second recorded twice: two unanswered attempts, one short of the three that stop the rule.
        Scenario scenario = HankRejectedInJanuary()
            .Touch(TouchpointKind.CheckIn, D(2026, 4, 22), "hank")
            .Touch(TouchpointKind.CheckIn, D(2026, 10, 22), "hank")
            .Touch(TouchpointKind.CheckIn, D(2026, 10, 22), "hank");

        Recommendation step = scenario.Evaluate(D(2026, 11, 2)).Single("nurture-hiring-manager", "hank");

        step.Occurrence.ShouldBe(3);
        step.Explanation.Lines.ShouldContain("Spacing multiplied by 4 after 2 unanswered attempts in a row.");
    }

    [Fact]
    public void Evaluate_InterviewRecordedTwice_OneThankYouPerInterviewer()
    {
        Scenario scenario = new Scenario(D(2026, 11, 2), ApplicationStatus.Interviewing)
            .Person("ana", [ContactRole.HiringManager])
            .Person("ben", [ContactRole.TeamMember])
            .Interview(D(2026, 11, 20), "ana", "ben")
            .Interview(D(2026, 11, 20), "ben", "ana");

        Evaluation evaluation = scenario.Evaluate(D(2026, 11, 21));

        evaluation.For("interview-thank-you").Select(r => r.Target.ContactId).ShouldBe(["ana", "ben"]);
    }

    [Fact]
    public void Evaluate_SameDayTouchpointsThatDiffer_AreNotDuplicates()
    {
        // A coffee with Tess and one with Hank on the same day, and two replies of different outcomes: four events.
        var a = new Touchpoint("a", TouchpointKind.Coffee, D(2026, 3, 2), ["tess"]);
        var b = new Touchpoint("b", TouchpointKind.Coffee, D(2026, 3, 2), ["hank"]);
        var yes = new Touchpoint("c", TouchpointKind.Reply, D(2026, 3, 2), ["hank"], outcome: ReplyOutcome.Yes);
        var neutral = new Touchpoint("d", TouchpointKind.Reply, D(2026, 3, 2), ["hank"], outcome: ReplyOutcome.Neutral);

        a.IsDuplicateOf(b).ShouldBeFalse();
        yes.IsDuplicateOf(neutral).ShouldBeFalse();
        new Touchpoint("e", TouchpointKind.Coffee, D(2026, 3, 3), ["tess"]).IsDuplicateOf(a).ShouldBeFalse();
        new Touchpoint("f", TouchpointKind.Call, D(2026, 3, 2), ["tess"]).IsDuplicateOf(a).ShouldBeFalse();

        // The same event under another id and another application, with its people in another order, is a duplicate.
        new Touchpoint("g", TouchpointKind.Coffee, D(2026, 3, 2), ["tess"], applicationId: "app-2").IsDuplicateOf(a).ShouldBeTrue();
        new Touchpoint("h", TouchpointKind.Interview, D(2026, 1, 8), ["tess", "hank"])
            .IsDuplicateOf(new Touchpoint("i", TouchpointKind.Interview, D(2026, 1, 8), ["hank", "tess"])).ShouldBeTrue();

        // Snoozes of different rules, or until different dates, are different events.
        var snooze = new Touchpoint("j", TouchpointKind.Snooze, D(2026, 3, 2), ["hank"], ruleId: "nurture-hiring-manager", snoozeUntil: D(2026, 4, 1));
        new Touchpoint("k", TouchpointKind.Snooze, D(2026, 3, 2), ["hank"], ruleId: "nurture-hiring-manager", snoozeUntil: D(2026, 5, 1)).IsDuplicateOf(snooze).ShouldBeFalse();
        new Touchpoint("l", TouchpointKind.Snooze, D(2026, 3, 2), ["hank"], ruleId: "coffee-with-team-member", snoozeUntil: D(2026, 4, 1)).IsDuplicateOf(snooze).ShouldBeFalse();

        // Two postings spotted on one day are two postings when their titles differ, one when they agree.
        var posting = new Touchpoint("m", TouchpointKind.PostingSpotted, D(2026, 3, 2), title: "Senior Product Manager");
        new Touchpoint("n", TouchpointKind.PostingSpotted, D(2026, 3, 2), title: "Data Analyst").IsDuplicateOf(posting).ShouldBeFalse();
        new Touchpoint("o", TouchpointKind.PostingSpotted, D(2026, 3, 2), title: "Senior Product Manager").IsDuplicateOf(posting).ShouldBeTrue();
    }

    [Fact]
    public void DoneOn_TheRecommendedCheckIn_IsACheckInWithThePerson_SharedByTheCompany()
    {
        EvaluationInput input = HankRejectedInJanuary().Input();
        Recommendation checkIn = Evaluate(input, D(2026, 4, 15)).Single("nurture-hiring-manager", "hank");

        Touchpoint done = checkIn.DoneOn(D(2026, 4, 15));

        // A check-in is about the relationship: filed under no application, so it counts for every one at Acme.
        done.ShouldBe(new Touchpoint("done:nurture-hiring-manager:contact:hank:rejection:1:2026-04-15", TouchpointKind.CheckIn, D(2026, 4, 15), ["hank"]));
        checkIn.ApplicationId.ShouldBe("app-1");
    }

    [Fact]
    public void DoneOn_AThankYouNote_IsFiledUnderItsApplication_AndRecordingItTwiceChangesNothing()
    {
        // Rejected Thu 2026-01-15: Hank's thank-you note is due Mon 2026-01-19 (computed from the rule: 3 days, following business day).
        EvaluationInput input = HankRejectedInJanuary().Input();
        Recommendation note = Evaluate(input, D(2026, 1, 16)).Single("rejection-thank-you-note", "hank");

        Touchpoint once = note.DoneOn(D(2026, 1, 16), "n1");
        Touchpoint again = note.DoneOn(D(2026, 1, 16), "n2");

        once.ShouldBe(new Touchpoint("n1", TouchpointKind.ThankYouEmail, D(2026, 1, 16), ["hank"], "app-1"));
        EvaluationInput doneOnce = With(input, once);
        EvaluationInput doneTwice = With(doneOnce, again);
        Evaluate(doneTwice, D(2026, 2, 2)).ShouldBe(Evaluate(doneOnce, D(2026, 2, 2)));
        Evaluate(doneOnce, D(2026, 2, 2)).For("rejection-thank-you-note").ShouldNotContain(r => r.Target.ContactId == "hank");
    }

    [Fact]
    public void SendAtInSeekerZone_PersonInNewYork_SeekerInLondon_SameInstantOnTheSeekersClock()
    {
        var nancy = new Contact("nancy", "acme", "Nancy", [ContactRole.HiringManager], email: "nancy@acme.example", timeZoneId: "America/New_York");
        var application = new Application("app-1", "acme", "Acme", "Data Analyst", ApplicationStatus.Interviewing, D(2026, 11, 2));
        var input = new EvaluationInput(application, [nancy], [new Touchpoint("t1", TouchpointKind.Interview, D(2026, 11, 20), ["nancy"])], new Seeker(Zone));

        Recommendation thanks = Evaluate(input, D(2026, 11, 21)).Single("interview-thank-you", "nancy");

        // Due Mon 2026-11-23 at 09:00 in New York (-05:00): 14:00 in London.
        thanks.SendAt!.Value.LocalDateTime.ShouldBe(new LocalDateTime(2026, 11, 23, 9, 0));
        thanks.SendAtInSeekerZone!.Value.LocalDateTime.ShouldBe(new LocalDateTime(2026, 11, 23, 14, 0));
        thanks.SendAtInSeekerZone!.Value.Zone.ShouldBe(Zone);
        thanks.SendAtInSeekerZone!.Value.ToInstant().ShouldBe(thanks.SendAt!.Value.ToInstant());
    }

    private static Evaluation Evaluate(EvaluationInput input, NodaTime.LocalDate today) =>
        new FollowUpEngine(DefaultPlaybook.Instance, Clocks.AtNoon(today, Zone)).Evaluate(input, today);

    private static EvaluationInput With(EvaluationInput input, Touchpoint touchpoint) =>
        new(input.Application, input.Contacts, [.. input.Touchpoints, touchpoint], input.Seeker);
}
