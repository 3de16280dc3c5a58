using FollowUpRules.Cli.Localization;
using FollowUpRules.Serialization;
using Spectre.Console;
using Spectre.Console.Testing;

namespace FollowUpRules.Cli.Tests.Localization;

/// <summary>
/// The questions the tool asks on a terminal, in the seeker's language: the confirmation before removing takes the
/// language's yes ("j", "ja"; "s", "sí") and the English "y" and "yes" in every language, and anything else is no.
/// </summary>
public class PromptsTest
{
    [Theory]
    [InlineData("de", "j")]
    [InlineData("de", "Ja")]
    [InlineData("es", "s")]
    [InlineData("es", "sí")]
    [InlineData("de", "y")]
    [InlineData("es", "yes")]
    [InlineData("en", "y")]
    [InlineData("en", "yes")]
    public void RemoveApplication_AnsweredYesInTheLanguageOrInEnglish_Removes(string language, string answer)
    {
        (Result result, TestConsole screen, string path) = Remove(language, answer);

        result.ExitCode.ShouldBe(0, result.Error + screen.Output);
        PipelineJson.LoadFile(path).Find("initech-engineer").ShouldBeNull();
    }

    [Theory]
    [InlineData("de", "n")]
    [InlineData("de", "nein")]
    [InlineData("es", "no")]
    [InlineData("es", "")]
    [InlineData("de", "jein")]
    [InlineData("es", "x")]
    [InlineData("en", "ja")]
    public void RemoveApplication_AnsweredAnythingElse_ChangesNothing(string language, string answer)
    {
        string expected = language switch { "de" => "error: Es wurde nichts geändert.\n", "es" => "error: No se ha cambiado nada.\n", _ => "error: Nothing was changed.\n" };

        (Result result, _, string path) = Remove(language, answer);

        result.ExitCode.ShouldBe(ExitCodes.Cancelled);
        result.Error.ShouldBe(expected);
        PipelineJson.LoadFile(path).Find("initech-engineer").ShouldNotBeNull();
    }

    [Theory]
    [InlineData("en", "Remove Software Engineer at Initech (initech-engineer, Interviewing), with its 2 contacts and 1 touchpoint? [y/n] (n): ")]
    [InlineData("de", "Software Engineer bei Initech (initech-engineer, Im Gespräch), mit 2 Kontakten und 1 Kontaktpunkt entfernen? [j/n] (n): ")]
    [InlineData("es", "¿Quitar Software Engineer en Initech (initech-engineer, En entrevistas), con 2 contactos y 1 interacción? [s/n] (n): ")]
    public void RemoveApplication_OnATerminal_AsksInTheLanguageWithItsLetters(string language, string question)
    {
        (_, TestConsole screen, _) = Remove(language, "n");

        screen.Output.ShouldStartWith(question);
    }

    [Fact]
    public void RemoveContact_NamedByATouchpointInGerman_AsksWithTheCount()
    {
        string path = Cli.CopyOfSample(out _);
        TestConsole screen = Prompts.Console();
        screen.Input.PushTextWithEnter("ja");

        Result result = Cli.Run((o, e) => new Terminal(o, e, rich: false, prompts: screen), ["remove", "contact", "initech-engineer", "ben", "--with-touchpoints", "--file", path, "--culture", "de", .. Cli.Fixed]);

        result.ExitCode.ShouldBe(0, result.Error);
        screen.Output.ShouldStartWith("Ben Okafor bei initech-engineer austragen, mit 1 Kontaktpunkt, der die Person nennt? [j/n] (n): ");
        result.Out.ShouldBe("Ben Okafor (ben) bei initech-engineer ausgetragen. 'followup undo' macht das rückgängig.\n");
    }

    [Fact]
    public void AddApplication_OnATerminalInSpanish_AsksForTheCompanyAndTheRoleInSpanish()
    {
        string path = Cli.EmptyPipeline(out _);
        TestConsole screen = Prompts.Console();
        screen.Input.PushTextWithEnter("Initech");
        screen.Input.PushTextWithEnter("QA Engineer");

        Result result = Cli.Run((o, e) => new Terminal(o, e, rich: false, prompts: screen), ["add", "application", "--file", path, "--culture", "es", .. Cli.Fixed]);

        result.ExitCode.ShouldBe(0, result.Error);
        screen.Output.ShouldContain("La empresa:");
        screen.Output.ShouldContain("El puesto:");
    }

    [Fact]
    public void AddApplication_NotATerminalInGerman_IsTheEnglishUsageError()
    {
        string path = Cli.EmptyPipeline(out _);

        Result result = Cli.Run(["add", "application", "--file", path, "--culture", "de", .. Cli.Fixed]);

        result.ExitCode.ShouldBe(ExitCodes.Usage);
        result.Error.ShouldBe("error: Missing the company: followup add application <company> <role> (for example: followup add application Initech \"Software Engineer\") (input is not a terminal, so the tool cannot ask for it).\n");
    }

    [Fact]
    public void Status_RejectedOnATerminalInGerman_AsksWhyWithTheReasonsInGerman()
    {
        string path = Cli.CopyOfSample(out _);
        TestConsole screen = Prompts.Console();
        screen.Input.PushKey(ConsoleKey.DownArrow);
        screen.Input.PushKey(ConsoleKey.DownArrow);
        screen.Input.PushKey(ConsoleKey.DownArrow);
        screen.Input.PushKey(ConsoleKey.Enter);

        Result result = Cli.Run((o, e) => new Terminal(o, e, rich: false, prompts: screen), ["status", "initech-engineer", "rejected", "--file", path, "--culture", "de", .. Cli.Fixed]);

        result.ExitCode.ShouldBe(0, result.Error);
        screen.Output.ShouldContain("Warum hast du eine Absage bekommen, falls du es weißt?");
        screen.Output.ShouldContain("Weiß ich nicht");
        screen.Output.ShouldContain("Interne Besetzung");
        PipelineJson.LoadFile(path).Find("initech-engineer")!.Application.RejectionReason.ShouldBe(Domain.RejectionReason.InternalCandidate);
    }

    [Fact]
    public void Status_NoStatusOnATerminalInSpanish_OffersTheStatusesInSpanish()
    {
        string path = Cli.CopyOfSample(out _);
        TestConsole screen = Prompts.Console();
        screen.Input.PushKey(ConsoleKey.DownArrow);
        screen.Input.PushKey(ConsoleKey.Enter);

        Result result = Cli.Run((o, e) => new Terminal(o, e, rich: false, prompts: screen), ["status", "globex-analyst", "--file", path, "--culture", "es", .. Cli.Fixed]);

        result.ExitCode.ShouldBe(0, result.Error);
        screen.Output.ShouldContain("El nuevo estado?");
        screen.Output.ShouldContain("En entrevistas");
        PipelineJson.LoadFile(path).Find("globex-analyst")!.Application.Status.ShouldBe(Domain.ApplicationStatus.Interviewing);
    }

    [Fact]
    public void MoreChoices_English_IsSpectreConsolesOwnHint()
    {
        TestConsole screen = Prompts.Console();
        screen.Input.PushKey(ConsoleKey.Enter);

        screen.Prompt(new SelectionPrompt<string>().PageSize(3).AddChoices("a", "b", "c", "d", "e"));

        screen.Output.ShouldContain($"({CliText.English("Ask.MoreChoices")})", Case.Sensitive, "the English prompts read as Spectre.Console's own");
    }

    /// <summary>Runs <c>remove application initech-engineer</c> on a terminal in <paramref name="language"/>, typing <paramref name="answer"/>.</summary>
    private static (Result Result, TestConsole Screen, string Path) Remove(string language, string answer)
    {
        string path = Cli.CopyOfSample(out _);
        TestConsole screen = Prompts.Console();
        screen.Input.PushTextWithEnter(answer);
        Result result = Cli.Run((o, e) => new Terminal(o, e, rich: false, prompts: screen), ["remove", "application", "initech-engineer", "--file", path, "--culture", language, .. Cli.Fixed]);
        return (result, screen, path);
    }
}
