using FollowUpRules.Domain;
using FollowUpRules.Engine;
using FollowUpRules.Rules;
using FollowUpRules.Tests.Support;
using NodaTime;
using static FollowUpRules.Tests.Support.Scenario;

namespace FollowUpRules.Tests.Engine;

/// <summary>Steps that count from a reply or a posting, on a small playbook of its own: whose reply, which outcome, which posting.</summary>
public partial class FollowUpEngineTest
{
    // Two days after a person says yes, check in with them; a day after anyone replies at all, note it in the journal
    // for that person; a day after a posting is spotted, tell the hiring manager about it.
    private static readonly Playbook AnchorsPlaybook = PlaybookBuilder.Create("anchors", "Anchors")
        .AddRule("after-yes", "Check in after a yes", rule => rule
            .After(Anchor.ReplyReceived(ReplyOutcome.Yes)).Due(StepOffset.FromDays(2)).Window(late: Period.FromDays(7))
            .For(Audience.Each()).Do(ActionKind.SendCheckIn, Channel.Email))
        .AddRule("after-any-reply", "Check in after any reply", rule => rule
            .After(Anchor.ReplyReceived()).Due(StepOffset.FromDays(1)).Window(late: Period.FromDays(7))
            .For(Audience.Each()).Do(ActionKind.SendCheckIn, Channel.Email))
        .AddRule("posting", "Tell the hiring manager about the posting", rule => rule
            .After(Anchor.PostingSpotted).Due(StepOffset.FromDays(1)).Window(late: Period.FromDays(7))
            .For(Audience.Each(ContactRole.HiringManager)).Do(ActionKind.ReachOutAboutPosting, Channel.Email))
        .Build();

    [Fact]
    public void Evaluate_ReplyAnchor_CountsOnlyThatPersonsReplyWithTheOutcome()
    {
        // Ana said yes on Wed 2026-03-04, Ben gave a neutral answer the same day, Cy never replied.
        Evaluation evaluation = new Scenario(D(2026, 3, 2))
            .Person("ana", [ContactRole.Recruiter])
            .Person("ben", [ContactRole.Recruiter])
            .Person("cy", [ContactRole.Recruiter])
            .Reply(D(2026, 3, 4), "ana", ReplyOutcome.Yes)
            .Reply(D(2026, 3, 4), "ben", ReplyOutcome.Neutral)
            .Evaluate(D(2026, 3, 5), AnchorsPlaybook);

        Recommendation yes = evaluation.Single("after-yes");
        yes.Target.ContactId.ShouldBe("ana");
        yes.Due.ShouldBe(D(2026, 3, 6));
        yes.AnchorDate.ShouldBe(D(2026, 3, 4));
        yes.AnchorKey.ShouldBe("t1");

        evaluation.For("after-any-reply").Select(r => $"{r.Target.ContactId} {r.Due:uuuu-MM-dd}")
            .ShouldBe(["ana 2026-03-05", "ben 2026-03-05"], ignoreOrder: true);
    }

    [Fact]
    public void Evaluate_ReplyAnchor_NoReply_NoStep()
    {
        Evaluation evaluation = new Scenario(D(2026, 3, 2))
            .Person("ana", [ContactRole.Recruiter])
            .Touch(TouchpointKind.MessageSent, D(2026, 3, 4), "ana")
            .Evaluate(D(2026, 3, 5), AnchorsPlaybook);

        evaluation.For("after-yes").ShouldBeEmpty();
        evaluation.For("after-any-reply").ShouldBeEmpty();
    }

    [Fact]
    public void Evaluate_PostingAnchor_CountsFromTheDayThePostingWasSpotted()
    {
        Evaluation evaluation = new Scenario(D(2026, 3, 2))
            .Person("hana", [ContactRole.HiringManager])
            .Person("rex", [ContactRole.Recruiter])
            .Posting(D(2026, 3, 10), "Senior Product Manager")
            .Evaluate(D(2026, 3, 11), AnchorsPlaybook);

        Recommendation posting = evaluation.Single("posting");
        posting.Target.ContactId.ShouldBe("hana");
        posting.Due.ShouldBe(D(2026, 3, 11));
        posting.AnchorDate.ShouldBe(D(2026, 3, 10));
    }
}
