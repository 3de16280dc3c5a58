using FollowUpRules.Domain;
using FollowUpRules.Engine;
using FollowUpRules.Planning;
using FollowUpRules.Rules;
using NodaTime;
using static FollowUpRules.Tests.Support.Scenario;

namespace FollowUpRules.Tests;

public partial class FollowUpModelFactoryTest
{
    private static readonly Target Ana = FollowUpModelFactory.Target(TargetKind.Person, "ana", "Ana");

    /// <summary>Values the engine never produces, each with the parameter the factory names and a phrase of its message.</summary>
    public static TheoryData<string, Action, string, string> Impossible => new()
    {
        { "a person without an id", () => FollowUpModelFactory.Target(TargetKind.Person, name: "Ana"), "contactId", "needs the contact's id" },
        { "a company with a contact id", () => FollowUpModelFactory.Target(TargetKind.Company, "ana", "Acme"), "contactId", "Only a person has a contact id" },
        { "the seeker named otherwise", () => FollowUpModelFactory.Target(name: "Sam"), "name", "always 'you'" },
        { "a rule id with a space", () => FollowUpModelFactory.Recommendation("thank you"), "ruleId", "may only hold letters, digits" },
        { "a thank-you email to the seeker", () => FollowUpModelFactory.Recommendation(action: ActionKind.SendThankYouEmail, channel: Channel.Email), "target", "is done for a person" },
        { "journal notes by email", () => FollowUpModelFactory.Recommendation(channel: Channel.Email), "channel", "its channel is None, Social or Web" },
        { "a stop rule's action", () => FollowUpModelFactory.Recommendation(action: ActionKind.StopOutreach), "action", "never recommended" },
        { "a window that closes before it is due", () => FollowUpModelFactory.Recommendation(due: D(2026, 11, 24), latest: D(2026, 11, 23)), "latest", "is before the due date" },
        { "an anchor after the earliest date", () => FollowUpModelFactory.Recommendation(anchorDate: D(2026, 11, 25), due: D(2026, 11, 24)), "anchorDate", "is after the earliest date" },
        { "a priority above the highest", () => FollowUpModelFactory.Recommendation(priority: 101), "priority", "[0, 100]" },
        { "an explanation of no sentence", () => FollowUpModelFactory.Recommendation(explanation: []), "explanation", "at least one sentence" },
        { "a sentence over two lines", () => FollowUpModelFactory.Explanation(lines: ["One.\nTwo."]), "lines", "holds a line break" },
        { "a stop-rule suppression without the stop rule", () => FollowUpModelFactory.SuppressedStep(reason: SuppressionReason.StopRule), "blockingRuleId", "names that rule's id" },
        { "a step due tomorrow that is overdue today", () => FollowUpModelFactory.Evaluation(today: D(2026, 11, 23), recommendations: [FollowUpModelFactory.Recommendation(anchorDate: D(2026, 11, 20), due: D(2026, 11, 24), urgency: Urgency.Overdue)]), "recommendations", "makes it Upcoming" },
        { "a step of another application", () => FollowUpModelFactory.Evaluation("app-2", D(2026, 11, 24), [FollowUpModelFactory.Recommendation(due: D(2026, 11, 24))]), "recommendations", "is of application 'app-1', not 'app-2'" },
        { "an expired step still on time", () => FollowUpModelFactory.Evaluation(today: D(2026, 11, 24), expired: [FollowUpModelFactory.ExpiredStep(due: D(2026, 11, 24))]), "expired", "was on time until" },
        { "a plan step after its last day", () => FollowUpModelFactory.Plan(from: D(2026, 11, 23), until: D(2026, 11, 30), steps: [FollowUpModelFactory.PlannedStep(FollowUpModelFactory.Recommendation(due: D(2026, 12, 1)))]), "steps", "outside the plan's days" },
        { "a weekly-limit move to a Wednesday", () => FollowUpModelFactory.AgendaMove(D(2026, 11, 23), D(2026, 11, 25), AgendaMoveReason.WeeklyLimit), "to", "moves to a Monday" },
        { "a pause that ends before the day it held", () => FollowUpModelFactory.AgendaMove(D(2026, 11, 23), D(2026, 11, 25), AgendaMoveReason.Pause, pauseStart: D(2026, 11, 20), pauseEnd: D(2026, 11, 22)), "pauseEnd", "holds the day" },
        { "the daily limit holding the seeker's own step", () => FollowUpModelFactory.AgendaItem(FollowUpModelFactory.Recommendation(due: D(2026, 11, 23)), moves: [FollowUpModelFactory.AgendaMove(D(2026, 11, 23))]), "moves", "holds only steps to a person" },
        { "moves that leave a gap", () => FollowUpModelFactory.AgendaItem(FollowUpModelFactory.Recommendation(target: Ana, action: ActionKind.SendCheckIn, channel: Channel.Email, due: D(2026, 11, 23)), moves: [FollowUpModelFactory.AgendaMove(D(2026, 11, 23)), FollowUpModelFactory.AgendaMove(D(2026, 11, 25))]), "moves", "not where move 0 ended" },
        { "a company step for two applications", () => FollowUpModelFactory.AgendaItem(FollowUpModelFactory.Recommendation(target: FollowUpModelFactory.Target(TargetKind.Company, name: "Acme"), action: ActionKind.CheckOnCompany, channel: Channel.Web), applicationIds: ["app-1", "app-2"]), "applicationIds", "Only a step to a person" },
        { "an agenda day with another day's item", () => FollowUpModelFactory.AgendaDay(D(2026, 11, 24), [FollowUpModelFactory.AgendaItem(FollowUpModelFactory.Recommendation(due: D(2026, 11, 23)))]), "items", "on another day" },
        { "an agenda day with nothing to do", () => FollowUpModelFactory.AgendaDay(D(2026, 11, 24), []), "items", "at least one item" },
        { "an agenda with a day twice", () => FollowUpModelFactory.Agenda(D(2026, 11, 23), days: [FollowUpModelFactory.AgendaDay(D(2026, 11, 24)), FollowUpModelFactory.AgendaDay(D(2026, 11, 24))]), "days", "comes twice" },
    };

    [Theory]
    [MemberData(nameof(Impossible))]
    public void Method_ValueTheEngineNeverProduces_ThrowsNamingTheParameter(string value, Action build, string parameter, string phrase)
    {
        ArgumentException e = Should.Throw<ArgumentException>(build, value);

        e.ParamName.ShouldBe(parameter, value);
        e.Message.ShouldContain(phrase, Case.Sensitive, value);
    }

    [Fact]
    public void Method_NoArguments_BuildsAValidValueOfEachType()
    {
        FollowUpModelFactory.Target().Kind.ShouldBe(TargetKind.Seeker);
        FollowUpModelFactory.Recommendation().Summary.ShouldBe("Write journal notes about the interviews, due Mon 0001-01-01");
        FollowUpModelFactory.ExpiredStep().Explanation.Lines.ShouldBe(["Rule 'rule': rule."]);
        FollowUpModelFactory.SuppressedStep().Reason.ShouldBe(SuppressionReason.ConditionNotMet);
        FollowUpModelFactory.Explanation().Lines.ShouldBeEmpty();
        FollowUpModelFactory.Evaluation().Next.ShouldBeNull();
        FollowUpModelFactory.PlannedStep().IsLate.ShouldBeFalse();
        FollowUpModelFactory.Plan().Steps.ShouldBeEmpty();
        FollowUpModelFactory.AgendaMove().To.ShouldBe(new LocalDate().PlusDays(1));
        FollowUpModelFactory.AgendaItem().Moves.ShouldBeEmpty();
        FollowUpModelFactory.AgendaDay().Items.Count.ShouldBe(1);
        FollowUpModelFactory.Agenda().Days.ShouldBeEmpty();
    }
}
