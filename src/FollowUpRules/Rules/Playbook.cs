using System.Globalization;
using FollowUpRules.Calendar;
using FollowUpRules.Domain;
using FollowUpRules.Utility;

namespace FollowUpRules.Rules;

/// <summary>An ordered set of rules, with the calendar its dates keep and the limits its agenda keeps.</summary>
/// <remarks>
/// A playbook is configuration: validate it with <see cref="Validation.PlaybookValidator"/> (the engine does so when it is
/// built). Immutable, compares by value, safe to share between threads.
/// </remarks>
public sealed record Playbook
{
    /// <summary>Initializes a new playbook.</summary>
    /// <param name="id">The playbook's identifier.</param>
    /// <param name="name">A display name.</param>
    /// <param name="version">The playbook's own revision number, at least 1.</param>
    /// <param name="rules">The rules, in order; earlier rules win ties in urgency and priority.</param>
    /// <param name="workingWeek">The working days for business-day offsets; <see langword="null"/> for <see cref="WorkingWeek.MondayToFriday"/>.</param>
    /// <param name="sendWindow">The hours in which messages should reach people, in their own zones; <see langword="null"/> for <see cref="SendWindow.OfficeHours"/>.</param>
    /// <param name="holidays">The holiday calendars business days and date adjustments skip; <see langword="null"/> for none.</param>
    /// <param name="outreachLimits">The limits the agenda keeps across applications; <see langword="null"/> for <see cref="Rules.OutreachLimits.Default"/>.</param>
    /// <param name="drafts">The templates of what to write for each action and channel; <see langword="null"/> for none.</param>
    /// <param name="translations">The playbook's words in other languages, one per culture; <see langword="null"/> for none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> or <paramref name="name"/> is <see langword="null"/>.</exception>
    public Playbook(string id, string name, int version, IEnumerable<Rule>? rules, WorkingWeek? workingWeek = null, SendWindow? sendWindow = null, IEnumerable<HolidayCalendar>? holidays = null, OutreachLimits? outreachLimits = null, IEnumerable<DraftTemplate>? drafts = null, IEnumerable<PlaybookTranslation>? translations = null)
    {
        Translations = ValueList<PlaybookTranslation>.From(translations);
        Drafts = ValueList<DraftTemplate>.From(drafts);
        OutreachLimits = outreachLimits ?? OutreachLimits.Default;
        Holidays = ValueList<HolidayCalendar>.From(holidays);
        SendWindow = sendWindow ?? SendWindow.OfficeHours;
        Id = Preconditions.CheckNotNull(id);
        Name = Preconditions.CheckNotNull(name);
        Version = version;
        Rules = ValueList<Rule>.From(rules);
        WorkingWeek = workingWeek ?? WorkingWeek.MondayToFriday;
    }

    /// <summary>Gets the playbook's identifier.</summary>
    /// <value>For example <c>default</c>.</value>
    public string Id { get; }

    /// <summary>Gets the display name.</summary>
    /// <value>Free text.</value>
    public string Name { get; }

    /// <summary>Gets the playbook's own revision number.</summary>
    /// <value>At least 1.</value>
    public int Version { get; }

    /// <summary>Gets the rules.</summary>
    /// <value>In order.</value>
    public ValueList<Rule> Rules { get; }

    /// <summary>Gets the working week business days count in.</summary>
    /// <value>The default is Monday to Friday.</value>
    public WorkingWeek WorkingWeek { get; }

    /// <summary>Gets the hours in which messages should reach people, in their own time zones.</summary>
    /// <value>The default is 09:00 to 17:00. Each recommendation for a person carries its send time.</value>
    public SendWindow SendWindow { get; }

    /// <summary>Gets the holiday calendars.</summary>
    /// <value>Empty by default (the default playbook has none: apps add the calendars of their users' countries).
    /// Calendars marked <see cref="HolidayCalendar.ForSeeker"/> apply to every step; the others only to steps for contacts
    /// whose <see cref="Domain.Contact.HolidayCalendarId"/> names them. Ids are unique (validated).</value>
    public ValueList<HolidayCalendar> Holidays { get; }

    /// <summary>Gets the limits the agenda keeps when it schedules the steps of many applications together.</summary>
    /// <value>The default is 5 outreach steps a day, 3 to one company a week, 3 days between asks to one person.</value>
    public OutreachLimits OutreachLimits { get; }

    /// <summary>Gets the templates of what to write (or do) for the steps of each action by each channel.</summary>
    /// <value>
    /// Empty by default; each has its <see cref="DraftTemplate.Action"/> set, and no two share an action and a channel
    /// (validated). A rule's own <see cref="Rule.Drafts"/> win over these.
    /// </value>
    public ValueList<DraftTemplate> Drafts { get; }

    /// <summary>Gets the playbook's words in other languages: its rules' titles and sources and its templates, per culture.</summary>
    /// <value>
    /// Empty by default; at most one per culture (validated). <see cref="TitleOf"/>, <see cref="SourceOf"/> and
    /// <see cref="DraftFor(Rule, ActionKind, Channel, CultureInfo)"/> read them as .NET reads resources: a culture's own
    /// translation, then its parent's (<c>de-AT</c>, then <c>de</c>), then the playbook as written. The default playbook
    /// carries Spanish (<c>es</c>) and German (<c>de</c>).
    /// </value>
    public ValueList<PlaybookTranslation> Translations { get; }

    /// <summary>Returns <paramref name="rule"/>'s title in <paramref name="culture"/>.</summary>
    /// <param name="rule">A rule of this playbook.</param>
    /// <param name="culture">The culture to read; <see langword="null"/> for <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <returns>The title of the nearest translation the culture falls back to, else <see cref="Rule.Title"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rule"/> is <see langword="null"/>.</exception>
    /// <remarks>Thread-safe; a look-up per culture in the chain, no text is built.</remarks>
    public string TitleOf(Rule rule, CultureInfo? culture = null) =>
        Translated(Translations, Preconditions.CheckNotNull(rule).Id, culture, static r => r.Title) ?? rule.Title;

    /// <summary>Returns <paramref name="rule"/>'s source in <paramref name="culture"/>.</summary>
    /// <param name="rule">A rule of this playbook.</param>
    /// <param name="culture">The culture to read; <see langword="null"/> for <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <returns>The source of the nearest translation the culture falls back to, else <see cref="Rule.Source"/> (empty when the rule has none).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rule"/> is <see langword="null"/>.</exception>
    /// <remarks>Thread-safe.</remarks>
    public string SourceOf(Rule rule, CultureInfo? culture = null) =>
        Translated(Translations, Preconditions.CheckNotNull(rule).Id, culture, static r => r.Source) ?? rule.Source;

    /// <summary>Returns the template that drafts a step of <paramref name="rule"/> of <paramref name="action"/> by <paramref name="channel"/>.</summary>
    /// <param name="rule">The rule that makes the step.</param>
    /// <param name="action">The step's action: the rule's, an alternative, or the late replacement.</param>
    /// <param name="channel">The step's channel.</param>
    /// <returns>
    /// The first of the rule's templates that <see cref="DraftTemplate.Drafts"/> the step, else the first of the playbook's;
    /// <see langword="null"/> when there is none.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="rule"/> is <see langword="null"/>.</exception>
    public DraftTemplate? DraftFor(Rule rule, ActionKind action, Channel channel) =>
        Preconditions.CheckNotNull(rule).Drafts.FirstOrDefault(t => t.Drafts(action, channel)) ?? Drafts.FirstOrDefault(t => t.Drafts(action, channel));

    /// <summary>Returns the template that drafts a step of <paramref name="rule"/> of <paramref name="action"/> by <paramref name="channel"/>, in <paramref name="culture"/>.</summary>
    /// <param name="rule">The rule that makes the step.</param>
    /// <param name="action">The step's action: the rule's, an alternative, or the late replacement.</param>
    /// <param name="channel">The step's channel.</param>
    /// <param name="culture">The culture to read; <see langword="null"/> for <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <returns>
    /// The template <see cref="DraftFor(Rule, ActionKind, Channel)"/> returns, as the nearest translation the culture falls
    /// back to words it, else as written; <see langword="null"/> when there is none.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="rule"/> is <see langword="null"/>.</exception>
    /// <remarks>Thread-safe.</remarks>
    public DraftTemplate? DraftFor(Rule rule, ActionKind action, Channel channel, CultureInfo? culture)
    {
        Preconditions.CheckNotNull(rule);
        if (rule.Drafts.FirstOrDefault(t => t.Drafts(action, channel)) is { } own)
        {
            return Translated(Translations, rule.Id, culture, r => r.Drafts.FirstOrDefault(t => t is not null && t.Channel == own.Channel)) ?? own;
        }

        if (Drafts.FirstOrDefault(t => t.Drafts(action, channel)) is not { } shared)
        {
            return null;
        }

        return Translations.Count == 0 ? shared : Translated(Translations, culture, t => t.FindDraft(shared.Action ?? action, shared.Channel)) ?? shared;
    }

    /// <summary>Returns the holiday calendar with <paramref name="id"/>.</summary>
    /// <param name="id">The calendar id (ordinal comparison).</param>
    /// <returns>The calendar, or <see langword="null"/> when there is none.</returns>
    public HolidayCalendar? FindHolidayCalendar(string id) => Holidays.FirstOrDefault(c => string.Equals(c.Id, id, StringComparison.Ordinal));

    /// <summary>Returns the rule with <paramref name="id"/>.</summary>
    /// <param name="id">The rule id (ordinal comparison).</param>
    /// <returns>The rule, or <see langword="null"/> when there is none.</returns>
    public Rule? FindRule(string id) => Rules.FirstOrDefault(r => string.Equals(r.Id, id, StringComparison.Ordinal));

    /// <summary>Returns what <paramref name="read"/> finds in the translation of rule <paramref name="ruleId"/> nearest to <paramref name="culture"/>, or <see langword="null"/>.</summary>
    internal static T? Translated<T>(ValueList<PlaybookTranslation> translations, string ruleId, CultureInfo? culture, Func<RuleTranslation, T?> read)
        where T : class =>
        translations.Count == 0 ? null : Translated(translations, culture, t => t.FindRule(ruleId) is { } rule ? read(rule) : null);

    /// <summary>
    /// Returns what <paramref name="read"/> finds in the translation of <paramref name="culture"/>, else of its parent, and
    /// so on up to the neutral culture (exclusive), as .NET resources fall back; <see langword="null"/> when none has it.
    /// </summary>
    internal static T? Translated<T>(ValueList<PlaybookTranslation> translations, CultureInfo? culture, Func<PlaybookTranslation, T?> read)
        where T : class
    {
        if (translations.Count == 0)
        {
            return null;
        }

        for (CultureInfo c = culture ?? CultureInfo.CurrentUICulture; c.Name.Length > 0; c = c.Parent)
        {
            foreach (PlaybookTranslation translation in translations)
            {
                if (translation is not null && string.Equals(translation.Culture, c.Name, StringComparison.OrdinalIgnoreCase) && read(translation) is { } found)
                {
                    return found;
                }
            }
        }

        return null;
    }
}
