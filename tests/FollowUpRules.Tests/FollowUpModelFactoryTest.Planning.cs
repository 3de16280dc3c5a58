using FollowUpRules.Domain;
using FollowUpRules.Engine;
using FollowUpRules.Planning;
using FollowUpRules.Tests.Planning;
using FollowUpRules.Rules;
using FollowUpRules.Tests.Support;
using NodaTime;
using static FollowUpRules.Tests.Support.Scenario;

namespace FollowUpRules.Tests;

public partial class FollowUpModelFactoryTest
{
    private static readonly FollowUpEngine Engine = Properties.Engine();

    [Fact]
    public void AgendaItem_MovedByTheDailyLimitPastItsLatestDate_SaysSoInTheAgendasWords()
    {
        Target ana = FollowUpModelFactory.Target(TargetKind.Person, "ana", "Ana Ruiz");
        Recommendation note = FollowUpModelFactory.Recommendation(
            "rejection-thank-you-note", action: ActionKind.SendThankYouNote, channel: Channel.Postal, target: ana, due: D(2026, 11, 19), latest: D(2026, 11, 20));

        AgendaItem item = FollowUpModelFactory.AgendaItem(
            note,
            applicationIds: ["app-2", "app-1"],
            moves: [FollowUpModelFactory.AgendaMove(D(2026, 11, 19), D(2026, 11, 23))],
            limits: new OutreachLimits(maxPerDay: 2));

        item.Date.ShouldBe(D(2026, 11, 23), "the date defaults to where the last move ends");
        item.ApplicationIds.ShouldBe(["app-1", "app-2"]);
        item.IsLate.ShouldBeFalse();
        item.PastDeadline.ShouldBeTrue();
        item.Explanation.Lines.ShouldBe(
        [
            "Moved from Thu 2026-11-19 to Mon 2026-11-23: the daily limit of 2 outreach steps was reached.",
            "This is after its latest date, Fri 2026-11-20: the daily limit pushed it past.",
        ]);
        item.ToString().ShouldBe("Mon 2026-11-23: Send a handwritten thank-you note (Ana Ruiz, by Postal), due Thu 2026-11-19 [app-1, app-2] (past its latest date)");
    }

    [Fact]
    public void Agenda_BuiltFromTheAgendasAnswer_EqualsIt()
    {
        LocalDate today = D(2026, 11, 18);
        EvaluationInput[] inputs = [FollowUpAgendaTest.Rejected("a1", "acme", "ana", "ben", "cleo"), FollowUpAgendaTest.Rejected("a2", "globex", "gil")];
        var limits = new OutreachLimits(maxPerDay: 2, maxPerCompanyPerWeek: 2);
        Agenda engine = new FollowUpAgenda(Engine).Build(inputs, today, D(2026, 11, 30), new AgendaSettings(maxOutreachPerDay: 2, maxPerCompanyPerWeek: 2));
        engine.Items.SelectMany(i => i.Moves).Select(m => m.Reason).Distinct().Order().ShouldBe([AgendaMoveReason.DailyLimit, AgendaMoveReason.WeeklyLimit]);

        string CompanyOf(AgendaItem item) => inputs.Single(i => i.Application.Id == item.Recommendation.ApplicationId).Application.CompanyName;
        Agenda built = FollowUpModelFactory.Agenda(
            engine.From,
            engine.Until,
            engine.Days.Select(day => FollowUpModelFactory.AgendaDay(day.Date, day.Items.Select(item => FollowUpModelFactory.AgendaItem(
                Copy(item.Recommendation),
                item.Date,
                item.ApplicationIds,
                item.Moves.Select(m => FollowUpModelFactory.AgendaMove(m.From, m.To, m.Reason)),
                CompanyOf(item),
                limits)))));

        built.ShouldBe(engine);
        built.Items.Select(i => i.Explanation.Lines).ShouldBe(engine.Items.Select(i => i.Explanation.Lines));
    }

    [Fact]
    public void Plan_BuiltFromThePlannersAnswer_EqualsIt()
    {
        EvaluationInput input = new Scenario(D(2026, 9, 1)).Person("ana", [ContactRole.HiringManager]).Interview(D(2026, 9, 15), "ana").Rejected(D(2026, 11, 16)).Input();
        Plan engine = new FollowUpPlanner(Engine).Project(input, D(2026, 11, 18), Period.FromMonths(7));
        engine.Steps.Count.ShouldBeGreaterThan(5);

        Plan built = FollowUpModelFactory.Plan(
            engine.ApplicationId,
            engine.From,
            engine.Until,
            engine.Steps.Reverse().Select(s => FollowUpModelFactory.PlannedStep(Copy(s.Recommendation), s.Date)),
            engine.IsTruncated);

        built.Steps.Select(s => s.Date).ShouldBeInOrder();
        FollowUpModelFactory.Plan(engine.ApplicationId, engine.From, engine.Until, engine.Steps.Select(s => FollowUpModelFactory.PlannedStep(Copy(s.Recommendation), s.Date))).ShouldBe(engine);
        built.Steps[0].ToString().ShouldBe(engine.Steps[0].ToString());
    }

    [Fact]
    public void AgendaMove_PauseAndSpacing_GiveTheAgendasSentences()
    {
        Target ana = FollowUpModelFactory.Target(TargetKind.Person, "ana", "Ana Ruiz");
        Recommendation checkIn = FollowUpModelFactory.Recommendation(
            "nurture-hiring-manager", action: ActionKind.SendCheckIn, channel: Channel.Email, target: ana, due: D(2026, 12, 1), latest: D(2026, 12, 15), urgency: Urgency.Upcoming);

        AgendaItem item = FollowUpModelFactory.AgendaItem(checkIn, moves:
        [
            FollowUpModelFactory.AgendaMove(D(2026, 12, 1), reason: AgendaMoveReason.Pause, pauseStart: D(2026, 11, 28), pauseEnd: D(2026, 12, 3)),
            FollowUpModelFactory.AgendaMove(D(2026, 12, 4), D(2026, 12, 7), AgendaMoveReason.Spacing, askedOn: D(2026, 12, 4)),
        ]);

        item.Date.ShouldBe(D(2026, 12, 7));
        item.PastDeadline.ShouldBeFalse();
        item.Moves.Select(m => (m.From, m.To, m.Reason)).ShouldBe([(D(2026, 12, 1), D(2026, 12, 4), AgendaMoveReason.Pause), (D(2026, 12, 4), D(2026, 12, 7), AgendaMoveReason.Spacing)]);
        item.Explanation.Lines.ShouldBe(
        [
            "Moved from Tue 2026-12-01 to Fri 2026-12-04: you paused everything from Sat 2026-11-28 to Thu 2026-12-03.",
            "Moved from Fri 2026-12-04 to Mon 2026-12-07: Ana Ruiz was asked something on Fri 2026-12-04; at least 3 days between asks.",
        ]);
    }
}
