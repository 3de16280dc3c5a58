using System.Globalization;
using FollowUpRules.Domain;
using FollowUpRules.Engine;
using FollowUpRules.Planning;
using FollowUpRules.Rules;
using NodaTime;
using NodaTime.Text;

namespace FollowUpRules.Html;

/// <summary>The timeline's words: dates, short names of actions, statuses and the reasons for moves, all culture-invariant English like the engine's explanations.</summary>
internal static class Words
{
    private static readonly LocalDatePattern FullDate = LocalDatePattern.CreateWithInvariantCulture("ddd uuuu'-'MM'-'dd");
    private static readonly LocalDatePattern DayMonth = LocalDatePattern.CreateWithInvariantCulture("d MMM");
    private static readonly LocalDatePattern WeekdayDay = LocalDatePattern.CreateWithInvariantCulture("ddd d");
    private static readonly LocalDatePattern MonthYear = LocalDatePattern.CreateWithInvariantCulture("MMM uuuu");
    private static readonly LocalDatePattern MonthOnly = LocalDatePattern.CreateWithInvariantCulture("MMM");
    private static readonly LocalTimePattern Time = LocalTimePattern.CreateWithInvariantCulture("HH':'mm");

    /// <summary>Returns the date as the engine writes it: <c>Mon 2026-11-23</c>.</summary>
    public static string Date(LocalDate date) => FullDate.Format(date);

    /// <summary>Returns an axis label: <c>Dec 2026</c> (or <c>Feb</c> when <paramref name="withYear"/> is false) for months, <c>30 Nov</c> for weeks, <c>Mon 23</c> for days.</summary>
    public static string Tick(LocalDate date, TickUnit unit, bool withYear) => unit switch
    {
        TickUnit.Month => (withYear ? MonthYear : MonthOnly).Format(date),
        TickUnit.Week => DayMonth.Format(date),
        _ => WeekdayDay.Format(date),
    };

    /// <summary>Returns a date in few characters, for a label: <c>4 Nov</c>.</summary>
    public static string ShortDate(LocalDate date) => DayMonth.Format(date);

    /// <summary>Returns the send time: <c>09:00 Europe/London</c>.</summary>
    public static string SendTime(ZonedDateTime at) => $"{Time.Format(at.TimeOfDay)} {at.Zone.Id}";

    /// <summary>Returns a number as digits, whatever the current culture.</summary>
    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Returns "1 step" or "3 steps"; <paramref name="plural"/> for a noun whose plural is not the noun and "s".</summary>
    public static string Count(int count, string noun, string? plural = null) => count == 1 ? $"1 {noun}" : $"{Number(count)} {plural ?? noun + "s"}";

    /// <summary>Returns who a step is for: the person's or company's name, or "You".</summary>
    public static string Who(Target target) => target.Kind == TargetKind.Seeker ? "You" : target.Name;

    /// <summary>Returns the action in a few words, for the label beside a marker; the full wording is the engine's (<see cref="ActionKinds.Describe"/>).</summary>
    public static string ShortAction(ActionKind kind) => kind switch
    {
        ActionKind.SendStatusFollowUp => "status follow-up",
        ActionKind.SendThankYouEmail => "thank-you email",
        ActionKind.SendThankYouNote => "thank-you note",
        ActionKind.WriteJournalNotes => "journal notes",
        ActionKind.SendCongratulations => "congratulations",
        ActionKind.SendLinkedInInvitation => "LinkedIn invitation",
        ActionKind.FollowOnSocial => "follow on social",
        ActionKind.CheckOnCompany => "check back",
        ActionKind.SendCheckIn => "check-in",
        ActionKind.MeetForCoffee => "coffee",
        ActionKind.ReachOutAboutPosting => "about the posting",
        ActionKind.TreatAsRejected => "count as rejected",
        _ => ActionKinds.Describe(kind),
    };

    /// <summary>Returns how: the channel, or "-" for the seeker's own steps.</summary>
    public static string How(Channel channel) => channel switch
    {
        Channel.None => "Yourself, no message",
        Channel.InPerson => "In person",
        Channel.LinkedIn => "LinkedIn",
        _ => channel.ToString(),
    };

    /// <summary>Returns the status as a word: "Overdue", "Due", "Upcoming" or "Past deadline".</summary>
    public static string Status(StepStatus status) => status switch
    {
        StepStatus.Overdue => "Overdue",
        StepStatus.Due => "Due",
        StepStatus.Upcoming => "Upcoming",
        _ => "Past deadline",
    };

    /// <summary>Returns the CSS class of a status.</summary>
    public static string StatusClass(StepStatus status) => status switch
    {
        StepStatus.Overdue => "fur-is-overdue",
        StepStatus.Due => "fur-is-due",
        StepStatus.Upcoming => "fur-is-upcoming",
        _ => "fur-is-past",
    };

    /// <summary>Returns a move's reason in a word or two, for the label: "daily limit".</summary>
    public static string Reason(AgendaMoveReason reason) => reason switch
    {
        AgendaMoveReason.Pause => "pause",
        AgendaMoveReason.DailyLimit => "daily limit",
        AgendaMoveReason.WeeklyLimit => "weekly limit",
        _ => "spacing",
    };
}
