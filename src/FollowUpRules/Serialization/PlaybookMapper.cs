using System.Text.Json;
using FollowUpRules.Calendar;
using FollowUpRules.Domain;
using FollowUpRules.Rules;
using FollowUpRules.Rules.Conditions;
using NodaTime;
using NodaTime.Text;

namespace FollowUpRules.Serialization;

/// <summary>
/// Converts a <see cref="PlaybookDocument"/> to the rule model, collecting every bad value with its JSON path instead of
/// stopping at the first; and converts the model back. Values it cannot read become sentinels (undefined enum values,
/// zero offsets) whose paths are remembered, so that validator errors they would cause are not reported twice.
/// </summary>
internal sealed class PlaybookMapper
{
    private static readonly PeriodPattern Periods = PeriodPattern.Roundtrip;

    private static readonly LocalTimePattern Times = LocalTimePattern.CreateWithInvariantCulture("HH':'mm");

    private static readonly string[] PlaybookProperties = ["formatVersion", "id", "name", "version", "workingWeek", "sendWindow", "holidays", "outreachLimits", "rules"];
    private static readonly string[] CalendarProperties = ["id", "name", "forSeeker", "holidays"];
    private static readonly string[] SendWindowProperties = ["start", "end"];
    private static readonly string[] OutreachLimitsProperties = ["maxPerDay", "maxPerCompanyPerWeek", "minSpacingPerPerson"];
    private static readonly string[] RuleProperties = ["id", "title", "source", "priority", "anchor", "timing", "audience", "action", "conditions", "stopWhen", "late"];
    private static readonly string[] AnchorProperties = ["kind", "outcome", "ruleId"];
    private static readonly string[] TimingProperties = ["offset", "adjust", "window", "repeat"];
    private static readonly string[] WindowProperties = ["early", "late"];
    private static readonly string[] RepeatProperties = ["every", "maxCount", "for", "restartOnInteraction", "backOffFactor", "maxUnanswered"];
    private static readonly string[] AudienceProperties = ["kind", "roles", "selection"];
    private static readonly string[] ActionProperties = ["kind", "channel", "otherwise"];
    private static readonly string[] LateProperties = ["action", "turnInto"];
    private static readonly string[] BusinessDayProperties = ["businessDays"];

    private static readonly LocalDatePattern Dates = LocalDatePattern.Iso;

    private static readonly Dictionary<string, string[]> HolidayFields = new(StringComparer.Ordinal)
    {
        ["date"] = ["name", "date"],
        ["annual"] = ["name", "month", "day", "observed"],
        ["nthWeekday"] = ["name", "month", "dayOfWeek", "nth"],
        ["lastWeekday"] = ["name", "month", "dayOfWeek"],
    };

    private static readonly Dictionary<string, string[]> ConditionFields = new(StringComparer.Ordinal)
    {
        ["statusIs"] = ["statuses"],
        ["rejectionReasonIs"] = ["reasons"],
        ["hasChannel"] = ["channel"],
        ["linkedInConnected"] = [],
        ["linkedInStateIs"] = ["states"],
        ["doNotContact"] = [],
        ["employedElsewhere"] = [],
        ["replyReceived"] = ["outcome", "scope", "sinceAnchor"],
        ["touchpointRecorded"] = ["kind", "scope", "sinceAnchor"],
        ["not"] = ["inner"],
        ["anyOf"] = ["conditions"],
        ["custom"] = ["name", "parameters"],
    };

    private readonly List<PlaybookFileError> errors = [];
    private readonly List<string> unreadable = [];

    internal IReadOnlyList<PlaybookFileError> Errors => errors;

    /// <summary>Returns whether a validator error at <paramref name="path"/> repeats a value this mapper already reported.</summary>
    internal bool AlreadyReported(string path) =>
        unreadable.Any(bad => path == bad || path.StartsWith(bad + ".", StringComparison.Ordinal) || path.StartsWith(bad + "[", StringComparison.Ordinal));

    internal Playbook? ToModel(PlaybookDocument document)
    {
        if (document.FormatVersion is not { } format)
        {
            Error("formatVersion", $"The file does not say which format it uses; a playbook file starts with \"formatVersion\": {PlaybookJson.FormatVersion}.");
            return null;
        }

        if (format != PlaybookJson.FormatVersion)
        {
            Error("formatVersion", $"Format version {format} is not supported: this version of FollowUpRules reads format version {PlaybookJson.FormatVersion}.");
            return null;
        }

        Unknown(document.Unknown, string.Empty, PlaybookProperties);
        string id = Required(document.Id, "id", "The playbook needs an id.");
        string name = Required(document.Name, "name", "The playbook needs a name.");
        int version = document.Version ?? Missing("version", "The playbook needs a version: its own revision number, 1 or more.", 1);

        WorkingWeek? week = null;
        if (document.WorkingWeek is { } days)
        {
            var parsed = new List<IsoDayOfWeek>();
            for (int i = 0; i < days.Count; i++)
            {
                if (ParseEnum<IsoDayOfWeek>(days[i], $"workingWeek[{i}]", "a day of the week", exclude: IsoDayOfWeek.None) is { } day)
                {
                    parsed.Add(day);
                }
            }

            if (days.Count == 0)
            {
                Error("workingWeek", "A working week needs at least one working day; leave the property out for Monday to Friday.");
            }
            else if (parsed.Count == days.Count)
            {
                week = WorkingWeek.Of(parsed);
            }
        }

        SendWindow? sendWindow = null;
        if (document.SendWindow is { } window)
        {
            Unknown(window.Unknown, "sendWindow", SendWindowProperties);
            LocalTime? start = ToTime(window.Start, "sendWindow.start");
            LocalTime? end = ToTime(window.End, "sendWindow.end");
            sendWindow = start is { } s && end is { } e ? new SendWindow(s, e) : null;
        }

        var calendars = new List<HolidayCalendar>();
        for (int i = 0; i < (document.Holidays?.Count ?? 0); i++)
        {
            if (document.Holidays![i] is { } calendar)
            {
                calendars.Add(ToCalendar(calendar, $"holidays[{i}]"));
            }
            else
            {
                Bad($"holidays[{i}]", "A holiday calendar cannot be null.", 0);
            }
        }

        OutreachLimits? limits = null;
        if (document.OutreachLimits is { } l)
        {
            Unknown(l.Unknown, "outreachLimits", OutreachLimitsProperties);
            Period? spacing = ToPeriod(l.MinSpacingPerPerson, "outreachLimits.minSpacingPerPerson");
            limits = new OutreachLimits(l.MaxPerDay ?? OutreachLimits.DefaultMaxPerDay, l.MaxPerCompanyPerWeek ?? OutreachLimits.DefaultMaxPerCompanyPerWeek, spacing);
        }

        var rules = new List<Rule>();
        if (document.Rules is null)
        {
            Error("rules", "The playbook has no \"rules\" list.");
        }
        else
        {
            for (int i = 0; i < document.Rules.Count; i++)
            {
                if (document.Rules[i] is { } rule)
                {
                    rules.Add(ToRule(rule, $"rules[{i}]"));
                }
                else
                {
                    Error($"rules[{i}]", "A rule cannot be null.");
                    rules.Add(new Rule(string.Empty, string.Empty, null, null, Audience.Seeker, new ActionSpec((ActionKind)(-1), Channel.None)));
                }
            }
        }

        return new Playbook(id, name, version, rules, week, sendWindow, calendars, limits);
    }

    private HolidayCalendar ToCalendar(HolidayCalendarDocument document, string path)
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
            string what = document.Type is null ? "The holiday has no \"type\"" : $"'{document.Type}' is not a holiday type";
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
                    : Bad<Holiday?>(path + ".date", $"'{document.Date}' is not a date; write it \"2026-08-31\" (year, month, day).", null);
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

    private static HolidayCalendarDocument ToDocument(HolidayCalendar calendar) => new()
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

    private LocalTime? ToTime(string? text, string path)
    {
        if (text is null)
        {
            return Bad<LocalTime?>(path, "This needs a time of day, written \"09:00\" (24-hour clock).", null);
        }

        ParseResult<LocalTime> result = Times.Parse(text);
        return result.Success ? result.Value : Bad<LocalTime?>(path, $"'{text}' is not a time of day; write it \"09:00\" or \"17:30\" (24-hour clock, hours and minutes).", null);
    }

    internal static PlaybookDocument ToDocument(Playbook playbook) => new()
    {
        FormatVersion = PlaybookJson.FormatVersion,
        Id = playbook.Id,
        Name = playbook.Name,
        Version = playbook.Version,
        WorkingWeek = playbook.WorkingWeek == WorkingWeek.MondayToFriday ? null : [.. playbook.WorkingWeek.Days.Select(d => (string?)d.ToString())],
        SendWindow = playbook.SendWindow == SendWindow.OfficeHours ? null : new SendWindowDocument { Start = Times.Format(playbook.SendWindow.Start), End = Times.Format(playbook.SendWindow.End) },
        Holidays = playbook.Holidays.Count == 0 ? null : [.. playbook.Holidays.Select(c => (HolidayCalendarDocument?)ToDocument(c))],
        OutreachLimits = playbook.OutreachLimits == OutreachLimits.Default ? null : new OutreachLimitsDocument
        {
            MaxPerDay = playbook.OutreachLimits.MaxPerDay,
            MaxPerCompanyPerWeek = playbook.OutreachLimits.MaxPerCompanyPerWeek,
            MinSpacingPerPerson = Format(playbook.OutreachLimits.MinSpacingPerPerson),
        },
        Rules = [.. playbook.Rules.Select(r => (RuleDocument?)ToDocument(r))],
    };

    private Rule ToRule(RuleDocument document, string path)
    {
        Unknown(document.Unknown, path, RuleProperties);
        Anchor? anchor = document.Anchor is { } a ? ToAnchor(a, path + ".anchor") : null;
        Timing? timing = document.Timing is { } t ? ToTiming(t, path + ".timing") : null;
        Audience audience = document.Audience is { } au ? ToAudience(au, path + ".audience") : MissingAudience(path + ".audience");
        ActionSpec action = document.Action is { } ac ? ToAction(ac, path + ".action") : MissingAction(path + ".action");
        List<Condition> conditions = ToConditions(document.Conditions, path + ".conditions", depth: 1);
        List<Condition> stopWhen = ToConditions(document.StopWhen, path + ".stopWhen", depth: 1);
        LatePolicy? late = document.Late is { } l ? ToLate(l, path + ".late") : null;
        return new Rule(document.Id ?? string.Empty, document.Title ?? string.Empty, anchor, timing, audience, action, conditions, stopWhen, late, document.Priority ?? Rule.DefaultPriority, document.Source);
    }

    private static RuleDocument ToDocument(Rule rule) => new()
    {
        Id = rule.Id,
        Title = rule.Title,
        Source = rule.Source.Length == 0 ? null : rule.Source,
        Priority = rule.Priority == Rule.DefaultPriority ? null : rule.Priority,
        Anchor = rule.Anchor is { } a ? new AnchorDocument { Kind = a.Kind.ToString(), Outcome = a.Outcome?.ToString(), RuleId = a.RuleId } : null,
        Timing = rule.Timing is { } t ? ToDocument(t) : null,
        Audience = new AudienceDocument
        {
            Kind = rule.Audience.Kind.ToString(),
            Roles = rule.Audience.Roles.Count == 0 ? null : [.. rule.Audience.Roles.Select(r => (string?)r.ToString())],
            Selection = rule.Audience.Selection == AudienceSelection.Each ? null : rule.Audience.Selection.ToString(),
        },
        Action = ToDocument(rule.Action),
        Conditions = rule.Conditions.Count == 0 ? null : [.. rule.Conditions.Select(c => (ConditionDocument?)ToDocument(c))],
        StopWhen = rule.StopWhen.Count == 0 ? null : [.. rule.StopWhen.Select(c => (ConditionDocument?)ToDocument(c))],
        Late = rule.Late.Action == LateAction.KeepOpen && rule.Late.TurnInto is null ? null : new LateDocument
        {
            Action = rule.Late.Action.ToString(),
            TurnInto = rule.Late.TurnInto is { } turn ? ToDocument(turn) : null,
        },
    };

    private Anchor ToAnchor(AnchorDocument document, string path)
    {
        Unknown(document.Unknown, path, AnchorProperties);
        AnchorKind kind = ParseEnum<AnchorKind>(document.Kind, path + ".kind", "an anchor event") ?? (AnchorKind)(-1);
        ReplyOutcome? outcome = document.Outcome is null ? null : ParseEnum<ReplyOutcome>(document.Outcome, path + ".outcome", "a reply outcome") ?? (ReplyOutcome)(-1);
        return Anchor.Of(kind, outcome, document.RuleId);
    }

    private Timing ToTiming(TimingDocument document, string path)
    {
        Unknown(document.Unknown, path, TimingProperties);
        StepOffset offset = document.Offset is { } o ? ToOffset(o, path + ".offset") : Missing(path + ".offset", "The timing needs an offset: how long after the anchor the step is due (\"P0D\" for the same day).", StepOffset.Zero);
        DateAdjustment adjust = document.Adjust is null ? DateAdjustment.None : ParseEnum<DateAdjustment>(document.Adjust, path + ".adjust", "a date adjustment") ?? (DateAdjustment)(-1);
        Window? window = null;
        if (document.Window is { } w)
        {
            Unknown(w.Unknown, path + ".window", WindowProperties);
            window = new Window(ToPeriod(w.Early, path + ".window.early"), ToPeriod(w.Late, path + ".window.late"));
        }

        Repeat? repeat = null;
        if (document.Repeat is { } r)
        {
            Unknown(r.Unknown, path + ".repeat", RepeatProperties);
            StepOffset every = r.Every is { } e ? ToOffset(e, path + ".repeat.every") : Missing(path + ".repeat.every", "A repeat needs its spacing, \"every\".", StepOffset.FromDays(1));
            repeat = new Repeat(every, r.MaxCount, ToPeriod(r.For, path + ".repeat.for"), r.RestartOnInteraction ?? false, r.BackOffFactor ?? 1, r.MaxUnanswered);
        }

        return new Timing(offset, window, repeat, adjust);
    }

    private static TimingDocument ToDocument(Timing timing) => new()
    {
        Offset = ToElement(timing.Offset),
        Adjust = timing.Adjust == DateAdjustment.None ? null : timing.Adjust.ToString(),
        Window = timing.Window == Window.Default ? null : new WindowDocument
        {
            Early = timing.Window.Early is { } early ? Format(early) : null,
            Late = timing.Window.Late.Equals(Period.Zero) ? null : Format(timing.Window.Late),
        },
        Repeat = timing.Repeat is { } r ? new RepeatDocument
        {
            Every = ToElement(r.Every),
            MaxCount = r.MaxCount,
            For = r.For is { } span ? Format(span) : null,
            RestartOnInteraction = r.RestartOnInteraction ? true : null,
            BackOffFactor = r.BackOffFactor == 1 ? null : r.BackOffFactor,
            MaxUnanswered = r.MaxUnanswered,
        }
        : null,
    };

    private StepOffset ToOffset(JsonElement element, string path)
    {
        if (element.ValueKind == JsonValueKind.String)
        {
            Period? period = ToPeriod(element.GetString(), path);
            if (period is null)
            {
                return StepOffset.Zero;
            }

            if (period.HasTimeComponent)
            {
                return Bad(path, $"'{Format(period)}' has a time part; use whole years, months, weeks and days.", StepOffset.Zero);
            }

            if (period.Years < 0 || period.Months < 0 || period.Weeks < 0 || period.Days < 0)
            {
                return Bad(path, $"'{Format(period)}' is negative; a step can only come after its anchor.", StepOffset.Zero);
            }

            return StepOffset.FromPeriod(period);
        }

        if (element.ValueKind == JsonValueKind.Object)
        {
            BusinessDaysDocument? business;
            try
            {
                business = element.Deserialize(PlaybookJsonContext.Default.BusinessDaysDocument);
            }
            catch (JsonException)
            {
                return Bad(path, "A business-day offset is written { \"businessDays\": 2 }, with a whole number from 1.", StepOffset.Zero);
            }

            Unknown(business?.Unknown, path, BusinessDayProperties);
            return business?.BusinessDays is int days and >= 1
                ? StepOffset.FromBusinessDays(days)
                : Bad(path, "A business-day offset needs \"businessDays\": a whole number from 1.", StepOffset.Zero);
        }

        return Bad(path, "An offset is an ISO 8601 period such as \"P3D\", \"P2W\" or \"P3M\", or { \"businessDays\": 2 }.", StepOffset.Zero);
    }

    private static JsonElement ToElement(StepOffset offset) => offset.IsBusinessDays
        ? JsonSerializer.SerializeToElement(new BusinessDaysDocument { BusinessDays = offset.BusinessDays }, PlaybookJsonContext.Default.BusinessDaysDocument)
        : JsonSerializer.SerializeToElement(Format(offset.Period), PlaybookJsonContext.Default.String);

    private Period? ToPeriod(string? text, string path)
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
            ? $"'{text}' has a time part; use whole years, months, weeks and days."
            : $"'{text}' is not an ISO 8601 period; write for example \"P3D\" (3 days), \"P2W\" (2 weeks), \"P3M\" (3 months) or \"P1Y\" (1 year).", null);
    }

    private static string Format(Period period) => period.Equals(Period.Zero) ? "P0D" : Periods.Format(period);

    private Audience ToAudience(AudienceDocument document, string path)
    {
        Unknown(document.Unknown, path, AudienceProperties);
        AudienceKind kind = ParseEnum<AudienceKind>(document.Kind, path + ".kind", "an audience") ?? (AudienceKind)(-1);
        var roles = new List<ContactRole>();
        for (int i = 0; i < (document.Roles?.Count ?? 0); i++)
        {
            roles.Add(ParseEnum<ContactRole>(document.Roles![i], $"{path}.roles[{i}]", "a contact role") ?? (ContactRole)(-1));
        }

        AudienceSelection selection = document.Selection is null ? AudienceSelection.Each : ParseEnum<AudienceSelection>(document.Selection, path + ".selection", "a selection") ?? (AudienceSelection)(-1);
        return new Audience(kind, roles, selection);
    }

    private Audience MissingAudience(string path) =>
        Missing(path, "The rule needs an audience: who the step is for (Seeker, Company, Interviewers or Contacts).", new Audience((AudienceKind)(-1)));

    private ActionSpec ToAction(ActionDocument document, string path)
    {
        Unknown(document.Unknown, path, ActionProperties);
        ActionKind kind = ParseEnum<ActionKind>(document.Kind, path + ".kind", "an action") ?? (ActionKind)(-1);
        Channel channel = document.Channel is null ? Channel.None : ParseEnum<Channel>(document.Channel, path + ".channel", "a channel") ?? (Channel)(-1);
        ActionSpec? otherwise = document.Otherwise is { } o ? ToAction(o, path + ".otherwise") : null;
        return new ActionSpec(kind, channel, otherwise);
    }

    private ActionSpec MissingAction(string path) =>
        Missing(path, "The rule needs an action: what to do, and by which channel.", new ActionSpec((ActionKind)(-1), Channel.None));

    private static ActionDocument ToDocument(ActionSpec action) => new()
    {
        Kind = action.Kind.ToString(),
        Channel = action.Channel == Channel.None ? null : action.Channel.ToString(),
        Otherwise = action.Otherwise is { } o ? ToDocument(o) : null,
    };

    private LatePolicy ToLate(LateDocument document, string path)
    {
        Unknown(document.Unknown, path, LateProperties);
        LateAction action = ParseEnum<LateAction>(document.Action, path + ".action", "a late policy") ?? (LateAction)(-1);
        ActionSpec? turnInto = document.TurnInto is { } t ? ToAction(t, path + ".turnInto") : null;
        return LatePolicy.Of(action, turnInto);
    }

    private List<Condition> ToConditions(List<ConditionDocument?>? documents, string path, int depth)
    {
        var conditions = new List<Condition>();
        for (int i = 0; i < (documents?.Count ?? 0); i++)
        {
            conditions.Add(documents![i] is { } d ? ToCondition(d, $"{path}[{i}]", depth) : Bad<Condition>($"{path}[{i}]", "A condition cannot be null.", Condition.EmployedElsewhere));
        }

        return conditions;
    }

    private Condition ToCondition(ConditionDocument document, string path, int depth)
    {
        Unknown(document.Unknown, path, ["type", .. ConditionFields.Values.SelectMany(f => f).Distinct()]);
        if (document.Type is null || !ConditionFields.TryGetValue(document.Type, out string[]? allowed))
        {
            string what = document.Type is null ? "The condition has no \"type\"" : $"'{document.Type}' is not a condition type";
            return Bad<Condition>(path + ".type", $"{what}; use one of: {string.Join(", ", ConditionFields.Keys)}.", Condition.EmployedElsewhere);
        }

        foreach ((string field, bool present) in Present(document))
        {
            if (present && !allowed.Contains(field))
            {
                Error($"{path}.{field}", $"A {document.Type} condition has no \"{field}\"" + (allowed.Length == 0 ? "." : $"; it takes {string.Join(", ", allowed.Select(a => $"\"{a}\""))}."));
            }
        }

        ConditionScope scope = document.Scope is null ? ConditionScope.Target : ParseEnum<ConditionScope>(document.Scope, path + ".scope", "a scope") ?? (ConditionScope)(-1);
        switch (document.Type)
        {
            case "statusIs":
                return new StatusIsCondition(EnumList<ApplicationStatus>(document.Statuses, path + ".statuses", "an application status"));
            case "rejectionReasonIs":
                return new RejectionReasonIsCondition(EnumList<RejectionReason>(document.Reasons, path + ".reasons", "a rejection reason"));
            case "hasChannel":
                return new HasChannelCondition(ParseEnum<Channel>(document.Channel, path + ".channel", "a channel") ?? (Channel)(-1));
            case "linkedInConnected":
                return Condition.LinkedInConnected;
            case "linkedInStateIs":
                return new LinkedInStateIsCondition(EnumList<LinkedInConnection>(document.States, path + ".states", "a LinkedIn state"));
            case "doNotContact":
                return Condition.DoNotContact;
            case "employedElsewhere":
                return Condition.EmployedElsewhere;
            case "replyReceived":
                ReplyOutcome? outcome = document.Outcome is null ? null : ParseEnum<ReplyOutcome>(document.Outcome, path + ".outcome", "a reply outcome") ?? (ReplyOutcome)(-1);
                return new ReplyReceivedCondition(outcome, scope, document.SinceAnchor ?? false);
            case "touchpointRecorded":
                TouchpointKind kind = ParseEnum<TouchpointKind>(document.Kind, path + ".kind", "a touchpoint kind") ?? (TouchpointKind)(-1);
                return new TouchpointRecordedCondition(kind, scope, document.SinceAnchor ?? false);
            case "not":
                return document.Inner is { } inner
                    ? new NotCondition(ToCondition(inner, path + ".inner", depth + 1))
                    : Bad<Condition>(path + ".inner", "A not condition needs the condition it negates, \"inner\".", Condition.EmployedElsewhere);
            case "anyOf":
                return new AnyOfCondition(ToConditions(document.Conditions, path + ".conditions", depth + 1));
            default:
                if (string.IsNullOrWhiteSpace(document.Name))
                {
                    return Bad<Condition>(path + ".name", "A custom condition needs the \"name\" the host app registered it under.", Condition.EmployedElsewhere);
                }

                var parameters = new List<ConditionParameter>();
                foreach ((string key, string? value) in document.Parameters ?? [])
                {
                    if (value is null)
                    {
                        Error($"{path}.parameters.{key}", "A parameter value cannot be null; use a string.");
                    }
                    else
                    {
                        parameters.Add(new ConditionParameter(key, value));
                    }
                }

                return new CustomCondition(document.Name, parameters);
        }
    }

    private static IEnumerable<(string Field, bool Present)> Present(ConditionDocument d) =>
    [
        ("statuses", d.Statuses is not null), ("reasons", d.Reasons is not null), ("states", d.States is not null),
        ("channel", d.Channel is not null), ("outcome", d.Outcome is not null), ("scope", d.Scope is not null),
        ("sinceAnchor", d.SinceAnchor is not null), ("kind", d.Kind is not null), ("inner", d.Inner is not null),
        ("conditions", d.Conditions is not null), ("name", d.Name is not null), ("parameters", d.Parameters is not null),
    ];

    private static ConditionDocument ToDocument(Condition condition) => condition switch
    {
        StatusIsCondition s => new() { Type = "statusIs", Statuses = [.. s.Statuses.Select(x => (string?)x.ToString())] },
        RejectionReasonIsCondition r => new() { Type = "rejectionReasonIs", Reasons = [.. r.Reasons.Select(x => (string?)x.ToString())] },
        HasChannelCondition h => new() { Type = "hasChannel", Channel = h.Channel.ToString() },
        LinkedInConnectedCondition => new() { Type = "linkedInConnected" },
        LinkedInStateIsCondition l => new() { Type = "linkedInStateIs", States = [.. l.States.Select(x => (string?)x.ToString())] },
        DoNotContactCondition => new() { Type = "doNotContact" },
        EmployedElsewhereCondition => new() { Type = "employedElsewhere" },
        ReplyReceivedCondition r => new()
        {
            Type = "replyReceived",
            Outcome = r.Outcome?.ToString(),
            Scope = r.Scope == ConditionScope.Target ? null : r.Scope.ToString(),
            SinceAnchor = r.SinceAnchor ? true : null,
        },
        TouchpointRecordedCondition t => new()
        {
            Type = "touchpointRecorded",
            Kind = t.Kind.ToString(),
            Scope = t.Scope == ConditionScope.Target ? null : t.Scope.ToString(),
            SinceAnchor = t.SinceAnchor ? true : null,
        },
        NotCondition n => new() { Type = "not", Inner = ToDocument(n.Inner) },
        AnyOfCondition a => new() { Type = "anyOf", Conditions = [.. a.Conditions.Select(c => (ConditionDocument?)ToDocument(c))] },
        CustomCondition c => new()
        {
            Type = "custom",
            Name = c.Name,
            Parameters = c.Parameters.Count == 0 ? null : c.Parameters.ToDictionary(p => p.Name, p => (string?)p.Value, StringComparer.Ordinal),
        },
        _ => throw new ArgumentException($"'{condition.GetType().Name}' is not a condition of the vocabulary and cannot be saved.", nameof(condition)),
    };

    private List<T> EnumList<T>(List<string?>? values, string path, string what)
        where T : struct, Enum
    {
        var list = new List<T>();
        for (int i = 0; i < (values?.Count ?? 0); i++)
        {
            list.Add(ParseEnum<T>(values![i], $"{path}[{i}]", what) ?? (T)(object)(-1));
        }

        return list;
    }

    private T? ParseEnum<T>(string? text, string path, string what, T? exclude = null)
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
            : Bad<T?>(path, $"'{text}' is not {what}; use one of: {string.Join(", ", names)}.", null);
    }

    private void Unknown(Dictionary<string, JsonElement>? unknown, string path, string[] known)
    {
        foreach (string property in unknown?.Keys ?? Enumerable.Empty<string>())
        {
            string at = path.Length == 0 ? property : $"{path}.{property}";
            string? near = known.FirstOrDefault(k => string.Equals(k, property, StringComparison.OrdinalIgnoreCase))
                ?? known.Where(k => Distance(k, property) <= 2).OrderBy(k => Distance(k, property)).FirstOrDefault();
            Error(at, $"Unknown property '{property}'." + (near is null ? $" Known here: {string.Join(", ", known)}." : $" Did you mean '{near}'?"));
        }
    }

    private static int Distance(string a, string b)
    {
        a = a.ToLowerInvariant();
        b = b.ToLowerInvariant();
        var row = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++)
        {
            row[j] = j;
        }

        for (int i = 1; i <= a.Length; i++)
        {
            int diagonal = row[0];
            row[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int above = row[j];
                row[j] = Math.Min(Math.Min(row[j] + 1, row[j - 1] + 1), diagonal + (a[i - 1] == b[j - 1] ? 0 : 1));
                diagonal = above;
            }
        }

        return row[b.Length];
    }

    private string Required(string? value, string path, string message) =>
        value ?? Missing(path, message, string.Empty);

    private T Missing<T>(string path, string message, T placeholder) => Bad(path, message, placeholder);

    private T Bad<T>(string path, string message, T placeholder)
    {
        Error(path, message);
        unreadable.Add(path);
        return placeholder;
    }

    private void Error(string path, string message) => errors.Add(new PlaybookFileError(path, message));
}
