using FollowUpRules.Domain;
using FollowUpRules.Engine;
using FollowUpRules.Rules;
using FollowUpRules.Rules.Conditions;
using FollowUpRules.Tests.Support;
using NodaTime;
using static FollowUpRules.Tests.Support.Scenario;

namespace FollowUpRules.Tests.Engine;

/// <content>
/// The status and rejection reason the rules see after a silent rejection, after a recorded one and after both, the
/// fact the explanation gives for them, and which silent rejection counts when several rules find one.
/// </content>
public partial class FollowUpEngineTest
{
    // No decision 30 days after the last interview is a silent rejection; one seeker step per condition on the status
    // and the reason, each anchored on the interview.
    private static readonly Playbook SilentStatusPlaybook = PlaybookBuilder.Create("silence", "Silence")
        .AddRule("silence", "Treat a month of silence as a rejection", rule => Silence(rule, Anchor.LastInterview, 30))
        .AddRule("rejected", "rejected", rule => Notes(rule).When(Condition.StatusIs(ApplicationStatus.Rejected)))
        .AddRule("no-response", "no-response", rule => Notes(rule).When(Condition.RejectionReasonIs(RejectionReason.NoResponse)))
        .AddRule("unknown", "unknown", rule => Notes(rule).When(Condition.RejectionReasonIs(RejectionReason.Unknown)))
        .AddRule("paused", "paused", rule => Notes(rule).When(Condition.RejectionReasonIs(RejectionReason.HiringPaused)))
        .AddRule("stop-if-rejected", "stop-if-rejected", rule => Notes(rule).StopWhen(Condition.StatusIs(ApplicationStatus.Rejected)))
        .Build();

    // A seeker step that treats the silence since the anchor as a rejection, once it has lasted the days given.
    private static RuleBuilder Silence(RuleBuilder rule, Anchor after, int days) =>
        rule.After(after).Due(StepOffset.FromDays(days)).Window(early: Period.Zero).For(Audience.Seeker).Do(ActionKind.TreatAsRejected, Channel.None);

    private static RuleBuilder Notes(RuleBuilder rule) =>
        rule.After(Anchor.InterviewHeld).Due(StepOffset.FromDays(1)).Window(late: Period.FromDays(90)).For(Audience.Seeker).Do(ActionKind.WriteJournalNotes, Channel.None);

    public static TheoryData<string, string[], string> SilenceCases => new()
    {
        // Silent from Wed 2026-04-01, 30 days after the interview of Mon 03-02: Rejected, for no response.
        { "silent", ["rejected", "no-response"], "The application counts as Rejected: a silent rejection from Wed 2026-04-01." },

        // Rejected on Fri 04-10, after the silence: Rejected as recorded, for a reason not given.
        { "rejected after the silence", ["rejected", "unknown"], "The application's status is Rejected." },

        // Rejected on Fri 03-20 with a reason, before any silence.
        { "rejected with a reason", ["rejected", "paused"], "The application's status is Rejected." },
    };

    [Theory]
    [MemberData(nameof(SilenceCases))]
    public void Evaluate_AfterASilentOrRecordedRejection_TheRulesSeeItsStatusAndReason(string story, string[] recommended, string statusFact)
    {
        Scenario scenario = new Scenario(D(2026, 2, 2)).Person("ana").Interview(D(2026, 3, 2), "ana");
        scenario = story switch
        {
            "rejected after the silence" => scenario.Rejected(D(2026, 4, 10)),
            "rejected with a reason" => scenario.Rejected(D(2026, 3, 20), RejectionReason.HiringPaused),
            _ => scenario,
        };

        Evaluation evaluation = scenario.Evaluate(D(2026, 4, 10), SilentStatusPlaybook);

        evaluation.Recommendations.Select(r => r.RuleId).Where(id => id != "silence").ShouldBe(recommended, ignoreOrder: true);
        evaluation.Suppressed("stop-if-rejected").Explanation.Lines.ShouldBe(
        [
            "Rule 'stop-if-rejected': stop-if-rejected.",
            "Anchor: interview on Mon 2026-03-02 with Ana.",
            "Stopped because the application's status is Rejected.",
            statusFact,
        ]);
    }

    [Fact]
    public void Evaluate_SilenceAfterApplying_AnApplicationStillAppliedCountsAsRejected()
    {
        // Applied on Mon 2026-02-02 and no word since: a month later, Wed 03-04, the silence is a rejection.
        Playbook playbook = PlaybookBuilder.Create("silence", "Silence")
            .AddRule("silence", "Treat a month of silence as a rejection", rule => Silence(rule, Anchor.ApplicationSubmitted, 30))
            .AddRule("ask", "Ask about the application", rule => rule
                .After(Anchor.ApplicationSubmitted).Due(StepOffset.FromDays(35)).Window(late: Period.FromDays(7))
                .For(Audience.Seeker).Do(ActionKind.WriteJournalNotes, Channel.None).StopWhen(Condition.StatusIs(ApplicationStatus.Rejected)))
            .Build();

        Evaluation evaluation = new Scenario(D(2026, 2, 2)).Evaluate(D(2026, 3, 9), playbook);

        evaluation.Suppressed("ask").Explanation.Lines.ShouldBe(
        [
            "Rule 'ask': Ask about the application.",
            "Anchor: you applied on Mon 2026-02-02.",
            "Stopped because the application's status is Rejected.",
            "The application counts as Rejected: a silent rejection from Wed 2026-03-04.",
        ]);
    }

    [Fact]
    public void Evaluate_SeveralRulesFindASilentRejection_TheEarliestCounts_NamingTheFirstRuleThatFoundIt()
    {
        // 45 days after the interview of Mon 2026-03-02 is Thu 04-16; 30 days is Wed 04-01, found by two rules.
        Playbook playbook = PlaybookBuilder.Create("silences", "Silences")
            .AddRule("long-silence", "Treat six weeks of silence as a rejection", rule => Silence(rule, Anchor.LastInterview, 45))
            .AddRule("silence", "Treat a month of silence as a rejection", rule => Silence(rule, Anchor.LastInterview, 30))
            .AddRule("silence-too", "Treat a month of silence as a rejection, again", rule => Silence(rule, Anchor.LastInterview, 30))
            .AddRule("notes", "Write notes", rule => rule
                .After(Anchor.RejectionReceived).Due(StepOffset.FromDays(1)).Window(late: Period.FromDays(30))
                .For(Audience.Seeker).Do(ActionKind.WriteJournalNotes, Channel.None))
            .Build();
        Scenario scenario = new Scenario(D(2026, 2, 2)).Person("ana").Interview(D(2026, 3, 2), "ana");

        Recommendation notes = scenario.Evaluate(D(2026, 4, 20), playbook).Single("notes");

        notes.AnchorDate.ShouldBe(D(2026, 4, 1));
        notes.Explanation.Lines[1].ShouldBe("Anchor: no decision came, so the application counts as a silent rejection from Wed 2026-04-01 (rule 'silence').");
    }
}
