using NodaTime;

namespace FollowUpRules.Planning;

/// <summary>What to do on each day, across many applications, within the agenda's limits.</summary>
/// <remarks>Immutable, compares by value, safe to share between threads.</remarks>
public sealed record Agenda
{
    internal Agenda(LocalDate from, LocalDate until, IEnumerable<AgendaDay> days)
    {
        From = from;
        Until = until;
        Days = ValueList<AgendaDay>.From(days);
    }

    /// <summary>Gets the agenda's first day.</summary>
    /// <value>The "today" it was built on.</value>
    public LocalDate From { get; }

    /// <summary>Gets the last due date the agenda takes steps for.</summary>
    /// <value>
    /// The <c>until</c> it was built with. Steps due by then that the limits or a pause push later are still on the agenda,
    /// so <see cref="Days"/> may go past this date; no step is ever dropped.
    /// </value>
    public LocalDate Until { get; }

    /// <summary>Gets the days with something to do.</summary>
    /// <value>In date order; days with nothing scheduled are left out.</value>
    public ValueList<AgendaDay> Days { get; }

    /// <summary>Gets every item, day by day.</summary>
    /// <value>In date order, then in the order of each day.</value>
    public IEnumerable<AgendaItem> Items => Days.SelectMany(d => d.Items);
}
