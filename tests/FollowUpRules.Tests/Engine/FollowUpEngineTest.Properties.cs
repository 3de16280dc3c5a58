using FollowUpRules.Domain;
using FollowUpRules.Engine;
using FollowUpRules.Rules;
using FollowUpRules.Testing;
using FollowUpRules.Tests.Support;
using FollowUpRules.Validation;
using NodaTime;

namespace FollowUpRules.Tests.Engine;

/// <summary>Invariants of the engine over generated applications, contacts and touchpoints, with the default playbook.</summary>
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
    public void Evaluate_SameInputTwice_SameAnswer()
    {
        Properties.ForAllCases(c => DefaultEngine.Evaluate(c.Input, c.Today).ShouldBe(DefaultEngine.Evaluate(c.Input, c.Today)));
    }

    [Fact]
    public void Evaluate_TouchpointsInAnyOrder_SameAnswer()
    {
        Properties.ForAllCases(c =>
        {
            Evaluation expected = DefaultEngine.Evaluate(c.Input, c.Today);
            FollowUpCase reversed = c.WithTouchpoints(c.Input.Touchpoints.Reverse());
            FollowUpCase rotated = c.WithTouchpoints(c.Input.Touchpoints.Skip(1).Concat(c.Input.Touchpoints.Take(1)));
            DefaultEngine.Evaluate(reversed.Input, c.Today).ShouldBe(expected);
            DefaultEngine.Evaluate(rotated.Input, c.Today).ShouldBe(expected);
        });
    }

    [Fact]
    public void Evaluate_NoStepDueBeforeItsAnchor_AndWindowsAreOrdered()
    {
        Properties.ForAllCases(c =>
        {
            foreach (Recommendation r in DefaultEngine.Evaluate(c.Input, c.Today).Recommendations)
            {
                r.AnchorDate.ShouldBeLessThanOrEqualTo(r.Due, r.Summary);
                r.AnchorDate.ShouldBeLessThanOrEqualTo(r.Earliest, r.Summary);
                r.Earliest.ShouldBeLessThanOrEqualTo(r.Due, r.Summary);
                r.Due.ShouldBeLessThanOrEqualTo(r.Latest, r.Summary);
                r.AnchorDate.ShouldBeLessThanOrEqualTo(c.Today, r.Summary);
            }
        });
    }

    [Fact]
    public void Evaluate_UrgencyMatchesWhereTodayFallsInTheWindow()
    {
        Properties.ForAllCases(c =>
        {
            foreach (Recommendation r in DefaultEngine.Evaluate(c.Input, c.Today).Recommendations)
            {
                Urgency expected = c.Today < r.Earliest ? Urgency.Upcoming : c.Today <= r.Latest ? Urgency.Due : Urgency.Overdue;
                r.Urgency.ShouldBe(expected, r.Summary);
            }
        });
    }

    [Fact]
    public void Evaluate_RecordedStep_NeverRecommendedAgainForTheSameTargetAndOccurrence()
    {
        Properties.ForAllCases(c =>
        {
            Evaluation before = DefaultEngine.Evaluate(c.Input, c.Today);
            foreach (Recommendation r in before.Recommendations.Where(r => r.Urgency != Urgency.Upcoming))
            {
                FollowUpCase after = Record(c, r);
                Evaluation evaluation = DefaultEngine.Evaluate(after.Input, after.Today);
                evaluation.Recommendations.ShouldNotContain(
                    x => x.RuleId == r.RuleId && x.Target == r.Target && x.AnchorKey == r.AnchorKey && x.Occurrence == r.Occurrence,
                    $"'{r.Summary}' was recorded as done and is still recommended");
            }
        });
    }

    [Fact]
    public void Evaluate_NeverTargetsADoNotContactPerson_NorAnyoneWhoSaidNo()
    {
        Properties.ForAllCases(c =>
        {
            var blocked = c.Input.Contacts.Where(p => p.DoNotContact).Select(p => p.Id)
                .Concat(c.Input.Touchpoints.Where(t => t.Kind == TouchpointKind.Reply && t.Outcome == ReplyOutcome.No).SelectMany(t => t.ContactIds))
                .ToHashSet(StringComparer.Ordinal);
            DefaultEngine.Evaluate(c.Input, c.Today).Recommendations.ShouldNotContain(r => r.Target.ContactId != null && blocked.Contains(r.Target.ContactId));
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
    public void Evaluate_Recurrence_NeverExceedsItsCount_AndKeepsItsSpacing()
    {
        Properties.ForAllCases(c =>
        {
            foreach (Recommendation r in DefaultEngine.Evaluate(c.Input, c.Today).Recommendations)
            {
                Rule rule = DefaultEngine.Playbook.FindRule(r.RuleId)!;
                Repeat? repeat = rule.Timing!.Repeat;
                if (repeat is null)
                {
                    r.Occurrence.ShouldBe(1, r.Summary);
                    continue;
                }

                if (repeat.MaxCount is int most)
                {
                    r.Occurrence.ShouldBeLessThanOrEqualTo(most, r.Summary);
                }

                if (r.Occurrence > 1 && !r.IsReplacement)
                {
                    // The spacing counts from the previous step (done or due), never less; back-off and snoozes only add.
                    LocalDate spaced = repeat.Every.AddTo(r.AnchorDate, DefaultEngine.Playbook.WorkingWeek);
                    r.Due.ShouldBeGreaterThanOrEqualTo(spaced, r.Summary);
                    bool adjusted = r.Explanation.Lines.Any(l => l.StartsWith("Spacing multiplied", StringComparison.Ordinal) || l.StartsWith("You snoozed", StringComparison.Ordinal));
                    if (!adjusted)
                    {
                        r.Due.ShouldBe(spaced, r.Summary);
                    }
                }
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
                    current = Record(current.WithToday(next.Due > current.Today ? next.Due : current.Today), next);
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

    [Fact]
    public void Evaluate_LaterToday_NeverMovesADueDateEarlier()
    {
        Properties.ForAllCases(c =>
        {
            Evaluation now = DefaultEngine.Evaluate(c.Input, c.Today);
            foreach (int days in new[] { 1, 7, 45, 400 })
            {
                LocalDate later = c.Today.PlusDays(days);
                Evaluation then = DefaultEngine.Evaluate(c.Input, later);
                foreach (Recommendation r in now.Recommendations)
                {
                    Recommendation? same = then.Recommendations.FirstOrDefault(x => x.RuleId == r.RuleId && x.Target == r.Target && x.AnchorKey == r.AnchorKey && x.Occurrence == r.Occurrence);
                    if (same is not null)
                    {
                        same.Due.ShouldBeGreaterThanOrEqualTo(r.Due, $"{r.Summary} moved to {same.Due} when today moved from {c.Today} to {later}");
                    }
                }
            }
        });
    }

    [Fact]
    public void Evaluate_OrdersByUrgency()
    {
        Properties.ForAllCases(c =>
        {
            Evaluation evaluation = DefaultEngine.Evaluate(c.Input, c.Today);
            int[] ranks = [.. evaluation.Recommendations.Select(r => r.Urgency switch { Urgency.Overdue => 0, Urgency.Due => 1, _ => 2 })];
            ranks.ShouldBe(ranks.Order().ToArray());
            evaluation.Next.ShouldBe(evaluation.Recommendations.FirstOrDefault());
        });
    }

    /// <summary>Records <paramref name="step"/> as done today: a touchpoint of the kind that completes its action, for its target.</summary>
    internal static FollowUpCase Record(FollowUpCase c, Recommendation step)
    {
        TouchpointKind kind = ActionKinds.EvidenceOf(step.Action)[0];
        string[] contacts = step.Target.ContactId is { } id ? [id] : [];
        var done = new Touchpoint($"done-{c.Input.Touchpoints.Count}", kind, c.Today, contacts);
        Application application = c.Input.Application;
        if (kind == TouchpointKind.Rejection)
        {
            application = new Application(application.Id, application.CompanyId, application.CompanyName, application.Role, ApplicationStatus.Rejected, application.AppliedOn, application.RejectionReason);
        }

        return new FollowUpCase(new EvaluationInput(application, c.Input.Contacts, [.. c.Input.Touchpoints, done], c.Input.Seeker), c.Today);
    }
}
