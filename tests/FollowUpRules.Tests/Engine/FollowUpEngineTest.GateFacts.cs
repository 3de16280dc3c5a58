using FollowUpRules.Domain;
using FollowUpRules.Engine;
using FollowUpRules.Rules;
using FollowUpRules.Rules.Conditions;
using FollowUpRules.Tests.Support;
using NodaTime;
using static FollowUpRules.Tests.Support.Scenario;

namespace FollowUpRules.Tests.Engine;

/// <content>
/// The gates that read a person's channels, LinkedIn state and do-not-contact mark, the stop rules checked once per
/// person, conditions on touchpoints since the anchor or by anyone, and the facts an explanation names for each.
/// </content>
public partial class FollowUpEngineTest
{
    // One thank-you rule per condition on the person's channels and LinkedIn state.
    private static readonly Playbook ChannelsPlaybook = PlaybookBuilder.Create("channels", "Channels")
        .AddRule("has-email", "has-email", rule => Thanks(rule).When(Condition.HasChannel(Channel.Email)))
        .AddRule("has-linkedin", "has-linkedin", rule => Thanks(rule).When(Condition.HasChannel(Channel.LinkedIn)))
        .AddRule("pending", "pending", rule => Thanks(rule).When(Condition.LinkedInStateIs(LinkedInConnection.Pending)))
        .Build();

    [Fact]
    public void Evaluate_ChannelAndLinkedInConditions_HoldForThePeopleTheyDescribe()
    {
        // All three have an email address and no LinkedIn profile link; Ana is connected on LinkedIn, an invitation to Cy
        // is pending, Ben is neither. Connected, Ana can be messaged on LinkedIn without a link.
        Scenario scenario = new Scenario(D(2026, 3, 2))
            .Person("ana", connection: LinkedInConnection.Connected).Person("ben").Person("cy", connection: LinkedInConnection.Pending)
            .Interview(D(2026, 3, 2), "ana", "ben", "cy");

        Evaluation evaluation = scenario.Evaluate(D(2026, 3, 3), ChannelsPlaybook);

        evaluation.Recommendations.Select(r => (r.RuleId, r.Target.ContactId)).ShouldBe(
            [("has-email", "ana"), ("has-email", "ben"), ("has-email", "cy"), ("has-linkedin", "ana"), ("pending", "cy")],
            ignoreOrder: true);
        evaluation.Suppressed.Select(s => (s.RuleId, s.Target.ContactId, s.Reason)).ShouldBe(
            [
                ("has-linkedin", "ben", SuppressionReason.ConditionNotMet), ("has-linkedin", "cy", SuppressionReason.ConditionNotMet),
                ("pending", "ana", SuppressionReason.ConditionNotMet), ("pending", "ben", SuppressionReason.ConditionNotMet),
            ],
            ignoreOrder: true);
    }

    [Fact]
    public void Evaluate_PersonMarkedDoNotContact_TheStepSaysSo()
    {
        Scenario scenario = new Scenario(D(2026, 3, 2)).Person("ana", doNotContact: true).Interview(D(2026, 3, 2), "ana");

        SuppressedStep step = scenario.Evaluate(D(2026, 3, 3), StopRulePlaybook).Suppressed.ShouldHaveSingleItem();

        step.Reason.ShouldBe(SuppressionReason.DoNotContact);
        step.Explanation.Lines.ShouldBe(
        [
            "Rule 'thanks': Thank each interviewer.",
            "Anchor: interview on Mon 2026-03-02 with Ana.",
            "Ana asked not to be contacted, so nothing is recommended to them.",
        ]);
    }

    [Fact]
    public void Evaluate_FirstOf_SkipsAPersonMarkedDoNotContact()
    {
        // Rex, the first recruiter, asked not to be contacted: the question goes to Rob.
        Scenario scenario = new Scenario(D(2026, 3, 2))
            .Person("rex", [ContactRole.Recruiter], doNotContact: true)
            .Person("rob", [ContactRole.Recruiter]);

        Evaluation evaluation = scenario.Evaluate(D(2026, 3, 9), FirstOfPlaybook);

        evaluation.Single("ask").Target.ContactId.ShouldBe("rob");
        evaluation.Suppressed.ShouldBeEmpty();
    }

    [Fact]
    public void Evaluate_TwoStopRulesOnThePersonOnly_EachBlocksWhomItHoldsFor()
    {
        // Neither Ana nor Ben said no; an invitation to Ana is pending, so the second stop rule leaves her alone.
        Playbook playbook = PlaybookBuilder.From(StopRulePlaybook)
            .AddStopRule("invited", "Wait while an invitation is pending", Audience.Each(), Condition.LinkedInStateIs(LinkedInConnection.Pending))
            .Build();
        Scenario scenario = new Scenario(D(2026, 3, 2)).Person("ana", connection: LinkedInConnection.Pending).Person("ben")
            .Interview(D(2026, 3, 2), "ana", "ben");

        Evaluation evaluation = scenario.Evaluate(D(2026, 3, 3), playbook);

        evaluation.Single("thanks").Target.ContactId.ShouldBe("ben");
        SuppressedStep ana = evaluation.Suppressed.ShouldHaveSingleItem();
        (ana.Target.ContactId, ana.Reason, ana.BlockingRuleId).ShouldBe(("ana", SuppressionReason.StopRule, "invited"));
        ana.Explanation.Lines.ShouldBe(
        [
            "Rule 'thanks': Thank each interviewer.",
            "Anchor: interview on Mon 2026-03-02 with Ana and Ben.",
            "Blocked by stop rule 'invited' (Wait while an invitation is pending): your LinkedIn connection with them is pending.",
            "Your LinkedIn invitation to Ana is pending.",
        ]);
    }

    [Fact]
    public void Evaluate_InvitationWithoutAProfileLink_SaysToFindThePersonByName()
    {
        // Ana has an email address only and is not connected: the invitation still reaches her, found by name.
        Playbook playbook = PlaybookBuilder.Create("invite", "Invite")
            .AddRule("connect", "Connect with each interviewer", rule => rule
                .After(Anchor.InterviewHeld).Due(StepOffset.FromDays(1)).Window(late: Period.FromDays(3))
                .For(Audience.EachInterviewer).Do(ActionKind.SendLinkedInInvitation, Channel.LinkedIn))
            .Build();
        Scenario scenario = new Scenario(D(2026, 3, 2)).Person("ana").Interview(D(2026, 3, 2), "ana");

        Recommendation step = scenario.Evaluate(D(2026, 3, 3), playbook).Single("connect", "ana");

        step.Channel.ShouldBe(Channel.LinkedIn);
        step.Explanation.Lines.ShouldBe(
        [
            "Rule 'connect': Connect with each interviewer.",
            "Anchor: interview on Mon 2026-03-02 with Ana.",
            "No LinkedIn profile is recorded for Ana: find them on LinkedIn by name, or ask them for the link to their profile.",
            "Due 1 day after the interview: Tue 2026-03-03.",
            "Window: earliest Mon 2026-03-02, latest Fri 2026-03-06.",
            "Send at 09:00 on Tue 2026-03-03 in your time zone (Europe/London; Ana's is unknown), the start of the send window 09:00-17:00.",
        ]);
    }

    [Fact]
    public void Evaluate_EmailToAPersonConnectedOnLinkedIn_SaysNothingAboutLinkedIn()
    {
        Scenario scenario = new Scenario(D(2026, 3, 2)).Person("ana", connection: LinkedInConnection.Connected).Interview(D(2026, 3, 2), "ana");

        Recommendation step = scenario.Evaluate(D(2026, 3, 3), StopRulePlaybook).Single("thanks", "ana");

        step.Channel.ShouldBe(Channel.Email);
        step.Explanation.Lines.ShouldBe(
        [
            "Rule 'thanks': Thank each interviewer.",
            "Anchor: interview on Mon 2026-03-02 with Ana.",
            "Due 1 day after the interview: Tue 2026-03-03.",
            "Window: earliest Mon 2026-03-02, latest Fri 2026-03-06.",
            "Send at 09:00 on Tue 2026-03-03 in your time zone (Europe/London; Ana's is unknown), the start of the send window 09:00-17:00.",
        ]);
    }

    // Conditions on what happened before the interview, and whether the explanation names it.
    private static readonly Playbook EarlierFactsPlaybook = PlaybookBuilder.Create("earlier", "Earlier")
        .AddRule("marked", "marked", rule => Thanks(rule).When(Condition.DoNotContact))
        .AddRule("replied", "replied", rule => Thanks(rule).StopWhen(Condition.ReplyReceived()))
        .AddRule("coffee", "coffee", rule => Thanks(rule).StopWhen(Condition.TouchpointRecorded(TouchpointKind.Coffee)))
        .AddRule("coffee-since", "coffee-since", rule => Thanks(rule).When(Condition.TouchpointRecorded(TouchpointKind.Coffee, sinceAnchor: true)))
        .Build();

    [Theory]
    [InlineData("marked", "Not recommended, because they have not asked not to be contacted.", null)]
    [InlineData("replied", "Stopped because a reply came from them.", "Ana replied \"Neutral\" on Wed 2026-02-25.")]
    [InlineData("coffee", "Stopped because a coffee was recorded with them.", "A coffee with Ana was recorded on Thu 2026-02-26.")]
    [InlineData("coffee-since", "Not recommended, because no coffee was recorded with them since the anchor date.", null)]
    public void Evaluate_FactsBeforeTheAnchor_CountUnlessTheConditionIsSinceTheAnchor(string ruleId, string because, string? fact)
    {
        // Ana replied on Wed 2026-02-25 (her first touchpoint) and had coffee on Thu 02-26, before the interview on Mon 03-02.
        Scenario scenario = new Scenario(D(2026, 2, 2)).Person("ana")
            .Reply(D(2026, 2, 25), "ana", ReplyOutcome.Neutral)
            .Touch(TouchpointKind.Coffee, D(2026, 2, 26), "ana")
            .Interview(D(2026, 3, 2), "ana");

        SuppressedStep step = scenario.Evaluate(D(2026, 3, 3), EarlierFactsPlaybook).Suppressed(ruleId, "ana");

        string[] expected = [$"Rule '{ruleId}': {ruleId}.", "Anchor: interview on Mon 2026-03-02 with Ana.", because];
        step.Explanation.Lines.ShouldBe(fact is null ? expected : [.. expected, fact]);
    }

    // Conditions on coffees since the interview, with the person, and with anyone.
    private static readonly Playbook CoffeePlaybook = PlaybookBuilder.Create("coffee", "Coffee")
        .AddRule("coffee-since", "coffee-since", rule => Thanks(rule).When(Condition.TouchpointRecorded(TouchpointKind.Coffee, sinceAnchor: true)))
        .AddRule("anyone-coffee", "anyone-coffee", rule => Thanks(rule).When(Condition.TouchpointRecorded(TouchpointKind.Coffee, ConditionScope.Anyone)))
        .Build();

    [Theory]
    [InlineData(0)]
    [InlineData(20)]
    public void Evaluate_CoffeeSinceTheAnchorOrWithAnyone_SameAnswerForALongHistory(int callsEach)
    {
        // Ben had coffee on Fri 2026-02-20, before the interview of Mon 03-02; Ana on the day of the interview; Cy never.
        string[] people = ["ana", "ben", "cy"];
        Scenario scenario = people.Aggregate(new Scenario(D(2026, 1, 5)), (s, id) => s.Person(id));
        foreach (string id in people)
        {
            for (int day = 0; day < callsEach; day++)
            {
                scenario.Touch(TouchpointKind.Call, D(2026, 1, 10).PlusDays(day), id);
            }
        }

        scenario.Touch(TouchpointKind.Coffee, D(2026, 2, 20), "ben")
            .Interview(D(2026, 3, 2), "ana", "ben", "cy")
            .Touch(TouchpointKind.Coffee, D(2026, 3, 2), "ana");

        Evaluation evaluation = scenario.Evaluate(D(2026, 3, 3), CoffeePlaybook);

        evaluation.Recommendations.Select(r => (r.RuleId, r.Target.ContactId)).ShouldBe(
            [("coffee-since", "ana"), ("anyone-coffee", "ana"), ("anyone-coffee", "ben"), ("anyone-coffee", "cy")],
            ignoreOrder: true);
        evaluation.Suppressed.Select(s => (s.RuleId, s.Target.ContactId)).ShouldBe([("coffee-since", "ben"), ("coffee-since", "cy")], ignoreOrder: true);
    }
}
