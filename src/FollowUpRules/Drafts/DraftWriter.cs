using System.Runtime.CompilerServices;
using Fluid;
using Fluid.Values;
using FollowUpRules.Domain;
using FollowUpRules.Rules;
using NodaTime;

namespace FollowUpRules.Drafts;

/// <summary>
/// Writes the draft of one step: finds the playbook's template for it, works out the values it can name from the step's
/// facts (<see cref="DraftValues"/>), renders each text with Fluid in the sandbox <see cref="TemplateLanguage"/> checked,
/// and tidies the result.
/// </summary>
/// <remarks>
/// Runs only when a draft is asked for; an evaluation never calls it. Templates are parsed on first use and kept as long
/// as their text lives. Thread-safe.
/// </remarks>
internal static class DraftWriter
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

    /// <summary>
    /// Writes the draft of a step of <paramref name="rule"/> (<paramref name="action"/> by <paramref name="channel"/>),
    /// or returns <see langword="null"/> when the playbook has no template for it.
    /// </summary>
    /// <param name="playbook">The (valid) playbook the step comes from.</param>
    /// <param name="rule">The rule that made the step.</param>
    /// <param name="action">The step's action.</param>
    /// <param name="channel">The step's channel.</param>
    /// <param name="facts">What the step knows.</param>
    internal static Draft? Write(Playbook playbook, Rule rule, ActionKind action, Channel channel, DraftFacts facts)
    {
        if (playbook.DraftFor(rule, action, channel) is not { } template)
        {
            return null;
        }

        return Write(template, action, channel, facts.Values(rule));
    }

    /// <summary>Renders <paramref name="template"/> for a step of <paramref name="action"/> by <paramref name="channel"/> with <paramref name="values"/>, the values known.</summary>
    internal static Draft Write(DraftTemplate template, ActionKind action, Channel channel, IReadOnlyList<KeyValuePair<string, string>> values)
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
        return new Draft(kind, channel, string.IsNullOrEmpty(subject) ? null : subject, body, ValueList<string>.From(points));
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
}
