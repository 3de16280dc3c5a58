using System.Globalization;
using FollowUpRules.Cli.Localization;
using Spectre.Console;

namespace FollowUpRules.Cli.Input;

/// <summary>
/// Asks a person for what the command line left out, with Spectre.Console prompts: free text, or a choice where the
/// domain is closed (an application, a status, a reason, roles). The questions, hints and answers are in the current UI
/// culture. When input or output is redirected nobody can answer, so there is no prompt: the command fails with a usage
/// error, in English as every error, that says what to give.
/// </summary>
internal static class Ask
{
    /// <summary>A text given, or one typed on a terminal; <paramref name="what"/> is the key of what is asked for (<c>What.Company</c>: "the company").</summary>
    public static string Text(Terminal terminal, string? given, string what, string usage)
    {
        if (!string.IsNullOrWhiteSpace(given))
        {
            return given.Trim();
        }

        IAnsiConsole console = terminal.Prompts ?? throw Missing(what, usage);
        return console.Prompt(new TextPrompt<string>($"{Markup.Escape(Capitalize(CliText.Get(what)))}:").Validate(t => !string.IsNullOrWhiteSpace(t), CliText.Get("Ask.Empty"))).Trim();
    }

    /// <summary>A value given, or one chosen from <paramref name="choices"/> on a terminal; <paramref name="what"/> as for <see cref="Text"/>.</summary>
    public static T Choice<T>(Terminal terminal, string? given, Func<string, T> parse, string what, string usage, IReadOnlyList<T> choices, Func<T, string> describe)
        where T : notnull
    {
        if (!string.IsNullOrWhiteSpace(given))
        {
            return parse(given);
        }

        IAnsiConsole console = terminal.Prompts ?? throw Missing(what, usage);
        return console.Prompt(new SelectionPrompt<T>().Title($"{Markup.Escape(Capitalize(CliText.Get(what)))}?").PageSize(12).MoreChoicesText(MoreChoices()).UseConverter(c => Markup.Escape(describe(c))).AddChoices(choices));
    }

    /// <summary>An optional choice: asked on a terminal (with a "none" choice), left out otherwise.</summary>
    public static T? Optional<T>(Terminal terminal, string question, IReadOnlyList<T> choices, Func<T, string> describe, string none)
        where T : struct
    {
        if (terminal.Prompts is not { } console)
        {
            return null;
        }

        Pick<T>[] options = [new(null, none), .. choices.Select(c => new Pick<T>(c, describe(c)))];
        return console.Prompt(new SelectionPrompt<Pick<T>>().Title(Markup.Escape(question)).MoreChoicesText(MoreChoices()).UseConverter(c => Markup.Escape(c.Label)).AddChoices(options)).Value;
    }

    /// <summary>Several of <paramref name="choices"/>, asked on a terminal; none otherwise.</summary>
    public static IReadOnlyList<T> Several<T>(Terminal terminal, string question, IReadOnlyList<T> choices)
        where T : notnull
    {
        if (terminal.Prompts is not { } console)
        {
            return [];
        }

        return console.Prompt(new MultiSelectionPrompt<T>().Title(Markup.Escape(question)).NotRequired().MoreChoicesText(MoreChoices())
            .InstructionsText($"[grey]({Markup.Escape(CliText.Get("Ask.PickSeveral"))})[/]").AddChoices(choices));
    }

    /// <summary>
    /// Whether to go ahead with something that cannot be taken back in one step: <paramref name="yes"/> (<c>--yes</c>), or a
    /// person's answer on a terminal; with input redirected and no <c>--yes</c>, a usage error. The prompt shows the
    /// culture's letters (<c>[j/n]</c>) and takes its words (<c>j</c>, <c>ja</c>; <c>s</c>, <c>sí</c>) and the English
    /// <c>y</c> and <c>yes</c> in every culture; any other answer, or none, is no.
    /// </summary>
    public static void Confirm(Terminal terminal, bool yes, string question, string command)
    {
        if (yes)
        {
            return;
        }

        IAnsiConsole console = terminal.Prompts
            ?? throw CliException.Usage($"{command} asks for confirmation, and input is not a terminal; add --yes to go ahead.");
        string yesLetter = CliText.Get("Ask.Yes");
        var answers = new Answers(CliText.Get("Ask.YesWords").Split(' ', StringSplitOptions.RemoveEmptyEntries).Concat(CliText.English("Ask.YesWords").Split(' ')));
        var prompt = new TextPrompt<string>(Markup.Escape(question), answers).AddChoices([yesLetter, CliText.Get("Ask.No")]).DefaultValue(CliText.Get("Ask.No"));
        if (!answers.Equals(console.Prompt(prompt), yesLetter))
        {
            throw new CliException(ExitCodes.Cancelled, CliText.Get("Ask.Declined"));
        }
    }

    /// <summary>A choice of an optional prompt: a value, or none.</summary>
    private sealed record Pick<T>(T? Value, string Label)
        where T : struct;

    /// <summary>
    /// The answers to a yes-or-no question, compared as what they mean: every word for yes (any case) is one answer, and
    /// everything else is the other, so the prompt's two choices take any answer and a typo is a no.
    /// </summary>
    private sealed class Answers(IEnumerable<string> yes) : StringComparer
    {
        private readonly HashSet<string> words = new(yes.Select(w => w.Trim()), StringComparer.Create(CultureInfo.InvariantCulture, CompareOptions.IgnoreCase));

        public override int Compare(string? x, string? y) => IsYes(x).CompareTo(IsYes(y));

        public override bool Equals(string? x, string? y) => IsYes(x) == IsYes(y);

        public override int GetHashCode(string obj) => IsYes(obj).GetHashCode();

        private bool IsYes(string? answer) => answer is not null && words.Contains(answer.Trim());
    }

    private static CliException Missing(string what, string usage) =>
        CliException.Usage($"Missing {CliText.English(what)}: {usage} (input is not a terminal, so the tool cannot ask for it).");

    private static string MoreChoices() => $"[grey]({Markup.Escape(CliText.Get("Ask.MoreChoices"))})[/]";

    private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpper(text[0], CultureInfo.CurrentUICulture) + text[1..];
}
