using FollowUpRules.Domain;
using FollowUpRules.Engine;
using FollowUpRules.Rules;
using FollowUpRules.Rules.Conditions;
using FollowUpRules.Tests.Support;
using NodaTime;
using static FollowUpRules.Tests.Support.Scenario;

namespace FollowUpRules.Tests.Engine;

/// <summary>
/// The same answers for people with a long history as for people with a short one: beyond a few touchpoints, conditions
/// read a summary of a person's touchpoints and a chain its evidence filtered once, instead of scanning them.
/// </summary>
public partial class FollowUpEngineTest
{
    // Thank each interviewer you had coffee with, unless they replied yes since the interview; anyone who said no is
    // left alone.
    private static readonly Playbook HistoryPlaybook = PlaybookBuilder.Create("history", "History")
        .AddStopRule("quiet", "Leave anyone who said no alone", Audience.Each(), Condition.ReplyReceived(ReplyOutcome.No))
        .AddRule("thanks", "Thank each interviewer you know", rule => rule
            .After(Anchor.InterviewHeld).Due(StepOffset.FromDays(1)).Window(late: Period.FromDays(3))
            .For(Audience.EachInterviewer).Do(ActionKind.SendThankYouEmail, Channel.Email)
            .When(Condition.TouchpointRecorded(TouchpointKind.Coffee))
            .StopWhen(Condition.ReplyReceived(ReplyOutcome.Yes, sinceAnchor: true)))
        .Build();

    [Theory]
    [InlineData(0)]
    [InlineData(20)]
    public void Evaluate_LongHistoryWithEachPerson_SameAnswerAsAShortOne(int callsEach)
    {
        // Interviews on Mon 2026-03-02 and Mon 03-09. Ana had coffee and was thanked for the first interview; Ben had no
        // coffee; Cy had coffee and replied yes on the day of the second interview, Dan the day before it; Eve said no.
        string[] people = ["ana", "ben", "cy", "dan", "eve"];
        Scenario scenario = people.Aggregate(new Scenario(D(2026, 1, 5)), (s, id) => s.Person(id));
        foreach (string id in people)
        {
            for (int day = 0; day < callsEach; day++)
            {
                scenario.Touch(TouchpointKind.Call, D(2026, 1, 10).PlusDays(day), id);
            }
        }

        scenario.Touch(TouchpointKind.Coffee, D(2026, 2, 10), "ana", "cy", "dan", "eve")
            .Interview(D(2026, 3, 2), "ana")
            .Touch(TouchpointKind.ThankYouEmail, D(2026, 3, 3), "ana")
            .Reply(D(2026, 3, 4), "eve", ReplyOutcome.No)
            .Reply(D(2026, 3, 8), "dan", ReplyOutcome.Yes)
            .Reply(D(2026, 3, 9), "cy", ReplyOutcome.Yes)
            .Interview(D(2026, 3, 9), "ana", "ben", "cy", "dan", "eve");

        Evaluation evaluation = scenario.Evaluate(D(2026, 3, 10), HistoryPlaybook);

        evaluation.Recommendations.Select(r => (r.Target.ContactId, r.AnchorDate)).ShouldBe([("ana", D(2026, 3, 9)), ("dan", D(2026, 3, 9))]);
        evaluation.Suppressed.Select(s => (s.Target.ContactId, s.Reason)).ShouldBe(
        [
            ("ben", SuppressionReason.ConditionNotMet),
            ("cy", SuppressionReason.Stopped),
            ("eve", SuppressionReason.StopRule),
        ]);
        evaluation.Suppressed[1].Explanation.Lines.ShouldContain("Cy replied \"Yes\" on Mon 2026-03-09.");
    }
}
