using FollowUpRules.Domain;
using FollowUpRules.Drafts;
using FollowUpRules.Planning;
using NodaTime;
using static FollowUpRules.Tests.Support.Scenario;

namespace FollowUpRules.Tests.Planning;

/// <summary>
/// Two applications at one company: a person's "no" and do-not-contact hold for both, relationship touches count for both
/// whichever application they were filed under, and application touches stay with theirs.
/// </summary>
public partial class FollowUpAgendaTest
{
    private static readonly Contact Hank = new("hank", "acme", "Hank", [ContactRole.HiringManager], email: "hank@acme.example");
    private static readonly Contact Tess = new("tess", "acme", "Tess", [ContactRole.TeamMember], email: "tess@acme.example");

    /// <summary>a1: applied Fri 2026-01-02, interviewed by Hank and Tess on Thu 2026-01-08, rejected Thu 2026-01-15.</summary>
    private static EvaluationInput FirstAtAcme(Contact? hank = null, params Touchpoint[] more) =>
        new(
            new Application("a1", "acme", "Acme", "Data Analyst", ApplicationStatus.Rejected, D(2026, 1, 2)),
            [hank ?? Hank, Tess],
            [
                new Touchpoint("a1:interview", TouchpointKind.Interview, D(2026, 1, 8), ["hank", "tess"], "a1"),
                new Touchpoint("a1:rejection", TouchpointKind.Rejection, D(2026, 1, 15), applicationId: "a1"),
                .. more,
            ],
            new Seeker(Zone));

    /// <summary>a2: applied Mon 2026-03-02, interviewed by Hank on Tue 2026-03-10, rejected Fri 2026-03-20.</summary>
    private static EvaluationInput SecondAtAcme(params Touchpoint[] more) =>
        new(
            new Application("a2", "acme", "Acme", "Data Engineer", ApplicationStatus.Rejected, D(2026, 3, 2)),
            [Hank, Tess],
            [
                new Touchpoint("a2:interview", TouchpointKind.Interview, D(2026, 3, 10), ["hank"], "a2"),
                new Touchpoint("a2:rejection", TouchpointKind.Rejection, D(2026, 3, 20), applicationId: "a2"),
                .. more,
            ],
            new Seeker(Zone));

    // Hank said no on Sun 2026-02-01, in a reply filed under a1, before the seeker applied for a2.
    private static Touchpoint HanksNo => new("a1:no", TouchpointKind.Reply, D(2026, 2, 1), ["hank"], "a1", ReplyOutcome.No);

    [Fact]
    public void Build_NoFiledUnderOneApplication_NothingToThatPersonForEither()
    {
        LocalDate today = D(2026, 5, 1);
        Agenda withoutNo = Agendas.Build([FirstAtAcme(), SecondAtAcme()], today, D(2026, 12, 31));
        Agenda withNo = Agendas.Build([FirstAtAcme(null, HanksNo), SecondAtAcme()], today, D(2026, 12, 31));

        // Without the no, Hank gets check-ins; with it, nothing from either application, while Tess keeps hers.
        withoutNo.Items.ShouldContain(i => i.Recommendation.Target.ContactId == "hank" && i.ApplicationIds.Contains("a2"));
        withNo.Items.ShouldNotContain(i => i.Recommendation.Target.ContactId == "hank");
        withNo.Items.ShouldContain(i => i.Recommendation.RuleId == "coffee-with-team-member" && i.Recommendation.Target.ContactId == "tess");
    }

    [Fact]
    public void Project_NoFiledUnderOneApplication_NothingToThatPersonAllYear()
    {
        Agenda ahead = Agendas.Project([FirstAtAcme(null, HanksNo), SecondAtAcme()], D(2026, 3, 20), Period.FromMonths(12));

        ahead.Items.ShouldNotBeEmpty();
        ahead.Items.ShouldNotContain(i => i.Recommendation.Target.ContactId == "hank");
    }

    [Fact]
    public void Build_DoNotContactWithOneApplication_HoldsForTheOther()
    {
        var hankAskedNotTo = new Contact("hank", "acme", "Hank", [ContactRole.HiringManager], email: "hank@acme.example", doNotContact: true);

        Agenda agenda = Agendas.Build([FirstAtAcme(hankAskedNotTo), SecondAtAcme()], D(2026, 3, 20), D(2026, 12, 31));

        agenda.Items.ShouldNotContain(i => i.Recommendation.Target.ContactId == "hank");
        agenda.Items.ShouldContain(i => i.Recommendation.RuleId == "journal-notes" && i.ApplicationIds.Contains("a2"));
    }

    [Fact]
    public void Build_CheckInFiledUnderOneApplication_CountsForTheOthersNurture()
    {
        // Hank's first check-in of each application is due in June; the seeker sends one on Mon 2026-06-22, filed under a1.
        var checkIn = new Touchpoint("a1:check-in", TouchpointKind.CheckIn, D(2026, 6, 22), ["hank"], "a1");

        Agenda agenda = Agendas.Build([FirstAtAcme(null, checkIn), SecondAtAcme()], D(2026, 6, 23), D(2026, 12, 31));

        // One unanswered check-in: the next, for both applications, six months after it (Tue 2026-12-22).
        AgendaItem next = agenda.Items.Single(i => i.Recommendation.RuleId == "nurture-hiring-manager");
        next.ApplicationIds.ShouldBe(["a1", "a2"]);
        next.Recommendation.Due.ShouldBe(D(2026, 12, 22));
    }

    [Fact]
    public void Build_ThankYouFiledUnderOneApplication_DoesNotThankForTheOthersInterview()
    {
        // A thank-you to Hank filed under a1 on the day of a2's interview is a1's: a2's thank-you is still to send.
        var thanks = new Touchpoint("a1:thanks", TouchpointKind.ThankYouEmail, D(2026, 3, 10), ["hank"], "a1");
        EvaluationInput second = new(
            new Application("a2", "acme", "Acme", "Data Engineer", ApplicationStatus.Interviewing, D(2026, 3, 2)),
            [Hank, Tess],
            [new Touchpoint("a2:interview", TouchpointKind.Interview, D(2026, 3, 10), ["hank"], "a2")],
            new Seeker(Zone));

        Agenda agenda = Agendas.Build([FirstAtAcme(null, thanks), second], D(2026, 3, 10), D(2026, 3, 13));

        agenda.Items.ShouldContain(i => i.Recommendation.RuleId == "interview-thank-you" && i.ApplicationIds.SequenceEqual(new[] { "a2" }));
    }

    [Fact]
    public void Project_OneApplicationGivenThePersonsEarlierNo_PlansNothingForThem()
    {
        // The planner sees one application: a host gives it the relationship's history, here Hank's no from before a2.
        var no = new Touchpoint("no", TouchpointKind.Reply, D(2026, 2, 1), ["hank"], outcome: ReplyOutcome.No);

        Plan plan = new FollowUpPlanner(Engine).Project(SecondAtAcme(no), D(2026, 3, 20), Period.FromMonths(24));

        plan.Steps.ShouldNotBeEmpty();
        plan.Steps.ShouldNotContain(s => s.Recommendation.Target.ContactId == "hank");
    }

    [Theory]
    [InlineData("a1")]
    [InlineData("a2")]
    public void Build_PostingFiledUnderOneApplication_KeepsItsTitleInTheDraftOfTheSharedStep(string filedUnder)
    {
        // A "Senior Data Analyst" posting at Acme spotted on Mon 2026-05-04, filed under one of the two rejected applications.
        var posting = new Touchpoint($"{filedUnder}:posting", TouchpointKind.PostingSpotted, D(2026, 5, 4), applicationId: filedUnder, title: "Senior Data Analyst");
        EvaluationInput[] inputs = filedUnder == "a1" ? [FirstAtAcme(null, posting), SecondAtAcme()] : [FirstAtAcme(), SecondAtAcme(posting)];

        AgendaItem reachOut = Agendas.Build(inputs, D(2026, 5, 4), D(2026, 5, 31)).Items.Single(i => i.Recommendation.RuleId == "reach-out-on-new-posting");

        reachOut.ApplicationIds.ShouldBe(["a1", "a2"]);
        reachOut.Recommendation.AnchorKey.ShouldBe(posting.Id);
        EvaluationInput evaluated = FollowUpAgenda.ShareTouchpoints(inputs).Single(i => i.Application.Id == reachOut.Recommendation.ApplicationId);
        new DraftWriter(Engine.Playbook).Write(evaluated, reachOut.Recommendation)!.ToString().ShouldContain("posted a new role (Senior Data Analyst)");
    }
}
