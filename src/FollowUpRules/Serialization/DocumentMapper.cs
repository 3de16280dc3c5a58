using System.Text.Json;
using FollowUpRules.Calendar;
using FollowUpRules.Rules;
using FollowUpRules.Utility;
using NodaTime;
using NodaTime.Text;

namespace FollowUpRules.Serialization;

/// <summary>
/// What the mappers of the file formats (playbook, pipeline) share: every bad value collected with its JSON path instead
/// of stopping at the first, the paths of unreadable values remembered (so validator errors they would cause are not
/// reported twice), enums read case-insensitively with the valid names listed, unknown properties with a suggestion,
/// ISO dates and periods, and holiday calendars (the same JSON shape in both formats).
/// </summary>
internal abstract class DocumentMapper
{
    private static readonly string[] OutreachLimitsProperties = ["maxPerDay", "maxPerCompanyPerWeek", "minSpacingPerPerson"];

    protected static readonly PeriodPattern Periods = PeriodPattern.Roundtrip;


    private static readonly string[] CalendarProperties = ["id", "name", "forSeeker", "holidays"];

    protected static readonly LocalDatePattern Dates = LocalDatePattern.Iso;


    private static readonly Dictionary<string, string[]> HolidayFields = new(StringComparer.Ordinal)
    {
        ["date"] = ["name", "date"],
        ["annual"] = ["name", "month", "day", "observed"],
        ["nthWeekday"] = ["name", "month", "dayOfWeek", "nth"],
        ["lastWeekday"] = ["name", "month", "dayOfWeek"],
    };


    private readonly List<FollowUpFileError> errors = [];
    private readonly List<string> unreadable = [];

    internal IReadOnlyList<FollowUpFileError> Errors => errors;

    /// <summary>Returns whether a validator error at <paramref name="path"/> repeats a value this mapper already reported.</summary>
    internal bool AlreadyReported(string path) =>
        unreadable.Any(bad => path == bad || path.StartsWith(bad + ".", StringComparison.Ordinal) || path.StartsWith(bad + "[", StringComparison.Ordinal));


    /// <summary>Checks the document's <c>formatVersion</c>; <see langword="false"/>, reported, when it is missing or not the one supported.</summary>
    /// <param name="format">The version read.</param>
    /// <param name="supported">The version this library reads.</param>
    /// <param name="kind">What the file holds, as in "a playbook file starts with ...".</param>
    /// <param name="versionWords">How the error names the supported version, for example "format version 1".</param>
    protected bool CheckFormatVersion(int? format, int supported, string kind, string versionWords)
    {
        if (format is null)
        {
            Error("formatVersion", $"The file does not say which format it uses; a {kind} file starts with \"formatVersion\": {supported}.");
            return false;
        }

        if (format != supported)
        {
            Error("formatVersion", $"Format version {format} is not supported: this version of FollowUpRules reads {versionWords}.");
            return false;
        }

        return true;
    }

    /// <summary>Reads outreach limits (the same shape in a playbook and in a pipeline's settings); a limit left out takes its default.</summary>
    protected OutreachLimits ToOutreachLimits(OutreachLimitsDocument document, string path)
    {
        Unknown(document.Unknown, path, OutreachLimitsProperties);
        Period? spacing = ToPeriod(document.MinSpacingPerPerson, path + ".minSpacingPerPerson");
        return new OutreachLimits(document.MaxPerDay ?? OutreachLimits.DefaultMaxPerDay, document.MaxPerCompanyPerWeek ?? OutreachLimits.DefaultMaxPerCompanyPerWeek, spacing);
    }

    /// <summary>Writes outreach limits.</summary>
    internal static OutreachLimitsDocument ToDocument(OutreachLimits limits) => new()
    {
        MaxPerDay = limits.MaxPerDay,
        MaxPerCompanyPerWeek = limits.MaxPerCompanyPerWeek,
        MinSpacingPerPerson = Format(limits.MinSpacingPerPerson),
    };

    /// <summary>Reads a working week (<c>["Monday", ...]</c>); <see langword="null"/> when absent or unreadable.</summary>
    protected WorkingWeek? ToWorkingWeek(List<string?>? days, string path)
    {
        if (days is null)
        {
            return null;
        }

        var parsed = new List<IsoDayOfWeek>();
        for (int i = 0; i < days.Count; i++)
        {
            if (ParseEnum<IsoDayOfWeek>(days[i], $"{path}[{i}]", "a day of the week", exclude: IsoDayOfWeek.None) is { } day)
            {
                parsed.Add(day);
            }
        }

        if (days.Count == 0)
        {
            Error(path, "A working week needs at least one working day; leave the property out for Monday to Friday.");
            return null;
        }

        return parsed.Count == days.Count ? WorkingWeek.Of(parsed) : null;
    }

    /// <summary>Reads an ISO date (<c>2026-11-23</c>); <see langword="null"/>, reported, when unreadable; <see langword="null"/> when absent.</summary>
    protected LocalDate? ToDate(string? text, string path)
    {
        if (text is null)
        {
            return null;
        }

        ParseResult<LocalDate> date = Dates.Parse(text);
        return date.Success ? date.Value : Bad<LocalDate?>(path, $"{Echo.Quote(text)} is not a date; write it \"2026-08-31\" (year, month, day).", null);
    }

    /// <summary>Reads the holiday calendars of a document, each with its path.</summary>
    protected List<HolidayCalendar> ToCalendars(List<HolidayCalendarDocument?>? documents, string path)
    {
        var calendars = new List<HolidayCalendar>();
        for (int i = 0; i < (documents?.Count ?? 0); i++)
        {
            if (documents![i] is { } calendar)
            {
                calendars.Add(ToCalendar(calendar, $"{path}[{i}]"));
            }
            else
            {
                Bad($"{path}[{i}]", "A holiday calendar cannot be null.", 0);
            }
        }

        return calendars;
    }

    protected HolidayCalendar ToCalendar(HolidayCalendarDocument document, string path)
    {
        Unknown(document.Unknown, path, CalendarProperties);
        string id = Required(document.Id, path + ".id", "The holiday calendar needs an id: contacts refer to it.");
        string name = Required(document.Name, path + ".name", "The holiday calendar needs a name: explanations quote it.");
        var holidays = new List<Holiday>();
        for (int i = 0; i < (document.Holidays?.Count ?? 0); i++)
        {
            // A holiday that cannot be read keeps its place, as a stand-in whose path is remembered, so that the
            // validator's paths stay those of the document.
            string at = $"{path}.holidays[{i}]";
            holidays.Add(document.Holidays![i] is { } holiday
                ? ToHoliday(holiday, at) ?? StandIn(at)
                : Bad(at, "A holiday cannot be null.", StandIn(at)));
        }

        return new HolidayCalendar(id, name, holidays, document.ForSeeker ?? true);
    }

    private Holiday StandIn(string path)
    {
        unreadable.Add(path);
        return new FixedDateHoliday(string.Empty, Validation.Limits.MinDate);
    }

    private Holiday? ToHoliday(HolidayDocument document, string path)
    {
        Unknown(document.Unknown, path, ["type", .. HolidayFields.Values.SelectMany(f => f).Distinct()]);
        if (document.Type is null || !HolidayFields.TryGetValue(document.Type, out string[]? allowed))
        {
            string what = document.Type is null ? "The holiday has no \"type\"" : $"{Echo.Quote(document.Type)} is not a holiday type";
            return Bad<Holiday?>(path + ".type", $"{what}; use one of: {string.Join(", ", HolidayFields.Keys)}.", null);
        }

        (string Field, bool Present)[] present =
        [
            ("date", document.Date is not null), ("month", document.Month is not null), ("day", document.Day is not null),
            ("dayOfWeek", document.DayOfWeek is not null), ("nth", document.Nth is not null), ("observed", document.Observed is not null),
        ];
        foreach ((string field, bool isPresent) in present)
        {
            if (isPresent && !allowed.Contains(field))
            {
                Error($"{path}.{field}", $"A {document.Type} holiday has no \"{field}\"; it takes {string.Join(", ", allowed.Select(a => $"\"{a}\""))}.");
            }
        }

        string name = Required(document.Name, path + ".name", "The holiday needs a name: explanations quote it.");
        int month = document.Month ?? (document.Type == "date" ? 0 : Missing(path + ".month", "The holiday needs its \"month\", 1 to 12.", 1));
        switch (document.Type)
        {
            case "date":
                if (document.Date is null)
                {
                    return Bad<Holiday?>(path + ".date", "A date holiday needs its \"date\", written \"2026-08-31\".", null);
                }

                ParseResult<LocalDate> date = Dates.Parse(document.Date);
                return date.Success
                    ? new FixedDateHoliday(name, date.Value)
                    : Bad<Holiday?>(path + ".date", $"{Echo.Quote(document.Date)} is not a date; write it \"2026-08-31\" (year, month, day).", null);
            case "annual":
                int day = document.Day ?? Missing(path + ".day", "An annual holiday needs its \"day\" of the month.", 1);
                ObservedRule observed = document.Observed is null ? ObservedRule.None : ParseEnum<ObservedRule>(document.Observed, path + ".observed", "an observed rule") ?? (ObservedRule)(-1);
                return new AnnualHoliday(name, month, day, observed);
            case "nthWeekday":
                IsoDayOfWeek weekday = ParseEnum<IsoDayOfWeek>(document.DayOfWeek, path + ".dayOfWeek", "a day of the week", exclude: IsoDayOfWeek.None) ?? IsoDayOfWeek.None;
                int nth = document.Nth ?? Missing(path + ".nth", "An nthWeekday holiday needs \"nth\": which of the month's weekdays, 1 to 5.", 1);
                return new NthWeekdayHoliday(name, month, weekday, nth);
            default:
                IsoDayOfWeek last = ParseEnum<IsoDayOfWeek>(document.DayOfWeek, path + ".dayOfWeek", "a day of the week", exclude: IsoDayOfWeek.None) ?? IsoDayOfWeek.None;
                return new LastWeekdayHoliday(name, month, last);
        }
    }

    internal static HolidayCalendarDocument ToDocument(HolidayCalendar calendar) => new()
    {
        Id = calendar.Id,
        Name = calendar.Name,
        ForSeeker = calendar.ForSeeker ? null : false,
        Holidays = [.. calendar.Holidays.Select(h => (HolidayDocument?)ToDocument(h))],
    };

    private static HolidayDocument ToDocument(Holiday holiday) => holiday switch
    {
        FixedDateHoliday f => new() { Type = "date", Name = f.Name, Date = Dates.Format(f.Date) },
        AnnualHoliday a => new() { Type = "annual", Name = a.Name, Month = a.Month, Day = a.Day, Observed = a.ObservedRule == ObservedRule.None ? null : a.ObservedRule.ToString() },
        NthWeekdayHoliday n => new() { Type = "nthWeekday", Name = n.Name, Month = n.Month, DayOfWeek = n.DayOfWeek.ToString(), Nth = n.Nth },
        LastWeekdayHoliday l => new() { Type = "lastWeekday", Name = l.Name, Month = l.Month, DayOfWeek = l.DayOfWeek.ToString() },
        _ => throw new ArgumentException($"'{holiday.GetType().Name}' is not a holiday of the vocabulary and cannot be saved.", nameof(holiday)),
    };


    /// <summary>
    /// Reads a JSON string kept as a raw element; <see langword="null"/>, reported, when it is not valid text (bytes that
    /// are not UTF-8, or an escape of half a surrogate pair), which <see cref="JsonElement.GetString"/> would throw for.
    /// </summary>
    protected string? TextOf(JsonElement element, string path)
    {
        try
        {
            return element.GetString();
        }
        catch (InvalidOperationException)
        {
            return Bad<string?>(path, JsonFiles.NotText, null);
        }
    }

    protected Period? ToPeriod(string? text, string path)
    {
        if (text is null)
        {
            return null;
        }

        ParseResult<Period> result = Periods.Parse(text);
        if (result.Success && result.Value.HasTimeComponent == false)
        {
            return result.Value;
        }

        return Bad<Period?>(path, result.Success
            ? $"{Echo.Quote(text)} has a time part; use whole years, months, weeks and days."
            : $"{Echo.Quote(text)} is not an ISO 8601 period; write for example \"P3D\" (3 days), \"P2W\" (2 weeks), \"P3M\" (3 months) or \"P1Y\" (1 year).", null);
    }

    protected static string Format(Period period) => period.Equals(Period.Zero) ? "P0D" : Periods.Format(period);


    protected List<T> EnumList<T>(List<string?>? values, string path, string what)
        where T : struct, Enum
    {
        var list = new List<T>();
        for (int i = 0; i < (values?.Count ?? 0); i++)
        {
            list.Add(ParseEnum<T>(values![i], $"{path}[{i}]", what) ?? (T)(object)(-1));
        }

        return list;
    }

    protected T? ParseEnum<T>(string? text, string path, string what, T? exclude = null)
        where T : struct, Enum
    {
        string[] names = [.. Enum.GetNames<T>().Where(n => exclude is null || n != exclude.Value.ToString())];
        if (text is null)
        {
            return Bad<T?>(path, $"This needs {what}: one of {string.Join(", ", names)}.", null);
        }

        string? match = names.FirstOrDefault(n => string.Equals(n, text, StringComparison.OrdinalIgnoreCase));
        return match is not null
            ? Enum.Parse<T>(match)
            : Bad<T?>(path, $"{Echo.Quote(text)} is not {what}; use one of: {string.Join(", ", names)}.", null);
    }

    protected void Unknown(Dictionary<string, JsonElement>? unknown, string path, string[] known)
    {
        foreach (string property in unknown?.Keys ?? Enumerable.Empty<string>())
        {
            string at = path.Length == 0 ? Echo.Name(property) : $"{path}.{Echo.Name(property)}";
            string? near = known.FirstOrDefault(k => string.Equals(k, property, StringComparison.OrdinalIgnoreCase))
                ?? known.Where(k => Suggestions.Within(k, property, 2)).OrderBy(k => Suggestions.Distance(k, property)).FirstOrDefault();
            Error(at, $"Unknown property {Echo.Quote(property)}." + (near is null ? $" Known here: {string.Join(", ", known)}." : $" Did you mean '{near}'?"));
        }
    }

    protected string Required(string? value, string path, string message) =>
        value ?? Missing(path, message, string.Empty);

    protected T Missing<T>(string path, string message, T placeholder) => Bad(path, message, placeholder);

    protected T Bad<T>(string path, string message, T placeholder)
    {
        Error(path, message);
        unreadable.Add(path);
        return placeholder;
    }

    protected void Error(string path, string message) => errors.Add(new FollowUpFileError(path, message));
}
