using FollowUpRules.Calendar;
using FollowUpRules.Domain;
using FollowUpRules.Rules;
using FollowUpRules.Rules.Conditions;
using NodaTime;

namespace FollowUpRules.Engine;

internal sealed partial class Evaluator
{
    /// <summary>
    /// The sentences of an explanation, written only when one is read (see <see cref="ExplanationSource"/>).
    /// </summary>
    /// <remarks>
    /// They live here rather than where they are said so that the methods that walk the rules keep small stack frames:
    /// every interpolated string there was a handler on the caller's stack, which the runtime zeroes on each call, and
    /// the rules are walked dozens of times per evaluation while sentences are written only on a read. See
    /// docs/performance.md, "What keeps it fast".
    /// </remarks>
    private static class Say
    {
        internal static string Applied(LocalDate applied) => $"you applied on {Describe.Date(applied)}";

        internal static string Interview(LocalDate date, string names) => $"interview on {Describe.Date(date)} with {names}";

        internal static string LastInterview(LocalDate date, string names) => $"your last interview was on {Describe.Date(date)} with {names}";

        internal static string Rejection(LocalDate rejected, LocalDate? explicitRejection, LocalDate? silentRejection, string? silentRuleId) =>
            explicitRejection is null
                ? $"no decision came, so the application counts as a silent rejection from {Describe.Date(rejected)} (rule '{silentRuleId}')"
                : silentRejection is { } silent && silent < rejected
                    ? $"the rejection arrived on {Describe.Date(rejected)}, after a silence that counted as a rejection from {Describe.Date(silent)}; steps done since then count"
                    : $"the rejection arrived on {Describe.Date(rejected)}";

        internal static string Reply(string names, ReplyOutcome? outcome, LocalDate date) =>
            $"{names} replied{(outcome is { } o ? $" ({o})" : string.Empty)} on {Describe.Date(date)}";

        internal static string Posting(string companyName, LocalDate date) => $"a new posting at {companyName} was spotted on {Describe.Date(date)}";

        internal static string Anchor(string? text) => $"Anchor: {text}.";

        internal static string DoNotContact(string name) => $"{name} asked not to be contacted, so nothing is recommended to them.";

        internal static string BlockedByStopRule(Rule stop) =>
            $"Blocked by stop rule '{stop.Id}' ({stop.Title}): {string.Join("; ", stop.Conditions.Select(c => c.Describe()))}.";

        internal static string NotMet(Condition condition) => $"Not recommended, because {condition.DescribeNegation()}.";

        internal static string Applies(ValueList<Condition> conditions) => $"It applies because {string.Join("; and ", conditions.Select(c => c.Describe()))}.";

        internal static string Stopped(Condition condition) => $"Stopped because {condition.Describe()}.";

        internal static string DismissedAnchor(string title, string targetName, LocalDate due) =>
            $"'{title}' for {targetName} was dismissed; it was due on {Describe.Date(due)}";

        internal static string Dismissed(LocalDate date) => $"You dismissed this step on {Describe.Date(date)}.";

        internal static string Unreachable(string name, ActionSpec action) =>
            $"{name} cannot be reached by {string.Join(" or ", action.Chain().Select(a => a.Channel))}.";

        internal static string Fallback(string name, Channel wanted, ActionSpec action) =>
            $"{name} cannot be reached by {wanted}, so: {ActionKinds.Describe(action.Kind)} by {action.Channel} instead.";

        internal static string LastInteraction(string name) => $"your last interaction with {name}";

        internal static string ClockRestarted(string name, TouchpointKind kind, LocalDate date) =>
            $"The clock restarted at your last interaction with {name}: {TouchpointKinds.Describe(kind)} on {Describe.Date(date)}.";

        internal static string Unanswered(string name, int unanswered, int most) =>
            $"{name} has not answered the last {unanswered} attempts, so the rule stops (at most {most} unanswered in a row).";

        internal static string BackedOff(int multiplier, int unanswered) =>
            $"Spacing multiplied by {multiplier} after {unanswered} unanswered attempt{(unanswered == 1 ? string.Empty : "s")} in a row.";

        internal static string Scheduled(Repeat? repeat, int occurrence, StepOffset interval, string? baseText, LocalDate scheduled)
        {
            string occurrenceText = repeat is null ? string.Empty : $"Step {occurrence}{(repeat.MaxCount is int m ? $" of at most {m}" : string.Empty)}: ";
            string after = interval.IsZero ? $"the same day as {baseText}" : $"{interval} after {baseText}";
            return Describe.Capitalize($"{occurrenceText}due {after}: {Describe.Date(scheduled)}.");
        }

        internal static string SkippedHolidays(List<string> skipped) =>
            $"Counting business days skips the holidays in between: {string.Join("; ", skipped)}.";

        internal static string Snoozed(LocalDate date, LocalDate until) => $"You snoozed it on {Describe.Date(date)} until {Describe.Date(until)}.";

        internal static string Window(LocalDate earliest, LocalDate latest) => $"Window: earliest {Describe.Date(earliest)}, latest {Describe.Date(latest)}.";

        internal static string DoneAnchor(string title, string targetName, LocalDate date) => $"'{title}' for {targetName} was done on {Describe.Date(date)}";

        internal static string PreviousDone(TouchpointKind kind, LocalDate date) => $"the previous one was done ({TouchpointKinds.Describe(kind)} on {Describe.Date(date)})";

        internal static string DueAnchor(string title, string targetName, LocalDate due) =>
            $"'{title}' for {targetName} was due on {Describe.Date(due)} and is not recorded as done";

        internal static string Expired(LocalDate latest) => $"Not done by its latest date, {Describe.Date(latest)}, so it expired.";

        internal static string MissedOne(LocalDate due) => $"the missed one was due ({Describe.Date(due)})";

        internal static string ExpiredUnreachable(LocalDate latest, string targetName) =>
            $"Not done by its latest date, {Describe.Date(latest)}, and {targetName} cannot be reached for the replacement step, so it expired.";

        internal static string TurnedInto(LocalDate latest, ActionSpec replacement, LocalDate replacementDue) =>
            $"Its latest date was {Describe.Date(latest)}; it is now too late for that, so instead: {ActionKinds.Describe(replacement.Kind)} by {replacement.Channel}, due {Describe.Date(replacementDue)}.";

        internal static string OverdueSince(LocalDate date) => $"Overdue since {Describe.Date(date)}; it stays on the list until done, snoozed or dismissed.";

        internal static string RuleLine(Rule rule) =>
            string.IsNullOrEmpty(rule.Source) ? $"Rule '{rule.Id}': {rule.Title}." : $"Rule '{rule.Id}': {rule.Title}. Source: {rule.Source}.";

        internal static string Moved(DateAdjustment adjustment, LocalDate due, LocalDate adjusted, string? reason, LocalDate? before)
        {
            string how = before is { } from
                ? $"the following business day, since the preceding one would fall before {Describe.Date(from)}, the date the step counts from"
                : adjustment switch
                {
                    DateAdjustment.Preceding => "the preceding business day",
                    DateAdjustment.ModifiedFollowing when adjusted < due => "the preceding business day, as the following one is in the next month (modified following)",
                    DateAdjustment.ModifiedFollowing => "the following business day (modified following)",
                    _ => "the following business day",
                };
            return $"Due date moved from {Describe.Date(due)} to {Describe.Date(adjusted)}, {how}: {reason}.";
        }

        internal static string SendAt(ZonedDateTime sendAt, LocalDate date, Contact contact, DateTimeZone zone, DateTimeZone seekerZone, SendWindow window)
        {
            string where = contact.TimeZoneId is null ? $"your time zone ({zone.Id}; {contact.Name}'s is unknown)" : $"{contact.Name}'s time zone, {zone.Id}";
            string local = sendAt.Date != date
                ? $"{Describe.Time(sendAt.TimeOfDay)} (the clocks change on {Describe.Date(date)} and skip the whole window that day)"
                : sendAt.TimeOfDay == window.Start
                    ? $"{Describe.Time(sendAt.TimeOfDay)}"
                    : $"{Describe.Time(sendAt.TimeOfDay)} (the clocks change that night, so {Describe.Time(window.Start)} does not exist; {Describe.Time(sendAt.TimeOfDay)} is the first moment of the window)";
            string yours = zone.Equals(seekerZone) ? string.Empty : $"; that is {Describe.DateTime(sendAt.WithZone(seekerZone))} your time";
            return $"Send at {local} on {Describe.Date(sendAt.Date)} in {where}, the start of the send window {window}{yours}.";
        }
    }
}
