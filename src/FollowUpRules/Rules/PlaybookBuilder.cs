using System.Text.RegularExpressions;
using FluentValidation.Results;
using FollowUpRules.Calendar;
using FollowUpRules.Domain;
using FollowUpRules.Rules.Conditions;
using FollowUpRules.Utility;
using FollowUpRules.Validation;

namespace FollowUpRules.Rules;

/// <summary>
/// Builds a <see cref="Playbook"/> fluently, from scratch (<see cref="Create"/>) or from an existing playbook
/// (<see cref="From"/>), and validates it when it is built.
/// </summary>
/// <remarks>
/// <para>The builder produces the same immutable <see cref="Playbook"/> and <see cref="Rule"/> values as their
/// constructors: a playbook built from the same parts compares equal.</para>
/// <para>Only <see langword="null"/> arguments and unknown rule ids are refused at once. Everything else (a missing anchor,
/// timing, audience or action, an empty id, a priority out of range, a duplicate rule id...) is checked by
/// <see cref="Build"/>, which runs the <see cref="PlaybookValidator"/> and reports every problem in one
/// <see cref="FollowUpValidationException"/>. A builder builds one playbook: once <see cref="Build"/> has succeeded, the
/// builder refuses further changes and a second build.</para>
/// <para>Builders are not thread-safe: configure and build each on one thread. The playbooks they build are immutable
/// and safe to share between threads.</para>
/// </remarks>
public sealed partial class PlaybookBuilder
{
    private const string AlreadyBuilt = "This builder has already built its playbook; create a new builder.";

    private readonly List<RuleBuilder.Built> rules;
    private string id;
    private string name;
    private int version;
    private WorkingWeek? workingWeek;
    private SendWindow? sendWindow;
    private List<HolidayCalendar> holidays = [];
    private OutreachLimits? outreachLimits;
    private List<DraftTemplate> drafts = [];
    private List<PlaybookTranslation> translations = [];
    private bool built;

    private PlaybookBuilder(string id, string name, int version, WorkingWeek? workingWeek, IEnumerable<RuleBuilder.Built> rules)
    {
        this.id = id;
        this.name = name;
        this.version = version;
        this.workingWeek = workingWeek;
        this.rules = [.. rules];
    }

    /// <summary>Starts a new, empty playbook.</summary>
    /// <param name="id">The playbook's identifier.</param>
    /// <param name="name">A display name.</param>
    /// <param name="version">The playbook's own revision number, at least 1; the default is 1.</param>
    /// <returns>A builder with no rules and the Monday-to-Friday working week.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> or <paramref name="name"/> is <see langword="null"/>.</exception>
    public static PlaybookBuilder Create(string id, string name, int version = 1) =>
        new(Preconditions.CheckNotNull(id), Preconditions.CheckNotNull(name), version, null, []);

    /// <summary>Starts from a copy of an existing playbook, for example <see cref="DefaultPlaybook.Instance"/>.</summary>
    /// <param name="existing">The playbook to copy; it is not changed.</param>
    /// <returns>A builder with the playbook's id, name, version, working week, send window, holiday calendars, outreach limits, draft templates, translations and rules, in order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="existing"/> is <see langword="null"/>.</exception>
    public static PlaybookBuilder From(Playbook existing)
    {
        Preconditions.CheckNotNull(existing);
        return new PlaybookBuilder(existing.Id, existing.Name, existing.Version, existing.WorkingWeek, existing.Rules.Select(r => new RuleBuilder.Built(r, false, false)))
        {
            sendWindow = existing.SendWindow,
            holidays = [.. existing.Holidays],
            outreachLimits = existing.OutreachLimits,
            drafts = [.. existing.Drafts],
            translations = [.. existing.Translations],
        };
    }

    /// <summary>Sets the playbook's identifier.</summary>
    /// <param name="id">The identifier; an empty one is reported by <see cref="Build"/>.</param>
    /// <returns>This builder, to chain calls.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">The builder has already built its playbook.</exception>
    public PlaybookBuilder WithId(string id)
    {
        CheckNotBuilt();
        this.id = Preconditions.CheckNotNull(id);
        return this;
    }

    /// <summary>Sets the playbook's display name.</summary>
    /// <param name="name">The name; an empty one is reported by <see cref="Build"/>.</param>
    /// <returns>This builder, to chain calls.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">The builder has already built its playbook.</exception>
    public PlaybookBuilder WithName(string name)
    {
        CheckNotBuilt();
        this.name = Preconditions.CheckNotNull(name);
        return this;
    }

    /// <summary>Sets the playbook's own revision number.</summary>
    /// <param name="version">At least 1; checked by <see cref="Build"/>.</param>
    /// <returns>This builder, to chain calls.</returns>
    /// <exception cref="InvalidOperationException">The builder has already built its playbook.</exception>
    public PlaybookBuilder WithVersion(int version)
    {
        CheckNotBuilt();
        this.version = version;
        return this;
    }

    /// <summary>Sets the working week that business-day offsets count in. Optional.</summary>
    /// <param name="workingWeek">The working week, for example <c>WorkingWeek.Of(IsoDayOfWeek.Sunday, ...)</c>.</param>
    /// <returns>This builder, to chain calls.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="workingWeek"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">The builder has already built its playbook.</exception>
    /// <remarks>Without this call a new playbook counts Monday to Friday, and a copy keeps the working week of the playbook it copies.</remarks>
    public PlaybookBuilder WithWorkingWeek(WorkingWeek workingWeek)
    {
        CheckNotBuilt();
        this.workingWeek = Preconditions.CheckNotNull(workingWeek);
        return this;
    }

    /// <summary>Sets the hours in which messages should reach people, in their own time zones. Optional.</summary>
    /// <param name="sendWindow">The window, for example <c>new SendWindow(new LocalTime(10, 0), new LocalTime(16, 0))</c>; its start must be before its end (checked by <see cref="Build"/>).</param>
    /// <returns>This builder, to chain calls.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="sendWindow"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">The builder has already built its playbook.</exception>
    /// <remarks>Without this call a new playbook sends from 09:00 to 17:00, and a copy keeps the window of the playbook it copies.</remarks>
    public PlaybookBuilder WithSendWindow(SendWindow sendWindow)
    {
        CheckNotBuilt();
        this.sendWindow = Preconditions.CheckNotNull(sendWindow);
        return this;
    }

    /// <summary>Sets the holiday calendars that business days and date adjustments skip, replacing any set before. Optional.</summary>
    /// <param name="calendars">The calendars; those marked <see cref="HolidayCalendar.ForSeeker"/> apply to every step, the
    /// others to steps for contacts who name them. Ids must be unique (checked by <see cref="Build"/>).</param>
    /// <returns>This builder, to chain calls.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="calendars"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="calendars"/> holds a <see langword="null"/> calendar.</exception>
    /// <exception cref="InvalidOperationException">The builder has already built its playbook.</exception>
    /// <remarks>Without this call a new playbook has no holidays, and a copy keeps the calendars of the playbook it copies.</remarks>
    public PlaybookBuilder WithHolidays(params IEnumerable<HolidayCalendar> calendars)
    {
        CheckNotBuilt();
        List<HolidayCalendar> list = [.. Preconditions.CheckNotNull(calendars)];
        int index = list.IndexOf(null!);
        Preconditions.CheckArgument(index < 0, nameof(calendars), $"The calendars must not hold null; the one at index {index} is null.");
        holidays = list;
        return this;
    }

    /// <summary>Sets the limits the agenda keeps when it schedules the steps of many applications together.</summary>
    /// <param name="limits">The limits, for example <c>new OutreachLimits(maxPerDay: 3)</c>; their ranges are checked by <see cref="Build"/>.</param>
    /// <returns>This builder, to chain calls.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="limits"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">The builder has already built its playbook.</exception>
    /// <remarks>Without this call a new playbook has <see cref="OutreachLimits.Default"/>, and a copy keeps the limits of the playbook it copies.</remarks>
    public PlaybookBuilder WithOutreachLimits(OutreachLimits limits)
    {
        CheckNotBuilt();
        outreachLimits = Preconditions.CheckNotNull(limits);
        return this;
    }

    /// <summary>
    /// Sets the playbook's template of what to write for every step of <see cref="DraftTemplate.Action"/> by
    /// <see cref="DraftTemplate.Channel"/>, replacing the one it had for that action and channel, or adding it.
    /// </summary>
    /// <param name="template">The template, with its action set; its texts are checked by <see cref="Build"/>.</param>
    /// <returns>This builder, to chain calls.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="template"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">The builder has already built its playbook.</exception>
    /// <remarks>A rule's own template for a channel (<see cref="RuleBuilder.Draft"/>) still wins over this one for that rule's
    /// steps. A template that replaces a different one drops the translations of the one it replaces.</remarks>
    public PlaybookBuilder WithDraft(DraftTemplate template)
    {
        CheckNotBuilt();
        Preconditions.CheckNotNull(template);
        int index = drafts.FindIndex(d => d.Action == template.Action && d.Channel == template.Channel);
        if (index >= 0)
        {
            if (!drafts[index].Equals(template))
            {
                DropTranslatedDraft(template.Action, template.Channel);
            }

            drafts[index] = template;
        }
        else
        {
            drafts.Add(template);
        }

        return this;
    }

    /// <summary>Sets the playbook's template of what to write for every step of <paramref name="action"/> by <paramref name="channel"/>, replacing any it had.</summary>
    /// <param name="action">The action the template drafts.</param>
    /// <param name="channel">The channel of the steps it drafts.</param>
    /// <param name="body">The body's template (see <see cref="DraftTemplate"/>).</param>
    /// <param name="subject">The subject's template, for Email and InPerson steps; otherwise <see langword="null"/>.</param>
    /// <param name="talkingPoints">For InPerson and Phone steps, the talking points' templates; otherwise none.</param>
    /// <returns>This builder, to chain calls.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="body"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">The builder has already built its playbook.</exception>
    public PlaybookBuilder WithDraft(ActionKind action, Channel channel, string body, string? subject = null, IEnumerable<string>? talkingPoints = null) =>
        WithDraft(new DraftTemplate(action, channel, Preconditions.CheckNotNull(body), subject, talkingPoints));

    /// <summary>Removes the playbook's template for <paramref name="action"/> by <paramref name="channel"/>: such steps then have no draft, unless their rule has its own.</summary>
    /// <param name="action">The action.</param>
    /// <param name="channel">The channel.</param>
    /// <returns>This builder, to chain calls.</returns>
    /// <exception cref="InvalidOperationException">The builder has already built its playbook.</exception>
    /// <remarks>Does nothing when the playbook has no such template.</remarks>
    public PlaybookBuilder WithoutDraft(ActionKind action, Channel channel)
    {
        CheckNotBuilt();
        drafts.RemoveAll(d => d.Action == action && d.Channel == channel);
        DropTranslatedDraft(action, channel);
        return this;
    }

    /// <summary>
    /// Sets the playbook's words in the culture of <paramref name="translation"/> (<see cref="PlaybookTranslation.Culture"/>),
    /// replacing the translation it had for that culture (names compared ignoring case), or adding it.
    /// </summary>
    /// <param name="translation">The translation: rules' titles, sources and own templates, and the playbook's templates; checked by <see cref="Build"/>.</param>
    /// <returns>This builder, to chain calls.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="translation"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">The builder has already built its playbook.</exception>
    /// <remarks>
    /// A copy of the default playbook keeps its Spanish and German translations: a rule replaced keeps its translated title
    /// until the translation is replaced too, and a rule removed leaves a translation of a rule that does not exist, which
    /// <see cref="Build"/> reports; <see cref="WithoutTranslation"/> drops a language.
    /// </remarks>
    public PlaybookBuilder WithTranslation(PlaybookTranslation translation)
    {
        CheckNotBuilt();
        Preconditions.CheckNotNull(translation);
        int index = translations.FindIndex(t => string.Equals(t.Culture, translation.Culture, StringComparison.OrdinalIgnoreCase));
        if (index >= 0)
        {
            translations[index] = translation;
        }
        else
        {
            translations.Add(translation);
        }

        return this;
    }

    /// <summary>Removes the playbook's translation for <paramref name="culture"/>: that language then reads the playbook as written (or its parent language's translation).</summary>
    /// <param name="culture">The culture's name, such as <c>de</c> (case does not matter).</param>
    /// <returns>This builder, to chain calls.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="culture"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">The builder has already built its playbook.</exception>
    /// <remarks>Does nothing when the playbook has no translation for the culture.</remarks>
    public PlaybookBuilder WithoutTranslation(string culture)
    {
        CheckNotBuilt();
        Preconditions.CheckNotNull(culture);
        translations.RemoveAll(t => string.Equals(t.Culture, culture, StringComparison.OrdinalIgnoreCase));
        return this;
    }

    /// <summary>Adds a rule after the rules already there.</summary>
    /// <param name="id">The rule's identifier, unique in the playbook (letters, digits, '-' and '_'); checked by <see cref="Build"/>.</param>
    /// <param name="title">A short title, shown with every recommendation the rule makes.</param>
    /// <param name="configure">Configures the rule: at least <see cref="RuleBuilder.After"/>, <see cref="RuleBuilder.Due"/>,
    /// <see cref="RuleBuilder.For"/> and <see cref="RuleBuilder.Do(ActionSpec)"/>. Parts left out are reported by <see cref="Build"/>.</param>
    /// <returns>This builder, to chain calls.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/>, <paramref name="title"/> or <paramref name="configure"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">The builder has already built its playbook.</exception>
    /// <remarks>If <paramref name="configure"/> throws, no rule is added.</remarks>
    public PlaybookBuilder AddRule(string id, string title, Action<RuleBuilder> configure)
    {
        CheckNotBuilt();
        var rule = new RuleBuilder(Preconditions.CheckNotNull(id), Preconditions.CheckNotNull(title));
        Preconditions.CheckNotNull(configure)(rule);
        rules.Add(rule.Build());
        return this;
    }

    /// <summary>Adds a stop rule after the rules already there: while all of its <paramref name="conditions"/> hold for a
    /// person, no rule recommends anything to that person.</summary>
    /// <param name="id">The rule's identifier, unique in the playbook; checked by <see cref="Build"/>.</param>
    /// <param name="title">A short title.</param>
    /// <param name="audience">The people it protects: an <see cref="AudienceKind.Interviewers"/> or <see cref="AudienceKind.Contacts"/> audience.</param>
    /// <param name="conditions">The conditions, at least one; checked by <see cref="Build"/>.</param>
    /// <returns>This builder, to chain calls.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/>, <paramref name="title"/>, <paramref name="audience"/> or <paramref name="conditions"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="conditions"/> holds a <see langword="null"/> condition.</exception>
    /// <exception cref="InvalidOperationException">The builder has already built its playbook.</exception>
    /// <remarks>The rule's action is <see cref="ActionKind.StopOutreach"/>; it has no anchor, timing or source.</remarks>
    public PlaybookBuilder AddStopRule(string id, string title, Audience audience, params Condition[] conditions) =>
        AddStopRule(id, title, audience, string.Empty, conditions);

    /// <summary>Adds a stop rule after the rules already there, with the source of its advice: while all of its
    /// <paramref name="conditions"/> hold for a person, no rule recommends anything to that person.</summary>
    /// <param name="id">The rule's identifier, unique in the playbook; checked by <see cref="Build"/>.</param>
    /// <param name="title">A short title.</param>
    /// <param name="audience">The people it protects: an <see cref="AudienceKind.Interviewers"/> or <see cref="AudienceKind.Contacts"/> audience.</param>
    /// <param name="source">Where the advice comes from, for explanations; may be empty.</param>
    /// <param name="conditions">The conditions, at least one; checked by <see cref="Build"/>.</param>
    /// <returns>This builder, to chain calls.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/>, <paramref name="title"/>, <paramref name="audience"/>, <paramref name="source"/> or <paramref name="conditions"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="conditions"/> holds a <see langword="null"/> condition.</exception>
    /// <exception cref="InvalidOperationException">The builder has already built its playbook.</exception>
    /// <remarks>The rule's action is <see cref="ActionKind.StopOutreach"/>; it has no anchor or timing.</remarks>
    public PlaybookBuilder AddStopRule(string id, string title, Audience audience, string source, params Condition[] conditions)
    {
        CheckNotBuilt();
        var rule = new RuleBuilder(Preconditions.CheckNotNull(id), Preconditions.CheckNotNull(title))
            .For(Preconditions.CheckNotNull(audience))
            .Do(ActionKind.StopOutreach, Channel.None)
            .From(Preconditions.CheckNotNull(source))
            .When(conditions);
        rules.Add(rule.Build());
        return this;
    }

    /// <summary>Changes a rule in place: the rule builder starts from the rule's current values and keeps its position.</summary>
    /// <param name="id">The id of the rule to change (ordinal comparison; the first rule with that id).</param>
    /// <param name="configure">Changes the rule, for example <c>r =&gt; r.Due(StepOffset.FromDays(45))</c>. Setters replace
    /// values; <see cref="RuleBuilder.When(Condition)"/> and <see cref="RuleBuilder.StopWhen(Condition)"/> add to the conditions already there.</param>
    /// <returns>This builder, to chain calls.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> or <paramref name="configure"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The builder has no rule with the id <paramref name="id"/>; the message lists the ids it has.</exception>
    /// <exception cref="InvalidOperationException">The builder has already built its playbook.</exception>
    /// <remarks>If <paramref name="configure"/> throws, the rule is left as it was.</remarks>
    public PlaybookBuilder ReplaceRule(string id, Action<RuleBuilder> configure)
    {
        CheckNotBuilt();
        int index = IndexOf(id);
        var rule = new RuleBuilder(rules[index]);
        Preconditions.CheckNotNull(configure)(rule);
        Rule before = rules[index].Rule;
        rules[index] = rule.Build();
        Rule after = rules[index].Rule;
        Retranslate(t => t.RuleId == before.Id
            ? new RuleTranslation(
                after.Id,
                after.Title == before.Title ? t.Title : null,
                after.Source == before.Source ? t.Source : null,
                t.Drafts.Where(d => d is not null && Equals(after.Drafts.FirstOrDefault(o => o.Channel == d.Channel), before.Drafts.FirstOrDefault(o => o.Channel == d.Channel))))
            : t);
        return this;
    }

    /// <summary>Removes a rule; the rules after it move up one place.</summary>
    /// <param name="id">The id of the rule to remove (ordinal comparison; the first rule with that id).</param>
    /// <returns>This builder, to chain calls.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The builder has no rule with the id <paramref name="id"/>; the message lists the ids it has.</exception>
    /// <exception cref="InvalidOperationException">The builder has already built its playbook.</exception>
    /// <remarks>Rules that wait on the removed one (<see cref="Anchor.AfterRule"/>) are reported by <see cref="Build"/>. The
    /// rule's translations go with it.</remarks>
    public PlaybookBuilder RemoveRule(string id)
    {
        CheckNotBuilt();
        rules.RemoveAt(IndexOf(id));
        if (!rules.Exists(r => string.Equals(r.Rule.Id, id, StringComparison.Ordinal)))
        {
            Retranslate(t => t.RuleId == id ? null : t);
        }

        return this;
    }

    /// <summary>Builds and validates the playbook.</summary>
    /// <param name="customConditionNames">The names of the custom conditions the engine will know, as for
    /// <see cref="PlaybookValidator(IEnumerable{string}?, IDraftTemplateChecker?)"/>; <see langword="null"/> (the default) for none.</param>
    /// <param name="templates">Checks the draft templates' texts in their language (FollowUpRules.Drafts'
    /// <c>LiquidTemplateChecker.Instance</c>), so their problems come with the others; <see langword="null"/> (the default)
    /// to check only their structure.</param>
    /// <returns>The playbook, valid for an engine that knows <paramref name="customConditionNames"/>.</returns>
    /// <exception cref="FollowUpValidationException">The playbook is invalid. The exception, headed
    /// <c>Playbook '&lt;id&gt;' is invalid</c>, lists every problem with its path (for example <c>Rules[3].Timing.Offset</c>):
    /// the validator's, and the rules missing an audience (<c>Rules[i].Audience</c>) or an action (<c>Rules[i].Action</c>).
    /// The builder stays usable, to correct and build again.</exception>
    /// <exception cref="InvalidOperationException">The builder has already built its playbook.</exception>
    public Playbook Build(IEnumerable<string>? customConditionNames = null, IDraftTemplateChecker? templates = null)
    {
        CheckNotBuilt();
        var playbook = new Playbook(id, name, version, rules.Select(r => r.Rule), workingWeek, sendWindow, holidays, outreachLimits, drafts, translations);

        var builderErrors = new List<ValidationFailure>();
        var standIns = new List<string>();
        for (int i = 0; i < rules.Count; i++)
        {
            if (rules[i].AudienceMissing)
            {
                builderErrors.Add(new ValidationFailure($"Rules[{i}].Audience", "The rule needs an audience: who the step is for."));
                standIns.Add($"Rules[{i}].Audience");
            }

            if (rules[i].ActionMissing)
            {
                builderErrors.Add(new ValidationFailure($"Rules[{i}].Action", "The rule needs an action: what to do, and by which channel."));
                standIns.Add($"Rules[{i}].Action");
            }
        }

        // The validator's findings about a stand-in are not the author's problems: the missing part is reported instead.
        IEnumerable<ValidationFailure> validatorErrors = new PlaybookValidator(customConditionNames, templates).Validate(playbook).Errors
            .Where(e => !standIns.Any(path => e.PropertyName == path || e.PropertyName.StartsWith(path + ".", StringComparison.Ordinal)));

        // Playbook-level problems first, then rule by rule; for each rule, its missing parts before the validator's findings.
        List<ValidationFailure> errors = [.. builderErrors.Concat(validatorErrors).OrderBy(e => RuleIndex(e.PropertyName))];
        if (errors.Count > 0)
        {
            throw new FollowUpValidationException($"Playbook '{playbook.Id}' is invalid", errors);
        }

        built = true;
        return playbook;
    }

    private static int RuleIndex(string path) =>
        RuleIndexPattern().Match(path) is { Success: true } match ? int.Parse(match.Groups[1].ValueSpan, provider: System.Globalization.CultureInfo.InvariantCulture) : -1;

    [GeneratedRegex(@"^Rules\[(\d+)\]", RegexOptions.CultureInvariant)]
    private static partial Regex RuleIndexPattern();

    private int IndexOf(string id, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(id))] string? paramName = null)
    {
        Preconditions.CheckNotNull(id, paramName);
        int index = rules.FindIndex(r => string.Equals(r.Rule.Id, id, StringComparison.Ordinal));
        if (index < 0)
        {
            string known = rules.Count == 0 ? "it has no rules" : "its rules are " + string.Join(", ", rules.Select(r => r.Rule.Id));
            throw new ArgumentException($"The playbook has no rule with the id '{id}'; {known}.", paramName);
        }

        return index;
    }

    // Rewrites every translation's rule translations with change (null drops one), dropping those left empty.
    private void Retranslate(Func<RuleTranslation, RuleTranslation?> change)
    {
        for (int i = 0; i < translations.Count; i++)
        {
            PlaybookTranslation t = translations[i];
            RuleTranslation[] changed = [.. t.Rules.Select(r => r is null ? null : change(r)).OfType<RuleTranslation>().Where(r => r.Title is not null || r.Source is not null || r.Drafts.Count > 0)];
            translations[i] = new PlaybookTranslation(t.Culture, changed, t.Drafts);
        }
    }

    // Drops the translations of the playbook's template for action by channel: they translate a text that is gone.
    private void DropTranslatedDraft(ActionKind? action, Channel channel)
    {
        for (int i = 0; i < translations.Count; i++)
        {
            PlaybookTranslation t = translations[i];
            translations[i] = new PlaybookTranslation(t.Culture, t.Rules, t.Drafts.Where(d => d is null || d.Action != action || d.Channel != channel));
        }
    }

    private void CheckNotBuilt()
    {
        if (built)
        {
            throw new InvalidOperationException(AlreadyBuilt);
        }
    }
}
