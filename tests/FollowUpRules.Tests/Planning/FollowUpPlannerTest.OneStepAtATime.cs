using FollowUpRules.Calendar;
using FollowUpRules.Domain;
using FollowUpRules.Engine;
using FollowUpRules.Planning;
using FollowUpRules.Rules;
using FollowUpRules.Rules.Conditions;
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

    [Fact]
    public void Project_StepDoneInADayOfSeveralPeoplesSteps_MakesAMoreUrgentOne_TheDayGoesOnFromIt()
    {
        // Ana and Ben interviewed on Mon 2026-03-02 and are each owed a thank-you on Tue 03-03, on time until Fri 03-06.
        // Thanking Ana makes a congratulations to her due that day and on time that day only: more urgent than Ben's
        // thank-you, so it comes before it, though both thank-yous were due in one evaluation.
        Playbook playbook = PlaybookBuilder.Create("chain", "Chain")
            .AddRule("note", "Send a note", rule => rule
                .After(Anchor.InterviewHeld).Due(StepOffset.FromDays(1)).Window(late: Period.FromDays(3))
                .For(Audience.EachInterviewer).Do(ActionKind.SendThankYouEmail, Channel.Email))
            .AddRule("congratulate", "Congratulate once thanked", rule => rule
                .After(Anchor.InterviewHeld).Due(StepOffset.FromDays(1))
                .For(Audience.EachInterviewer).Do(ActionKind.SendCongratulations, Channel.Email)
                .When(Condition.TouchpointRecorded(TouchpointKind.ThankYouEmail)))
            .Build();
        FollowUpEngine engine = Properties.Engine(playbook);
        EvaluationInput input = new Scenario(D(2026, 2, 2)).Person("ana").Person("ben").Interview(D(2026, 3, 2), "ana", "ben").Input();

        Plan plan = new FollowUpPlanner(engine).Project(input, D(2026, 3, 3), Period.FromMonths(1));

        plan.Steps.Select(s => $"{s.Date:uuuu-MM-dd} {s.Recommendation.RuleId} {s.Recommendation.Target.Key}").ShouldBe(
        [
            "2026-03-03 note contact:ana",
            "2026-03-03 congratulate contact:ana",
            "2026-03-03 note contact:ben",
            "2026-03-03 congratulate contact:ben",
        ]);
        plan.Steps.ShouldBe(OneStepAtATime(engine, input, D(2026, 3, 3), plan.Until));
    }

    [Fact]
    public void Project_SeveralPeoplesStepsDueOnOneDay_AreDoneThatDayInTheEnginesOrder()
    {
        // Four interviewers owed a thank-you on Tue 2026-03-03, which makes nothing more: the four are done that day.
        Playbook playbook = PlaybookBuilder.Create("notes", "Notes")
            .AddRule("note", "Send a note", rule => rule
                .After(Anchor.InterviewHeld).Due(StepOffset.FromDays(1)).Window(late: Period.FromDays(3))
                .For(Audience.EachInterviewer).Do(ActionKind.SendThankYouEmail, Channel.Email))
            .Build();
        FollowUpEngine engine = Properties.Engine(playbook);
        EvaluationInput input = new Scenario(D(2026, 2, 2)).Person("dan").Person("ana").Person("cy").Person("ben")
            .Interview(D(2026, 3, 2), "ana", "ben", "cy", "dan").Input();

        Plan plan = new FollowUpPlanner(engine).Project(input, D(2026, 3, 3), Period.FromMonths(1));

        plan.Steps.Select(s => $"{s.Date:uuuu-MM-dd} {s.Recommendation.Target.Key}").ShouldBe(
            ["2026-03-03 contact:ana", "2026-03-03 contact:ben", "2026-03-03 contact:cy", "2026-03-03 contact:dan"]);
        plan.Steps.ShouldBe(OneStepAtATime(engine, input, D(2026, 3, 3), plan.Until));
    }

    [Fact]
    public void Project_RepeatMovedBackOntoTheDayThePreviousWasDone_EachCheckInDoneOnce()
    {
        // A check-in with Hana four days after she applied on Mon 2026-03-02, then every two days for two months, moved back
        // to the preceding business day off a weekend. Done on Fri 03-06, the next falls on Sun 03-08 and would move back to
        // that Friday: it is due on Mon 03-09 instead, and no day has two check-ins with her.
        Playbook playbook = PlaybookBuilder.Create("every-other-day", "Every other day")
            .AddRule("check-in", "Check in", rule => rule
                .After(Anchor.ApplicationSubmitted).Due(StepOffset.FromDays(4)).Adjust(DateAdjustment.Preceding)
                .Repeat(StepOffset.FromDays(2), @for: Period.FromMonths(2))
                .For(Audience.Each(ContactRole.HiringManager)).Do(ActionKind.SendCheckIn, Channel.Email))
            .Build();
        FollowUpEngine engine = Properties.Engine(playbook);
        EvaluationInput input = new Scenario(D(2026, 3, 2)).Person("hana", [ContactRole.HiringManager]).Input();

        Plan plan = new FollowUpPlanner(engine).Project(input, D(2026, 3, 2), FourMonths);

        plan.IsTruncated.ShouldBeFalse();
        plan.Steps.Take(5).Select(s => $"{s.Date:ddd uuuu-MM-dd} {s.Recommendation.Occurrence}").ShouldBe(
            ["Fri 2026-03-06 1", "Mon 2026-03-09 2", "Wed 2026-03-11 3", "Fri 2026-03-13 4", "Mon 2026-03-16 5"]);
        plan.Steps.GroupBy(s => s.Date).ShouldAllBe(day => day.Count() == 1);
        plan.Steps[^1].Date.ShouldBeLessThanOrEqualTo(D(2026, 5, 2));
        plan.Steps.ShouldBe(OneStepAtATime(engine, input, D(2026, 3, 2), plan.Until));
    }

    [Fact]
    public void Project_CoffeeCadenceRestartingOnInteraction_EachCoffeeDoneOnce()
    {
        // A case the generated playbooks found: a Friday-Saturday week, coffee with each hiring manager 30 days after
        // applying on Tue 2024-01-23, then every 5 days with back-off, restarting at each interaction, moved back off
        // non-working days. Coffee with both on Sat 02-17 makes the next ones fall on Thu 02-22, moved back to that
        // Saturday, where another coffee would be the same one: they are due on Fri 02-23 instead.
        ActionSpec coffee = new(ActionKind.MeetForCoffee, Channel.InPerson, new ActionSpec(ActionKind.SendCheckIn, Channel.Phone));
        Playbook playbook = PlaybookBuilder.Create("coffee", "Coffee")
            .WithWorkingWeek(WorkingWeek.Of(IsoDayOfWeek.Friday, IsoDayOfWeek.Saturday))
            .AddRule("coffee", "Coffee", rule => rule
                .After(Anchor.ApplicationSubmitted).Due(StepOffset.FromDays(30)).Adjust(DateAdjustment.Preceding)
                .Window(early: Period.FromMonths(2), late: Period.FromDays(13))
                .Repeat(StepOffset.FromDays(5), @for: Period.FromYears(2), restartOnInteraction: true, backOffFactor: 2)
                .For(Audience.Each(ContactRole.HiringManager)).Do(coffee)
                .IfLate(LatePolicy.TurnIntoAction(new ActionSpec(ActionKind.MeetForCoffee, Channel.Postal))))
            .Build();
        FollowUpEngine engine = Properties.Engine(playbook);
        EvaluationInput input = new Scenario(D(2024, 1, 23), ApplicationStatus.Closed)
            .Person("c1", [ContactRole.HiringManager, ContactRole.Referrer], email: false, postal: true, phone: true)
            .Person("c2", [ContactRole.HiringManager], email: false, phone: true, connection: LinkedInConnection.Pending)
            .Touch(TouchpointKind.Congratulations, D(2024, 1, 23), "c2")
            .Input();

        Plan plan = new FollowUpPlanner(engine).Project(input, D(2024, 1, 23), FourMonths);

        plan.IsTruncated.ShouldBeFalse();
        plan.Steps.Take(4).Select(s => $"{s.Date:ddd uuuu-MM-dd} {s.Recommendation.Target.Key} {s.Recommendation.Occurrence}").ShouldBe(
            ["Sat 2024-02-17 contact:c1 1", "Sat 2024-02-17 contact:c2 1", "Fri 2024-02-23 contact:c1 2", "Fri 2024-02-23 contact:c2 2"]);
        plan.Steps.GroupBy(s => (s.Date, s.Recommendation.Target.Key)).ShouldAllBe(day => day.Count() == 1);
        plan.Steps.ShouldBe(OneStepAtATime(engine, input, D(2024, 1, 23), plan.Until));
    }

    // Checks the plan against OneStepAtATime; returns the number of days on which it did steps for two people or more.
    private static int SameAsOneStepAtATime(FollowUpEngine engine, FollowUpCase c)
    {
        if (c.Today.PlusMonths(4) > FollowUpRules.Validation.Limits.MaxDate)
        {
            return 0;
        }

        Plan plan = new FollowUpPlanner(engine).Project(c.Input, c.Today, FourMonths);
        plan.IsTruncated.ShouldBeFalse(c.ToString());
        PlannedStep[] expected = OneStepAtATime(engine, c.Input, c.Today, plan.Until);
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
    /// the planner records it, numbered from 1), evaluate again; with nothing due, go to the next due date. It stops one
    /// step past the planner's cap, so a step that stays due after it is done gives a plan too long to match, not a loop.
    /// </summary>
    private static PlannedStep[] OneStepAtATime(FollowUpEngine engine, EvaluationInput input, LocalDate today, LocalDate until)
    {
        var steps = new List<PlannedStep>();
        LocalDate day = today;
        while (steps.Count <= FollowUpPlanner.MaxSteps)
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

        return [.. steps];
    }
}
