namespace FollowUpRules.Calendar;

/// <summary>What to do with a date that lands on a day that is not a business day (a rest day of the week or a holiday).</summary>
/// <remarks>A plain enumeration: immutable and safe to share between threads.</remarks>
public enum DateAdjustment
{
    /// <summary>Keep the date as it is, business day or not.</summary>
    None,

    /// <summary>Move the date forward to the next business day.</summary>
    Following,

    /// <summary>Move the date back to the previous business day.</summary>
    Preceding,

    /// <summary>Move the date forward to the next business day, unless that is in the next month: then move it back to the previous business day.</summary>
    ModifiedFollowing,
}
