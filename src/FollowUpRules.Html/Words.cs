using System.Collections.Concurrent;
using System.Globalization;
using System.Resources;
using FollowUpRules.Domain;
using FollowUpRules.Engine;
using FollowUpRules.Planning;
using FollowUpRules.Rules;
using NodaTime;
using NodaTime.Text;

namespace FollowUpRules.Html;

/// <summary>
/// The timeline's words in a culture: from the package's resources (<c>Localization/HtmlText.resx</c>, English, with a
/// satellite assembly for Spanish and German), and the dates in them, written as the engine's explanations write them.
/// </summary>
/// <remarks>
/// A culture with no translation reads the English, with English dates (<c>Mon 2026-11-23</c>), so a page never mixes two
/// languages. Thread-safe: <see cref="ResourceManager"/> is, and the date patterns are cached per culture.
/// </remarks>
internal static class Words
{
    private static readonly ResourceManager Resources = new("FollowUpRules.Html.Localization.HtmlText", typeof(Words).Assembly);
    private static readonly LocalDatePattern EnglishDate = LocalDatePattern.CreateWithInvariantCulture("ddd uuuu'-'MM'-'dd");
    private static readonly LocalTimePattern Time = LocalTimePattern.CreateWithInvariantCulture("HH':'mm");
    private static readonly ConcurrentDictionary<CultureInfo, Patterns> ByCulture = new();

    /// <summary>Gets the resources, for the test that checks every language has every key.</summary>
    internal static ResourceManager Manager => Resources;

    /// <summary>Returns the text of <paramref name="key"/> in <paramref name="culture"/> (or the language it falls back to).</summary>
    /// <exception cref="InvalidOperationException">No such key: a defect of the package.</exception>
    public static string Get(string key, CultureInfo culture) =>
        Resources.GetString(key, culture) ?? throw new InvalidOperationException($"The text '{key}' is missing from the timeline's resources.");

    /// <summary>Returns the text of <paramref name="key"/> with its placeholders filled.</summary>
    public static string Format(CultureInfo culture, string key, params object?[] args) => string.Format(culture, Get(key, culture), args);

    /// <summary>Returns the singular (<c>.One</c>) or plural (<c>.Other</c>) text of <paramref name="key"/> with the count in it: <c>1 step</c>, <c>3 steps</c>.</summary>
    public static string Count(CultureInfo culture, string key, int count) => Format(culture, count == 1 ? key + ".One" : key + ".Other", Number(count));

    /// <summary>Returns the language the page is in: the culture's name when it is translated, else <c>en</c>.</summary>
    public static string Language(CultureInfo culture) => Of(culture).Translated ? culture.Name : "en";

    /// <summary>Returns the date as the engine's explanations write it in <paramref name="culture"/>: <c>Mon 2026-11-23</c>, <c>Mo, 23.11.2026</c>, <c>lun 23/11/2026</c>.</summary>
    public static string Date(LocalDate date, CultureInfo culture) => Of(culture).Date.Format(date);

    /// <summary>Returns the date in English, for the messages of exceptions: <c>Mon 2026-11-23</c>.</summary>
    public static string Date(LocalDate date) => EnglishDate.Format(date);

    /// <summary>Returns an axis label: <c>Dec 2026</c> (or <c>Feb</c> when <paramref name="withYear"/> is false) for months, <c>30 Nov</c> for weeks, <c>Mon 23</c> for days.</summary>
    public static string Tick(LocalDate date, TickUnit unit, bool withYear, CultureInfo culture)
    {
        Patterns patterns = Of(culture);
        return unit switch
        {
            TickUnit.Month => (withYear ? patterns.Month : patterns.MonthOnly).Format(date),
            TickUnit.Week => patterns.Week.Format(date),
            _ => patterns.Day.Format(date),
        };
    }

    /// <summary>Returns a date in few characters, for a label: <c>4 Nov</c>.</summary>
    public static string ShortDate(LocalDate date, CultureInfo culture) => Of(culture).Week.Format(date);

    /// <summary>Returns the send time: <c>09:00 Europe/London</c>.</summary>
    public static string SendTime(ZonedDateTime at) => $"{Time.Format(at.TimeOfDay)} {at.Zone.Id}";

    /// <summary>Returns a number as digits, whatever the current culture.</summary>
    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Returns who a step is for: the person's or company's name, or "You".</summary>
    public static string Who(Target target, CultureInfo culture) => target.Kind == TargetKind.Seeker ? Get("Who.You", culture) : target.Name;

    /// <summary>Returns the action in a few words, for the label beside a marker; the full wording is the engine's (<see cref="ActionKinds.Describe"/>).</summary>
    public static string ShortAction(ActionKind kind, CultureInfo culture) => Get("Short." + kind, culture);

    /// <summary>Returns how: the channel, or "Yourself, no message" for the seeker's own steps.</summary>
    public static string How(Channel channel, CultureInfo culture) => Get("How." + channel, culture);

    /// <summary>Returns an application's status as a word: "Interviewing".</summary>
    public static string Status(ApplicationStatus status, CultureInfo culture) => Get("Application." + status, culture);

    /// <summary>Returns the status as a word: "Overdue", "Due", "Upcoming" or "Past deadline".</summary>
    public static string Status(StepStatus status, CultureInfo culture) => Get("Status." + status, culture);

    /// <summary>Returns the CSS class of a status.</summary>
    public static string StatusClass(StepStatus status) => status switch
    {
        StepStatus.Overdue => "fur-is-overdue",
        StepStatus.Due => "fur-is-due",
        StepStatus.Upcoming => "fur-is-upcoming",
        _ => "fur-is-past",
    };

    /// <summary>Returns a move's reason in a word or two, for the label: "daily limit".</summary>
    public static string Reason(AgendaMoveReason reason, CultureInfo culture) => Get("Reason." + reason, culture);

    private static Patterns Of(CultureInfo culture) => ByCulture.GetOrAdd(culture, Create);

    private static Patterns Create(CultureInfo culture)
    {
        string prefix = Get("Format.DatePrefix", culture);
        bool translated = prefix.Length > 0;
        CultureInfo written = translated ? culture : CultureInfo.InvariantCulture;
        LocalDatePattern Pattern(string key) => LocalDatePattern.Create(Get(key, culture), written);
        return new Patterns(
            translated,
            translated ? LocalDatePattern.Create(prefix + culture.DateTimeFormat.ShortDatePattern, culture) : EnglishDate,
            Pattern("Format.Day"),
            Pattern("Format.Week"),
            Pattern("Format.Month"),
            Pattern("Format.MonthOnly"));
    }

    /// <summary>The date patterns of one culture, and whether it reads a translation.</summary>
    private sealed record Patterns(bool Translated, LocalDatePattern Date, LocalDatePattern Day, LocalDatePattern Week, LocalDatePattern Month, LocalDatePattern MonthOnly);
}
