using Spectre.Console;

namespace FollowUpRules.Cli.Input;

/// <summary>
/// Asks a person for what the command line left out, with Spectre.Console prompts: free text, or a choice where the
/// domain is closed (an application, a status, a reason, roles). When input or output is redirected nobody can answer,
/// so there is no prompt: the command fails with a usage error that says what to give.
/// </summary>
internal static class Ask
{
    public static string Text(Terminal terminal, string? given, string what, string usage)
    {
        if (!string.IsNullOrWhiteSpace(given))
        {
            return given.Trim();
        }

        IAnsiConsole console = terminal.Prompts ?? throw Missing(what, usage);
        return console.Prompt(new TextPrompt<string>($"{Markup.Escape(Capitalize(what))}:").Validate(t => !string.IsNullOrWhiteSpace(t), "It cannot be empty.")).Trim();
    }

    /// <summary>A value given, or one chosen from <paramref name="choices"/> on a terminal.</summary>
    public static T Choice<T>(Terminal terminal, string? given, Func<string, T> parse, string what, string usage, IReadOnlyList<T> choices, Func<T, string> describe)
        where T : notnull
    {
        if (!string.IsNullOrWhiteSpace(given))
        {
            return parse(given);
        }

        IAnsiConsole console = terminal.Prompts ?? throw Missing(what, usage);
        return console.Prompt(new SelectionPrompt<T>().Title($"{Markup.Escape(Capitalize(what))}?").PageSize(12).UseConverter(c => Markup.Escape(describe(c))).AddChoices(choices));
    }

    /// <summary>An optional choice: asked on a terminal (with a "none" choice), left out otherwise.</summary>
    public static T? Optional<T>(Terminal terminal, string question, IReadOnlyList<T> choices, string none)
        where T : struct
    {
        if (terminal.Prompts is not { } console)
        {
            return null;
        }

        Pick<T>[] options = [new(null, none), .. choices.Select(c => new Pick<T>(c, c.ToString()!))];
        return console.Prompt(new SelectionPrompt<Pick<T>>().Title(Markup.Escape(question)).UseConverter(c => Markup.Escape(c.Label)).AddChoices(options)).Value;
    }

    /// <summary>Several of <paramref name="choices"/>, asked on a terminal; none otherwise.</summary>
    public static IReadOnlyList<T> Several<T>(Terminal terminal, string question, IReadOnlyList<T> choices)
        where T : notnull
    {
        if (terminal.Prompts is not { } console)
        {
            return [];
        }

        return console.Prompt(new MultiSelectionPrompt<T>().Title(Markup.Escape(question)).NotRequired().InstructionsText("[grey](space to pick, enter to accept; none is fine)[/]").AddChoices(choices));
    }

    /// <summary>
    /// Whether to go ahead with something that cannot be taken back in one step: <paramref name="yes"/> (<c>--yes</c>), or a
    /// person's answer on a terminal; with input redirected and no <c>--yes</c>, a usage error.
    /// </summary>
    public static void Confirm(Terminal terminal, bool yes, string question, string command)
    {
        if (yes)
        {
            return;
        }

        IAnsiConsole console = terminal.Prompts
            ?? throw CliException.Usage($"{command} asks for confirmation, and input is not a terminal; add --yes to go ahead.");
        if (!console.Prompt(new ConfirmationPrompt(Markup.Escape(question)) { DefaultValue = false }))
        {
            throw new CliException(ExitCodes.Cancelled, "Nothing was changed.");
        }
    }

    /// <summary>A choice of an optional prompt: a value, or none.</summary>
    private sealed record Pick<T>(T? Value, string Label)
        where T : struct;

    private static CliException Missing(string what, string usage) =>
        CliException.Usage($"Missing {what}: {usage} (input is not a terminal, so the tool cannot ask for it).");

    private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
