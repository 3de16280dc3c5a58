using FollowUpRules.Calendar;
using FollowUpRules.Domain;
using FollowUpRules.Rules;
using FollowUpRules.Rules.Conditions;
using NodaTime;

namespace FollowUpRules.Tests.Rules;

// What a rule or playbook written in code gets for each part it leaves out: the same defaults the JSON format documents.
public partial class RuleTest
{
    private static readonly ActionSpec CheckIn = new(ActionKind.SendCheckIn, Channel.Email);

    [Fact]
    public void Constructor_OptionalPartsLeftOut_TakeTheDocumentedDefaults()
    {
        var rule = new Rule("check-in", "Check in", Anchor.RejectionReceived, new Timing(StepOffset.FromMonths(3)), Audience.Company, CheckIn);

        rule.Late.ShouldBe(LatePolicy.KeepOpen);
        rule.Priority.ShouldBe(Rule.DefaultPriority);
        rule.Priority.ShouldBe(50);
        rule.Source.ShouldBe(string.Empty);
        rule.Conditions.ShouldBeEmpty();
        rule.StopWhen.ShouldBeEmpty();
        rule.IsStopRule.ShouldBeFalse();
        rule.Timing!.Window.ShouldBe(Window.Default);
        rule.Timing.Window.Early.ShouldBeNull();
        rule.Timing.Window.Late.ShouldBe(Period.Zero);
        rule.Timing.Repeat.ShouldBeNull();
        rule.Timing.Adjust.ShouldBe(DateAdjustment.None);
    }

    [Fact]
    public void Constructor_EveryPartGiven_KeepsEachOne()
    {
        var late = LatePolicy.TurnIntoAction(new ActionSpec(ActionKind.SendThankYouEmail, Channel.Email));
        var repeat = new Repeat(StepOffset.FromMonths(3), maxCount: 4, @for: Period.FromYears(3), restartOnInteraction: true, backOffFactor: 2, maxUnanswered: 3);
        var timing = new Timing(StepOffset.FromBusinessDays(2), new Window(Period.FromDays(1), Period.FromDays(5)), repeat, DateAdjustment.Following);

        var rule = new Rule("r", "R", Anchor.ReplyReceived(ReplyOutcome.Yes), timing, Audience.FirstOf(ContactRole.Recruiter), CheckIn,
            [Condition.LinkedInConnected], [Condition.DoNotContact], late, priority: 80, source: "my-playbook.json");

        (rule.Id, rule.Title, rule.Priority, rule.Source).ShouldBe(("r", "R", 80, "my-playbook.json"));
        rule.Anchor.ShouldBe(Anchor.Of(AnchorKind.ReplyReceived, ReplyOutcome.Yes));
        rule.Late.Action.ShouldBe(LateAction.TurnInto);
        rule.Late.TurnInto!.Kind.ShouldBe(ActionKind.SendThankYouEmail);
        rule.Conditions.ShouldBe([Condition.LinkedInConnected]);
        rule.StopWhen.ShouldBe([Condition.DoNotContact]);
        (timing.Offset, timing.Window.Early, timing.Window.Late, timing.Adjust).ShouldBe((StepOffset.FromBusinessDays(2), Period.FromDays(1), Period.FromDays(5), DateAdjustment.Following));
        (repeat.Every, repeat.MaxCount, repeat.For, repeat.RestartOnInteraction, repeat.BackOffFactor, repeat.MaxUnanswered)
            .ShouldBe((StepOffset.FromMonths(3), (int?)4, (Period?)Period.FromYears(3), true, 2, (int?)3));
        new Repeat(StepOffset.FromWeeks(1)).BackOffFactor.ShouldBe(1);
    }

    [Fact]
    public void Constructor_RequiredPartMissing_Throws()
    {
        Should.Throw<ArgumentNullException>(() => new Rule(null!, "R", null, null, Audience.Company, CheckIn)).ParamName.ShouldBe("id");
        Should.Throw<ArgumentNullException>(() => new Rule("r", null!, null, null, Audience.Company, CheckIn)).ParamName.ShouldBe("title");
        Should.Throw<ArgumentNullException>(() => new Rule("r", "R", null, null, null!, CheckIn)).ParamName.ShouldBe("audience");
        Should.Throw<ArgumentNullException>(() => new Rule("r", "R", null, null, Audience.Company, null!)).ParamName.ShouldBe("action");
        Should.Throw<ArgumentNullException>(() => Anchor.AfterRule(null!)).ParamName.ShouldBe("ruleId");
        Should.Throw<ArgumentNullException>(() => LatePolicy.TurnIntoAction(null!)).ParamName.ShouldBe("action");
    }

    [Fact]
    public void IsStopRule_OnlyForStopOutreach()
    {
        new Rule("stop", "Stop", null, null, Audience.EachInterviewer, new ActionSpec(ActionKind.StopOutreach, Channel.Email)).IsStopRule.ShouldBeTrue();
        new Rule("go", "Go", null, null, Audience.EachInterviewer, CheckIn).IsStopRule.ShouldBeFalse();
    }

    [Fact]
    public void Anchors_AndLatePolicies_NameWhatTheyAre()
    {
        Anchor.AfterRule("interview-thank-you").ShouldBe(Anchor.Of(AnchorKind.AfterRule, ruleId: "interview-thank-you"));
        Anchor.AfterRule("interview-thank-you").RuleId.ShouldBe("interview-thank-you");
        Anchor.ReplyReceived().Outcome.ShouldBeNull();
        new[] { Anchor.ApplicationSubmitted, Anchor.InterviewHeld, Anchor.LastInterview, Anchor.RejectionReceived, Anchor.PostingSpotted }.Select(a => a.Kind)
            .ShouldBe([AnchorKind.ApplicationSubmitted, AnchorKind.InterviewHeld, AnchorKind.LastInterview, AnchorKind.RejectionReceived, AnchorKind.PostingSpotted]);
        (LatePolicy.KeepOpen.Action, LatePolicy.Expire.Action).ShouldBe((LateAction.KeepOpen, LateAction.Expire));
        LatePolicy.Of(LateAction.Expire).ShouldBe(LatePolicy.Expire);
    }

    [Fact]
    public void Audiences_PeopleOrNot_AndTheirSelection()
    {
        (Audience.Seeker.IsPeople, Audience.Company.IsPeople, Audience.EachInterviewer.IsPeople, Audience.Each(ContactRole.Recruiter).IsPeople).ShouldBe((false, false, true, true));
        Audience.Each(ContactRole.Recruiter, ContactRole.HiringManager).ShouldBe(new Audience(AudienceKind.Contacts, [ContactRole.Recruiter, ContactRole.HiringManager]));
        Audience.Each(ContactRole.Recruiter).Selection.ShouldBe(AudienceSelection.Each);
        Audience.FirstOf(ContactRole.Recruiter).Selection.ShouldBe(AudienceSelection.First);
        Audience.FirstOf(ContactRole.Recruiter).Roles.ShouldBe([ContactRole.Recruiter]);
        Audience.Seeker.Kind.ShouldBe(AudienceKind.Seeker);
    }

    // A postal note falls back to an email, which falls back to a LinkedIn message: tried in that order.
    [Fact]
    public void Chain_IsTheActionThenEachFallbackInOrder()
    {
        var linkedIn = new ActionSpec(ActionKind.SendThankYouEmail, Channel.LinkedIn);
        var email = new ActionSpec(ActionKind.SendThankYouEmail, Channel.Email, linkedIn);
        var note = new ActionSpec(ActionKind.SendThankYouNote, Channel.Postal, email);

        note.Chain().ShouldBe([note, email, linkedIn]);
        linkedIn.Chain().ShouldBe([linkedIn]);
    }
}
