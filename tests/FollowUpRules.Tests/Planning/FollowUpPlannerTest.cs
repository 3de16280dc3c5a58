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

public partial class FollowUpPlannerTest
{
    private static readonly FollowUpEngine Engine = Properties.Engine();
    private static readonly FollowUpPlanner Planner = new(Engine);

    private static Scenario RejectedLastMonday() =>
        new Scenario(D(2026, 9, 1))
            .Person("ana", [ContactRole.HiringManager], postal: true, linkedIn: true)
            .Person("ben", [ContactRole.TeamMember])
            .Interview(D(2026, 9, 15), "ana", "ben")
            .Touch(TouchpointKind.ThankYouEmail, D(2026, 9, 15), "ana")
            .Touch(TouchpointKind.ThankYouEmail, D(2026, 9, 15), "ben")
            .Rejected(D(2026, 11, 16));

    [Fact]
    public void Project_AfterARejection_DatesEachStepAsIfDoneOnItsDueDate()
    {
        Plan plan = Planner.Project(RejectedLastMonday().Input(), D(2026, 11, 18), Period.FromMonths(7));

        plan.Until.ShouldBe(D(2027, 6, 18));
        plan.IsTruncated.ShouldBeFalse();
        plan.Steps.Select(s => $"{s.Date:uuuu-MM-dd} {s.Recommendation.RuleId} {s.Recommendation.Target.Key}{(s.IsLate ? " late" : string.Empty)}").ShouldBe(
        [
            "2026-11-18 journal-notes seeker late",           // due Mon 11-16, latest 11-17: overdue when the plan starts
            "2026-11-19 rejection-thank-you-note contact:ana",
            "2026-11-19 rejection-thank-you-note contact:ben",
            "2026-11-23 follow-company-social company",
            "2026-11-26 congratulate-and-connect contact:ana", // a week after the note was sent
            "2026-11-26 congratulate-and-connect contact:ben",
            "2027-02-16 check-back-on-company company",        // 3 months after the rejection
            "2027-02-26 nurture-hiring-manager contact:ana",   // 3 months after the congratulations, the last interaction
            "2027-03-26 coffee-with-team-member contact:ben",  // 4 months after the congratulations
            "2027-05-16 check-back-on-company company",        // 3 months after the first check; the next check-in, after
        ]);                                                    // an unanswered one, is 6 months out: past the horizon
    }

    [Fact]
    public void Project_NeverChangesTheInput_AndIsDeterministic()
    {
        EvaluationInput input = RejectedLastMonday().Input();
        EvaluationInput copy = RejectedLastMonday().Input();

        Plan first = Planner.Project(input, D(2026, 11, 18), Period.FromMonths(24));

        first.Steps.Count.ShouldBeGreaterThan(5);
        input.ShouldBe(copy);
        Planner.Project(input, D(2026, 11, 18), Period.FromMonths(24)).ShouldBe(first);
    }

    [Fact]
    public void WhatIf_RejectedToday_ShowsTheAfterRejectionPath_WithoutTouchingTheRealData()
    {
        EvaluationInput input = new Scenario(D(2026, 11, 2)).Person("ana", [ContactRole.HiringManager], postal: true).Interview(D(2026, 11, 10), "ana")
            .Touch(TouchpointKind.ThankYouEmail, D(2026, 11, 10), "ana").Input();

        Plan real = Planner.Project(input, D(2026, 11, 23), Period.FromMonths(1));
        Plan rejected = Planner.WhatIf(input, D(2026, 11, 23), Period.FromMonths(1), [new Touchpoint("what-if", TouchpointKind.Rejection, D(2026, 11, 23))], ApplicationStatus.Rejected, RejectionReason.HiringPaused);

        real.Steps.Select(s => s.Recommendation.RuleId).ShouldBe(["silent-rejection", "journal-notes", "rejection-thank-you-note", "follow-company-social", "congratulate-and-connect"]);
        real.Steps[0].Date.ShouldBe(D(2026, 12, 10));
        rejected.Steps.Select(s => (s.Date, s.Recommendation.RuleId)).ShouldBe(
        [
            (D(2026, 11, 23), "journal-notes"),
            (D(2026, 11, 26), "rejection-thank-you-note"),
            (D(2026, 11, 30), "follow-company-social"),
            (D(2026, 12, 3), "congratulate-and-connect"),
        ]);
        input.Touchpoints.ShouldNotContain(t => t.Kind == TouchpointKind.Rejection);
        input.Application.Status.ShouldBe(ApplicationStatus.Interviewing);
    }

    [Fact]
    public void WhatIf_SheRepliedYes_SchedulesTheInvitationTheNextBusinessDay()
    {
        EvaluationInput input = RejectedLastMonday().Touch(TouchpointKind.Congratulations, D(2026, 11, 25), "ana").Input();

        Plan plan = Planner.WhatIf(input, D(2026, 11, 27), Period.FromWeeks(1), [new Touchpoint("yes", TouchpointKind.Reply, D(2026, 11, 27), ["ana"], outcome: ReplyOutcome.Yes)]);

        plan.Steps.ShouldContain(s => s.Recommendation.RuleId == "send-linkedin-invitation" && s.Date == D(2026, 11, 30));
    }

    [Theory]
    [InlineData("P0D")]
    [InlineData("PT5H")]
    [InlineData("P-1M")]
    [InlineData("P51Y")]
    public void Project_HorizonNotAPositiveDatePeriod_Throws(string horizon)
    {
        Should.Throw<ArgumentException>(() => Planner.Project(RejectedLastMonday().Input(), D(2026, 11, 18), NodaTime.Text.PeriodPattern.Roundtrip.Parse(horizon).Value))
            .ParamName.ShouldBe("horizon");
    }

    [Fact]
    public void Project_EqualsSteppingDayByDay()
    {
        // Evaluate every day of the horizon, doing each step on its due date (steps already due on the first day, that
        // day): the dates must be the plan's.
        Check.One(
            Config.QuickThrowOnFailure.WithMaxTest(60).WithQuietOnSuccess(true),
            Prop.ForAll(FollowUpGenerators.Cases(), (FollowUpCase c) =>
            {
                if (c.Today > new LocalDate(2030, 1, 1))
                {
                    return true;
                }

                Plan plan = Planner.Project(c.Input, c.Today, Period.FromMonths(4));
                string[] stepped = StepDayByDay(c, plan.Until);
                plan.Steps.Select(Key).ToArray().ShouldBe(stepped, c.ToString());
                return true;
            }));
    }

    private static string Key(PlannedStep step) => $"{step.Date:uuuu-MM-dd} {step.Recommendation.RuleId} {step.Recommendation.Target.Key} {step.Recommendation.AnchorKey} {step.Recommendation.Occurrence}";

    private static string[] StepDayByDay(FollowUpCase c, LocalDate until)
    {
        var done = new List<string>();
        EvaluationInput input = c.Input;
        for (LocalDate day = c.Today; day <= until; day = day.PlusDays(1))
        {
            while (true)
            {
                Recommendation? due = Engine.Evaluate(input, day).Recommendations.FirstOrDefault(r => r.Due <= day);
                if (due is null)
                {
                    break;
                }

                done.Add($"{day:uuuu-MM-dd} {due.RuleId} {due.Target.Key} {due.AnchorKey} {due.Occurrence}");
                input = FollowUpPlanner.WithDone(input, due, day, $"stepped:{done.Count}");
            }
        }

        return [.. done];
    }

    [Fact]
    public void AgendaBuild_WithAHorizon_IsTheAgendaUntilTodayPlusTheHorizon_AndRefusesABadHorizon()
    {
        var agenda = new FollowUpAgenda(Engine);
        EvaluationInput[] applications = [RejectedLastMonday().Input()];

        agenda.Build(applications, D(2026, 11, 18), Period.FromWeeks(2)).ShouldBe(agenda.Build(applications, D(2026, 11, 18), D(2026, 12, 2)));
        Should.Throw<ArgumentException>(() => agenda.Build(applications, D(2026, 11, 18), Period.FromHours(5))).ParamName.ShouldBe("horizon");
    }

    [Fact]
    public void WithDone_AddsTheCompletingTouchpoint_AndARejectionForASilentRejectionStep()
    {
        EvaluationInput input = new Scenario(D(2026, 1, 5)).Person("ana").Interview(D(2026, 1, 30), "ana").Input();
        Recommendation silent = Engine.Evaluate(input, D(2026, 3, 1)).Recommendations.Single(r => r.RuleId == "silent-rejection");

        EvaluationInput after = FollowUpPlanner.WithDone(input, silent, D(2026, 3, 1), "r");

        after.Touchpoints[^1].ShouldBe(new Touchpoint("r", TouchpointKind.Rejection, D(2026, 3, 1), applicationId: "app-1"));
        after.Application.Status.ShouldBe(ApplicationStatus.Rejected);
        input.Touchpoints.Count.ShouldBe(1);
        Engine.Evaluate(after, D(2026, 3, 1)).Recommendations.ShouldNotContain(r => r.RuleId == "silent-rejection");
    }
}
