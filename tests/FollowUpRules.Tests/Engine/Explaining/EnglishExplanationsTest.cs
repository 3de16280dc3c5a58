using System.Globalization;
using FollowUpRules.Calendar;
using FollowUpRules.Domain;
using FollowUpRules.Engine;
using FollowUpRules.Rules;
using FollowUpRules.Rules.Conditions;
using NodaTime;

namespace FollowUpRules.Tests.Engine.Explaining;

/// <summary>The English of every message an explanation can hold: each id, with sample arguments, and the sentence it gives.</summary>
public class EnglishExplanationsTest
{
    private static readonly LocalDate Mon = new(2026, 11, 23);
    private static readonly LocalDate Tue = new(2026, 11, 24);
    private static readonly LocalDate Fri = new(2026, 11, 27);
    private static readonly DayOff Saturday = new(new LocalDate(2026, 11, 28), IsWorkingDay: false, null, null);
    private static readonly DayOff Christmas = new(new LocalDate(2026, 12, 25), IsWorkingDay: true, "Christmas Day", "England and Wales");
    private static readonly DayOff Business = new(new LocalDate(2026, 12, 28), IsWorkingDay: true, null, null);
    private static readonly ExplanationMessage Applied = ExplanationMessage.Of(MessageId.YouApplied);

    public static TheoryData<string, object?[], string> Messages => new()
    {
        { nameof(MessageId.Rule), ["note", "Send a note"], "Rule 'note': Send a note." },
        { nameof(MessageId.RuleWithSource), ["note", "Send a note", "Liz Ryan"], "Rule 'note': Send a note. Source: Liz Ryan." },
        { nameof(MessageId.Anchor), [ExplanationMessage.Of(MessageId.AppliedOn, Mon)], "Anchor: you applied on Mon 2026-11-23." },
        { nameof(MessageId.DoNotContact), ["Ana Ruiz"], "Ana Ruiz asked not to be contacted, so nothing is recommended to them." },
        { nameof(MessageId.BlockedByStopRule), ["no", "Respect a no", ValueList<Condition>.From([Condition.DoNotContact, Condition.EmployedElsewhere])], "Blocked by stop rule 'no' (Respect a no): they asked not to be contacted; you have accepted a job elsewhere." },
        { nameof(MessageId.ConditionNotMet), [Condition.EmployedElsewhere], "Not recommended, because you have not accepted a job elsewhere." },
        { nameof(MessageId.ConditionsMet), [ValueList<Condition>.From([Condition.DoNotContact, Condition.EmployedElsewhere])], "It applies because they asked not to be contacted; and you have accepted a job elsewhere." },
        { nameof(MessageId.Stopped), [Condition.EmployedElsewhere], "Stopped because you have accepted a job elsewhere." },
        { nameof(MessageId.Dismissed), [Mon], "You dismissed this step on Mon 2026-11-23." },
        { nameof(MessageId.Unreachable), ["Ana", ValueList<Channel>.From([Channel.Postal, Channel.Email])], "Ana cannot be reached by Postal or Email." },
        { nameof(MessageId.Fallback), ["Ana", Channel.Postal, ActionKind.SendThankYouEmail, Channel.Email], "Ana cannot be reached by Postal, so: Send a thank-you email by Email instead." },
        { nameof(MessageId.FactDoNotContact), ["Ana"], "Ana is marked do-not-contact." },
        { nameof(MessageId.FactReplied), [ValueList<string>.From(["Hank"]), ReplyOutcome.No, Mon], "Hank replied \"No\" on Mon 2026-11-23." },
        { nameof(MessageId.FactRecorded), [TouchpointKind.Congratulations, ValueList<string>.From(["Hank"]), Mon], "A congratulations message with Hank was recorded on Mon 2026-11-23." },
        { nameof(MessageId.FactEmployedElsewhere), [Mon], "You accepted a job elsewhere on Mon 2026-11-23." },
        { nameof(MessageId.FactStatus), [ApplicationStatus.Rejected, Mon], "The application counts as Rejected: a silent rejection from Mon 2026-11-23." },
        { nameof(MessageId.FactReason), [null], "There is no rejection reason: the application is not rejected." },
        { nameof(MessageId.FactLinkedIn), ["Ana", LinkedInConnection.Pending], "Your LinkedIn invitation to Ana is pending." },
        { nameof(MessageId.InvitationByName), ["Cara"], "No LinkedIn profile is recorded for Cara: find them on LinkedIn by name, or ask them for the link to their profile." },
        { nameof(MessageId.ReachedAsConnection), ["Dan"], "No LinkedIn profile link is recorded for Dan, but you are connected there: message them on LinkedIn." },
        { nameof(MessageId.ClockRestarted), ["Ana", TouchpointKind.Coffee, Mon], "The clock restarted at your last interaction with Ana: a coffee on Mon 2026-11-23." },
        { nameof(MessageId.Unanswered), ["Ana", 3, 3], "Ana has not answered the last 3 attempts, so the rule stops (at most 3 unanswered in a row)." },
        { nameof(MessageId.BackedOff), [2, 1], "Spacing multiplied by 2 after 1 unanswered attempt in a row." },
        { nameof(MessageId.Scheduled), [StepOffset.FromWeeks(1), Applied, Mon], "Due 1 week after you applied: Mon 2026-11-23." },
        { nameof(MessageId.ScheduledRepeat), [2, 3, StepOffset.Zero, Applied, Mon], "Step 2 of at most 3: due the same day as you applied: Mon 2026-11-23." },
        { nameof(MessageId.SkippedHolidays), [ValueList<DayOff>.From([Christmas])], "Counting business days skips the holidays in between: Fri 2026-12-25 is Christmas Day (England and Wales)." },
        { nameof(MessageId.Moved), [DateAdjustment.Following, new LocalDate(2026, 11, 28), new LocalDate(2026, 11, 30), ValueList<DayOff>.From([Saturday, Business])], "Due date moved from Sat 2026-11-28 to Mon 2026-11-30, the following business day: Sat 2026-11-28 is a Saturday, not a working day; Mon 2026-12-28 is a business day." },
        { nameof(MessageId.MovedForward), [new LocalDate(2026, 11, 28), new LocalDate(2026, 11, 30), ValueList<DayOff>.From([Saturday]), Fri], "Due date moved from Sat 2026-11-28 to Mon 2026-11-30, the following business day, since the preceding one would fall before Fri 2026-11-27, the date the step counts from: Sat 2026-11-28 is a Saturday, not a working day." },
        { nameof(MessageId.SendAt), [new LocalDateTime(2026, 11, 23, 9, 0).InZoneLeniently(DateTimeZoneProviders.Tzdb["America/New_York"]), Mon, "Ana", true, SendWindow.OfficeHours, new LocalDateTime(2026, 11, 23, 14, 0)], "Send at 09:00 on Mon 2026-11-23 in Ana's time zone, America/New_York, the start of the send window 09:00-17:00; that is Mon 2026-11-23 14:00 your time." },
        { nameof(MessageId.Snoozed), [Mon, Fri], "You snoozed it on Mon 2026-11-23 until Fri 2026-11-27." },
        { nameof(MessageId.Window), [Mon, Fri], "Window: earliest Mon 2026-11-23, latest Fri 2026-11-27." },
        { nameof(MessageId.Expired), [Fri], "Not done by its latest date, Fri 2026-11-27, so it expired." },
        { nameof(MessageId.ExpiredUnreachable), [Fri, "Ana"], "Not done by its latest date, Fri 2026-11-27, and Ana cannot be reached for the replacement step, so it expired." },
        { nameof(MessageId.TurnedInto), [Fri, ActionKind.SendThankYouEmail, Channel.Email, Mon], "Its latest date was Fri 2026-11-27; it is now too late for that, so instead: Send a thank-you email by Email, due Mon 2026-11-23." },
        { nameof(MessageId.OverdueSince), [Tue], "Overdue since Tue 2026-11-24; it stays on the list until done, snoozed or dismissed." },
        { nameof(MessageId.AppliedOn), [Mon], "you applied on Mon 2026-11-23" },
        { nameof(MessageId.InterviewOn), [Mon, ValueList<string>.From(["Ana", "Ben"])], "interview on Mon 2026-11-23 with Ana and Ben" },
        { nameof(MessageId.LastInterviewOn), [Mon, ValueList<string>.From(["Ana"])], "your last interview was on Mon 2026-11-23 with Ana" },
        { nameof(MessageId.SilentRejection), [Mon, "silent-rejection"], "no decision came, so the application counts as a silent rejection from Mon 2026-11-23 (rule 'silent-rejection')" },
        { nameof(MessageId.RejectionAfterSilence), [Fri, Mon], "the rejection arrived on Fri 2026-11-27, after a silence that counted as a rejection from Mon 2026-11-23; steps done since then count" },
        { nameof(MessageId.RejectionOn), [Mon], "the rejection arrived on Mon 2026-11-23" },
        { nameof(MessageId.RepliedOn), [ValueList<string>.From(["Ana"]), ReplyOutcome.Yes, Mon], "Ana replied (Yes) on Mon 2026-11-23" },
        { nameof(MessageId.PostingSpottedOn), ["Acme", Mon], "a new posting at Acme was spotted on Mon 2026-11-23" },
        { nameof(MessageId.StepDoneOn), ["Send a note", "Ana", Mon, "send-note"], "'Send a note' for Ana was done on Mon 2026-11-23" },
        { nameof(MessageId.StepDueOn), ["Send a note", "Ana", Mon, "send-note"], "'Send a note' for Ana was due on Mon 2026-11-23 and is not recorded as done" },
        { nameof(MessageId.StepDismissedDueOn), ["Send a note", "Ana", Mon, "send-note"], "'Send a note' for Ana was dismissed; it was due on Mon 2026-11-23" },
        { nameof(MessageId.YouApplied), [], "you applied" },
        { nameof(MessageId.TheInterview), [], "the interview" },
        { nameof(MessageId.TheLastInterview), [], "the last interview" },
        { nameof(MessageId.TheRejection), [], "the rejection" },
        { nameof(MessageId.TheReply), [], "the reply" },
        { nameof(MessageId.PostingWasSpotted), [], "the posting was spotted" },
        { nameof(MessageId.ThatStepWasDone), [], "that step was done" },
        { nameof(MessageId.ThatStepWasDue), [], "that step was due" },
        { nameof(MessageId.LastInteractionWith), ["Ana"], "your last interaction with Ana" },
        { nameof(MessageId.PreviousDone), [TouchpointKind.CheckIn, Mon], "the previous one was done (a check-in on Mon 2026-11-23)" },
        { nameof(MessageId.MissedOneDue), [Mon], "the missed one was due (Mon 2026-11-23)" },
        { nameof(MessageId.MovedByPause), [Mon, Fri, Mon, Tue], "Moved from Mon 2026-11-23 to Fri 2026-11-27: you paused everything from Mon 2026-11-23 to Tue 2026-11-24." },
        { nameof(MessageId.MovedByDailyLimit), [Mon, Tue, 1], "Moved from Mon 2026-11-23 to Tue 2026-11-24: the daily limit of 1 outreach step was reached." },
        { nameof(MessageId.MovedByWeeklyLimit), [Mon, Fri, 2, "Acme"], "Moved from Mon 2026-11-23 to Fri 2026-11-27: at most 2 steps to Acme per week." },
        { nameof(MessageId.MovedBySpacing), [Tue, Fri, "Ana", Mon, 3], "Moved from Tue 2026-11-24 to Fri 2026-11-27: Ana was asked something on Mon 2026-11-23; at least 3 days between asks." },
        { nameof(MessageId.PastLatestByPause), [Mon], "This is after its latest date, Mon 2026-11-23: your pause pushed it past." },
        { nameof(MessageId.PastLatestByDailyLimit), [Mon], "This is after its latest date, Mon 2026-11-23: the daily limit pushed it past." },
        { nameof(MessageId.PastLatestByWeeklyLimit), [Mon, "Acme"], "This is after its latest date, Mon 2026-11-23: the weekly limit for Acme pushed it past." },
        { nameof(MessageId.PastLatestBySpacing), [Mon, "Ana"], "This is after its latest date, Mon 2026-11-23: the spacing between asks to Ana pushed it past." },
        { nameof(MessageId.Verbatim), ["Ana Ruiz asked for a call in January."], "Ana Ruiz asked for a call in January." },
    };

    // The other forms of messages whose wording depends on their arguments.
    public static TheoryData<string, object?[], string> Variants => new()
    {
        { nameof(MessageId.FactStatus), [ApplicationStatus.Applied, null], "The application's status is Applied." },
        { nameof(MessageId.FactReason), [RejectionReason.HiringPaused], "The rejection reason is HiringPaused." },
        { nameof(MessageId.FactLinkedIn), ["Ana", LinkedInConnection.Connected], "You are connected with Ana on LinkedIn." },
        { nameof(MessageId.FactLinkedIn), ["Ana", LinkedInConnection.None], "You are not connected with Ana on LinkedIn." },
        { nameof(MessageId.FactRecorded), [TouchpointKind.SocialFollow, ValueList<string>.Empty, Mon], "A follow of the company's social accounts was recorded on Mon 2026-11-23." },
        { nameof(MessageId.FactReplied), [ValueList<string>.From(["Hank", "Ana"]), ReplyOutcome.Yes, Mon], "Hank and Ana replied \"Yes\" on Mon 2026-11-23." },
        { nameof(MessageId.Scheduled), [StepOffset.Zero, Applied, Mon], "Due the same day as you applied: Mon 2026-11-23." },
        { nameof(MessageId.ScheduledRepeat), [3, null, StepOffset.FromWeeks(2), Applied, Mon], "Step 3: due 2 weeks after you applied: Mon 2026-11-23." },
        { nameof(MessageId.BackedOff), [4, 2], "Spacing multiplied by 4 after 2 unanswered attempts in a row." },
        { nameof(MessageId.RepliedOn), [ValueList<string>.From(["Ana"]), null, Mon], "Ana replied on Mon 2026-11-23" },
        { nameof(MessageId.Moved), [DateAdjustment.Preceding, new LocalDate(2026, 11, 28), Fri, ValueList<DayOff>.From([Saturday])], "Due date moved from Sat 2026-11-28 to Fri 2026-11-27, the preceding business day: Sat 2026-11-28 is a Saturday, not a working day." },
        { nameof(MessageId.Moved), [DateAdjustment.ModifiedFollowing, new LocalDate(2026, 11, 28), new LocalDate(2026, 11, 30), ValueList<DayOff>.From([Saturday])], "Due date moved from Sat 2026-11-28 to Mon 2026-11-30, the following business day (modified following): Sat 2026-11-28 is a Saturday, not a working day." },
        { nameof(MessageId.Moved), [DateAdjustment.ModifiedFollowing, new LocalDate(2026, 10, 31), new LocalDate(2026, 10, 30), ValueList<DayOff>.From([new DayOff(new LocalDate(2026, 10, 31), IsWorkingDay: false, null, null)])], "Due date moved from Sat 2026-10-31 to Fri 2026-10-30, the preceding business day, as the following one is in the next month (modified following): Sat 2026-10-31 is a Saturday, not a working day." },
        { nameof(MessageId.SendAt), [new LocalDateTime(2026, 11, 23, 9, 0).InZoneLeniently(London), Mon, "Ana", false, SendWindow.OfficeHours, null], "Send at 09:00 on Mon 2026-11-23 in your time zone (Europe/London; Ana's is unknown), the start of the send window 09:00-17:00." },
        { nameof(MessageId.SendAt), [new LocalDateTime(2026, 3, 8, 3, 0).InZoneLeniently(NewYork), new LocalDate(2026, 3, 8), "Ana", true, EarlyWindow, null], "Send at 03:00 (the clocks change that night, so 02:30 does not exist; 03:00 is the first moment of the window) on Sun 2026-03-08 in Ana's time zone, America/New_York, the start of the send window 02:30-02:50." },
        { nameof(MessageId.SendAt), [new LocalDateTime(2026, 3, 9, 2, 30).InZoneLeniently(NewYork), new LocalDate(2026, 3, 8), "Ana", true, EarlyWindow, null], "Send at 02:30 (the clocks change on Sun 2026-03-08 and skip the whole window that day) on Mon 2026-03-09 in Ana's time zone, America/New_York, the start of the send window 02:30-02:50." },
    };

    private static DateTimeZone London => DateTimeZoneProviders.Tzdb["Europe/London"];

    private static DateTimeZone NewYork => DateTimeZoneProviders.Tzdb["America/New_York"];

    private static SendWindow EarlyWindow => new(new LocalTime(2, 30), new LocalTime(2, 50));

    [Theory]
    [MemberData(nameof(Variants))]
    public void Render_MessageWhoseWordingDependsOnItsArguments_GivesEachForm(string id, object?[] args, string expected)
    {
        ExplanationMessage.Of(Enum.Parse<MessageId>(id), args).Render(CultureInfo.InvariantCulture).ShouldBe(expected);
    }

    [Theory]
    [MemberData(nameof(Messages))]
    public void Render_EachMessage_GivesItsEnglishSentence(string id, object?[] args, string expected)
    {
        ExplanationMessage.Of(Enum.Parse<MessageId>(id), args).Render(CultureInfo.InvariantCulture).ShouldBe(expected);
    }

    [Fact]
    public void Messages_CoverEveryId()
    {
        Messages.Select(row => (string)row[0]).Order().ShouldBe(Enum.GetNames<MessageId>().Order());
    }
}
