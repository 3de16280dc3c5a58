using System.Text.Json;
using FollowUpRules.Calendar;
using FollowUpRules.Domain;
using FollowUpRules.Rules;
using FollowUpRules.Rules.Conditions;
using FollowUpRules.Utility;
using NodaTime;
using NodaTime.Text;

namespace FollowUpRules.Serialization;

/// <summary>
/// Converts a <see cref="PlaybookDocument"/> to the rule model, collecting every bad value with its JSON path instead of
/// stopping at the first; and converts the model back. Values it cannot read become sentinels (undefined enum values,
/// zero offsets) whose paths are remembered, so that validator errors they would cause are not reported twice.
/// </summary>
internal sealed class PlaybookMapper : DocumentMapper
{
    private static readonly LocalTimePattern Times = LocalTimePattern.CreateWithInvariantCulture("HH':'mm");

    private static readonly string[] PlaybookProperties = ["formatVersion", "id", "name", "version", "workingWeek", "sendWindow", "holidays", "outreachLimits", "rules", "drafts", "translations"];
    private static readonly string[] TranslationProperties = ["rules", "drafts"];
    private static readonly string[] RuleTranslationProperties = ["title", "source", "drafts"];
    private static readonly string[] SendWindowProperties = ["start", "end"];
    private static readonly string[] RuleProperties = ["id", "title", "source", "priority", "anchor", "timing", "audience", "action", "conditions", "stopWhen", "late", "drafts"];
    private static readonly string[] AnchorProperties = ["kind", "outcome", "ruleId"];
    private static readonly string[] TimingProperties = ["offset", "adjust", "window", "repeat"];
    private static readonly string[] WindowProperties = ["early", "late"];
    private static readonly string[] RepeatProperties = ["every", "maxCount", "for", "restartOnInteraction", "backOffFactor", "maxUnanswered"];
    private static readonly string[] AudienceProperties = ["kind", "roles", "selection"];
    private static readonly string[] ActionProperties = ["kind", "channel", "otherwise"];
    private static readonly string[] LateProperties = ["action", "turnInto"];
    private static readonly string[] BusinessDayProperties = ["businessDays"];
    private static readonly string[] PlaybookDraftProperties = ["action", "channel", "subject", "body", "talkingPoints"];
    private static readonly string[] RuleDraftProperties = ["subject", "body", "talkingPoints"];

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

    internal Playbook? ToModel(PlaybookDocument document)
    {
        if (!CheckFormatVersion(document.FormatVersion, PlaybookJson.FormatVersion, "playbook", $"format version {PlaybookJson.FormatVersion}"))
        {
            return null;
        }

        Unknown(document.Unknown, string.Empty, PlaybookProperties);
        string id = Required(document.Id, "id", "The playbook needs an id.");
        string name = Required(document.Name, "name", "The playbook needs a name.");
        int version = document.Version ?? Missing("version", "The playbook needs a version: its own revision number, 1 or more.", 1);

        WorkingWeek? week = ToWorkingWeek(document.WorkingWeek, "workingWeek");

        SendWindow? sendWindow = null;
        if (document.SendWindow is { } window)
        {
            Unknown(window.Unknown, "sendWindow", SendWindowProperties);
            LocalTime? start = ToTime(window.Start, "sendWindow.start");
            LocalTime? end = ToTime(window.End, "sendWindow.end");
            sendWindow = start is { } s && end is { } e ? new SendWindow(s, e) : null;
        }

        List<HolidayCalendar> calendars = ToCalendars(document.Holidays, "holidays");

        OutreachLimits? limits = document.OutreachLimits is { } l ? ToOutreachLimits(l, "outreachLimits") : null;

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

        List<DraftTemplate> drafts = ToPlaybookDrafts(document.Drafts, "drafts");
        List<PlaybookTranslation> translations = ToTranslations(document.Translations);
        return new Playbook(id, name, version, rules, week, sendWindow, calendars, limits, drafts, translations);
    }

    private List<PlaybookTranslation> ToTranslations(Dictionary<string, TranslationDocument?>? documents)
    {
        var translations = new List<PlaybookTranslation>();
        foreach ((string culture, TranslationDocument? document) in documents ?? [])
        {
            string path = $"translations[{culture}]";
            if (document is null)
            {
                Error(path, "A translation cannot be null; write { \"rules\": { ... }, \"drafts\": [ ... ] }.");
                continue;
            }

            Unknown(document.Unknown, path, TranslationProperties);
            var rules = new List<RuleTranslation>();
            foreach ((string ruleId, RuleTranslationDocument? rule) in document.Rules ?? [])
            {
                string at = $"{path}.rules[{ruleId}]";
                if (rule is null)
                {
                    Error(at, "A rule's translation cannot be null; write { \"title\": \"...\" }.");
                    continue;
                }

                Unknown(rule.Unknown, at, RuleTranslationProperties);
                rules.Add(new RuleTranslation(ruleId, rule.Title, rule.Source, ToRuleDrafts(rule.Drafts, at + ".drafts")));
            }

            translations.Add(new PlaybookTranslation(culture, rules, ToPlaybookDrafts(document.Drafts, path + ".drafts")));
        }

        return translations;
    }

    private static TranslationDocument ToDocument(PlaybookTranslation translation) => new()
    {
        Rules = translation.Rules.Count == 0 ? null : translation.Rules.ToDictionary(
            r => r.RuleId,
            r => (RuleTranslationDocument?)new RuleTranslationDocument
            {
                Title = r.Title,
                Source = r.Source,
                Drafts = r.Drafts.Count == 0 ? null : r.Drafts.ToDictionary(d => ChannelKey(d.Channel), d => (DraftDocument?)ToDocument(d, inRule: true), StringComparer.Ordinal),
            },
            StringComparer.Ordinal),
        Drafts = translation.Drafts.Count == 0 ? null : [.. translation.Drafts.Select(d => (DraftDocument?)ToDocument(d, inRule: false))],
    };

    // A list of templates as the playbook's "drafts" writes them, each with its action and channel.
    private List<DraftTemplate> ToPlaybookDrafts(List<DraftDocument?>? documents, string path)
    {
        var drafts = new List<DraftTemplate>();
        for (int i = 0; i < (documents?.Count ?? 0); i++)
        {
            string at = $"{path}[{i}]";
            if (documents![i] is not { } draft)
            {
                Error(at, "A template cannot be null.");
                continue;
            }

            Unknown(draft.Unknown, at, PlaybookDraftProperties);
            ActionKind action = ParseEnum<ActionKind>(draft.Action, at + ".action", "an action") ?? (ActionKind)(-1);
            Channel channel = ParseEnum<Channel>(draft.Channel, at + ".channel", "a channel") ?? (Channel)(-1);
            drafts.Add(ToDraft(draft, action, channel, at));
        }

        return drafts;
    }

    private DraftTemplate ToDraft(DraftDocument document, ActionKind? action, Channel channel, string path)
    {
        var points = new List<string>();
        for (int i = 0; i < (document.TalkingPoints?.Count ?? 0); i++)
        {
            points.Add(document.TalkingPoints![i] ?? Bad($"{path}.talkingPoints[{i}]", "A talking point cannot be null; write it as text.", string.Empty));
        }

        string body = document.Body ?? Missing(path + ".body", "The template needs a \"body\": the message, or for a step that writes to nobody, what to do.", string.Empty);
        return new DraftTemplate(action, channel, body, document.Subject, points);
    }

    private List<DraftTemplate> ToRuleDrafts(Dictionary<string, DraftDocument?>? documents, string path)
    {
        var drafts = new List<DraftTemplate>();
        foreach ((string key, DraftDocument? document) in documents ?? [])
        {
            // Paths name the channel as the file format writes it, whatever case the author used.
            if (ParseEnum<Channel>(key, $"{path}.{Echo.Name(key)}", "a channel") is not { } channel)
            {
                continue;
            }

            string at = $"{path}.{ChannelKey(channel)}";
            if (document is null)
            {
                Error(at, "A template cannot be null.");
                continue;
            }

            Unknown(document.Unknown, at, RuleDraftProperties);
            drafts.Add(ToDraft(document, null, channel, at));
        }

        return drafts;
    }

    private static DraftDocument ToDocument(DraftTemplate template, bool inRule) => new()
    {
        Action = inRule ? null : template.Action?.ToString(),
        Channel = inRule ? null : template.Channel.ToString(),
        Subject = template.Subject,
        Body = template.Body,
        TalkingPoints = template.TalkingPoints.Count == 0 ? null : [.. template.TalkingPoints.Select(p => (string?)p)],
    };

    /// <summary>The name of a channel as a key of a rule's drafts: camelCase, as the validator's paths spell it.</summary>
    private static string ChannelKey(Channel channel) => JsonFiles.JsonPath(channel.ToString());

    private LocalTime? ToTime(string? text, string path)
    {
        if (text is null)
        {
            return Bad<LocalTime?>(path, "This needs a time of day, written \"09:00\" (24-hour clock).", null);
        }

        ParseResult<LocalTime> result = Times.Parse(text);
        return result.Success ? result.Value : Bad<LocalTime?>(path, $"{Echo.Quote(text)} is not a time of day; write it \"09:00\" or \"17:30\" (24-hour clock, hours and minutes).", null);
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
        OutreachLimits = playbook.OutreachLimits == OutreachLimits.Default ? null : ToDocument(playbook.OutreachLimits),
        Rules = [.. playbook.Rules.Select(r => (RuleDocument?)ToDocument(r))],
        Drafts = playbook.Drafts.Count == 0 ? null : [.. playbook.Drafts.Select(d => (DraftDocument?)ToDocument(d, inRule: false))],
        Translations = playbook.Translations.Count == 0 ? null : playbook.Translations.ToDictionary(t => t.Culture, t => (TranslationDocument?)ToDocument(t), StringComparer.Ordinal),
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
        List<DraftTemplate> drafts = ToRuleDrafts(document.Drafts, path + ".drafts");
        return new Rule(document.Id ?? string.Empty, document.Title ?? string.Empty, anchor, timing, audience, action, conditions, stopWhen, late, document.Priority ?? Rule.DefaultPriority, document.Source, drafts);
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
        Drafts = rule.Drafts.Count == 0 ? null : rule.Drafts.ToDictionary(d => ChannelKey(d.Channel), d => (DraftDocument?)ToDocument(d, inRule: true), StringComparer.Ordinal),
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
            if (TextOf(element, path) is not { } text || ToPeriod(text, path) is not { } period)
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
            string what = document.Type is null ? "The condition has no \"type\"" : $"{Echo.Quote(document.Type)} is not a condition type";
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
}
