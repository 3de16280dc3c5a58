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

namespace FollowUpRules.Tests.Planning;

/// <summary>
/// The plan is the one that evaluating again after every step gives: the planner does a day's due steps for different
/// people from one evaluation, and that must change nothing, neither a date nor the order nor a step's explanation.
/// </summary>
public partial class FollowUpPlannerTest
{
    private static readonly Period FourMonths = Period.FromMonths(4);

    [Fact]
    public void Project_DefaultPlaybook_EqualsPlanningOneStepAtATime()
    {
        int sharedDays = 0;
        Check.One(
            Properties.Quiet(300),
            Prop.ForAll(FollowUpGenerators.Cases(), (FollowUpCase c) =>
            {
                sharedDays += SameAsOneStepAtATime(Engine, c);
                return true;
            }));

        // The check means something only where several people's steps fell on one day (about one case in ten).
        sharedDays.ShouldBeGreaterThan(5);
    }

    [Fact]
    public void Project_GeneratedPlaybooks_EqualsPlanningOneStepAtATime()
    {
        Gen<(Playbook Playbook, FollowUpCase Case)> cases =
            from playbook in PlaybookGenerators.Playbook()
            from c in FollowUpGenerators.Case(playbook)
            select (playbook, c);
        int sharedDays = 0;
        Check.One(
            Properties.Quiet(400),
            Prop.ForAll(cases.ToArbitrary(), ((Playbook Playbook, FollowUpCase Case) x) =>
            {
                sharedDays += SameAsOneStepAtATime(Properties.Engine(x.Playbook), x.Case);
                return true;
            }));

        // Generated playbooks share most kinds of touchpoint between people (conditions on anyone's, custom conditions,
        // rules for the company that read every touchpoint), so days of several people's steps done from one evaluation
        // are rarer than with the default playbook; the check is that the plan stays the same whichever way it is made.
        sharedDays.ShouldBeGreaterThan(0);
    }

    [Fact]
    public void Project_ThreeContactsThankedOnOneDay_EachStepExplainedAsAlone()
    {
        // Three interviewers, all owed a thank-you note on Thu 2026-11-19: the plan does the three on that day, and each
        // note's explanation names its own person, as the evaluation before it would.
        EvaluationInput input = new Scenario(D(2026, 9, 1))
            .Person("ana", [ContactRole.HiringManager], postal: true)
            .Person("ben", [ContactRole.TeamMember], postal: true)
            .Person("eva", [ContactRole.TeamMember], postal: true)
            .Interview(D(2026, 9, 15), "ana", "ben", "eva")
            .Rejected(D(2026, 11, 16))
            .Input();

        Plan plan = Planner.Project(input, D(2026, 11, 18), FourMonths);

        PlannedStep[] notes = [.. plan.Steps.Where(s => s.Recommendation.RuleId == "rejection-thank-you-note")];
        notes.Select(s => $"{s.Date:uuuu-MM-dd} {s.Recommendation.Target.Key}").ShouldBe(["2026-11-19 contact:ana", "2026-11-19 contact:ben", "2026-11-19 contact:eva"]);
        foreach (PlannedStep note in notes)
        {
            note.Recommendation.Explanation.Lines.ShouldContain(line => line.Contains(note.Recommendation.Target.Name!, StringComparison.Ordinal));
        }

        plan.Steps.ShouldBe(OneStepAtATime(Engine, input, D(2026, 11, 18), plan.Until));
    }

    // Checks the plan against OneStepAtATime; returns the number of days on which it did steps for two people or more.
    private static int SameAsOneStepAtATime(FollowUpEngine engine, FollowUpCase c)
    {
        if (c.Today.PlusMonths(4) > FollowUpRules.Validation.Limits.MaxDate)
        {
            return 0;
        }

        Plan plan = new FollowUpPlanner(engine).Project(c.Input, c.Today, FourMonths);
        PlannedStep[] expected = OneStepAtATime(engine, c.Input, c.Today, plan.Until);
        plan.IsTruncated.ShouldBeFalse(c.ToString());
        plan.Steps.Count.ShouldBe(expected.Length, c.ToString());
        for (int i = 0; i < expected.Length; i++)
        {
            plan.Steps[i].ShouldBe(expected[i], $"{c}: step {i}");
            plan.Steps[i].Recommendation.Explanation.Lines.ShouldBe(expected[i].Recommendation.Explanation.Lines, $"{c}: step {i}");
        }

        return plan.Steps.GroupBy(s => s.Date).Count(day => day.Select(s => s.Recommendation.Target.ContactId).OfType<string>().Distinct().Count() > 1);
    }

    /// <summary>
    /// The plan as the public API makes it one step at a time: evaluate as of the day, do the first step due (recorded as
    /// the planner records it, numbered from 1), evaluate again; with nothing due, go to the next due date.
    /// </summary>
    private static PlannedStep[] OneStepAtATime(FollowUpEngine engine, EvaluationInput input, LocalDate today, LocalDate until)
    {
        var steps = new List<PlannedStep>();
        LocalDate day = today;
        while (true)
        {
            ValueList<Recommendation> recommendations = engine.Evaluate(input, day).Recommendations;
            Recommendation? due = recommendations.FirstOrDefault(r => r.Due <= day);
            if (due is not null)
            {
                steps.Add(new PlannedStep(day, due));
                input = FollowUpPlanner.WithDone(input, due, day, $"plan:{steps.Count}:{due.RuleId}");
                continue;
            }

            if (recommendations.Count == 0 || recommendations.Min(r => r.Due) > until)
            {
                return [.. steps];
            }

            day = recommendations.Min(r => r.Due);
        }
    }
}
