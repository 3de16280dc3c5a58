using FollowUpRules.Domain;
using FollowUpRules.Engine;
using FollowUpRules.Rules;
using FollowUpRules.Tests.Support;
using NodaTime;
using static FollowUpRules.Tests.Support.Scenario;

namespace FollowUpRules.Tests.Engine;

/// <summary>
/// A rule that waits on another rule's step waits on that step for the same target: the seeker's, the company's, or each
/// person's own, never someone else's.
/// </summary>
public partial class FollowUpEngineTest
{
    // For the seeker, the company and each person, a first step and another that waits a week after it.
    private static readonly Playbook WaitingPlaybook = PlaybookBuilder.Create("waiting", "Waiting")
        .AddRule("notes", "Write notes", rule => rule
            .After(Anchor.ApplicationSubmitted).Due(StepOffset.FromDays(1)).Window(late: Period.FromDays(3))
            .For(Audience.Seeker).Do(ActionKind.WriteJournalNotes, Channel.None))
        .AddRule("follow", "Follow the company", rule => rule
            .After(Anchor.AfterRule("notes")).Due(StepOffset.FromDays(7)).Window(late: Period.FromDays(3))
            .For(Audience.Seeker).Do(ActionKind.FollowOnSocial, Channel.Social))
        .AddRule("check", "Check on the company", rule => rule
            .After(Anchor.ApplicationSubmitted).Due(StepOffset.FromDays(2)).Window(late: Period.FromDays(3))
            .For(Audience.Company).Do(ActionKind.CheckOnCompany, Channel.Web))
        .AddRule("note-company", "Note what the company is doing", rule => rule
            .After(Anchor.AfterRule("check")).Due(StepOffset.FromDays(7)).Window(late: Period.FromDays(3))
            .For(Audience.Company).Do(ActionKind.WriteJournalNotes, Channel.None))
        .AddRule("check-in", "Check in after a reply", rule => rule
            .After(Anchor.ReplyReceived()).Due(StepOffset.FromDays(1)).Window(late: Period.FromDays(3))
            .For(Audience.Each()).Do(ActionKind.SendCheckIn, Channel.Email))
        .AddRule("ask", "Ask about the application", rule => rule
            .After(Anchor.AfterRule("check-in")).Due(StepOffset.FromDays(7)).Window(late: Period.FromDays(3))
            .For(Audience.Each()).Do(ActionKind.SendStatusFollowUp, Channel.Email))
        .Build();

    [Fact]
    public void Evaluate_RuleAfterAPersonsStep_WaitsOnlyOnThatPersonsStep()
    {
        // Ana, first in the list, replied on Tue 2026-03-03 and was checked in with on Wed 03-04; Ben never replied, so
        // he has no first check-in and nothing to wait on.
        Evaluation evaluation = new Scenario(D(2026, 3, 2)).Person("ana").Person("ben")
            .Reply(D(2026, 3, 3), "ana", ReplyOutcome.Neutral)
            .Touch(TouchpointKind.CheckIn, D(2026, 3, 4), "ana")
            .Evaluate(D(2026, 3, 11), WaitingPlaybook);

        Recommendation ask = evaluation.Single("ask");
        ask.Target.ContactId.ShouldBe("ana");
        ask.AnchorDate.ShouldBe(D(2026, 3, 4));
        ask.Due.ShouldBe(D(2026, 3, 11));
        ask.Explanation.Lines.ShouldContain("Anchor: 'Check in after a reply' for Ana was done on Wed 2026-03-04.");
        evaluation.For("check-in").ShouldBeEmpty();
    }

    [Fact]
    public void Evaluate_RuleAfterTheSeekersAndTheCompanysSteps_EachWaitsOnItsOwn()
    {
        // Applied Mon 2026-03-02: notes done Tue 03-03, the company checked Fri 03-06; Ana (first in the list) replied
        // Tue 03-03 and was checked in with Wed 03-04.
        Evaluation evaluation = new Scenario(D(2026, 3, 2)).Person("ana")
            .Touch(TouchpointKind.JournalEntry, D(2026, 3, 3))
            .Touch(TouchpointKind.CompanyCheck, D(2026, 3, 6))
            .Reply(D(2026, 3, 3), "ana", ReplyOutcome.Neutral)
            .Touch(TouchpointKind.CheckIn, D(2026, 3, 4), "ana")
            .Evaluate(D(2026, 3, 10), WaitingPlaybook);

        Recommendation follow = evaluation.Single("follow");
        follow.Target.Name.ShouldBe("you");
        follow.Due.ShouldBe(D(2026, 3, 10));
        follow.Explanation.Lines.ShouldContain("Anchor: 'Write notes' for you was done on Tue 2026-03-03.");
        Recommendation company = evaluation.Single("note-company");
        company.Target.Name.ShouldBe("Acme");
        company.Due.ShouldBe(D(2026, 3, 13));
        company.Explanation.Lines.ShouldContain("Anchor: 'Check on the company' for Acme was done on Fri 2026-03-06.");
        evaluation.Single("ask", "ana").Due.ShouldBe(D(2026, 3, 11));
    }
}
