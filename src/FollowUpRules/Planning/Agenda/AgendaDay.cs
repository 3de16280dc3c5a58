using NodaTime;

namespace FollowUpRules.Planning;

/// <summary>One day of an agenda and what to do on it.</summary>
/// <remarks>Immutable, compares by value, safe to share between threads.</remarks>
public sealed record AgendaDay
{
    internal AgendaDay(LocalDate date, ValueList<AgendaItem> items)
    {
        Date = date;
        Items = items;
    }

    /// <summary>Gets the day.</summary>
    /// <value>Never inside a pause.</value>
    public LocalDate Date { get; }

    /// <summary>Gets what to do on the day.</summary>
    /// <value>At least one item, most urgent first: overdue, then due, then upcoming; then by due date, priority (highest first), application, rule and target.</value>
    public ValueList<AgendaItem> Items { get; }
}
