using FollowUpRules.Calendar;
using FollowUpRules.Domain;
using FollowUpRules.Rules;
using FollowUpRules.Rules.Conditions;
using NodaTime;

namespace FollowUpRules.Engine;

/// <summary>
/// Writes explanations in English: every sentence an explanation can hold, from its <see cref="ExplanationMessage"/>s.
/// This is the one place the engine's and the agenda's explanation sentences are worded.
/// </summary>
/// <remarks>Dates are culture-invariant (<c>Mon 2026-11-23</c>), times <c>09:00</c>. Stateless and thread-safe.</remarks>
internal static class EnglishExplanations
{
    /// <summary>Returns the sentences of <paramref name="messages"/>, one per message.</summary>
    internal static string[] Sentences(ValueList<ExplanationMessage> messages)
    {
        string[] lines = new string[messages.Count];
        for (int i = 0; i < lines.Length; i++)
        {
            lines[i] = Render(messages[i]);
        }

        return lines;
    }

    /// <summary>Returns the sentence, or the phrase, of <paramref name="m"/>.</summary>
    internal static string Render(ExplanationMessage m) => m.Id switch
    {
        MessageId.Rule => $"Rule '{m.Arg<string>(0)}': {m.Arg<string>(1)}.",
        MessageId.RuleWithSource => $"Rule '{m.Arg<string>(0)}': {m.Arg<string>(1)}. Source: {m.Arg<string>(2)}.",
        MessageId.Anchor => $"Anchor: {Render(m.Arg<ExplanationMessage>(0))}.",
        MessageId.DoNotContact => $"{m.Arg<string>(0)} asked not to be contacted, so nothing is recommended to them.",
        MessageId.BlockedByStopRule => $"Blocked by stop rule '{m.Arg<string>(0)}' ({m.Arg<string>(1)}): {string.Join("; ", m.Arg<ValueList<Condition>>(2).Select(c => c.Describe()))}.",
        MessageId.ConditionNotMet => $"Not recommended, because {m.Arg<Condition>(0).DescribeNegation()}.",
        MessageId.FactDoNotContact => $"{m.Arg<string>(0)} is marked do-not-contact.",
        MessageId.FactReplied => $"{string.Join(" and ", m.Arg<ValueList<string>>(0))} replied \"{m.Args[1]}\" on {Date(m, 2)}.",
        MessageId.FactRecorded => Describe.Capitalize($"{TouchpointKinds.Describe(m.Arg<TouchpointKind>(0))}{(m.Arg<ValueList<string>>(1).Count == 0 ? string.Empty : " with " + string.Join(" and ", m.Arg<ValueList<string>>(1)))} was recorded on {Date(m, 2)}."),
        MessageId.FactEmployedElsewhere => $"You accepted a job elsewhere on {Date(m, 0)}.",
        MessageId.FactStatus => m.Args[1] is LocalDate silentFrom
            ? $"The application counts as Rejected: a silent rejection from {Describe.Date(silentFrom)}."
            : $"The application's status is {m.Arg<ApplicationStatus>(0)}.",
        MessageId.FactReason => m.Args[0] is RejectionReason reason ? $"The rejection reason is {reason}." : "There is no rejection reason: the application is not rejected.",
        MessageId.FactLinkedIn => m.Arg<LinkedInConnection>(1) switch
        {
            LinkedInConnection.Connected => $"You are connected with {m.Arg<string>(0)} on LinkedIn.",
            LinkedInConnection.Pending => $"Your LinkedIn invitation to {m.Arg<string>(0)} is pending.",
            _ => $"You are not connected with {m.Arg<string>(0)} on LinkedIn.",
        },
        MessageId.ConditionsMet => $"It applies because {string.Join("; and ", m.Arg<ValueList<Condition>>(0).Select(c => c.Describe()))}.",
        MessageId.Stopped => $"Stopped because {m.Arg<Condition>(0).Describe()}.",
        MessageId.Dismissed => $"You dismissed this step on {Date(m, 0)}.",
        MessageId.Unreachable => $"{m.Arg<string>(0)} cannot be reached by {string.Join(" or ", m.Arg<ValueList<Channel>>(1))}.",
        MessageId.Fallback => $"{m.Arg<string>(0)} cannot be reached by {m.Arg<Channel>(1)}, so: {ActionKinds.Describe(m.Arg<ActionKind>(2))} by {m.Arg<Channel>(3)} instead.",
        MessageId.InvitationByName => $"No LinkedIn profile is recorded for {m.Arg<string>(0)}: find them on LinkedIn by name, or ask them for the link to their profile.",
        MessageId.ReachedAsConnection => $"No LinkedIn profile link is recorded for {m.Arg<string>(0)}, but you are connected there: message them on LinkedIn.",
        MessageId.ClockRestarted => $"The clock restarted at your last interaction with {m.Arg<string>(0)}: {TouchpointKinds.Describe(m.Arg<TouchpointKind>(1))} on {Date(m, 2)}.",
        MessageId.Unanswered => $"{m.Arg<string>(0)} has not answered the last {m.Arg<int>(1)} attempts, so the rule stops (at most {m.Arg<int>(2)} unanswered in a row).",
        MessageId.BackedOff => $"Spacing multiplied by {m.Arg<int>(0)} after {m.Arg<int>(1)} unanswered attempt{(m.Arg<int>(1) == 1 ? string.Empty : "s")} in a row.",
        MessageId.Scheduled => Describe.Capitalize($"due {After(m.Arg<StepOffset>(0), m.Arg<ExplanationMessage>(1))}: {Date(m, 2)}."),
        MessageId.ScheduledRepeat => $"Step {m.Arg<int>(0)}{(m.Arguments[1] is int most ? $" of at most {most}" : string.Empty)}: due {After(m.Arg<StepOffset>(2), m.Arg<ExplanationMessage>(3))}: {Date(m, 4)}.",
        MessageId.SkippedHolidays => $"Counting business days skips the holidays in between: {string.Join("; ", m.Arg<ValueList<DayOff>>(0))}.",
        MessageId.Moved => Moved(m.Arg<LocalDate>(1), m.Arg<LocalDate>(2), How(m.Arg<DateAdjustment>(0), m.Arg<LocalDate>(1), m.Arg<LocalDate>(2)), m.Arg<ValueList<DayOff>>(3)),
        MessageId.MovedForward => Moved(m.Arg<LocalDate>(0), m.Arg<LocalDate>(1), $"the following business day, since the preceding one would fall before {Date(m, 3)}, the date the step counts from", m.Arg<ValueList<DayOff>>(2)),
        MessageId.SendAt => SendAt(m),
        MessageId.Snoozed => $"You snoozed it on {Date(m, 0)} until {Date(m, 1)}.",
        MessageId.Window => $"Window: earliest {Date(m, 0)}, latest {Date(m, 1)}.",
        MessageId.Expired => $"Not done by its latest date, {Date(m, 0)}, so it expired.",
        MessageId.ExpiredUnreachable => $"Not done by its latest date, {Date(m, 0)}, and {m.Arg<string>(1)} cannot be reached for the replacement step, so it expired.",
        MessageId.TurnedInto => $"Its latest date was {Date(m, 0)}; it is now too late for that, so instead: {ActionKinds.Describe(m.Arg<ActionKind>(1))} by {m.Arg<Channel>(2)}, due {Date(m, 3)}.",
        MessageId.OverdueSince => $"Overdue since {Date(m, 0)}; it stays on the list until done, snoozed or dismissed.",

        MessageId.AppliedOn => $"you applied on {Date(m, 0)}",
        MessageId.InterviewOn => $"interview on {Date(m, 0)} with {People(m, 1)}",
        MessageId.LastInterviewOn => $"your last interview was on {Date(m, 0)} with {People(m, 1)}",
        MessageId.SilentRejection => $"no decision came, so the application counts as a silent rejection from {Date(m, 0)} (rule '{m.Arg<string>(1)}')",
        MessageId.RejectionAfterSilence => $"the rejection arrived on {Date(m, 0)}, after a silence that counted as a rejection from {Date(m, 1)}; steps done since then count",
        MessageId.RejectionOn => $"the rejection arrived on {Date(m, 0)}",
        MessageId.RepliedOn => $"{People(m, 0)} replied{(m.Arguments[1] is ReplyOutcome outcome ? $" ({outcome})" : string.Empty)} on {Date(m, 2)}",
        MessageId.PostingSpottedOn => $"a new posting at {m.Arg<string>(0)} was spotted on {Date(m, 1)}",
        MessageId.StepDoneOn => $"'{m.Arg<string>(0)}' for {m.Arg<string>(1)} was done on {Date(m, 2)}",
        MessageId.StepDueOn => $"'{m.Arg<string>(0)}' for {m.Arg<string>(1)} was due on {Date(m, 2)} and is not recorded as done",
        MessageId.StepDismissedDueOn => $"'{m.Arg<string>(0)}' for {m.Arg<string>(1)} was dismissed; it was due on {Date(m, 2)}",

        MessageId.YouApplied => "you applied",
        MessageId.TheInterview => "the interview",
        MessageId.TheLastInterview => "the last interview",
        MessageId.TheRejection => "the rejection",
        MessageId.TheReply => "the reply",
        MessageId.PostingWasSpotted => "the posting was spotted",
        MessageId.ThatStepWasDone => "that step was done",
        MessageId.ThatStepWasDue => "that step was due",
        MessageId.LastInteractionWith => $"your last interaction with {m.Arg<string>(0)}",
        MessageId.PreviousDone => $"the previous one was done ({TouchpointKinds.Describe(m.Arg<TouchpointKind>(0))} on {Date(m, 1)})",
        MessageId.MissedOneDue => $"the missed one was due ({Date(m, 0)})",

        MessageId.MovedByPause => $"Moved from {Date(m, 0)} to {Date(m, 1)}: you paused everything from {Date(m, 2)} to {Date(m, 3)}.",
        MessageId.MovedByDailyLimit => $"Moved from {Date(m, 0)} to {Date(m, 1)}: the daily limit of {Count(m.Arg<int>(2), "outreach step")} was reached.",
        MessageId.MovedByWeeklyLimit => $"Moved from {Date(m, 0)} to {Date(m, 1)}: at most {Count(m.Arg<int>(2), "step")} to {m.Arg<string>(3)} per week.",
        MessageId.MovedBySpacing => $"Moved from {Date(m, 0)} to {Date(m, 1)}: {m.Arg<string>(2)} was asked something on {Date(m, 3)}; at least {Count(m.Arg<int>(4), "day")} between asks.",
        MessageId.PastLatestByPause => $"This is after its latest date, {Date(m, 0)}: your pause pushed it past.",
        MessageId.PastLatestByDailyLimit => $"This is after its latest date, {Date(m, 0)}: the daily limit pushed it past.",
        MessageId.PastLatestByWeeklyLimit => $"This is after its latest date, {Date(m, 0)}: the weekly limit for {m.Arg<string>(1)} pushed it past.",
        MessageId.PastLatestBySpacing => $"This is after its latest date, {Date(m, 0)}: the spacing between asks to {m.Arg<string>(1)} pushed it past.",
        MessageId.Verbatim => m.Arg<string>(0),
        _ => throw new InvalidOperationException($"No English for the message '{m.Id}'."),
    };

    private static string Date(ExplanationMessage m, int index) => Describe.Date(m.Arg<LocalDate>(index));

    private static string People(ExplanationMessage m, int index) => string.Join(" and ", m.Arg<ValueList<string>>(index));

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";

    private static string After(StepOffset interval, ExplanationMessage from) =>
        interval.IsZero ? $"the same day as {Render(from)}" : $"{interval} after {Render(from)}";

    private static string How(DateAdjustment adjustment, LocalDate due, LocalDate moved) => adjustment switch
    {
        DateAdjustment.Preceding => "the preceding business day",
        DateAdjustment.ModifiedFollowing when moved < due => "the preceding business day, as the following one is in the next month (modified following)",
        DateAdjustment.ModifiedFollowing => "the following business day (modified following)",
        _ => "the following business day",
    };

    private static string Moved(LocalDate due, LocalDate moved, string how, ValueList<DayOff> days) =>
        $"Due date moved from {Describe.Date(due)} to {Describe.Date(moved)}, {how}: {string.Join("; ", days)}.";

    private static string SendAt(ExplanationMessage m)
    {
        ZonedDateTime sendAt = m.Arg<ZonedDateTime>(0);
        LocalDate due = m.Arg<LocalDate>(1);
        string person = m.Arg<string>(2);
        SendWindow window = m.Arg<SendWindow>(4);
        string where = m.Arg<bool>(3) ? $"{person}'s time zone, {sendAt.Zone.Id}" : $"your time zone ({sendAt.Zone.Id}; {person}'s is unknown)";
        string time = Describe.Time(sendAt.TimeOfDay);
        string local = sendAt.Date != due
            ? $"{time} (the clocks change on {Describe.Date(due)} and skip the whole window that day)"
            : sendAt.TimeOfDay == window.Start
                ? time
                : $"{time} (the clocks change that night, so {Describe.Time(window.Start)} does not exist; {time} is the first moment of the window)";
        string yours = m.Arguments[5] is LocalDateTime seeker ? $"; that is {Describe.Date(seeker.Date)} {Describe.Time(seeker.TimeOfDay)} your time" : string.Empty;
        return $"Send at {local} on {Describe.Date(sendAt.Date)} in {where}, the start of the send window {window}{yours}.";
    }
}
