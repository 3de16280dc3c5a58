namespace FollowUpRules.Calendar;

/// <summary>Whether a holiday that falls on a weekend is also kept on a nearby weekday.</summary>
/// <remarks>A plain enumeration: immutable and safe to share between threads.</remarks>
public enum ObservedRule
{
    /// <summary>The holiday is kept on its own date only, whatever the day of the week.</summary>
    None,

    /// <summary>
    /// The holiday is kept on its own date and, when that is a Saturday, also on the Friday before; when it is a Sunday,
    /// also on the Monday after. "Weekend" here always means Saturday and Sunday, whatever the playbook's working week.
    /// The observed day may fall in the previous or next year (Sat 2028-01-01 is observed on Fri 2027-12-31). Two
    /// holidays observed on the same day are not moved apart.
    /// </summary>
    NearestWeekday,
}
