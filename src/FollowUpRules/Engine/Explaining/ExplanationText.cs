using System.Globalization;
using FollowUpRules.Calendar;
using FollowUpRules.Domain;
using FollowUpRules.Localization;
using FollowUpRules.Rules;
using FollowUpRules.Rules.Conditions;
using NodaTime;

namespace FollowUpRules.Engine;

/// <summary>
/// Words explanations in a culture: every sentence an explanation can hold, from its <see cref="ExplanationMessage"/>s and
/// the library's resources (<c>Message.*</c> keys, one per <see cref="MessageId"/>). This is the one place the engine's
/// and the agenda's explanation sentences are put together.
/// </summary>
/// <remarks>
/// In English and the invariant culture dates read <c>Mon 2026-11-23</c>, times <c>09:00</c>; a translation uses its
/// culture's short date. Stateless and thread-safe.
/// </remarks>
internal static class ExplanationText
{
    /// <summary>Returns the sentences of <paramref name="messages"/> in <paramref name="culture"/>, one per message.</summary>
    internal static string[] Sentences(ValueList<ExplanationMessage> messages, CultureInfo culture)
    {
        string[] lines = new string[messages.Count];
        for (int i = 0; i < lines.Length; i++)
        {
            lines[i] = Render(messages[i], culture);
        }

        return lines;
    }

    /// <summary>Returns the sentence, or the phrase, of <paramref name="m"/> in <paramref name="c"/>.</summary>
    internal static string Render(ExplanationMessage m, CultureInfo c) => m.Id switch
    {
        MessageId.Rule => F(c, m, Text(m, 0), Title(m, 0, 1, c)),
        MessageId.RuleWithSource => F(c, m, Text(m, 0), Title(m, 0, 1, c), Source(m, 0, 2, c)),
        MessageId.Anchor => F(c, m, Render(m.Arg<ExplanationMessage>(0), c)),
        MessageId.DoNotContact => F(c, m, Text(m, 0)),
        MessageId.BlockedByStopRule => F(c, m, Text(m, 0), Title(m, 0, 1, c), Conditions(m, 2, "List.Conditions", c)),
        MessageId.ConditionNotMet => F(c, m, ConditionText.Describe(m.Arg<Condition>(0), c, negated: true)),
        MessageId.FactDoNotContact or MessageId.InvitationByName or MessageId.ReachedAsConnection => F(c, m, Text(m, 0)),
        MessageId.FactReplied => F(c, m, People(m, 0, c), m.Arguments[1] is ReplyOutcome replied ? Texts.Word("Outcome", replied, c) : string.Empty, Date(m, 2, c)),
        MessageId.FactRecorded => m.Arg<ValueList<string>>(1).Count == 0
            ? Capitalize(F(c, m, Texts.Word("Touchpoint", m.Arg<TouchpointKind>(0), c), Date(m, 2, c)))
            : Capitalize(Texts.Format(c, "Message.FactRecordedWith", Texts.Word("Touchpoint", m.Arg<TouchpointKind>(0), c), People(m, 1, c), Date(m, 2, c))),
        MessageId.FactEmployedElsewhere => F(c, m, Date(m, 0, c)),
        MessageId.FactStatus => m.Arguments[1] is LocalDate silentFrom
            ? Texts.Format(c, "Message.FactStatusSilent", Texts.Date(silentFrom, c))
            : F(c, m, Texts.Word("Status", m.Arg<ApplicationStatus>(0), c)),
        MessageId.FactReason => m.Arguments[0] is RejectionReason reason ? F(c, m, Texts.Word("Reason", reason, c)) : Texts.Get("Message.FactReasonNone", c),
        MessageId.FactLinkedIn => Texts.Format(c, "Message.FactLinkedIn." + m.Arg<LinkedInConnection>(1), Text(m, 0)),
        MessageId.ConditionsMet => F(c, m, Conditions(m, 0, "List.ConditionsMet", c)),
        MessageId.Stopped => F(c, m, ConditionText.Describe(m.Arg<Condition>(0), c, negated: false)),
        MessageId.Dismissed => F(c, m, Date(m, 0, c)),
        MessageId.Unreachable => F(c, m, Text(m, 0), Texts.ChannelsOr(m.Arg<ValueList<Channel>>(1), c)),
        MessageId.Fallback => F(c, m, Text(m, 0), Texts.Word("By", m.Arg<Channel>(1), c), Texts.Word("Action", m.Arg<ActionKind>(2), c), Texts.Word("By", m.Arg<Channel>(3), c)),
        MessageId.ClockRestarted => F(c, m, Text(m, 0), Texts.Word("Touchpoint", m.Arg<TouchpointKind>(1), c), Date(m, 2, c)),
        MessageId.Unanswered => F(c, m, Text(m, 0), m.Arg<int>(1), m.Arg<int>(2)),
        MessageId.BackedOff => Texts.Format(c, Texts.Plural("Message.BackedOff", m.Arg<int>(1)), m.Arg<int>(0), m.Arg<int>(1)),
        MessageId.Scheduled => F(c, m, After(m.Arg<StepOffset>(0), m.Arg<ExplanationMessage>(1), c), Date(m, 2, c)),
        MessageId.ScheduledRepeat => m.Arguments[1] is int most
            ? Texts.Format(c, "Message.ScheduledRepeatAtMost", m.Arg<int>(0), most, After(m.Arg<StepOffset>(2), m.Arg<ExplanationMessage>(3), c), Date(m, 4, c))
            : F(c, m, m.Arg<int>(0), After(m.Arg<StepOffset>(2), m.Arg<ExplanationMessage>(3), c), Date(m, 4, c)),
        MessageId.SkippedHolidays => F(c, m, Days(m.Arg<ValueList<DayOff>>(0), c)),
        MessageId.Moved => Moved(c, m.Arg<LocalDate>(1), m.Arg<LocalDate>(2), Texts.Get(How(m.Arg<DateAdjustment>(0), m.Arg<LocalDate>(1), m.Arg<LocalDate>(2)), c), m.Arg<ValueList<DayOff>>(3)),
        MessageId.MovedForward => Moved(c, m.Arg<LocalDate>(0), m.Arg<LocalDate>(1), Texts.Format(c, "Move.Forward", Date(m, 3, c)), m.Arg<ValueList<DayOff>>(2)),
        MessageId.SendAt => SendAt(m, c),
        MessageId.Snoozed => F(c, m, Date(m, 0, c), Date(m, 1, c)),
        MessageId.Window => F(c, m, Date(m, 0, c), Date(m, 1, c)),
        MessageId.Expired => F(c, m, Date(m, 0, c)),
        MessageId.ExpiredUnreachable => F(c, m, Date(m, 0, c), Text(m, 1)),
        MessageId.TurnedInto => F(c, m, Date(m, 0, c), Texts.Word("Action", m.Arg<ActionKind>(1), c), Texts.Word("By", m.Arg<Channel>(2), c), Date(m, 3, c)),
        MessageId.OverdueSince => F(c, m, Date(m, 0, c)),

        MessageId.AppliedOn or MessageId.RejectionOn or MessageId.MissedOneDue => F(c, m, Date(m, 0, c)),
        MessageId.InterviewOn or MessageId.LastInterviewOn => F(c, m, Date(m, 0, c), People(m, 1, c)),
        MessageId.SilentRejection => F(c, m, Date(m, 0, c), Text(m, 1)),
        MessageId.RejectionAfterSilence => F(c, m, Date(m, 0, c), Date(m, 1, c)),
        MessageId.RepliedOn => m.Arguments[1] is ReplyOutcome outcome
            ? Texts.Format(c, "Message.RepliedOnWithOutcome", People(m, 0, c), Texts.Word("Outcome", outcome, c), Date(m, 2, c))
            : F(c, m, People(m, 0, c), Date(m, 2, c)),
        MessageId.PostingSpottedOn => F(c, m, Text(m, 0), Date(m, 1, c)),
        MessageId.StepDoneOn or MessageId.StepDueOn or MessageId.StepDismissedDueOn => F(c, m, Title(m, 3, 0, c), Text(m, 1), Date(m, 2, c)),

        MessageId.YouApplied or MessageId.TheInterview or MessageId.TheLastInterview or MessageId.TheRejection or MessageId.TheReply
            or MessageId.PostingWasSpotted or MessageId.ThatStepWasDone or MessageId.ThatStepWasDue => Texts.Get(Key(m), c),
        MessageId.LastInteractionWith => F(c, m, Text(m, 0)),
        MessageId.PreviousDone => F(c, m, Texts.Word("Touchpoint", m.Arg<TouchpointKind>(0), c), Date(m, 1, c)),

        MessageId.MovedByPause => F(c, m, Date(m, 0, c), Date(m, 1, c), Date(m, 2, c), Date(m, 3, c)),
        MessageId.MovedByDailyLimit => Texts.Format(c, Texts.Plural(Key(m), m.Arg<int>(2)), Date(m, 0, c), Date(m, 1, c), m.Arg<int>(2)),
        MessageId.MovedByWeeklyLimit => Texts.Format(c, Texts.Plural(Key(m), m.Arg<int>(2)), Date(m, 0, c), Date(m, 1, c), m.Arg<int>(2), Text(m, 3)),
        MessageId.MovedBySpacing => Texts.Format(c, Texts.Plural(Key(m), m.Arg<int>(4)), Date(m, 0, c), Date(m, 1, c), Text(m, 2), Date(m, 3, c), m.Arg<int>(4)),
        MessageId.PastLatestByPause or MessageId.PastLatestByDailyLimit => F(c, m, Date(m, 0, c)),
        MessageId.PastLatestByWeeklyLimit or MessageId.PastLatestBySpacing => F(c, m, Date(m, 0, c), Text(m, 1)),
        MessageId.Verbatim => m.Arg<string>(0),
        _ => throw new InvalidOperationException($"No wording for the message '{m.Id}'."),
    };

    // The resource key of a message: Message.<id>.
    private static string Key(ExplanationMessage m) => "Message." + m.Id;

    private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpper(text[0], CultureInfo.InvariantCulture) + text[1..];

    private static string F(CultureInfo c, ExplanationMessage m, params object?[] args) => Texts.Format(c, Key(m), args);

    private static string Text(ExplanationMessage m, int index) => m.Arg<string>(index);

    // A rule's title or source, as the playbook's translations word it in the culture, else as written.
    private static string Title(ExplanationMessage m, int ruleId, int title, CultureInfo c) =>
        Playbook.Translated(m.Translations, m.Arg<string>(ruleId), c, static r => r.Title) ?? m.Arg<string>(title);

    private static string Source(ExplanationMessage m, int ruleId, int source, CultureInfo c) =>
        Playbook.Translated(m.Translations, m.Arg<string>(ruleId), c, static r => r.Source) ?? m.Arg<string>(source);

    private static string Date(ExplanationMessage m, int index, CultureInfo c) => Texts.Date(m.Arg<LocalDate>(index), c);

    private static string People(ExplanationMessage m, int index, CultureInfo c) => string.Join(Texts.Get("List.And", c), m.Arg<ValueList<string>>(index));

    private static string Conditions(ExplanationMessage m, int index, string separatorKey, CultureInfo c) =>
        Texts.Join(c, separatorKey, m.Arg<ValueList<Condition>>(index), condition => ConditionText.Describe(condition, c, negated: false));

    private static string Days(ValueList<DayOff> days, CultureInfo c) => Texts.Join(c, "List.Days", days, d => d.Describe(c));

    private static string After(StepOffset interval, ExplanationMessage from, CultureInfo c) =>
        interval.IsZero ? Texts.Format(c, "Phrase.SameDayAs", Render(from, c)) : Texts.Format(c, "Phrase.After", interval.Describe(c), Render(from, c));

    private static string How(DateAdjustment adjustment, LocalDate due, LocalDate moved) => adjustment switch
    {
        DateAdjustment.Preceding => "Move.Preceding",
        DateAdjustment.ModifiedFollowing when moved < due => "Move.ModifiedFollowingBack",
        DateAdjustment.ModifiedFollowing => "Move.ModifiedFollowing",
        _ => "Move.Following",
    };

    private static string Moved(CultureInfo c, LocalDate due, LocalDate moved, string how, ValueList<DayOff> days) =>
        Texts.Format(c, "Message.Moved", Texts.Date(due, c), Texts.Date(moved, c), how, Days(days, c));

    private static string SendAt(ExplanationMessage m, CultureInfo c)
    {
        ZonedDateTime sendAt = m.Arg<ZonedDateTime>(0);
        LocalDate due = m.Arg<LocalDate>(1);
        string person = m.Arg<string>(2);
        SendWindow window = m.Arg<SendWindow>(4);
        string where = Texts.Format(c, m.Arg<bool>(3) ? "SendAt.TheirZone" : "SendAt.YourZone", person, sendAt.Zone.Id);
        string time = Texts.Time(sendAt.TimeOfDay);
        string local = sendAt.Date != due
            ? Texts.Format(c, "SendAt.WindowSkipped", time, Texts.Date(due, c))
            : sendAt.TimeOfDay == window.Start
                ? time
                : Texts.Format(c, "SendAt.StartMissing", time, Texts.Time(window.Start));
        string yours = m.Arguments[5] is LocalDateTime seeker ? Texts.Format(c, "SendAt.YourTime", Texts.Date(seeker.Date, c), Texts.Time(seeker.TimeOfDay)) : string.Empty;
        return Texts.Format(c, "Message.SendAt", local, Texts.Date(sendAt.Date, c), where, window, yours);
    }
}
