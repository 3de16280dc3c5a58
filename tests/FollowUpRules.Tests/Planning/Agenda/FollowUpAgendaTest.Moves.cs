using FollowUpRules.Planning;
using NodaTime;
using static FollowUpRules.Tests.Support.Scenario;

namespace FollowUpRules.Tests.Planning;

public partial class FollowUpAgendaTest
{
    [Fact]
    public void Moves_StepNotMoved_IsEmpty()
    {
        Agenda agenda = Agendas.Build([Rejected("a1", "acme", "ana")], Today, D(2026, 11, 30));

        agenda.Items.ShouldAllBe(i => i.Moves.Count == 0);
    }

    [Fact]
    public void Moves_DailyLimit_IsOneMoveFromTheDueDateToTheNextDayWithRoom()
    {
        Agenda agenda = Agendas.Build([Rejected("a1", "acme", "ana", "ben"), Rejected("a2", "globex", "gil")], Today, D(2026, 11, 20), new AgendaSettings(maxOutreachPerDay: 2));

        AgendaItem gil = agenda.Items.Single(i => i.Recommendation.Target.ContactId == "gil");
        gil.Moves.Select(Plain).ShouldBe([Move(D(2026, 11, 19), D(2026, 11, 20), AgendaMoveReason.DailyLimit)]);
    }

    [Fact]
    public void Moves_WeeklyCompanyLimitTwice_IsOneMoveToTheMondayItLands_EvenPastTheLatestDate()
    {
        Agenda agenda = Agendas.Build([Rejected("a1", "acme", "ana", "ben", "cleo")], Today, D(2026, 11, 20), new AgendaSettings(maxPerCompanyPerWeek: 1));

        AgendaItem cleo = agenda.Items.Single(i => i.Recommendation.Target.ContactId == "cleo" && i.Recommendation.RuleId == "rejection-thank-you-note");
        cleo.Moves.Select(Plain).ShouldBe([Move(D(2026, 11, 19), D(2026, 11, 30), AgendaMoveReason.WeeklyLimit)]);
        cleo.Explanation.Lines.Count.ShouldBe(2, "the last sentence says it ended past its latest date; it has no move of its own");
    }

    [Fact]
    public void Moves_SpacingBetweenAsks_SaysTheStepWaitedForTheSamePerson()
    {
        Agenda agenda = Agendas.Build([Rejected("a1", "acme", "ana"), Interviewing("a2", "acme", "ana", D(2026, 11, 17))], Today, D(2026, 11, 20));

        AgendaItem note = agenda.Items.Single(i => i.Recommendation.Target.ContactId == "ana" && i.ApplicationIds[0] == "a1");
        note.Moves.Select(Plain).ShouldBe([Move(D(2026, 11, 19), D(2026, 11, 21), AgendaMoveReason.Spacing)]);
    }

    [Fact]
    public void Moves_Pause_MovesEveryStepToTheDayAfterIt()
    {
        var pause = new DateInterval(D(2026, 11, 18), D(2026, 11, 30));
        Agenda agenda = Agendas.Build([Rejected("a1", "acme", "ana", "ben")], Today, D(2026, 11, 25), new AgendaSettings(pauses: [pause]));

        agenda.Items.Select(i => Plain(i.Moves.Single())).ShouldBe(
        [
            Move(D(2026, 11, 18), D(2026, 12, 1), AgendaMoveReason.Pause), // journal notes, overdue: from today
            Move(D(2026, 11, 19), D(2026, 12, 1), AgendaMoveReason.Pause), // the notes to Ana and Ben, due Nov 19
            Move(D(2026, 11, 19), D(2026, 12, 1), AgendaMoveReason.Pause),
            Move(D(2026, 11, 23), D(2026, 12, 1), AgendaMoveReason.Pause), // following the company, due Nov 23
        ]);
    }

    private static (LocalDate From, LocalDate To, AgendaMoveReason Reason) Plain(AgendaMove move) => (move.From, move.To, move.Reason);

    private static (LocalDate From, LocalDate To, AgendaMoveReason Reason) Move(LocalDate from, LocalDate to, AgendaMoveReason reason) => (from, to, reason);
}
