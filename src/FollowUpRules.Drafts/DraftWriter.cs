using System.Globalization;
using System.Runtime.CompilerServices;
using FluentValidation.Results;
using Fluid;
using Fluid.Values;
using FollowUpRules.Domain;
using FollowUpRules.Engine;
using FollowUpRules.Rules;
using FollowUpRules.Validation;
using NodaTime;

namespace FollowUpRules.Drafts;

/// <summary>
/// Writes the draft of a step: what to write to a person (a subject where the channel has one, a body and, for meetings,
/// talking points), or for a step that writes to nobody, a short how-to. It finds the playbook's template for the step,
/// works out the values the template can name from the facts behind the step (<see cref="DraftValues"/>), renders each
/// text with Fluid in the sandbox <see cref="LiquidTemplateChecker"/> checks, and tidies the result.
/// </summary>
/// <remarks>
/// <para>Build one per playbook, beside the <see cref="FollowUpEngine"/>: the constructor checks every template of the
/// playbook and refuses it with all their problems at once. Drafts are computed only when asked for; an evaluation never
/// renders one, so a host that never asks pays nothing.</para>
/// <para>Templates are parsed on first use and kept as long as their text lives. Immutable and thread-safe: one writer
/// serves every request. Not trim- or AOT-safe: Fluid reads values by reflection and compiles code at run time.</para>
/// </remarks>
public sealed class DraftWriter
{
    /// <summary>The longest a value can be: 300 characters; a longer one (a very long name) is cut, ending with "…".</summary>
    internal const int MaxValueLength = 300;

    // Fluid's own limits, a second guard behind the checks of TemplateLanguage, under which no checked template can reach
    // them: without loops, a template runs each of its statements at most once, and it has fewer than its length.
    private static readonly TemplateOptions Options = new TemplateOptionsBuilder()
        .ClearFilters()
        .ConfigureFilters(filters =>
        {
            foreach ((string name, FilterDelegate filter) in TemplateLanguage.Filters)
            {
                filters.AddFilter(name, filter);
            }
        })
        .WithModelNamesComparer(StringComparer.Ordinal)
        .WithMaxSteps(4 * DraftTemplate.MaxLength)
        .WithMaxRecursion(64)
        .WithMaxCollectionSize(16)
        .WithNow(static () => default) // templates cannot read "now"; nothing here reads the system clock
        .WithTimeZone(TimeZoneInfo.Utc)
        .Build();

    private static readonly ConditionalWeakTable<string, IFluidTemplate> Parsed = [];

    /// <summary>Initializes a writer for the drafts of <paramref name="playbook"/>'s steps.</summary>
    /// <param name="playbook">The playbook the steps come from, with its templates (<see cref="Playbook.Drafts"/>, <see cref="Rule.Drafts"/>).</param>
    /// <exception cref="ArgumentNullException"><paramref name="playbook"/> is <see langword="null"/>.</exception>
    /// <exception cref="FollowUpValidationException">A template is invalid: its Liquid, a value it names, a value its steps
    /// cannot have, or its structure. The exception lists every problem with its path (<c>Rules[4].Drafts.Email.Body</c>);
    /// a playbook loaded or built with <see cref="LiquidTemplateChecker.Instance"/> has passed these checks already.</exception>
    public DraftWriter(Playbook playbook)
    {
        ArgumentNullException.ThrowIfNull(playbook);
        ValidationResult result = new DraftTemplatesValidator(LiquidTemplateChecker.Instance).Validate(playbook);
        if (!result.IsValid)
        {
            throw new FollowUpValidationException($"Playbook '{playbook.Id}' has invalid draft templates", result.Errors);
        }

        Playbook = playbook;
    }

    /// <summary>Gets the playbook whose steps this writer drafts.</summary>
    /// <value>The playbook given to the constructor.</value>
    public Playbook Playbook { get; }

    /// <summary>Returns whether the playbook has a template for <paramref name="step"/>, without rendering it.</summary>
    /// <param name="step">A step recommended by an engine on this writer's playbook.</param>
    /// <returns><see langword="true"/> when <see cref="Write"/> returns a draft for the step.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="step"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="step"/> comes from a rule the playbook does not have.</exception>
    /// <remarks>Cheap: a look-up among the rule's and the playbook's templates. Thread-safe.</remarks>
    public bool HasDraft(Recommendation step)
    {
        ArgumentNullException.ThrowIfNull(step);
        return Playbook.DraftFor(RuleOf(step), step.Action, step.Channel) is not null;
    }

    /// <summary>
    /// Writes the draft of <paramref name="step"/> in <paramref name="culture"/>: for a step that writes to a person, a
    /// message to edit and send; for one that writes to nobody, a short how-to.
    /// </summary>
    /// <param name="input">The input the step was evaluated from: the draft names its facts (people, dates, the role).</param>
    /// <param name="step">A step an engine on this writer's playbook recommended for <paramref name="input"/>, from an evaluation, an agenda or a plan.</param>
    /// <param name="culture">
    /// The language to write in; <see langword="null"/> (the default) for <see cref="CultureInfo.CurrentUICulture"/>. The
    /// template is the playbook's translation nearest to it (<c>de-AT</c>, then <c>de</c>), and the dates and lists in it
    /// are written in the culture (<c>22. Oktober</c>, <c>15 y 22 de octubre</c>); with no translation of the template,
    /// the draft is the template as written, in English words (<see cref="Draft.Culture"/> says which). The default
    /// playbook writes English, Spanish and German.
    /// </param>
    /// <returns>The draft, or <see langword="null"/> when the playbook has no template for the step's action and channel.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> or <paramref name="step"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="step"/> comes from a rule the playbook does not have.</exception>
    /// <remarks>
    /// <para>The template is the rule's own for the step's channel, else the playbook's for its action and channel
    /// (<see cref="Playbook.DraftFor(Rule, ActionKind, Channel, CultureInfo)"/>). A value the facts lack (no interview recorded, no name for the seeker) is left out
    /// and the template words around it; the result holds no Liquid and no empty placeholder. Rendering is bounded in time
    /// and size (<see cref="Draft.MaxLength"/>). Thread-safe.</para>
    /// </remarks>
    public Draft? Write(EvaluationInput input, Recommendation step, CultureInfo? culture = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(step);
        Rule rule = RuleOf(step);
        if (Playbook.DraftFor(rule, step.Action, step.Channel) is not { } original)
        {
            return null;
        }

        CultureInfo asked = culture ?? CultureInfo.CurrentUICulture;
        DraftTemplate template = Playbook.DraftFor(rule, step.Action, step.Channel, asked) ?? original;
        CultureInfo words = ReferenceEquals(template, original) ? CultureInfo.InvariantCulture : asked;
        return WriteTemplate(template, step.Action, step.Channel, FactsOf(input, step, rule, words).Values(rule), words);
    }

    /// <summary>
    /// Renders one template with the values given, without a playbook or a step: for a template editor's preview, or to read
    /// how a template words around the values a step may lack.
    /// </summary>
    /// <param name="template">The template; its texts are checked as <see cref="LiquidTemplateChecker"/> checks them.</param>
    /// <param name="action">The action of the step it would draft: a step for a person gives a message, any other a how-to.</param>
    /// <param name="values">The values known, by name (<see cref="DraftValues.All"/>), written as the template's language writes them; <see langword="null"/> or empty for none, so every value is missing.</param>
    /// <param name="culture">The template's language, which labels the draft printed as one text (<see cref="Draft.Culture"/>); <see langword="null"/> (the default) for <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <returns>The draft, tidied and bounded as <see cref="Write"/>'s are.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="template"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="values"/> names a value that is not one of <see cref="DraftValues.All"/>.</exception>
    /// <exception cref="FollowUpValidationException">A text of the template is invalid; the exception lists every problem
    /// with its path (<c>Subject</c>, <c>Body</c>, <c>TalkingPoints[1]</c>).</exception>
    /// <remarks>Thread-safe.</remarks>
    public static Draft Preview(DraftTemplate template, ActionKind action, IReadOnlyDictionary<string, string>? values = null, CultureInfo? culture = null)
    {
        ArgumentNullException.ThrowIfNull(template);
        var known = new List<KeyValuePair<string, string>>();
        foreach (string name in DraftValues.All)
        {
            if (values is not null && values.TryGetValue(name, out string? value) && !string.IsNullOrWhiteSpace(value))
            {
                known.Add(new(name, DraftFacts.Bounded(value)));
            }
        }

        foreach (string name in values?.Keys ?? Enumerable.Empty<string>())
        {
            if (!DraftValues.IsValue(name))
            {
                throw new ArgumentException($"'{name}' is not a draft value; the values are {string.Join(", ", DraftValues.All)}.", nameof(values));
            }
        }

        var problems = new List<ValidationFailure>();
        void Check(string text, string path) => problems.AddRange(TemplateLanguage.Check(text).Problems.Select(p => new ValidationFailure(path, p)));
        if (template.Subject is { } subject)
        {
            Check(subject, nameof(DraftTemplate.Subject));
        }

        Check(template.Body, nameof(DraftTemplate.Body));
        for (int i = 0; i < template.TalkingPoints.Count; i++)
        {
            Check(template.TalkingPoints[i], $"{nameof(DraftTemplate.TalkingPoints)}[{i}]");
        }

        return problems.Count == 0 ? WriteTemplate(template, action, template.Channel, known, culture ?? CultureInfo.CurrentUICulture) : throw new FollowUpValidationException("The template is invalid", problems);
    }

    /// <summary>Renders <paramref name="template"/>, written in <paramref name="culture"/>, for a step of <paramref name="action"/> by <paramref name="channel"/> with <paramref name="values"/>, the values known.</summary>
    internal static Draft WriteTemplate(DraftTemplate template, ActionKind action, Channel channel, IReadOnlyList<KeyValuePair<string, string>> values, CultureInfo culture)
    {
        string? subject = template.Subject is { } s ? DraftText.TidyOneLine(Render(s, values), Draft.MaxLength) : null;
        string body = DraftText.Tidy(Render(template.Body, values), Draft.MaxLength);
        var points = new List<string>(template.TalkingPoints.Count);
        foreach (string point in template.TalkingPoints)
        {
            string text = DraftText.Tidy(Render(point, values), Draft.MaxLength);
            if (text.Length > 0)
            {
                points.Add(text);
            }
        }

        DraftKind kind = ActionKinds.TargetsPerson(action) ? DraftKind.Message : DraftKind.HowTo;
        return new Draft(kind, channel, string.IsNullOrEmpty(subject) ? null : subject, body, ValueList<string>.From(points), culture);
    }

    private static string Render(string text, IReadOnlyList<KeyValuePair<string, string>> values)
    {
        IFluidTemplate template = Parsed.GetValue(text, static t => TemplateLanguage.Parse(t));
        var context = new TemplateContext(Options);
        foreach ((string name, string value) in values)
        {
            context.SetValue(name, StringValue.Create(value));
        }

        return template.Render(context);
    }

    private Rule RuleOf(Recommendation step) =>
        Playbook.FindRule(step.RuleId) ?? throw new ArgumentException($"The step comes from rule '{step.RuleId}', which playbook '{Playbook.Id}' does not have.", nameof(step));

    private static DraftFacts FactsOf(EvaluationInput input, Recommendation step, Rule rule, CultureInfo culture)
    {
        // The rejection: the one recorded (the earliest), else the date a rule anchored on the rejection counts from,
        // which is the silent rejection's when none was recorded.
        LocalDate? rejection = null;
        foreach (Touchpoint touchpoint in input.Touchpoints)
        {
            if (touchpoint.Kind == TouchpointKind.Rejection && (rejection is null || touchpoint.Date < rejection))
            {
                rejection = touchpoint.Date;
            }
        }

        if (rejection is null && rule.Anchor?.Kind == AnchorKind.RejectionReceived)
        {
            rejection = step.AnchorDate;
        }

        Target target = step.Target;
        string? name = target.Kind == TargetKind.Person
            ? input.Contacts.FirstOrDefault(c => string.Equals(c.Id, target.ContactId, StringComparison.Ordinal))?.Name ?? target.Name
            : null;
        return new DraftFacts(input, target.ContactId, name, step.AnchorKey, step.Due, rejection, culture);
    }
}
