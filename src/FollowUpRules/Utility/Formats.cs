using NodaTime;

namespace FollowUpRules.Utility;

/// <summary>
/// The culture-invariant date and time texts of explanations, written straight into a string: "Mon 2026-11-23" and
/// "09:00". They are the hottest strings of an evaluation, and NodaTime's patterns, which they equal (a test compares the
/// two over many dates), cost several times more.
/// </summary>
internal static class Formats
{
    private static readonly string[] Days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

    /// <summary>Returns the date as NodaTime's <c>ddd uuuu'-'MM'-'dd</c> with the invariant culture: <c>Mon 2026-11-23</c>.</summary>
    /// <param name="date">An ISO date of a year from 0 to 9999.</param>
    /// <returns>The text.</returns>
    internal static string Date(LocalDate date) =>
        string.Create(14, date, static (span, d) =>
        {
            Days[(int)d.DayOfWeek - 1].AsSpan().CopyTo(span);
            span[3] = ' ';
            Digits(span.Slice(4, 4), d.Year);
            span[8] = '-';
            Digits(span.Slice(9, 2), d.Month);
            span[11] = '-';
            Digits(span.Slice(12, 2), d.Day);
        });

    /// <summary>Returns the time as NodaTime's <c>HH':'mm</c>: <c>09:00</c>.</summary>
    /// <param name="time">The time of day; seconds are left out.</param>
    /// <returns>The text.</returns>
    internal static string Time(LocalTime time) =>
        string.Create(5, time, static (span, t) =>
        {
            Digits(span[..2], t.Hour);
            span[2] = ':';
            Digits(span.Slice(3, 2), t.Minute);
        });

    private static void Digits(Span<char> span, int value)
    {
        for (int i = span.Length - 1; i >= 0; i--)
        {
            span[i] = (char)('0' + (value % 10));
            value /= 10;
        }
    }
}
