using FollowUpRules.Domain;
using FollowUpRules.Engine;
using FollowUpRules.Planning;
using FollowUpRules.Rules;
using FollowUpRules.Tests.Support;
using NodaTime;
using static FollowUpRules.Tests.Support.Scenario;

namespace FollowUpRules.Tests.Planning;

public partial class FollowUpAgendaTest
{
    private static readonly FollowUpEngine Engine = Properties.Engine();
    private static readonly FollowUpAgenda Agendas = new(Engine);

    private static readonly LocalDate Today = D(2026, 11, 18);

    /// <summary>An application at <paramref name="company"/>, interviewed on Sep 15 by <paramref name="people"/> (each thanked that day), rejected on Nov 16.</summary>
    internal static EvaluationInput Rejected(string id, string company, params string[] people)
    {
        var contacts = people.Select((p, i) => new Contact(p, company, char.ToUpperInvariant(p[0]) + p[1..], i == 0 ? [ContactRole.HiringManager] : [ContactRole.TeamMember], email: $"{p}@{company}.example")).ToList();
        var touchpoints = new List<Touchpoint> { new($"{id}:interview", TouchpointKind.Interview, D(2026, 9, 15), people, id) };
        touchpoints.AddRange(people.Select(p => new Touchpoint($"{id}:thanks:{p}", TouchpointKind.ThankYouEmail, D(2026, 9, 15), [p], id)));
        touchpoints.Add(new Touchpoint($"{id}:rejection", TouchpointKind.Rejection, D(2026, 11, 16), applicationId: id));
        var application = new Application(id, company, char.ToUpperInvariant(company[0]) + company[1..], "Data Analyst", ApplicationStatus.Rejected, D(2026, 9, 1));
        return new EvaluationInput(application, contacts, touchpoints, new Seeker(Zone));
    }

    /// <summary>An application at <paramref name="company"/> with an interview by <paramref name="interviewer"/> on <paramref name="interviewed"/>, still open.</summary>
    private static EvaluationInput Interviewing(string id, string company, string interviewer, LocalDate interviewed)
    {
        var contact = new Contact(interviewer, company, char.ToUpperInvariant(interviewer[0]) + interviewer[1..], [ContactRole.HiringManager], email: $"{interviewer}@{company}.example");
        var application = new Application(id, company, char.ToUpperInvariant(company[0]) + company[1..], "Data Analyst", ApplicationStatus.Interviewing, D(2026, 9, 1));
        return new EvaluationInput(application, [contact], [new Touchpoint($"{id}:interview", TouchpointKind.Interview, interviewed, [interviewer], id)], new Seeker(Zone));
    }

    private static EvaluationInput With(EvaluationInput input, Touchpoint touchpoint) =>
        new(input.Application, input.Contacts, [.. input.Touchpoints, touchpoint], input.Seeker);

    private static string Line(AgendaItem i) =>
        $"{i.Date:uuuu-MM-dd} {i.Recommendation.RuleId} {i.Recommendation.Target.Key} [{string.Join(",", i.ApplicationIds)}]{(i.IsLate ? " late" : string.Empty)}{(i.PastDeadline ? " past-deadline" : string.Empty)}";

    [Fact]
    public void Build_NoLimitReached_SchedulesEachStepOnItsDueDate_AndMarksOverdueStepsLate()
    {
        Agenda agenda = Agendas.Build([Rejected("a2", "globex", "gil"), Rejected("a1", "acme", "ana")], Today, D(2026, 11, 30));

        agenda.From.ShouldBe(Today);
        agenda.Until.ShouldBe(D(2026, 11, 30));
        agenda.Items.Select(Line).ShouldBe(
        [
            "2026-11-18 journal-notes seeker [a1] late", // due Mon 11-16, latest 11-17: overdue today, kept and marked late
            "2026-11-18 journal-notes seeker [a2] late",
            "2026-11-19 rejection-thank-you-note contact:ana [a1]",
            "2026-11-19 rejection-thank-you-note contact:gil [a2]",
            "2026-11-23 follow-company-social company [a1]",
            "2026-11-23 follow-company-social company [a2]",
        ]);
        agenda.Items.ShouldAllBe(i => i.Explanation.Lines.Count == 0);
        agenda.Days.Select(d => d.Date).ShouldBe([D(2026, 11, 18), D(2026, 11, 19), D(2026, 11, 23)]);
    }

    [Fact]
    public void Build_DailyLimitReached_PushesTheLastInOrderToTheNextDay_WithTheReason()
    {
        Agenda agenda = Agendas.Build([Rejected("a1", "acme", "ana", "ben"), Rejected("a2", "globex", "gil")], Today, D(2026, 11, 20), new AgendaSettings(maxOutreachPerDay: 2));

        AgendaItem[] notes = [.. agenda.Items.Where(i => i.Recommendation.RuleId == "rejection-thank-you-note")];
        notes.Select(Line).ShouldBe(
        [
            "2026-11-19 rejection-thank-you-note contact:ana [a1]",
            "2026-11-19 rejection-thank-you-note contact:ben [a1]",
            "2026-11-20 rejection-thank-you-note contact:gil [a2]", // same urgency, due date and priority: the later application moves
        ]);
        notes[2].Explanation.Lines.ShouldBe(["Moved from Thu 2026-11-19 to Fri 2026-11-20: the daily limit of 2 outreach steps was reached."]);
        notes[2].PastDeadline.ShouldBeFalse();
    }

    [Fact]
    public void Build_DailyLimitOfOne_PutsTheAskDueEarliestFirst()
    {
        // a2's thank-you to Ben (interview Fri Nov 13) was due Mon Nov 16; a1's thank-you note to Ana is due today, Nov 19:
        // a2 goes first although a1 comes first by id, and a1 moves a day.
        Agenda agenda = Agendas.Build([Rejected("a1", "acme", "ana"), Interviewing("a2", "globex", "ben", D(2026, 11, 13))], D(2026, 11, 19), D(2026, 11, 19), new AgendaSettings(maxOutreachPerDay: 1));

        agenda.Items.Where(i => i.Recommendation.Target.Kind == TargetKind.Person).Select(Line).ShouldBe(
        [
            "2026-11-19 interview-thank-you contact:ben [a2]",
            "2026-11-20 rejection-thank-you-note contact:ana [a1]",
        ]);
        agenda.Items.Single(i => i.Recommendation.RuleId == "journal-notes").IsLate.ShouldBeTrue();
    }

    [Fact]
    public void Build_DailyLimitOfOne_KeepsTheHigherPriorityStep_AndPushesTheLowerPriorityOne()
    {
        // Both asks are due today, Thu Nov 19: a1's status follow-up (applied Thu Nov 12, priority 60) and a2's thank-you
        // to Ben (interviewed Wed Nov 18, priority 70). a1 comes first by id, but the lower priority is the one pushed.
        var recruiter = new Contact("rita", "acme", "Rita", [ContactRole.Recruiter], email: "rita@acme.example");
        var applied = new EvaluationInput(new Application("a1", "acme", "Acme", "Data Analyst", ApplicationStatus.Applied, D(2026, 11, 12)), [recruiter], [], new Seeker(Zone));
        LocalDate today = D(2026, 11, 19);

        Agenda agenda = Agendas.Build([applied, Interviewing("a2", "globex", "ben", D(2026, 11, 18))], today, today, new AgendaSettings(maxOutreachPerDay: 1));

        agenda.Items.Select(Line).ShouldBe(
        [
            "2026-11-19 interview-thank-you contact:ben [a2]",
            "2026-11-20 status-follow-up contact:rita [a1]",
        ]);
        agenda.Items.Last().Explanation.Lines.ShouldBe(["Moved from Thu 2026-11-19 to Fri 2026-11-20: the daily limit of 1 outreach step was reached."]);
        agenda.Items.Last().Explanation.RuleId.ShouldBe(agenda.Items.Last().Recommendation.RuleId);
    }

    [Fact]
    public void Build_WithoutSettings_KeepsTheOutreachLimitsOfTheEnginesPlaybook()
    {
        Playbook twoADay = PlaybookBuilder.From(DefaultPlaybook.Instance).WithOutreachLimits(new OutreachLimits(maxPerDay: 2)).Build();
        var agendas = new FollowUpAgenda(Properties.Engine(twoADay));
        EvaluationInput[] inputs = [Rejected("a1", "acme", "ana", "ben"), Rejected("a2", "globex", "gil")];

        Agenda agenda = agendas.Build(inputs, Today, D(2026, 11, 20));

        agenda.ShouldBe(agendas.Build(inputs, Today, D(2026, 11, 20), new AgendaSettings(twoADay.OutreachLimits)));
        agenda.Items.Single(i => i.Recommendation.Target.ContactId == "gil").Date.ShouldBe(D(2026, 11, 20));
        Agendas.Build(inputs, Today, D(2026, 11, 20)).Items.Single(i => i.Recommendation.Target.ContactId == "gil").Date.ShouldBe(D(2026, 11, 19), "the default playbook allows five a day");
    }

    [Fact]
    public void Project_TwoApplicationsOverTwoMonths_DoesEachStepOnItsDay_AndTheNextStepsFollow()
    {
        EvaluationInput[] inputs = [Rejected("a1", "acme", "ana", "ben"), Rejected("a2", "globex", "gil")];

        Agenda plan = Agendas.Project(inputs, Today, Period.FromMonths(2), new AgendaSettings(maxOutreachPerDay: 2));

        plan.From.ShouldBe(Today);
        plan.Until.ShouldBe(D(2027, 1, 18));
        plan.Items.Select(Line).ShouldBe(
        [
            "2026-11-18 journal-notes seeker [a1] late",
            "2026-11-18 journal-notes seeker [a2] late",
            "2026-11-19 rejection-thank-you-note contact:ana [a1]",
            "2026-11-19 rejection-thank-you-note contact:ben [a1]",
            "2026-11-20 rejection-thank-you-note contact:gil [a2]",  // the daily limit of 2: a day later
            "2026-11-23 follow-company-social company [a1]",
            "2026-11-23 follow-company-social company [a2]",
            "2026-11-26 congratulate-and-connect contact:ana [a1]", // a week after the note, done on Nov 19
            "2026-11-26 congratulate-and-connect contact:ben [a1]",
            "2026-11-27 congratulate-and-connect contact:gil [a2]", // a week after his note, done on Nov 20
        ]);
        plan.Items.Single(i => i.Recommendation.Target.ContactId == "gil" && i.Recommendation.RuleId == "rejection-thank-you-note").Explanation.Lines
            .ShouldBe(["Moved from Thu 2026-11-19 to Fri 2026-11-20: the daily limit of 2 outreach steps was reached."]);
        Agendas.Build(inputs, Today, plan.Until, new AgendaSettings(maxOutreachPerDay: 2)).Items.ShouldNotContain(i => i.Recommendation.RuleId == "congratulate-and-connect", "the agenda alone cannot see steps that wait on steps not yet done");
    }

    [Fact]
    public void Build_WeeklyCompanyLimit_PushesToNextMonday_AndFlagsAStepPushedPastItsLatestDate()
    {
        Agenda agenda = Agendas.Build([Rejected("a1", "acme", "ana", "ben", "cleo")], Today, D(2026, 11, 20), new AgendaSettings(maxPerCompanyPerWeek: 1));

        AgendaItem[] notes = [.. agenda.Items.Where(i => i.Recommendation.RuleId == "rejection-thank-you-note")];
        notes.Select(Line).ShouldBe(
        [
            "2026-11-19 rejection-thank-you-note contact:ana [a1]",
            "2026-11-23 rejection-thank-you-note contact:ben [a1]",               // latest Mon 11-23: still on time
            "2026-11-30 rejection-thank-you-note contact:cleo [a1] past-deadline", // after Agenda.Until: pushed, never dropped
        ]);
        notes[1].Explanation.Lines.ShouldBe(["Moved from Thu 2026-11-19 to Mon 2026-11-23: at most 1 step to Acme per week."]);
        notes[2].Explanation.Lines.ShouldBe(
        [
            "Moved from Thu 2026-11-19 to Mon 2026-11-30: at most 1 step to Acme per week.",
            "This is after its latest date, Mon 2026-11-23: the weekly limit for Acme pushed it past.",
        ]);
        notes[2].IsLate.ShouldBeFalse();
    }

    [Fact]
    public void Build_TwoAsksToOnePersonAcrossApplications_AreSpacedApart()
    {
        // a2: Ana interviewed the seeker yesterday, the thank-you is due today; a1: the thank-you note to Ana after the
        // rejection is due tomorrow, within 3 days of it.
        Agenda agenda = Agendas.Build([Rejected("a1", "acme", "ana"), Interviewing("a2", "acme", "ana", D(2026, 11, 17))], Today, D(2026, 11, 20));

        AgendaItem[] toAna = [.. agenda.Items.Where(i => i.Recommendation.Target.ContactId == "ana")];
        toAna.Length.ShouldBe(2);
        toAna[0].ApplicationIds.ShouldBe(["a2"]);
        toAna[0].Date.ShouldBe(Today);
        toAna[1].ApplicationIds.ShouldBe(["a1"]);
        toAna[1].Date.ShouldBe(D(2026, 11, 21));
        toAna[1].Explanation.Lines.ShouldBe(["Moved from Thu 2026-11-19 to Sat 2026-11-21: Ana was asked something on Wed 2026-11-18; at least 3 days between asks."]);
    }

    [Fact]
    public void Build_SamePersonStepAtTwoApplicationsOfOneCompany_IsOneItemForBoth()
    {
        Agenda agenda = Agendas.Build([Rejected("a2", "acme", "ana"), Rejected("a1", "acme", "ana", "ben")], Today, D(2026, 11, 20));

        agenda.Items.Where(i => i.Recommendation.Target.Kind == TargetKind.Person).Select(Line).ShouldBe(
        [
            "2026-11-19 rejection-thank-you-note contact:ana [a1,a2]",
            "2026-11-19 rejection-thank-you-note contact:ben [a1]",
        ]);
    }

    [Fact]
    public void Build_PausePeriod_MovesEveryStepAfterIt_InOrder()
    {
        var pause = new DateInterval(D(2026, 11, 18), D(2026, 11, 30));
        Agenda agenda = Agendas.Build([Rejected("a1", "acme", "ana", "ben")], Today, D(2026, 11, 25), new AgendaSettings(pauses: [pause]));

        agenda.Days.Count.ShouldBe(1);
        agenda.Items.Select(Line).ShouldBe(
        [
            "2026-12-01 journal-notes seeker [a1] late",
            "2026-12-01 rejection-thank-you-note contact:ana [a1] past-deadline",
            "2026-12-01 rejection-thank-you-note contact:ben [a1] past-deadline",
            "2026-12-01 follow-company-social company [a1] past-deadline",
        ]);
        agenda.Items.First().Explanation.Lines.ShouldBe(["Moved from Wed 2026-11-18 to Tue 2026-12-01: you paused everything from Wed 2026-11-18 to Mon 2026-11-30."]);
        agenda.Items.Last().Explanation.Lines.ShouldBe(
        [
            "Moved from Mon 2026-11-23 to Tue 2026-12-01: you paused everything from Wed 2026-11-18 to Mon 2026-11-30.",
            "This is after its latest date, Mon 2026-11-23: your pause pushed it past.",
        ]);
    }

    [Fact]
    public void Build_CoffeeRecordedWithOneApplication_DoesTheCoffeeStepOfEachApplicationAtTheCompany()
    {
        LocalDate today = D(2027, 3, 20);
        var coffee = new Touchpoint("coffee", TouchpointKind.Coffee, D(2027, 3, 18), ["ben"]);
        EvaluationInput first = With(Rejected("a1", "acme", "ana", "ben"), coffee);
        EvaluationInput second = Rejected("a2", "acme", "ana", "ben");
        Engine.Evaluate(second, today).Recommendations.ShouldContain(r => r.RuleId == "coffee-with-team-member", "without the shared coffee, a2 would still ask for one");

        Agenda agenda = Agendas.Build([first, second], today, today.PlusMonths(1));

        agenda.Items.ShouldNotContain(i => i.Recommendation.RuleId == "coffee-with-team-member");
    }

    [Fact]
    public void Build_IsTheSameForAnyOrderOfApplications()
    {
        EvaluationInput[] inputs = [Rejected("a1", "acme", "ana", "ben"), Rejected("a2", "acme", "ana"), Rejected("a3", "globex", "gil")];
        var settings = new AgendaSettings(1, 1, Period.FromDays(5));

        Agenda agenda = Agendas.Build(inputs, Today, D(2027, 6, 1), settings);

        // Every application has steps on it, one merged (ana is at a1 and a2), and the limits moved some: enough for an order
        // that mattered to show.
        agenda.Items.SelectMany(i => i.ApplicationIds).Distinct().Order().ShouldBe(["a1", "a2", "a3"]);
        agenda.Items.ShouldContain(i => i.ApplicationIds.Count == 2);
        agenda.Items.ShouldContain(i => i.Explanation.Lines.Any(l => l.StartsWith("Moved from", StringComparison.Ordinal)));
        Agendas.Build(inputs.Reverse(), Today, D(2027, 6, 1), settings).ShouldBe(agenda);
        Agendas.Build([inputs[1], inputs[2], inputs[0]], Today, D(2027, 6, 1), settings).ShouldBe(agenda);
    }

    [Fact]
    public void Build_InvalidSettings_ThrowsWithEveryProblemAndItsPath()
    {
        var settings = new AgendaSettings(0, 51, Period.FromWeeks(1), [new DateInterval(D(1800, 1, 1), D(1800, 1, 2))]);

        var error = Should.Throw<FollowUpRules.Validation.FollowUpValidationException>(() => Agendas.Build([Rejected("a1", "acme", "ana")], Today, Today, settings));

        error.Errors.Select(e => e.PropertyName).ShouldBe(["Limits.MaxPerDay", "Limits.MaxPerCompanyPerWeek", "Limits.MinSpacingPerPerson", "Pauses[0]"]);
        error.Message.ShouldContain("The spacing between asks to one person must be a number of days from P0D to P90D, such as P3D; it is 'P1W'.");
    }

    [Fact]
    public void Build_InParallel_AnInvalidApplication_ThrowsItsOwnValidationException_AsOneAfterAnotherWould()
    {
        EvaluationInput valid = Rejected("a1", "acme", "ana");
        EvaluationInput future = With(Rejected("a2", "globex", "gil"), new Touchpoint("late", TouchpointKind.Coffee, Today.PlusDays(3), ["gil"]));
        EvaluationInput[] inputs = [valid, future, Rejected("a3", "initech", "ivy")];

        var sequential = Should.Throw<FollowUpRules.Validation.FollowUpValidationException>(() => Agendas.Build(inputs, Today, Today));
        var parallel = Should.Throw<FollowUpRules.Validation.FollowUpValidationException>(() => new FollowUpAgenda(Engine, maxDegreeOfParallelism: 2).Build(inputs, Today, Today));

        parallel.Message.ShouldBe(sequential.Message);
        Should.Throw<ArgumentOutOfRangeException>(() => new FollowUpAgenda(Engine, 0)).ParamName.ShouldBe("maxDegreeOfParallelism");
    }

    [Fact]
    public void Build_ManyApplications_IsTheSameOnOneThreadAndOnSeveral()
    {
        // Large enough (about 14,000 steps) that the merge is split among the threads and the sort runs in halves; small
        // inputs never take those paths.
        var engine = new FollowUpEngine(DefaultPlaybook.Instance, SystemClock.Instance);
        EvaluationInput[] inputs = FollowUpRules.Benchmarks.AgendaWorkloads.Generate(3_000);
        LocalDate today = FollowUpRules.Benchmarks.Workloads.Today;

        Agenda one = new FollowUpAgenda(engine).Build(inputs, today, today.PlusYears(1));
        Agenda two = new FollowUpAgenda(engine, 2).Build(inputs, today, today.PlusYears(1));
        Agenda three = new FollowUpAgenda(engine, 3).Build(inputs.Reverse(), today, today.PlusYears(1));

        one.Items.Count().ShouldBeGreaterThan(8_192);
        one.Items.ShouldContain(i => i.ApplicationIds.Count > 1);
        one.Items.ShouldContain(i => i.Explanation.Lines.Count > 0);
        two.ShouldBe(one);
        three.ShouldBe(one);
    }

    [Fact]
    public void Build_DuplicateApplicationIds_OrUntilBeforeToday_Throws()
    {
        Should.Throw<ArgumentException>(() => Agendas.Build([Rejected("a1", "acme", "ana"), Rejected("a1", "globex", "gil")], Today, Today)).ParamName.ShouldBe("applications");
        Should.Throw<ArgumentException>(() => Agendas.Build([Rejected("a1", "acme", "ana")], Today, Today.PlusDays(-1))).ParamName.ShouldBe("until");
    }

    [Fact]
    public void AgendaSettings_Defaults_AreFiveADayThreeACompanyAWeekThreeDaysApart()
    {
        AgendaSettings.Default.ShouldBe(new AgendaSettings(5, 3, Period.FromDays(3), []));
        new AgendaSettingsValidator().Validate(AgendaSettings.Default).IsValid.ShouldBeTrue();
    }
}
