using FollowUpRules.Domain;
using FollowUpRules.Engine;
using FollowUpRules.Planning;
using FollowUpRules.Rules;
using FollowUpRules.Testing;
using FollowUpRules.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using static FollowUpRules.Tests.Support.Scenario;

namespace FollowUpRules.Tests.Engine;

// The order of the input never changes the answer: every list has a total order with its tie-breaks (docs/concepts.md,
// "Evaluation"). The one exception is chosen, not accidental: a FirstOf audience takes the first contact in the order
// given, the seeker's priority.
public partial class FollowUpEngineTest
{
    [Fact]
    public void Evaluate_ExpiredStepsThatTie_ComeByContactId_WhateverTheOrderOfTheContacts()
    {
        // Ana and Ben interviewed together on Fri 2026-11-20; neither thank-you was sent by Thu 2026-11-26.
        Scenario BenFirst() => new Scenario(D(2026, 11, 2)).Person("ben").Person("ana").Interview(D(2026, 11, 20), "ana", "ben");
        Scenario AnaFirst() => new Scenario(D(2026, 11, 2)).Person("ana").Person("ben").Interview(D(2026, 11, 20), "ana", "ben");

        Evaluation evaluation = BenFirst().Evaluate(D(2026, 11, 27));

        evaluation.Expired.Select(e => (e.RuleId, e.Target.ContactId, e.Latest))
            .ShouldBe([("interview-thank-you", "ana", D(2026, 11, 26)), ("interview-thank-you", "ben", D(2026, 11, 26))]);
        AnaFirst().Evaluate(D(2026, 11, 27)).ShouldBe(evaluation);
    }

    [Fact]
    public void Evaluate_SuppressedStepsOfOneRule_ComeByContactId_WhateverTheOrderOfTheContacts()
    {
        // Both interviewers of Fri 2026-11-20 asked not to be contacted: the thank-you is suppressed for each.
        Scenario Given(params string[] order) => order.Aggregate(new Scenario(D(2026, 11, 2)), (s, id) => s.Person(id, doNotContact: true))
            .Interview(D(2026, 11, 20), "ana", "ben");

        Evaluation evaluation = Given("ben", "ana").Evaluate(D(2026, 11, 21));

        evaluation.Suppressed.Where(s => s.RuleId == "interview-thank-you").Select(s => (s.Target.ContactId, s.Reason))
            .ShouldBe([("ana", SuppressionReason.DoNotContact), ("ben", SuppressionReason.DoNotContact)]);
        Given("ana", "ben").Evaluate(D(2026, 11, 21)).ShouldBe(evaluation);
    }

    [Fact]
    public void Evaluate_FirstOfAudience_TakesTheFirstContactInTheOrderGiven_TheSeekersPriority()
    {
        // Applied Mon 2026-11-02; the status follow-up goes to the first recruiter (or hiring manager) a week later.
        Scenario Given(params string[] order) => order.Aggregate(new Scenario(D(2026, 11, 2)), (s, id) => s.Person(id, [ContactRole.Recruiter]));

        Given("rita", "ray").Evaluate(D(2026, 11, 10)).Single("status-follow-up").Target.ContactId.ShouldBe("rita");
        Given("ray", "rita").Evaluate(D(2026, 11, 10)).Single("status-follow-up").Target.ContactId.ShouldBe("ray");
    }

    [Fact]
    public void Evaluate_ContactsAndTouchpointsShuffled_SameAnswerAndSamePlan_WhenNoAudienceTakesTheFirstContact()
    {
        Playbook everyone = EachInsteadOfFirst(DefaultPlaybook.Instance);
        FollowUpEngine engine = Properties.Engine(everyone);
        var planner = new FollowUpPlanner(engine);
        Gen<(FollowUpCase Given, FollowUpCase Shuffled)> cases =
            from given in FollowUpGenerators.Case(everyone)
            from shuffled in FollowUpGenerators.Shuffled(given)
            select (given, shuffled);

        Check.One(Properties.Quiet(Properties.DefaultRuns), Prop.ForAll(Arb.From(cases), pair =>
        {
            engine.Evaluate(pair.Shuffled.Input, pair.Shuffled.Today).ShouldBe(engine.Evaluate(pair.Given.Input, pair.Given.Today));
            planner.Project(pair.Shuffled.Input, pair.Shuffled.Today, Period.FromMonths(2))
                .ShouldBe(planner.Project(pair.Given.Input, pair.Given.Today, Period.FromMonths(2)));
        }));
    }

    [Fact]
    public void Build_ContactsAndTouchpointsOfEachApplicationShuffled_SameAgenda_WhenNoAudienceTakesTheFirstContact()
    {
        Playbook everyone = EachInsteadOfFirst(DefaultPlaybook.Instance);
        var agendas = new FollowUpAgenda(Properties.Engine(everyone));
        Gen<(AgendaCase Given, EvaluationInput[] Shuffled)> cases =
            from given in FollowUpGenerators.AgendaCase(everyone)
            from shuffled in Gen.CollectToArray(given.Inputs.Select(input =>
                FollowUpGenerators.Shuffled(new FollowUpCase(input, given.Today)).Select(c => c.Input)))
            select (given, shuffled);

        Check.One(Properties.Quiet(100), Prop.ForAll(Arb.From(cases), pair =>
            agendas.Build(pair.Shuffled, pair.Given.Today, pair.Given.Until, pair.Given.Settings)
                .ShouldBe(agendas.Build(pair.Given.Inputs, pair.Given.Today, pair.Given.Until, pair.Given.Settings))));
    }

    /// <summary>Returns <paramref name="playbook"/> with every <see cref="AudienceSelection.First"/> audience made <see cref="AudienceSelection.Each"/>.</summary>
    private static Playbook EachInsteadOfFirst(Playbook playbook) => new(
        playbook.Id,
        playbook.Name,
        playbook.Version,
        playbook.Rules.Select(r => r.Audience.Selection != AudienceSelection.First ? r : new Rule(
            r.Id, r.Title, r.Anchor, r.Timing, new Audience(r.Audience.Kind, r.Audience.Roles), r.Action, r.Conditions, r.StopWhen, r.Late, r.Priority, r.Source)),
        playbook.WorkingWeek,
        playbook.SendWindow,
        playbook.Holidays,
        playbook.OutreachLimits);
}
