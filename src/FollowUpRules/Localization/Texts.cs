using System.Collections.Concurrent;
using System.Globalization;
using System.Resources;
using FollowUpRules.Utility;
using NodaTime;
using NodaTime.Text;

namespace FollowUpRules.Localization;

/// <summary>
/// The seeker-facing words of the library, from its resources (<c>Localization/Text.resx</c>, English, with a satellite
/// assembly per translation), and the dates and counts that go in them, in a culture.
/// </summary>
/// <remarks>
/// A culture with no translation gets the English, with English dates (<c>Mon 2026-11-23</c>), so a sentence never mixes
/// two languages. Thread-safe: <see cref="ResourceManager"/> is, and the date patterns are cached per culture.
/// </remarks>
internal static class Texts
{
    /// <summary>The languages the library ships, English (the neutral resources) first.</summary>
    internal static readonly string[] Languages = ["en", "es", "de"];

    private static readonly ResourceManager Resources = new("FollowUpRules.Localization.Text", typeof(Texts).Assembly);
    private static readonly ConcurrentDictionary<CultureInfo, LocalDatePattern?> DatePatterns = new();

    /// <summary>Gets the resources, for the test that checks every language has every key.</summary>
    internal static ResourceManager Manager => Resources;

    /// <summary>Returns <paramref name="culture"/>, or the current UI culture when it is <see langword="null"/>.</summary>
    internal static CultureInfo Resolve(CultureInfo? culture) => culture ?? CultureInfo.CurrentUICulture;

    /// <summary>Returns the text of <paramref name="key"/> in <paramref name="culture"/> (or the nearest language it falls back to).</summary>
    /// <exception cref="InvalidOperationException">No such key: a defect of the library.</exception>
    internal static string Get(string key, CultureInfo culture) =>
        Resources.GetString(key, culture) ?? throw new InvalidOperationException($"The text '{key}' is missing from the resources.");

    /// <summary>Returns the text of <paramref name="key"/> with its placeholders filled.</summary>
    internal static string Format(CultureInfo culture, string key, params object?[] args) =>
        string.Format(culture, Get(key, culture), args);

    /// <summary>Returns the word for <paramref name="value"/> of an enum: the text of <c>&lt;kind&gt;.&lt;value&gt;</c> (<c>Channel.Email</c>, <c>Action.SendThankYouEmail</c>).</summary>
    internal static string Word<T>(string kind, T value, CultureInfo culture)
        where T : struct, Enum => Get(kind + "." + value, culture);

    /// <summary>Returns the key of the singular (<c>.One</c>) or plural (<c>.Other</c>) form for <paramref name="count"/>.</summary>
    internal static string Plural(string key, int count) => count == 1 ? key + ".One" : key + ".Other";

    /// <summary>
    /// Returns channels joined by "or" as a sentence names them: the language's <c>By.List</c> around the items, each the
    /// <c>By.ListItems</c> kind's word. English says the preposition once (<c>by Email or LinkedIn</c>); German and Spanish
    /// give each channel its own phrase (<c>per E-Mail oder über LinkedIn</c>), since their prepositions differ by channel.
    /// </summary>
    internal static string ChannelsOr<T>(IEnumerable<T> channels, CultureInfo culture)
        where T : struct, Enum =>
        Format(culture, "By.List", Join(culture, "List.Or", channels, channel => Word(Get("By.ListItems", culture), channel, culture)));

    /// <summary>Returns the texts of <paramref name="items"/> joined by the list separator <paramref name="separatorKey"/>.</summary>
    internal static string Join<T>(CultureInfo culture, string separatorKey, IEnumerable<T> items, Func<T, string> text) =>
        string.Join(Get(separatorKey, culture), items.Select(text));

    /// <summary>Returns the date with its day of the week: <c>Mon 2026-11-23</c> in English and the invariant culture, else the culture's short date after its abbreviated day (<c>Mo, 23.11.2026</c>, <c>lun 23/11/2026</c>).</summary>
    internal static string Date(LocalDate date, CultureInfo culture)
    {
        LocalDatePattern? pattern = DatePatterns.GetOrAdd(culture, CreatePattern);
        return pattern is null ? Formats.Date(date) : pattern.Format(date);
    }

    /// <summary>Returns the time of day, <c>09:00</c>, the same in every shipped language.</summary>
    internal static string Time(LocalTime time) => Formats.Time(time);

    /// <summary>Returns the name of the day of the week of <paramref name="date"/>: <c>Saturday</c>, <c>Samstag</c>, <c>sábado</c>.</summary>
    internal static string DayName(LocalDate date, CultureInfo culture) =>
        (IsTranslated(culture) ? culture : CultureInfo.InvariantCulture).DateTimeFormat.GetDayName((DayOfWeek)((int)date.DayOfWeek % 7));

    /// <summary>Returns whether <paramref name="culture"/> reads a translation rather than the English.</summary>
    internal static bool IsTranslated(CultureInfo culture) => DatePatterns.GetOrAdd(culture, CreatePattern) is not null;

    private static LocalDatePattern? CreatePattern(CultureInfo culture)
    {
        string prefix = Get("Format.DatePrefix", culture);
        return prefix.Length == 0 ? null : LocalDatePattern.Create(prefix + culture.DateTimeFormat.ShortDatePattern, culture);
    }
}
