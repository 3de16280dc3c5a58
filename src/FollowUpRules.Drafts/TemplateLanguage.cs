using System.Runtime.CompilerServices;
using Fluid;
using Fluid.Ast;
using Fluid.Filters;
using FollowUpRules.Rules;
using FollowUpRules.Utility;
using FollowUpRules.Validation;

namespace FollowUpRules.Drafts;

/// <summary>
/// The language of draft templates: Liquid, parsed by Fluid, restricted to a closed subset that cannot loop, assign,
/// include, reach into an object or grow its output faster than its text: values by name (<see cref="DraftValues"/>),
/// literals, comparisons, the text filters below, and the <c>if</c>, <c>unless</c>, <c>case</c> and <c>comment</c> tags.
/// </summary>
/// <remarks>
/// Every template is checked here before it is used (<see cref="Check"/>), so a template that passes renders in time and
/// space proportional to its length: with no loop, each statement runs at most once, and each allowed filter returns at
/// most its input and its arguments. The rendering options still set Fluid's own limits, as a second guard. Thread-safe:
/// Fluid's parser and options are immutable once built.
/// </remarks>
internal static class TemplateLanguage
{
    /// <summary>The filters a template may use, by name, each Fluid's own.</summary>
    internal static readonly IReadOnlyDictionary<string, FilterDelegate> Filters = new Dictionary<string, FilterDelegate>(StringComparer.Ordinal)
    {
        ["append"] = StringFilters.Append,
        ["prepend"] = StringFilters.Prepend,
        ["capitalize"] = StringFilters.Capitalize,
        ["downcase"] = StringFilters.Downcase,
        ["upcase"] = StringFilters.Upcase,
        ["default"] = MiscFilters.Default,
        ["strip"] = StringFilters.Strip,
        ["lstrip"] = StringFilters.LStrip,
        ["rstrip"] = StringFilters.RStrip,
        ["strip_newlines"] = StringFilters.StripNewLines,
        ["truncate"] = StringFilters.Truncate,
        ["truncatewords"] = StringFilters.TruncateWords,
        ["remove"] = StringFilters.Remove,
        ["remove_first"] = StringFilters.RemoveFirst,
        ["remove_last"] = StringFilters.RemoveLast,
    };

    private static readonly string FilterList = string.Join(", ", Filters.Keys);

    private static readonly string ValueList = string.Join(", ", DraftValues.All);

    // The parser is thread-safe and costly to build: one for the process.
    private static readonly FluidParser Parser = new();

    // What each text checked gave, kept as long as the text itself lives: a playbook is validated again by every writer
    // built on it (the default playbook's texts are the same strings each time), and a check parses the text.
    private static readonly ConditionalWeakTable<string, DraftTemplateCheck> Results = [];

    /// <summary>
    /// Checks <paramref name="text"/>: its syntax, then every tag, filter and value it names. Returns the problems, each a
    /// sentence for the template's author, and the names of the values it reads, in the order it first reads them.
    /// </summary>
    internal static DraftTemplateCheck Check(string text) => Results.GetValue(text, static t => CheckNow(t));

    private static DraftTemplateCheck CheckNow(string text)
    {
        var problems = new List<string>();
        var values = new List<string>();
        if (text.Length > DraftTemplate.MaxLength)
        {
            problems.Add($"The template is {text.Length} characters long; at most {DraftTemplate.MaxLength} are allowed.");
        }
        else if (!Parser.TryParse(text, out IFluidTemplate? template, out string? error))
        {
            problems.Add($"The template is not valid Liquid: {FirstLine(error)}");
        }
        else
        {
            new Checker(problems, values).VisitTemplate(template);
        }

        return new DraftTemplateCheck(problems, values);
    }

    /// <summary>Parses a template that <see cref="Check"/> accepted.</summary>
    internal static IFluidTemplate Parse(string text) => Parser.Parse(text);

    private static string FirstLine(string? error)
    {
        string line = (error ?? "unknown error").Split('\n')[0].Trim();
        return line.EndsWith('.') ? line : line + ".";
    }

    /// <summary>Walks a parsed template and records what it may not do, and the values it reads.</summary>
    private sealed class Checker(List<string> problems, List<string> values) : AstVisitor
    {
        public override Statement Visit(Statement statement)
        {
            switch (statement)
            {
                case TextSpanStatement or CommentStatement or DocStatement or NoOpStatement:
                    return statement;
                case OutputStatement or IfStatement or ElseIfStatement or ElseStatement or UnlessStatement or CaseStatement or WhenStatement:
                    return base.Visit(statement);
                default:
                    // Not walked further: one problem per tag is enough, and a refused tag's parts may be incomplete.
                    problems.Add($"The '{TagName(statement)}' tag is not allowed in a draft; use {{{{ value }}}}, if, elsif, else, unless, case and comment.");
                    return statement;
            }
        }

        public override Expression Visit(Expression expression)
        {
            switch (expression)
            {
                case null:
                    return expression!;
                case LiteralExpression:
                    return expression;
                case MemberExpression member:
                    CheckMember(member);
                    return expression;
                case FilterExpression filter:
                    if (!Filters.ContainsKey(filter.Name))
                    {
                        string? near = Suggestions.Nearest(filter.Name, Filters.Keys);
                        problems.Add($"'{filter.Name}' is not a filter drafts allow" + (near is null ? $"; use one of: {FilterList}." : $"; did you mean '{near}'?"));
                    }

                    return base.Visit(expression);
                case BinaryExpression:
                    return base.Visit(expression);
                case RangeExpression:
                    problems.Add("A range such as (1..5) is not allowed in a draft: templates have no loops.");
                    return expression;
                default:
                    problems.Add($"This expression ({expression.GetType().Name}) is not allowed in a draft; use values, text in quotes, comparisons and filters.");
                    return expression;
            }
        }

        private void CheckMember(MemberExpression member)
        {
            if (member.Segments.Count == 0 || member.Segments[0] is not IdentifierSegment { Identifier: var name })
            {
                problems.Add("A value must be named; write for example {{ first_name }}.");
                return;
            }

            if (member.Segments.Count > 1)
            {
                problems.Add($"'{name}' is a plain text: a draft reads no member or item of a value ({name}.something, {name}[0]); use a filter such as {{{{ {name} | upcase }}}}.");
            }

            if (DraftValues.IsValue(name))
            {
                if (!values.Contains(name))
                {
                    values.Add(name);
                }

                return;
            }

            string? near = Suggestions.Nearest(name, DraftValues.All);
            problems.Add($"'{name}' is not a draft value" + (near is null ? $"; use one of: {ValueList}." : $"; did you mean '{near}'?"));
        }

        private static string TagName(Statement statement)
        {
            string name = statement.GetType().Name;
            name = name.EndsWith("Statement", StringComparison.Ordinal) ? name[..^"Statement".Length] : name;
            return name.ToLowerInvariant();
        }
    }
}
