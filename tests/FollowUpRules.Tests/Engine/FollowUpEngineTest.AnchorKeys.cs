using FollowUpRules.Domain;
using FollowUpRules.Engine;
using FollowUpRules.Rules;
using FollowUpRules.Tests.Support;
using NodaTime;
using static FollowUpRules.Tests.Support.Scenario;

namespace FollowUpRules.Tests.Engine;

/// <summary>
/// A step anchored on a single event names the event in <see cref="Recommendation.AnchorKey"/>, and so in the id of the
/// touchpoint that records it as done: a pipeline keeps those ids, so they stay the same from one version to the next.
/// </summary>
public partial class FollowUpEngineTest
{
    [Fact]
    public void Evaluate_StepsAfterApplyingAndAfterTheLastInterview_NameTheirAnchorInTheirKeyAndDoneId()
    {
        // Applied Mon 2026-03-02, interviewed by Ana Tue 03-10: a journal note a week after applying, a check-in with Ana
        // three days after the last interview.
        Playbook playbook = PlaybookBuilder.Create("keys", "Keys")
            .AddRule("notes", "Write notes", rule => rule
                .After(Anchor.ApplicationSubmitted).Due(StepOffset.FromDays(7)).Window(late: Period.FromDays(30))
                .For(Audience.Seeker).Do(ActionKind.WriteJournalNotes, Channel.None))
            .AddRule("check-in", "Check in", rule => rule
                .After(Anchor.LastInterview).Due(StepOffset.FromDays(3)).Window(late: Period.FromDays(30))
                .For(Audience.EachInterviewer).Do(ActionKind.SendCheckIn, Channel.Email))
            .Build();
        Evaluation evaluation = new Scenario(D(2026, 3, 2)).Person("ana").Interview(D(2026, 3, 10), "ana").Evaluate(D(2026, 3, 13), playbook);

        Recommendation notes = evaluation.Single("notes");
        Recommendation checkIn = evaluation.Single("check-in", "ana");

        (notes.AnchorKey, checkIn.AnchorKey).ShouldBe(("applied", "last-interview"));
        notes.DoneOn(D(2026, 3, 13)).Id.ShouldBe("done:notes:seeker:applied:1:2026-03-13");
        checkIn.DoneOn(D(2026, 3, 13)).Id.ShouldBe("done:check-in:contact:ana:last-interview:1:2026-03-13");
    }
}
