using FollowUpRules.Calendar;
using System.Globalization;
using FollowUpRules.Domain;
using FollowUpRules.Engine;
using FollowUpRules.Rules;
using NodaTime;

namespace FollowUpRules.Testing;

/// <summary>
/// One property the engine keeps for any valid playbook and any valid input, checked on one generated case. The static
/// members are the invariants <see cref="PlaybookProperties.Check(Playbook, IEnumerable{Rules.Conditions.ICustomConditionEvaluator}?, int)"/> checks.
/// </summary>
/// <remarks>Immutable and safe to share between threads. An invariant is only as pure as the custom conditions the engine runs.</remarks>
public sealed class PlaybookInvariant
{
    // How many touchpoints of one case DuplicatesCountOnce records twice, at most (about).
    private const int DuplicatedPerCase = 6;

    private static readonly int[] LaterDays = [1, 7, 45, 400];

    private readonly Func<FollowUpEngine, FollowUpCase, string?> check;

    private PlaybookInvariant(string name, string description, Func<FollowUpEngine, FollowUpCase, string?> check)
    {
        Name = name;
        Description = description;
        this.check = check;
    }

    /// <summary>Gets the invariant that evaluating a valid input never throws.</summary>
    /// <value>The invariant named <c>NeverThrows</c>.</value>
    public static PlaybookInvariant NeverThrows { get; } = new(
        nameof(NeverThrows),
        "evaluating a valid input returns an answer and never throws",
        (engine, c) =>
        {
            _ = engine.Evaluate(c.Input, c.Today);
            return null;
        });

    /// <summary>Gets the invariant that the same input, evaluated twice on the same day, gives equal answers.</summary>
    /// <value>The invariant named <c>Deterministic</c>.</value>
    public static PlaybookInvariant Deterministic { get; } = new(
        nameof(Deterministic),
        "evaluating the same input twice on the same day gives equal answers",
        (engine, c) => Difference(engine.Evaluate(c.Input, c.Today), engine.Evaluate(c.Input, c.Today), "first evaluation", "second evaluation"));

    /// <summary>Gets the invariant that the order of the touchpoints does not change the answer.</summary>
    /// <value>The invariant named <c>TouchpointOrderIrrelevant</c>.</value>
    public static PlaybookInvariant TouchpointOrderIrrelevant { get; } = new(
        nameof(TouchpointOrderIrrelevant),
        "the answer is the same whatever the order of the touchpoints (reversed, or the first moved last)",
        (engine, c) =>
        {
            Evaluation expected = engine.Evaluate(c.Input, c.Today);
            FollowUpCase reversed = c.WithTouchpoints(c.Input.Touchpoints.Reverse());
            FollowUpCase rotated = c.WithTouchpoints(c.Input.Touchpoints.Skip(1).Concat(c.Input.Touchpoints.Take(1)));
            return Difference(expected, engine.Evaluate(reversed.Input, c.Today), "touchpoints as given", "touchpoints reversed")
                ?? Difference(expected, engine.Evaluate(rotated.Input, c.Today), "touchpoints as given", "first touchpoint moved last");
        });

    /// <summary>
    /// Gets the invariant that every recommended step has ordered dates: AnchorDate &lt;= Earliest &lt;= Due &lt;= Latest and
    /// AnchorDate &lt;= today; and every expired step has Due &lt;= Latest &lt; today.
    /// </summary>
    /// <value>The invariant named <c>DatesInOrder</c>.</value>
    public static PlaybookInvariant DatesInOrder { get; } = new(
        nameof(DatesInOrder),
        "no step is due before its anchor: AnchorDate <= Earliest <= Due <= Latest and AnchorDate <= today; an expired step has Due <= Latest < today",
        (engine, c) =>
        {
            Evaluation evaluation = engine.Evaluate(c.Input, c.Today);
            foreach (Recommendation r in evaluation.Recommendations)
            {
                if (!(r.AnchorDate <= r.Earliest && r.Earliest <= r.Due && r.Due <= r.Latest && r.AnchorDate <= c.Today))
                {
                    return $"{Describe(r)} has its dates out of order (today {Iso(c.Today)}).";
                }
            }

            foreach (ExpiredStep e in evaluation.Expired)
            {
                if (!(e.Due <= e.Latest && e.Latest < c.Today))
                {
                    return $"The expired step of rule '{e.RuleId}' for {e.Target.Key}, occurrence {e.Occurrence}, has due {Iso(e.Due)} and latest {Iso(e.Latest)} (today {Iso(c.Today)}).";
                }
            }

            return null;
        });

    /// <summary>Gets the invariant that each step's urgency says where today falls in its window.</summary>
    /// <value>The invariant named <c>UrgencyMatchesWindow</c>.</value>
    public static PlaybookInvariant UrgencyMatchesWindow { get; } = new(
        nameof(UrgencyMatchesWindow),
        "a step is Upcoming before its earliest date, Due from its earliest to its latest date, Overdue after",
        (engine, c) =>
        {
            foreach (Recommendation r in engine.Evaluate(c.Input, c.Today).Recommendations)
            {
                Urgency expected = c.Today < r.Earliest ? Urgency.Upcoming : c.Today <= r.Latest ? Urgency.Due : Urgency.Overdue;
                if (r.Urgency != expected)
                {
                    return $"{Describe(r)} is {r.Urgency} on {Iso(c.Today)}; its window says {expected}.";
                }
            }

            return null;
        });

    /// <summary>Gets the invariant that recommendations come overdue first, then due, then upcoming, and that <see cref="Evaluation.Next"/> is the first.</summary>
    /// <value>The invariant named <c>OrderedByUrgency</c>.</value>
    public static PlaybookInvariant OrderedByUrgency { get; } = new(
        nameof(OrderedByUrgency),
        "recommendations come overdue first, then due, then upcoming, and Next is the first of them",
        (engine, c) =>
        {
            Evaluation evaluation = engine.Evaluate(c.Input, c.Today);
            for (int i = 1; i < evaluation.Recommendations.Count; i++)
            {
                if (Rank(evaluation.Recommendations[i].Urgency) < Rank(evaluation.Recommendations[i - 1].Urgency))
                {
                    return $"{Describe(evaluation.Recommendations[i])} comes after the less urgent {Describe(evaluation.Recommendations[i - 1])}.";
                }
            }

            return evaluation.Next == evaluation.Recommendations.FirstOrDefault() ? null : "Next is not the first recommendation.";

            static int Rank(Urgency u) => u switch
            {
                Urgency.Overdue => 0,
                Urgency.Due => 1,
                _ => 2,
            };
        });

    /// <summary>
    /// Gets the invariant that a due or overdue step, once recorded as done today (see <see cref="FollowUpCase.WithStepDone"/>),
    /// is never recommended again with the same rule, target, anchor event and occurrence.
    /// </summary>
    /// <value>The invariant named <c>DoneStepNotRecommendedAgain</c>.</value>
    public static PlaybookInvariant DoneStepNotRecommendedAgain { get; } = new(
        nameof(DoneStepNotRecommendedAgain),
        "a due or overdue step recorded as done today (a touchpoint of the first kind of ActionKinds.EvidenceOf its action, for its target) is not recommended again with the same RuleId, Target, AnchorKey and Occurrence",
        (engine, c) =>
        {
            foreach (Recommendation r in engine.Evaluate(c.Input, c.Today).Recommendations.Where(r => r.Urgency != Urgency.Upcoming))
            {
                FollowUpCase after = c.WithStepDone(r);
                Recommendation? again = engine.Evaluate(after.Input, after.Today).Recommendations.FirstOrDefault(x => SameStep(x, r));
                if (again is not null)
                {
                    Touchpoint done = after.Input.Touchpoints[^1];
                    return $"{Describe(r)} was recorded as done ({done.Kind} '{done.Id}' on {Iso(done.Date)}"
                        + (done.ContactIds.Count > 0 ? " with " + done.ContactIds[0] : string.Empty)
                        + $") and is still recommended: {Describe(again)}."
                        + Environment.NewLine + "Its explanation now: " + string.Join(" ", again.Explanation.Lines);
                }
            }

            return null;
        });

    /// <summary>Gets the invariant that no recommendation targets a contact marked <see cref="Contact.DoNotContact"/>.</summary>
    /// <value>The invariant named <c>DoNotContactRespected</c>.</value>
    public static PlaybookInvariant DoNotContactRespected { get; } = new(
        nameof(DoNotContactRespected),
        "no recommendation targets a contact marked DoNotContact",
        (engine, c) =>
        {
            var blocked = c.Input.Contacts.Where(p => p.DoNotContact).Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
            Recommendation? wrong = engine.Evaluate(c.Input, c.Today).Recommendations.FirstOrDefault(r => r.Target.ContactId is { } id && blocked.Contains(id));
            return wrong is null ? null : $"{Describe(wrong)} targets {wrong.Target.ContactId}, who asked not to be contacted.";
        });

    /// <summary>
    /// Gets the invariant that recurrence stays within its bounds: the occurrence is at most <see cref="Repeat.MaxCount"/>
    /// (1 without a repeat), and a later occurrence (not a late replacement) is due no sooner than <see cref="Repeat.Every"/>
    /// after its <see cref="Recommendation.AnchorDate"/>, and exactly then unless back-off or a snooze moved it.
    /// </summary>
    /// <value>The invariant named <c>RecurrenceBounded</c>.</value>
    public static PlaybookInvariant RecurrenceBounded { get; } = new(
        nameof(RecurrenceBounded),
        "occurrences never exceed the repeat's MaxCount (1 without a repeat); an occurrence after the first (not a replacement) is due Every after its AnchorDate, later only after back-off or a snooze",
        (engine, c) =>
        {
            foreach (Recommendation r in engine.Evaluate(c.Input, c.Today).Recommendations)
            {
                Rule rule = engine.Playbook.FindRule(r.RuleId)!;
                Repeat? repeat = rule.Timing?.Repeat;
                int most = repeat is null ? 1 : repeat.MaxCount ?? int.MaxValue;
                if (r.Occurrence > most)
                {
                    return $"{Describe(r)} is occurrence {r.Occurrence}; the rule allows at most {most}.";
                }

                if (repeat is not null && r.Occurrence > 1 && !r.IsReplacement)
                {
                    // Spaced in the target's business calendar: the playbook's working week and the seeker's holidays,
                    // plus the person's own calendar for a step to a person.
                    Contact? person = r.Target.ContactId is { } id ? c.Input.Contacts.FirstOrDefault(p => p.Id == id) : null;
                    var calendars = engine.Playbook.Holidays.Where(h => h.ForSeeker || h.Id == person?.HolidayCalendarId);
                    LocalDate spaced = repeat.Every.AddTo(r.AnchorDate, new BusinessCalendar(engine.Playbook.WorkingWeek, calendars));

                    // The rule's own date convention may move the spaced date to a business day, either way, and says so.
                    bool moved = r.Explanation.Lines.Any(l => l.StartsWith($"Due date moved from {Day(spaced)} ", StringComparison.Ordinal));
                    if (r.Due < spaced && !moved)
                    {
                        return $"{Describe(r)} is due {Iso(r.Due)}, sooner than {repeat.Every} after {Iso(r.AnchorDate)} ({Iso(spaced)}).";
                    }

                    bool adjusted = moved || r.Explanation.Lines.Any(l => l.StartsWith("Spacing multiplied", StringComparison.Ordinal) || l.StartsWith("You snoozed", StringComparison.Ordinal));
                    if (!adjusted && r.Due != spaced)
                    {
                        return $"{Describe(r)} is due {Iso(r.Due)}, not {repeat.Every} after {Iso(r.AnchorDate)} ({Iso(spaced)}), with no back-off, snooze or date convention to explain it.";
                    }
                }
            }

            return null;
        });

    /// <summary>Gets the invariant that evaluating the same input on a later day never moves the due date of the same step earlier.</summary>
    /// <value>The invariant named <c>LaterTodayNeverEarlier</c>.</value>
    public static PlaybookInvariant LaterTodayNeverEarlier { get; } = new(
        nameof(LaterTodayNeverEarlier),
        "evaluating 1, 7, 45 or 400 days later never moves the due date of a step (same RuleId, Target, AnchorKey and Occurrence) earlier",
        (engine, c) =>
        {
            Evaluation now = engine.Evaluate(c.Input, c.Today);
            foreach (int days in LaterDays)
            {
                LocalDate later = c.Today.PlusDays(days);
                Evaluation then = engine.Evaluate(c.Input, later);
                foreach (Recommendation r in now.Recommendations)
                {
                    Recommendation? same = then.Recommendations.FirstOrDefault(x => SameStep(x, r));
                    if (same is not null && same.Due < r.Due)
                    {
                        return $"{Describe(r)} on {Iso(c.Today)} is due {Iso(same.Due)} when evaluated on {Iso(later)}."
                            + Environment.NewLine + "Its explanation then: " + string.Join(" ", same.Explanation.Lines);
                    }
                }
            }

            return null;
        });

    /// <summary>
    /// Gets the invariant that every step for a person has a send time inside the playbook's send window, on the clock of
    /// the person's zone (the seeker's when the contact's is unknown), on the due date (or, when the clocks skip the whole
    /// window that day, the first later day on which it exists); and that other steps have none.
    /// </summary>
    /// <value>The invariant named <c>SendTimeInsideWindow</c>.</value>
    public static PlaybookInvariant SendTimeInsideWindow { get; } = new(
        nameof(SendTimeInsideWindow),
        "a step for a person is sent inside the send window in the person's own zone, on its due date unless the clocks skip the whole window that day; other steps have no send time",
        (engine, c) =>
        {
            SendWindow window = engine.Playbook.SendWindow;
            foreach (Recommendation r in engine.Evaluate(c.Input, c.Today).Recommendations)
            {
                Contact? contact = r.Target.ContactId is { } id ? c.Input.Contacts.FirstOrDefault(x => x.Id == id) : null;
                if (contact is null)
                {
                    if (r.SendAt is not null)
                    {
                        return $"{Describe(r)} is not for a person but has a send time, {r.SendAt}.";
                    }

                    continue;
                }

                DateTimeZone zone = contact.TimeZoneId is { } zoneId ? DateTimeZoneProviders.Tzdb[zoneId] : c.Input.Seeker.Zone;
                if (r.SendAt is not { } sendAt)
                {
                    return $"{Describe(r)} is for {contact.Id} but has no send time.";
                }

                if (!sendAt.Zone.Equals(zone) || sendAt.TimeOfDay < window.Start || sendAt.TimeOfDay >= window.End)
                {
                    return $"{Describe(r)} is sent at {sendAt}, outside the window {window} in {zone.Id}.";
                }

                for (LocalDate day = r.Due; day < sendAt.Date; day = day.PlusDays(1))
                {
                    if (WindowExists(window, day, zone))
                    {
                        return $"{Describe(r)} is due {Iso(r.Due)} but sent on {Iso(sendAt.Date)}, although the window {window} exists on {Iso(day)} in {zone.Id}.";
                    }
                }

                if (sendAt.Date < r.Due)
                {
                    return $"{Describe(r)} is due {Iso(r.Due)} but sent earlier, at {sendAt}.";
                }
            }

            return null;
        });

    /// <summary>
    /// Gets the invariant that a duplicate counts once (see <see cref="Touchpoint.IsDuplicateOf"/>): recording any touchpoint
    /// a second time, with another id, leaves the answer unchanged, and so does recording a due or overdue step as done twice
    /// on the same day.
    /// </summary>
    /// <value>The invariant named <c>DuplicatesCountOnce</c>.</value>
    public static PlaybookInvariant DuplicatesCountOnce { get; } = new(
        nameof(DuplicatesCountOnce),
        "duplicating any touchpoint (the same event with another id) leaves the answer unchanged, and so does recording a due step as done twice the same day",
        (engine, c) =>
        {
            Evaluation expected = engine.Evaluate(c.Input, c.Today);
            var ids = c.Input.Touchpoints.Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
            ValueList<Touchpoint> touchpoints = c.Input.Touchpoints;

            // A few touchpoints spread over the case (every one in a small case) keep the check's cost in proportion.
            int step = Math.Max(1, touchpoints.Count / DuplicatedPerCase);
            for (int i = 0; i < touchpoints.Count; i += step)
            {
                Touchpoint t = touchpoints[i];

                // The copy's id extends the original's, so it sorts after it: the touchpoint kept is the same either way.
                string id = t.Id + "-again";
                while (!ids.Add(id))
                {
                    id += "-again";
                }

                var copy = new Touchpoint(id, t.Kind, t.Date, t.ContactIds, t.ApplicationId, t.Outcome, t.RuleId, t.SnoozeUntil, t.Title);
                FollowUpCase doubled = c.WithTouchpoints([.. touchpoints, copy]);
                string? difference = Difference(expected, engine.Evaluate(doubled.Input, c.Today), "touchpoints as given", $"touchpoint '{t.Id}' recorded twice");
                if (difference is not null)
                {
                    return difference;
                }
            }

            if (expected.Recommendations.FirstOrDefault(r => r.Urgency != Urgency.Upcoming) is { } due)
            {
                FollowUpCase once = c.WithStepDone(due);
                FollowUpCase twice = once.WithStepDone(due);
                return Difference(engine.Evaluate(once.Input, c.Today), engine.Evaluate(twice.Input, c.Today), $"step {Describe(due)} recorded as done once", "step recorded as done twice");
            }

            return null;
        });

    /// <summary>Gets every invariant, in the order <see cref="PlaybookProperties"/> checks them.</summary>
    /// <value>
    /// <see cref="NeverThrows"/>, <see cref="Deterministic"/>, <see cref="TouchpointOrderIrrelevant"/>, <see cref="DatesInOrder"/>,
    /// <see cref="UrgencyMatchesWindow"/>, <see cref="OrderedByUrgency"/>, <see cref="DoneStepNotRecommendedAgain"/>,
    /// <see cref="DoNotContactRespected"/>, <see cref="RecurrenceBounded"/>, <see cref="LaterTodayNeverEarlier"/>,
    /// <see cref="SendTimeInsideWindow"/>, <see cref="DuplicatesCountOnce"/>.
    /// </value>
    public static IReadOnlyList<PlaybookInvariant> All { get; } =
    [
        NeverThrows, Deterministic, TouchpointOrderIrrelevant, DatesInOrder, UrgencyMatchesWindow, OrderedByUrgency,
        DoneStepNotRecommendedAgain, DoNotContactRespected, RecurrenceBounded, LaterTodayNeverEarlier, SendTimeInsideWindow,
        DuplicatesCountOnce,
    ];

    /// <summary>Returns whether some minute of <paramref name="window"/> happens on <paramref name="day"/> in <paramref name="zone"/> (clock changes fall on whole minutes).</summary>
    /// <remarks>An oracle independent of <see cref="SendWindow.SendTime"/>: it walks the window minute by minute.</remarks>
    internal static bool WindowExists(SendWindow window, LocalDate day, DateTimeZone zone)
    {
        for (LocalTime t = window.Start; t < window.End && t >= window.Start; t = t.PlusMinutes(1))
        {
            if (zone.MapLocal(day.At(t)).Count > 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Gets the invariant's name.</summary>
    /// <value>A PascalCase identifier, for example <c>Deterministic</c>.</value>
    public string Name { get; }

    /// <summary>Gets what the invariant says.</summary>
    /// <value>One sentence, lower case, without a final period.</value>
    public string Description { get; }

    /// <summary>Checks the invariant on one case.</summary>
    /// <param name="engine">The engine, built on the playbook under test.</param>
    /// <param name="case">A valid case for the engine's playbook, for example from <see cref="FollowUpGenerators.Cases"/>.</param>
    /// <returns>
    /// <see langword="null"/> when the invariant holds; otherwise what went wrong, naming the step. An exception thrown by the
    /// engine is a violation too: the text then names the exception.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="engine"/> or <paramref name="case"/> is <see langword="null"/>.</exception>
    public string? FindViolation(FollowUpEngine engine, FollowUpCase @case)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(@case);
        try
        {
            return check(engine, @case);
        }
#pragma warning disable CA1031 // Any exception from the engine is a finding to report, not a crash of the check.
        catch (Exception e)
#pragma warning restore CA1031
        {
            return $"The engine threw {e.GetType().FullName}: {e.Message}" + Environment.NewLine + e.StackTrace;
        }
    }

    /// <summary>Returns <see cref="Name"/>.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Name;

    private static bool SameStep(Recommendation a, Recommendation b) =>
        a.RuleId == b.RuleId && a.Target == b.Target && a.AnchorKey == b.AnchorKey && a.Occurrence == b.Occurrence;

    private static string Iso(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    // The engine's way of writing a day in explanations, for example "Sat 2026-12-26".
    private static string Day(LocalDate date) => date.ToString("ddd uuuu'-'MM'-'dd", CultureInfo.InvariantCulture);

    private static string Describe(Recommendation r) =>
        $"'{r.Summary}' [rule {r.RuleId}, {r.Target.Key}, anchor {r.AnchorKey}, occurrence {r.Occurrence}{(r.IsReplacement ? ", replacement" : string.Empty)}, "
        + $"{r.Urgency}, anchor date {Iso(r.AnchorDate)}, window {Iso(r.Earliest)}..{Iso(r.Latest)}]";

    private static string? Difference(Evaluation a, Evaluation b, string aName, string bName)
    {
        if (a == b)
        {
            return null;
        }

        string first = FirstDifference(a.Recommendations, b.Recommendations, "recommendation", x => Describe(x) + " Explanation: " + string.Join(" ", x.Explanation.Lines))
            ?? FirstDifference(a.Expired, b.Expired, "expired step", x => $"rule {x.RuleId} for {x.Target.Key}, occurrence {x.Occurrence}, due {Iso(x.Due)}, latest {Iso(x.Latest)}")
            ?? FirstDifference(a.Suppressed, b.Suppressed, "suppressed step", x => $"rule {x.RuleId} for {x.Target.Key}: {x.Reason}. Explanation: {string.Join(" ", x.Explanation.Lines)}")
            ?? "they differ in another way";
        return $"The answers with the {aName} and with the {bName} differ: {first}";

        string? FirstDifference<T>(IReadOnlyList<T> x, IReadOnlyList<T> y, string what, Func<T, string> describe)
        {
            for (int i = 0; i < Math.Max(x.Count, y.Count); i++)
            {
                if (i >= x.Count)
                {
                    return $"{what} {i + 1} is only in the {bName}: {describe(y[i])}";
                }

                if (i >= y.Count)
                {
                    return $"{what} {i + 1} is only in the {aName}: {describe(x[i])}";
                }

                if (!EqualityComparer<T>.Default.Equals(x[i], y[i]))
                {
                    return $"{what} {i + 1} is, with the {aName}, {describe(x[i])}{Environment.NewLine}and with the {bName}, {describe(y[i])}";
                }
            }

            return null;
        }
    }
}
