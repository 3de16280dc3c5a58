using FollowUpRules.Domain;
using FollowUpRules.Engine;
using FollowUpRules.Rules;
using FollowUpRules.Testing;
using FollowUpRules.Tests.Support;
using FollowUpRules.Validation;
using NodaTime;

namespace FollowUpRules.Tests.Engine;

/// <summary>
/// Invariants of the engine over generated applications, contacts and touchpoints, with the default playbook. The
/// invariants that hold for any playbook are written once, in FollowUpRules.Testing (<see cref="PlaybookInvariant"/>);
/// the ones about the default playbook's own rules are here.
/// </summary>
public partial class FollowUpEngineTest
{
    private static readonly FollowUpEngine DefaultEngine = Properties.Engine();

    [Fact]
    public void Generators_ProduceOnlyValidInput()
    {
        Properties.ForAllCases(c =>
        {
            FluentValidation.Results.ValidationResult result = new EvaluationInputValidator(c.Today, DefaultPlaybook.Instance).Validate(c.Input);
            result.IsValid.ShouldBeTrue(string.Join("; ", result.Errors));
        });
    }

    [Fact]
    public void Evaluate_ValidInput_NeverThrows() => Properties.Holds(PlaybookInvariant.NeverThrows);

    [Fact]
    public void Evaluate_SameInputTwice_SameAnswer() => Properties.Holds(PlaybookInvariant.Deterministic);

    [Fact]
    public void Evaluate_TouchpointsInAnyOrder_SameAnswer() => Properties.Holds(PlaybookInvariant.TouchpointOrderIrrelevant);

    [Fact]
    public void Evaluate_NoStepDueBeforeItsAnchor_AndWindowsAreOrdered() => Properties.Holds(PlaybookInvariant.DatesInOrder);

    [Fact]
    public void Evaluate_UrgencyMatchesWhereTodayFallsInTheWindow() => Properties.Holds(PlaybookInvariant.UrgencyMatchesWindow);

    [Fact]
    public void Evaluate_OrdersByUrgency() => Properties.Holds(PlaybookInvariant.OrderedByUrgency);

    [Fact]
    public void Evaluate_RecordedStep_NeverRecommendedAgainForTheSameTargetAndOccurrence() => Properties.Holds(PlaybookInvariant.DoneStepNotRecommendedAgain);

    [Fact]
    public void Evaluate_NeverTargetsADoNotContactPerson() => Properties.Holds(PlaybookInvariant.DoNotContactRespected);

    [Fact]
    public void Evaluate_Recurrence_NeverExceedsItsCount_AndKeepsItsSpacing() => Properties.Holds(PlaybookInvariant.RecurrenceBounded);

    [Fact]
    public void Evaluate_LaterToday_NeverMovesADueDateEarlier() => Properties.Holds(PlaybookInvariant.LaterTodayNeverEarlier);

    [Fact]
    public void Evaluate_SendTime_IsInsideTheSendWindowInThePersonsZone() => Properties.Holds(PlaybookInvariant.SendTimeInsideWindow);

    [Fact]
    public void Evaluate_NeverTargetsAnyoneWhoSaidNo()
    {
        // The default playbook's stop rule "said-no"; not an engine guard, so not an invariant of every playbook.
        Properties.ForAllCases(c =>
        {
            var saidNo = c.Input.Touchpoints.Where(t => t.Kind == TouchpointKind.Reply && t.Outcome == ReplyOutcome.No).SelectMany(t => t.ContactIds)
                .ToHashSet(StringComparer.Ordinal);
            DefaultEngine.Evaluate(c.Input, c.Today).Recommendations.ShouldNotContain(r => r.Target.ContactId != null && saidNo.Contains(r.Target.ContactId));
        });
    }

    [Fact]
    public void Evaluate_StatusFollowUps_StopAfterAnyReplyOrAJobElsewhere()
    {
        Properties.ForAllCases(c =>
        {
            bool replied = c.Input.Touchpoints.Any(t => t.Kind == TouchpointKind.Reply);
            bool employed = c.Input.Seeker.EmployedElsewhereSince is not null;
            if (replied || employed)
            {
                DefaultEngine.Evaluate(c.Input, c.Today).Recommendations.ShouldNotContain(r => r.RuleId == "status-follow-up");
            }
        });
    }

    [Fact]
    public void Evaluate_RecurrenceDoneOnTime_KeepsExactSpacingUntilItsCount()
    {
        // Do every step of every repeating rule on its due date, day by day, and check the spacing of what gets recommended.
        Properties.ForAllCases(
            c =>
            {
                FollowUpCase current = c;
                var seen = new Dictionary<(string, string, string), List<(int Occurrence, LocalDate Due, LocalDate Anchor)>>();
                for (int step = 0; step < 12; step++)
                {
                    Recommendation? next = DefaultEngine.Evaluate(current.Input, current.Today).Recommendations
                        .Where(r => DefaultEngine.Playbook.FindRule(r.RuleId)!.Timing!.Repeat is not null && !r.IsReplacement && r.Urgency != Urgency.Overdue)
                        .OrderBy(r => r.Due)
                        .FirstOrDefault();
                    if (next is null || next.Due > Limits.MaxDate.PlusYears(-10))
                    {
                        break;
                    }

                    var key = (next.RuleId, next.Target.Key, next.AnchorKey);
                    if (!seen.TryGetValue(key, out var history))
                    {
                        history = [];
                        seen[key] = history;
                    }

                    history.Add((next.Occurrence, next.Due, next.AnchorDate));
                    current = current.WithToday(next.Due > current.Today ? next.Due : current.Today).WithStepDone(next);
                }

                foreach (((string ruleId, _, _), var history) in seen)
                {
                    Repeat repeat = DefaultEngine.Playbook.FindRule(ruleId)!.Timing!.Repeat!;
                    history.Select(h => h.Occurrence).ShouldBe(history.Select(h => h.Occurrence).Order(), $"occurrences of {ruleId} out of order");
                    history.ShouldAllBe(h => repeat.MaxCount == null || h.Occurrence <= repeat.MaxCount);
                    for (int i = 1; i < history.Count; i++)
                    {
                        if (history[i].Occurrence == history[i - 1].Occurrence + 1 && history[i].Anchor == history[i - 1].Due)
                        {
                            history[i].Due.ShouldBeGreaterThanOrEqualTo(repeat.Every.AddTo(history[i - 1].Due, DefaultEngine.Playbook.WorkingWeek), ruleId);
                        }
                    }
                }
            },
            runs: 100);
    }
}
