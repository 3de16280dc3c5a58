using FollowUpRules.Domain;
using FollowUpRules.Engine;
using FollowUpRules.Planning;
using FollowUpRules.Rules;
using FollowUpRules.Utility;
using NodaTime;

namespace FollowUpRules;

/// <content>The planner's and the agenda's answers.</content>
public static partial class FollowUpModelFactory
{
    /// <summary>Returns one step of a plan.</summary>
    /// <param name="recommendation">The step, as the engine recommended it; <see cref="Recommendation"/>'s default by default.</param>
    /// <param name="date">The day the plan assumes the step is done; by default the step's due date.</param>
    /// <returns>The planned step.</returns>
    public static PlannedStep PlannedStep(Recommendation? recommendation = null, LocalDate? date = null)
    {
        Recommendation step = recommendation ?? Recommendation();
        return new PlannedStep(date ?? step.Due, step);
    }

    /// <summary>Returns the timeline of one application, as <see cref="FollowUpPlanner.Project"/> gives it.</summary>
    /// <param name="applicationId">The application planned; <see cref="DefaultApplicationId"/> by default.</param>
    /// <param name="from">The plan's first day; by default NodaTime's default date: give one.</param>
    /// <param name="until">The plan's last day, not before <paramref name="from"/>; by default <paramref name="from"/>.</param>
    /// <param name="steps">The steps, each of <paramref name="applicationId"/> and dated from <paramref name="from"/> to <paramref name="until"/>; none by default. Put in date order, the order given kept within a day.</param>
    /// <param name="isTruncated">Whether the plan stopped at <see cref="FollowUpPlanner.MaxSteps"/> steps; <see langword="false"/> by default.</param>
    /// <returns>The plan.</returns>
    /// <exception cref="ArgumentException"><paramref name="until"/> is before <paramref name="from"/>, or a step is of another application or outside the plan's days.</exception>
    public static Plan Plan(string applicationId = DefaultApplicationId, LocalDate from = default, LocalDate? until = null, IEnumerable<PlannedStep>? steps = null, bool isTruncated = false)
    {
        Required(applicationId, nameof(applicationId), "A plan's application id must not be blank.");
        LocalDate last = until ?? from;
        Preconditions.CheckArgument(last >= from, nameof(until), $"The plan's last day {Describe.IsoDate(last)} is before its first, {Describe.IsoDate(from)}.");
        PlannedStep[] all = NoNulls(steps, nameof(steps));
        foreach (PlannedStep step in all)
        {
            Preconditions.CheckArgument(step.Recommendation.ApplicationId == applicationId, nameof(steps), $"The step '{step}' is of application '{step.Recommendation.ApplicationId}', not '{applicationId}'.");
            Preconditions.CheckArgument(step.Date >= from && step.Date <= last, nameof(steps), $"The step '{step}' is outside the plan's days, {Describe.IsoDate(from)} to {Describe.IsoDate(last)}.");
        }

        return new Plan(applicationId, from, last, all.OrderBy(s => s.Date), isTruncated);
    }

    /// <summary>Returns one move of an agenda step to a later day.</summary>
    /// <param name="from">The day the step would have gone on; by default NodaTime's default date: give one.</param>
    /// <param name="to">The day it moved to, after <paramref name="from"/>; by default the day after <paramref name="from"/> (the next Monday for <see cref="AgendaMoveReason.WeeklyLimit"/>, the day after the pause for <see cref="AgendaMoveReason.Pause"/>).</param>
    /// <param name="reason">Why; <see cref="AgendaMoveReason.DailyLimit"/> by default.</param>
    /// <param name="pauseStart">For a <see cref="AgendaMoveReason.Pause"/> (and only then): the pause's first day, on or before <paramref name="from"/>; by default <paramref name="from"/>.</param>
    /// <param name="pauseEnd">For a pause: its last day, from <paramref name="from"/> to the day before <paramref name="to"/>; by default the day before <paramref name="to"/>.</param>
    /// <param name="askedOn">For <see cref="AgendaMoveReason.Spacing"/> (and only then): the day of the earlier ask to the same person, before <paramref name="to"/>; by default <paramref name="from"/>.</param>
    /// <returns>The move.</returns>
    /// <exception cref="ArgumentException"><paramref name="to"/> is not after <paramref name="from"/>, a weekly-limit move does not end on a Monday, or a day is given for another reason or out of order.</exception>
    public static AgendaMove AgendaMove(
        LocalDate from = default,
        LocalDate? to = null,
        AgendaMoveReason reason = AgendaMoveReason.DailyLimit,
        LocalDate? pauseStart = null,
        LocalDate? pauseEnd = null,
        LocalDate? askedOn = null)
    {
        Preconditions.CheckArgument(Enum.IsDefined(reason), nameof(reason), $"'{reason}' is not a reason to move a step.");
        Preconditions.CheckArgument(reason == AgendaMoveReason.Pause || (pauseStart is null && pauseEnd is null), pauseStart is null ? nameof(pauseEnd) : nameof(pauseStart), $"Only a move for a pause has a pause's days, not one for {reason}.");
        Preconditions.CheckArgument(reason == AgendaMoveReason.Spacing || askedOn is null, nameof(askedOn), $"Only a move for the spacing between asks has the day of an earlier ask, not one for {reason}.");
        LocalDate moved = to ?? reason switch
        {
            AgendaMoveReason.WeeklyLimit => from.Next(IsoDayOfWeek.Monday),
            AgendaMoveReason.Pause when pauseEnd is { } end => end.PlusDays(1),
            _ => from.PlusDays(1),
        };
        Preconditions.CheckArgument(moved > from, nameof(to), $"A step moves to a later day: {Describe.IsoDate(moved)} is not after {Describe.IsoDate(from)}.");
        switch (reason)
        {
            case AgendaMoveReason.WeeklyLimit:
                Preconditions.CheckArgument(moved.DayOfWeek == IsoDayOfWeek.Monday, nameof(to), $"A step held by the weekly limit moves to a Monday, not to {Describe.Date(moved)}.");
                return new AgendaMove(from, moved, reason, default, default);
            case AgendaMoveReason.Pause:
                LocalDate first = pauseStart ?? from;
                LocalDate last = pauseEnd ?? moved.PlusDays(-1);
                Preconditions.CheckArgument(first <= from, nameof(pauseStart), $"The pause starts on {Describe.IsoDate(first)}, after the day it held, {Describe.IsoDate(from)}.");
                Preconditions.CheckArgument(last >= from && last < moved, nameof(pauseEnd), $"The pause ends on {Describe.IsoDate(last)}: it holds the day {Describe.IsoDate(from)} and ends before the day the step moved to, {Describe.IsoDate(moved)}.");
                return new AgendaMove(from, moved, reason, first, last);
            case AgendaMoveReason.Spacing:
                LocalDate asked = askedOn ?? from;
                Preconditions.CheckArgument(asked < moved, nameof(askedOn), $"The earlier ask on {Describe.IsoDate(asked)} is not before the day the step moved to, {Describe.IsoDate(moved)}.");
                return new AgendaMove(from, moved, reason, asked, default);
            default:
                return new AgendaMove(from, moved, reason, default, default);
        }
    }

    /// <summary>Returns one step on the agenda.</summary>
    /// <param name="recommendation">The step, as the engine recommends it today; <see cref="Recommendation"/>'s default by default.</param>
    /// <param name="date">The day the step is scheduled; by default where the last move ends, else the step's due date.</param>
    /// <param name="applicationIds">
    /// The applications the step serves, the recommendation's among them; several only for a step to a person; by default the
    /// recommendation's. Put in ordinal order.
    /// </param>
    /// <param name="moves">
    /// The moves that put the step on its day (see <see cref="AgendaMove(LocalDate, LocalDate?, AgendaMoveReason, LocalDate?, LocalDate?, LocalDate?)"/>),
    /// in order: each from where the last ended, the last to <paramref name="date"/>; the limits move only steps to a person;
    /// none by default. They make the item's <see cref="Planning.AgendaItem.Explanation"/>, one sentence each (and one more
    /// when they push the step past its latest date), worded as the agenda words them.
    /// </param>
    /// <param name="companyName">The company's name, which a weekly-limit move's sentence names; required only for such a move.</param>
    /// <param name="limits">The limits the sentences name; <see cref="OutreachLimits.Default"/> by default.</param>
    /// <returns>The item: <see cref="Planning.AgendaItem.IsLate"/> when the recommendation is <see cref="Urgency.Overdue"/>,
    /// <see cref="Planning.AgendaItem.PastDeadline"/> when the moves pushed a step that was on time past its latest date.</returns>
    /// <exception cref="ArgumentException">An argument does not fit the others, as each parameter says.</exception>
    public static AgendaItem AgendaItem(
        Recommendation? recommendation = null,
        LocalDate? date = null,
        IEnumerable<string>? applicationIds = null,
        IEnumerable<AgendaMove>? moves = null,
        string? companyName = null,
        OutreachLimits? limits = null)
    {
        Recommendation step = recommendation ?? Recommendation();
        string[] ids = [.. (applicationIds ?? [step.ApplicationId]).Order(StringComparer.Ordinal)];
        for (int i = 0; i < ids.Length; i++)
        {
            Required(ids[i], nameof(applicationIds), $"Application id {i} is blank.");
            Preconditions.CheckArgument(i == 0 || ids[i] != ids[i - 1], nameof(applicationIds), $"The application '{ids[i]}' comes twice.");
        }

        Preconditions.CheckArgument(ids.Contains(step.ApplicationId, StringComparer.Ordinal), nameof(applicationIds), $"The step is of application '{step.ApplicationId}', which the ids do not hold.");
        Preconditions.CheckArgument(ids.Length == 1 || step.Target.Kind == TargetKind.Person, nameof(applicationIds), "Only a step to a person serves several applications at once.");

        AgendaMove[] path = moves?.ToArray() ?? [];
        LocalDate day = date ?? (path.Length > 0 ? path[^1].To : step.Due);
        if (path.Length == 0)
        {
            Preconditions.CheckArgument(step.Urgency != Urgency.Upcoming || day == step.Due, nameof(date), $"An upcoming step that did not move is on its due date, {Describe.IsoDate(step.Due)}, not on {Describe.IsoDate(day)}.");
            return new AgendaItem(day, step, ValueList<string>.Wrap(ids), step.Urgency == Urgency.Overdue, pastDeadline: false, explanation: null);
        }

        Preconditions.CheckArgument(step.Urgency != Urgency.Upcoming || path[0].From == step.Due, nameof(moves), $"An upcoming step's first move starts from its due date, {Describe.IsoDate(step.Due)}, not from {Describe.IsoDate(path[0].From)}.");
        AgendaMoveReason? pushedPastLatestBy = null;
        for (int i = 0; i < path.Length; i++)
        {
            AgendaMove move = path[i];
            Preconditions.CheckArgument(move.To > move.From, nameof(moves), $"Move {i} does not move the step to a later day.");
            Preconditions.CheckArgument(i == 0 || move.From == path[i - 1].To, nameof(moves), $"Move {i} starts on {Describe.IsoDate(move.From)}, not where move {i - 1} ended, {Describe.IsoDate(path[i - 1].To)}.");
            Preconditions.CheckArgument(move.Reason == AgendaMoveReason.Pause || step.Target.Kind == TargetKind.Person, nameof(moves), $"Move {i} is for the {move.Reason}, which holds only steps to a person.");
            Preconditions.CheckArgument(move.Reason != AgendaMoveReason.WeeklyLimit || !string.IsNullOrWhiteSpace(companyName), nameof(companyName), $"Move {i} is for the weekly limit, whose sentence names the company: give its name.");
            if (move.From <= step.Latest && move.To > step.Latest)
            {
                pushedPastLatestBy = move.Reason;
            }
        }

        Preconditions.CheckArgument(day == path[^1].To, nameof(date), $"The step is scheduled on {Describe.IsoDate(day)}, but its last move ends on {Describe.IsoDate(path[^1].To)}.");

        // The agenda reads only the company's name from the application when it words the moves.
        var application = new Application(step.ApplicationId, "company", companyName ?? string.Empty, "role", ApplicationStatus.Applied, step.AnchorDate);
        var explanation = new AgendaExplanation(path, pushedPastLatestBy, step, application, limits ?? OutreachLimits.Default);
        return new AgendaItem(day, step, ValueList<string>.Wrap(ids), step.Urgency == Urgency.Overdue, pushedPastLatestBy is not null, explanation);
    }

    /// <summary>Returns one day of an agenda.</summary>
    /// <param name="date">The day; by default NodaTime's default date: give one.</param>
    /// <param name="items">What to do on it, at least one item, each scheduled on <paramref name="date"/>; by default one <see cref="AgendaItem"/> of a step due that day. Sorted as the agenda sorts them (see <see cref="Planning.AgendaDay.Items"/>) by urgency, dates and priority; items that tie on those keep the order given (the agenda orders them by the rule's place in the playbook, then by application).</param>
    /// <returns>The day.</returns>
    /// <exception cref="ArgumentException"><paramref name="items"/> is empty, or an item is scheduled on another day.</exception>
    public static AgendaDay AgendaDay(LocalDate date = default, IEnumerable<AgendaItem>? items = null)
    {
        AgendaItem[] all = items is null ? [AgendaItem(Recommendation(due: date))] : NoNulls(items, nameof(items));
        Preconditions.CheckArgument(all.Length > 0, nameof(items), "A day of an agenda has at least one item.");
        foreach (AgendaItem item in all)
        {
            Preconditions.CheckArgument(item.Date == date, nameof(items), $"The item '{item}' is scheduled on another day than {Describe.Date(date)}.");
        }

        // Sorted by urgency and dates as the engine sorts steps; ties keep the order given, where the agenda goes by the
        // rule's place in the playbook, then the application.
        IEnumerable<AgendaItem> ordered = all.OrderBy(i => StepOrder.UrgencyKey(i.Recommendation));
        return new AgendaDay(date, ValueList<AgendaItem>.From(ordered));
    }

    /// <summary>Returns an agenda.</summary>
    /// <param name="from">The agenda's first day; by default NodaTime's default date: give one.</param>
    /// <param name="until">The last due date it takes steps for, not before <paramref name="from"/>; by default <paramref name="from"/>.</param>
    /// <param name="days">The days with something to do, each on a different date, none before <paramref name="from"/> (they may go past <paramref name="until"/>); none by default. Put in date order.</param>
    /// <returns>The agenda.</returns>
    /// <exception cref="ArgumentException"><paramref name="until"/> is before <paramref name="from"/>, or a day is before <paramref name="from"/> or comes twice.</exception>
    public static Agenda Agenda(LocalDate from = default, LocalDate? until = null, IEnumerable<AgendaDay>? days = null)
    {
        LocalDate last = until ?? from;
        Preconditions.CheckArgument(last >= from, nameof(until), $"The agenda's last due date {Describe.IsoDate(last)} is before its first day, {Describe.IsoDate(from)}.");
        AgendaDay[] all = [.. NoNulls(days, nameof(days)).OrderBy(d => d.Date)];
        for (int i = 0; i < all.Length; i++)
        {
            Preconditions.CheckArgument(all[i].Date >= from, nameof(days), $"The day {Describe.IsoDate(all[i].Date)} is before the agenda's first day, {Describe.IsoDate(from)}.");
            Preconditions.CheckArgument(i == 0 || all[i].Date != all[i - 1].Date, nameof(days), $"The day {Describe.IsoDate(all[i].Date)} comes twice.");
        }

        return new Agenda(from, last, all);
    }
}
