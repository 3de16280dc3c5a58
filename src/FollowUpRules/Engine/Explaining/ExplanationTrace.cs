using FollowUpRules.Calendar;
using FollowUpRules.Domain;
using FollowUpRules.Rules;
using NodaTime;

namespace FollowUpRules.Engine;

/// <summary>
/// What the rule walk records, in the explaining run only, of the path to each step: the rule and its anchor, each gate,
/// each date and its reason, as <see cref="ExplanationMessage"/>s. The step takes a copy of the messages when it is made.
/// </summary>
/// <remarks>
/// Holds the messages of the anchor occurrence being walked (<see cref="Start"/>) and what the next due date counts from
/// (<see cref="From"/>), which the Scheduled sentence names. Not thread-safe: one per explaining run.
/// </remarks>
internal sealed class ExplanationTrace(List<ValueList<ExplanationMessage>> produced, ValueList<PlaybookTranslation> translations)
{
    private readonly List<ExplanationMessage> messages = new(12);
    private ExplanationMessage from = ExplanationMessage.Of(MessageId.YouApplied);

    /// <summary>Gets how many messages are recorded for the occurrence being walked.</summary>
    internal int Count => messages.Count;

    /// <summary>Starts the messages of one occurrence of an anchor event: the rule, and what the anchor is.</summary>
    /// <param name="rule">The rule.</param>
    /// <param name="anchor">The anchor phrase.</param>
    /// <param name="countsFrom">What the first due date counts from.</param>
    internal void Start(Rule rule, ExplanationMessage anchor, ExplanationMessage countsFrom)
    {
        messages.Clear();
        messages.Add(string.IsNullOrEmpty(rule.Source)
            ? ExplanationMessage.Of(translations, MessageId.Rule, rule.Id, rule.Title)
            : ExplanationMessage.Of(translations, MessageId.RuleWithSource, rule.Id, rule.Title, rule.Source));
        messages.Add(ExplanationMessage.Of(MessageId.Anchor, anchor));
        from = countsFrom;
    }

    /// <summary>Records one message.</summary>
    internal void Add(MessageId id, params object?[] args) => messages.Add(ExplanationMessage.Of(translations, id, args));

    /// <summary>Records what the next due date counts from.</summary>
    internal void From(ExplanationMessage phrase) => from = phrase;

    /// <summary>Drops the messages recorded after the first <paramref name="count"/>: the next occurrence of a chain starts from what they share.</summary>
    internal void TruncateTo(int count) => messages.RemoveRange(count, messages.Count - count);

    /// <summary>Returns a copy of the messages recorded so far as the explanation of the step just made, and keeps it with those of the steps made before.</summary>
    internal ValueList<ExplanationMessage> Produced()
    {
        var step = ValueList<ExplanationMessage>.From(messages);
        produced.Add(step);
        return step;
    }

    /// <summary>Records when an occurrence is scheduled, from the date it counts from, and the holidays a count of business days skipped.</summary>
    internal void Scheduled(Repeat? repeat, int occurrence, StepOffset interval, LocalDate scheduled, LocalDate baseDate, BusinessCalendar calendar)
    {
        messages.Add(repeat is null
            ? ExplanationMessage.Of(MessageId.Scheduled, interval, from, scheduled)
            : ExplanationMessage.Of(MessageId.ScheduledRepeat, occurrence, repeat.MaxCount, interval, from, scheduled));
        if (!interval.IsBusinessDays)
        {
            return;
        }

        // Holidays the business-day count skipped are adjustments too: name them.
        List<DayOff>? skipped = null;
        for (LocalDate d = baseDate.PlusDays(1); d < scheduled; d = d.PlusDays(1))
        {
            if (calendar.DayOf(d) is { IsWorkingDay: true, IsBusinessDay: false } holiday)
            {
                (skipped ??= []).Add(holiday);
            }
        }

        if (skipped is not null)
        {
            Add(MessageId.SkippedHolidays, ValueList<DayOff>.From(skipped));
        }
    }

    /// <summary>Records the move of a due date to a business day by <paramref name="adjustment"/>, if it moved, with every day it skipped.</summary>
    internal void Adjusted(DateAdjustment adjustment, LocalDate due, LocalDate from, BusinessCalendar calendar)
    {
        LocalDate moved = calendar.Move(due, adjustment);
        if (moved == due)
        {
            return;
        }

        if (moved < from)
        {
            LocalDate forward = calendar.Move(due, DateAdjustment.Following);
            Add(MessageId.MovedForward, due, forward, ValueList<DayOff>.Wrap(calendar.DaysBetween(due, forward)), from);
            return;
        }

        Add(MessageId.Moved, adjustment, due, moved, ValueList<DayOff>.Wrap(calendar.DaysBetween(due, moved)));
    }

    /// <summary>Records when a person's step due on <paramref name="due"/> is sent, in their zone and the seeker's.</summary>
    internal void SendAt(SendWindow window, LocalDate due, Contact contact, DateTimeZone zone, DateTimeZone seekerZone)
    {
        ZonedDateTime sendAt = window.SendTime(due, zone);
        LocalDateTime? seekerTime = zone.Equals(seekerZone) ? null : sendAt.WithZone(seekerZone).LocalDateTime;
        Add(MessageId.SendAt, sendAt, due, contact.Name, contact.TimeZoneId is not null, window, seekerTime);
    }
}
