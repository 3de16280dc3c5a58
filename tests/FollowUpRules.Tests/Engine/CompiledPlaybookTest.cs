using FollowUpRules.Domain;
using FollowUpRules.Engine;
using FollowUpRules.Rules;
using FollowUpRules.Rules.Conditions;
using FollowUpRules.Tests.Support;
using NodaTime;

namespace FollowUpRules.Tests.Engine;

/// <summary>
/// Which touchpoints change only the steps of the one person they name: the planner does several people's steps of one
/// day from one evaluation when they do. Each kind a rule reads beyond a person, or that the facts keep for the whole
/// application, is shared.
/// </summary>
public class CompiledPlaybookTest
{
    private static readonly TouchpointKind[] KeptForTheApplication =
        [TouchpointKind.Interview, TouchpointKind.Rejection, TouchpointKind.Snooze, TouchpointKind.Dismissal, TouchpointKind.PostingSpotted];

    [Fact]
    public void IsReadForOnePersonOnly_PersonRulesOnly_EveryKindButThoseKeptForTheApplication()
    {
        FollowUpEngine engine = EngineFor(builder => builder.AddRule("thanks", "Thank", rule => ThankEachInterviewer(rule)));

        foreach (TouchpointKind kind in Enum.GetValues<TouchpointKind>())
        {
            engine.IsReadForOnePersonOnly(kind).ShouldBe(!KeptForTheApplication.Contains(kind), kind.ToString());
        }
    }

    [Fact]
    public void IsReadForOnePersonOnly_EvidenceOfACompanyOrSeekerStep_IsShared()
    {
        FollowUpEngine engine = EngineFor(builder => builder
            .AddRule("thanks", "Thank", rule => ThankEachInterviewer(rule))
            .AddRule("check", "Check", rule => rule.After(Anchor.ApplicationSubmitted).Due(StepOffset.FromDays(7)).For(Audience.Company).Do(ActionKind.CheckOnCompany, Channel.Web))
            .AddRule("notes", "Notes", rule => rule.After(Anchor.ApplicationSubmitted).Due(StepOffset.FromDays(7)).For(Audience.Seeker).Do(ActionKind.WriteJournalNotes, Channel.None)));

        engine.IsReadForOnePersonOnly(TouchpointKind.CompanyCheck).ShouldBeFalse();
        engine.IsReadForOnePersonOnly(TouchpointKind.JournalEntry).ShouldBeFalse();
        engine.IsReadForOnePersonOnly(TouchpointKind.ThankYouEmail).ShouldBeTrue();
    }

    [Fact]
    public void IsReadForOnePersonOnly_ConditionsOnTheTarget_KeepAKindOnePersons_ConditionsOnAnyone_ShareIt()
    {
        FollowUpEngine engine = EngineFor(builder => builder.AddRule("thanks", "Thank", rule => ThankEachInterviewer(rule)
            .When(Condition.TouchpointRecorded(TouchpointKind.Coffee), Condition.Not(Condition.TouchpointRecorded(TouchpointKind.Call, ConditionScope.Anyone)))
            .StopWhen(Condition.AnyOf(Condition.ReplyReceived(ReplyOutcome.No, ConditionScope.Anyone), Condition.LinkedInConnected))));

        engine.IsReadForOnePersonOnly(TouchpointKind.Coffee).ShouldBeTrue();
        engine.IsReadForOnePersonOnly(TouchpointKind.Call).ShouldBeFalse();
        engine.IsReadForOnePersonOnly(TouchpointKind.Reply).ShouldBeFalse();
        engine.IsReadForOnePersonOnly(TouchpointKind.LinkedInRequestAccepted).ShouldBeTrue();
    }

    [Fact]
    public void IsReadForOnePersonOnly_ReplyReadOnlyAboutThePersonItNames_StaysOnePersons()
    {
        FollowUpEngine engine = EngineFor(builder => builder
            .AddStopRule("quiet", "Quiet", Audience.Each(), Condition.ReplyReceived(ReplyOutcome.No))
            .AddRule("invite", "Invite", rule => rule.After(Anchor.ReplyReceived(ReplyOutcome.Yes)).Due(StepOffset.FromDays(1))
                .For(Audience.Each()).Do(ActionKind.SendLinkedInInvitation, Channel.LinkedIn)));

        engine.IsReadForOnePersonOnly(TouchpointKind.Reply).ShouldBeTrue();
    }

    [Fact]
    public void IsReadForOnePersonOnly_CompanyStepAnchoredElsewhere_LeavesRepliesOnePersons()
    {
        FollowUpEngine engine = EngineFor(builder => builder
            .AddRule("thanks", "Thank", rule => ThankEachInterviewer(rule))
            .AddRule("check", "Check", rule => rule.After(Anchor.ApplicationSubmitted).Due(StepOffset.FromDays(7)).For(Audience.Company).Do(ActionKind.CheckOnCompany, Channel.Web)));

        engine.IsReadForOnePersonOnly(TouchpointKind.Reply).ShouldBeTrue();
    }

    [Fact]
    public void IsReadForOnePersonOnly_ConditionsThatReadNoTouchpoint_ShareNoKind()
    {
        FollowUpEngine engine = EngineFor(builder => builder
            .AddRule("thanks", "Thank", rule => ThankEachInterviewer(rule).When(Condition.HasChannel(Channel.Email), Condition.Not(Condition.DoNotContact))));

        foreach (TouchpointKind kind in Enum.GetValues<TouchpointKind>())
        {
            engine.IsReadForOnePersonOnly(kind).ShouldBe(!KeptForTheApplication.Contains(kind), kind.ToString());
        }
    }

    [Fact]
    public void IsReadForOnePersonOnly_ReplyAnchoringACompanyStep_IsShared()
    {
        FollowUpEngine engine = EngineFor(builder => builder
            .AddRule("check", "Check", rule => rule.After(Anchor.ReplyReceived()).Due(StepOffset.FromDays(7)).For(Audience.Company).Do(ActionKind.CheckOnCompany, Channel.Web)));

        engine.IsReadForOnePersonOnly(TouchpointKind.Reply).ShouldBeFalse();
    }

    [Fact]
    public void IsReadForOnePersonOnly_StopRuleWhenARulePicksTheFirstReachablePerson_SharesWhatItReads()
    {
        // Who is first reachable depends on everyone the stop rule blocks: what it reads can move a step to someone else.
        static FollowUpEngine With(Audience audience) => EngineFor(builder => builder
            .AddStopRule("quiet", "Quiet", Audience.Each(), Condition.ReplyReceived(ReplyOutcome.No), Condition.LinkedInStateIs(LinkedInConnection.Pending))
            .AddRule("ask", "Ask", rule => rule.After(Anchor.ApplicationSubmitted).Due(StepOffset.FromDays(7)).For(audience).Do(ActionKind.SendStatusFollowUp, Channel.Email)));

        FollowUpEngine first = With(Audience.FirstOf(ContactRole.Recruiter));
        first.IsReadForOnePersonOnly(TouchpointKind.Reply).ShouldBeFalse();
        first.IsReadForOnePersonOnly(TouchpointKind.LinkedInRequestSent).ShouldBeFalse();
        first.IsReadForOnePersonOnly(TouchpointKind.StatusFollowUp).ShouldBeTrue();

        FollowUpEngine each = With(Audience.Each(ContactRole.Recruiter));
        each.IsReadForOnePersonOnly(TouchpointKind.Reply).ShouldBeTrue();
        each.IsReadForOnePersonOnly(TouchpointKind.LinkedInRequestSent).ShouldBeTrue();
    }

    [Fact]
    public void IsReadForOnePersonOnly_WhatASilentRejectionReads_IsShared()
    {
        // A silent rejection changes the status for everyone: the call that prevents it matters to every person's steps.
        FollowUpEngine engine = EngineFor(builder => builder
            .AddRule("thanks", "Thank", rule => ThankEachInterviewer(rule))
            .AddRule("silence", "Silence", rule => rule.After(Anchor.LastInterview).Due(StepOffset.FromDays(30))
                .For(Audience.Seeker).Do(ActionKind.TreatAsRejected, Channel.None).When(Condition.Not(Condition.TouchpointRecorded(TouchpointKind.Call)))));

        engine.IsReadForOnePersonOnly(TouchpointKind.Call).ShouldBeFalse();
        engine.IsReadForOnePersonOnly(TouchpointKind.Coffee).ShouldBeTrue();
    }

    [Fact]
    public void IsReadForOnePersonOnly_CustomCondition_SharesEveryKind()
    {
        var evaluator = new DelegateCondition("remote", (_, _) => true);
        Playbook playbook = PlaybookBuilder.Create("p", "P")
            .AddRule("thanks", "Thank", rule => ThankEachInterviewer(rule).When(new CustomCondition("remote")))
            .Build(["remote"]);
        var engine = new FollowUpEngine(playbook, Clocks.AtNoon(new LocalDate(2026, 3, 2), DateTimeZone.Utc), [evaluator]);

        Enum.GetValues<TouchpointKind>().ShouldAllBe(kind => !engine.IsReadForOnePersonOnly(kind));
    }

    [Fact]
    public void IsReadForOnePersonOnly_NotAKindOfTheVocabulary_IsNot()
    {
        FollowUpEngine engine = EngineFor(builder => builder.AddRule("thanks", "Thank", rule => ThankEachInterviewer(rule)));

        engine.IsReadForOnePersonOnly((TouchpointKind)1000).ShouldBeFalse();
        engine.IsReadForOnePersonOnly((TouchpointKind)(-1)).ShouldBeFalse();
        engine.IsReadForOnePersonOnly((TouchpointKind)(Enum.GetValues<TouchpointKind>().Max(kind => (int)kind) + 1)).ShouldBeFalse();
    }

    private static RuleBuilder ThankEachInterviewer(RuleBuilder rule) =>
        rule.After(Anchor.InterviewHeld).Due(StepOffset.FromDays(1)).For(Audience.EachInterviewer).Do(ActionKind.SendThankYouEmail, Channel.Email);

    private static FollowUpEngine EngineFor(Func<PlaybookBuilder, PlaybookBuilder> rules) =>
        new(rules(PlaybookBuilder.Create("p", "P")).Build(), Clocks.AtNoon(new LocalDate(2026, 3, 2), DateTimeZone.Utc));

    private sealed class DelegateCondition(string name, Func<CustomCondition, ConditionContext, bool> isSatisfied) : ICustomConditionEvaluator
    {
        public string Name => name;

        public bool IsSatisfied(CustomCondition condition, ConditionContext context) => isSatisfied(condition, context);
    }
}
