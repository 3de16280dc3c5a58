using System.CommandLine;
using System.Globalization;

namespace FollowUpRules.Cli.Tests.Localization;

/// <summary>
/// <c>--help</c> in the seeker's language: every description of every command, argument and option, System.CommandLine's
/// headings from its own translations, and the examples as they are typed. Usage errors stay in English.
/// </summary>
public class HelpTest
{
    [Fact]
    public void Help_RootInGerman_DescribesEveryCommandInGermanWithTheExamplesAsTyped()
    {
        Result de = Cli.Run(["--help", "--culture", "de"]);
        Result en = Cli.Run(["--help"]);

        de.ExitCode.ShouldBe(0, de.Error);
        de.Out.ShouldContain("followup: welches Follow-up als Nächstes ansteht, bei wem und wann, für jede Bewerbung in einer Pipeline-Datei.");
        de.Out.ShouldContain("Was heute und diese Woche bei all deinen Bewerbungen ansteht, das Dringendste zuerst.");
        de.Out.ShouldContain("Die Sprache, in der das Tool mit dir spricht");
        de.Out.ShouldContain("Beispiele:\n  followup init ~/job-search && cd ~/job-search\n  followup import applications.csv\n");
        de.Out.ShouldNotContain("What to do today");
        de.Out[de.Out.IndexOf("Beispiele:\n", StringComparison.Ordinal)..].ShouldBe(en.Out[en.Out.IndexOf("Examples:\n", StringComparison.Ordinal)..].Replace("Examples:", "Beispiele:", StringComparison.Ordinal));
    }

    [Fact]
    public void Help_AddContactInSpanish_DescribesItsOptionsInSpanish()
    {
        Result es = Cli.Run(["add", "contact", "--help", "--culture", "es"]);

        es.ExitCode.ShouldBe(0, es.Error);
        es.Out.ShouldContain("Añade a una persona con la que tratas en la empresa de la candidatura: funciones, correo, LinkedIn, dirección postal, teléfono, zona horaria.");
        es.Out.ShouldContain("Su dirección postal, para una nota escrita a mano.");
        es.Out.ShouldContain("Una función en la empresa (repítelo para varias): HiringManager, Recruiter, TeamMember, Referrer.");
        es.Out.ShouldContain("Ejemplos:\n  followup add contact initech-software-engineer \"Ana Ruiz\" --role HiringManager --email ana@initech.example\n");
    }

    [Theory]
    [InlineData("--culture=de")]
    [InlineData("--culture:de")]
    public void Help_CultureWithItsValueInOneWord_IsGerman(string culture)
    {
        Result de = Cli.Run(["undo", "--help", culture]);

        de.ExitCode.ShouldBe(0, de.Error);
        de.Out.ShouldContain("Setz die Pipeline-Datei auf den Stand vor dem letzten Befehl zurück, der sie geändert hat (die letzten 20 lassen sich einzeln rückgängig machen).");
    }

    [Fact]
    public void Help_EnvironmentInSpanish_IsSpanishWithoutTheOption()
    {
        Result es = InCulture("es-ES", () => Cli.Run(["plan", "--help"]));

        es.Out.ShouldContain("Lo que viene, candidatura a candidatura o para todas.");
        es.Out.ShouldContain("Cuántos meses por delante (de 1 a 60).");
    }

    [Fact]
    public void Help_UnknownCulture_IsTheUsageErrorNamingTheOption()
    {
        Result result = Cli.Run(["--help", "--culture", "xx-nowhere"]);

        result.ExitCode.ShouldBe(ExitCodes.Usage);
        result.Error.ShouldBe("error: --culture: 'xx-nowhere' is not a culture name; use for example en, es, de or de-DE.\n");
    }

    [Fact]
    public void Help_HeadingsInSpanishAndGerman_AreSystemCommandLinesOwnTranslations()
    {
        Result en = Cli.Run(["log", "--help"]);
        Result es = Cli.Run(["log", "--help", "--culture", "es"]);
        Result de = Cli.Run(["log", "--help", "--culture", "de"]);

        en.Out.ShouldStartWith("Description:\n");
        Headings(en.Out).ShouldBe(["Usage:", "Arguments:", "Options:", "Examples:"]);
        en.Out.ShouldContain("[options]");
        en.Out.ShouldMatch(@"(?s).*--help +Show help and usage information\n.*");
        es.Out.ShouldStartWith("Descripción:\n");
        Headings(es.Out).ShouldBe(["Uso:", "Argumentos:", "Opciones:", "Ejemplos:"]);
        es.Out.ShouldContain("[opciones]");
        es.Out.ShouldMatch(@"(?s).*--help +Mostrar ayuda e información de uso\n.*");
        // System.CommandLine's German leaves "Description:" and "[options]" in English; the tool words its own help option.
        Headings(de.Out).ShouldBe(["Nutzung:", "Argumente:", "Optionen:", "Beispiele:"]);
        de.Out.ShouldMatch(@"(?s).*--help +Hilfe und Nutzungsinformationen anzeigen\n.*");
    }

    [Theory]
    [InlineData("es")]
    [InlineData("de")]
    public void Build_InSpanishOrGerman_TranslatesEveryDescription(string language)
    {
        Dictionary<string, string> english = Descriptions(CultureInfo.InvariantCulture);
        Dictionary<string, string> translated = Descriptions(CultureInfo.GetCultureInfo(language));

        translated.Keys.ShouldBe(english.Keys);
        english.Where(e => translated[e.Key] == e.Value).Select(e => $"{e.Key}: {e.Value}").ShouldBeEmpty();
    }

    [Fact]
    public void Parse_BadCommandLineInGerman_IsTheEnglishUsageError()
    {
        Result en = Cli.Run(["next"]);
        Result de = Cli.Run(["next", "--culture", "de"]);
        Result environment = InCulture("de-DE", () => Cli.Run(["next"]));

        en.ExitCode.ShouldBe(ExitCodes.Usage);
        de.ExitCode.ShouldBe(ExitCodes.Usage);
        de.Error.ShouldBe(en.Error);
        environment.Error.ShouldBe(en.Error);
        en.Error.ShouldStartWith("error: Required argument 'application' missing for command: 'next'.\n");
    }

    /// <summary>The headings after the first: the lines that end in a colon and are not indented.</summary>
    private static string[] Headings(string help) =>
        [.. help.Split('\n').Skip(1).Where(l => l.EndsWith(':') && !l.StartsWith(' '))];

    /// <summary>Every description of the command tree built in <paramref name="culture"/>, by the symbol's path.</summary>
    private static Dictionary<string, string> Descriptions(CultureInfo culture)
    {
        RootCommand root = InCulture(culture.Name, () => CommandLine.Build(new Terminal(TextWriter.Null, TextWriter.Null, rich: false)));
        var descriptions = new Dictionary<string, string>(StringComparer.Ordinal);
        void Walk(Command command, string path)
        {
            descriptions[path] = command.Description ?? string.Empty;
            foreach (Argument argument in command.Arguments)
            {
                descriptions[$"{path} <{argument.Name}>"] = argument.Description ?? string.Empty;
            }

            foreach (Option option in command.Options)
            {
                descriptions[$"{path} {option.Name}"] = option.Description ?? string.Empty;
            }

            foreach (Command sub in command.Subcommands)
            {
                Walk(sub, $"{path} {sub.Name}");
            }
        }

        Walk(root, "followup");
        return descriptions;
    }

    private static T InCulture<T>(string name, Func<T> run)
    {
        CultureInfo before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = name.Length == 0 ? CultureInfo.InvariantCulture : CultureInfo.GetCultureInfo(name);
        try
        {
            return run();
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }
}
