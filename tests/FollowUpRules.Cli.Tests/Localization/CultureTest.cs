using System.Globalization;
using System.Text.RegularExpressions;
using FollowUpRules.Cli.Localization;
using FollowUpRules.Tests.Support;

namespace FollowUpRules.Cli.Tests.Localization;

/// <summary><c>--culture</c>: the agenda and next in the seeker's language; the tool's resources complete in each language.</summary>
public class CultureTest
{
    [Theory]
    [InlineData("es")]
    [InlineData("de")]
    public void Resources_EachTranslation_HasEveryKeyWithTheSamePlaceholders(string language)
    {
        Dictionary<string, string> english = Read(CultureInfo.InvariantCulture);
        Dictionary<string, string> translated = Read(CultureInfo.GetCultureInfo(language));

        translated.Keys.Order().ShouldBe(english.Keys.Order());
        english.Keys.Where(k => Placeholders(english[k]) != Placeholders(translated[k])).ShouldBeEmpty();
    }

    [Fact]
    public void Agenda_CultureDe_SpeaksGermanWithGermanDates()
    {
        Result result = Cli.Run(["agenda", "--culture", "de", .. Cli.Fixed]);

        result.ExitCode.ShouldBe(0, result.Error);
        result.Out.ShouldStartWith("Agenda Mo, 23.11.2026 bis Mo, 30.11.2026 (Europe/London), die mitgelieferte Beispiel-Pipeline:");
        result.Out.ShouldContain("Vorstellungsgespräch am Fr, 20.11.2026 mit Ana Ruiz und Ben Okafor.");
        result.Out.ShouldNotContain("The rejection");
    }

    [Fact]
    public void Next_CultureEs_ExplainsInSpanish()
    {
        Result result = Cli.Run(["next", "initech-engineer", "--culture", "es", .. Cli.Fixed]);

        result.ExitCode.ShouldBe(0, result.Error);
        result.Out.ShouldContain("Lo siguiente (toca): Envía un correo de agradecimiento a Ana Ruiz por correo electrónico, para el lun 23/11/2026");
        result.Out.ShouldContain("Punto de partida: entrevista el vie 20/11/2026 con Ana Ruiz y Ben Okafor.");
    }

    [Fact]
    public void Agenda_GermanAt80Columns_DropsTheWarumColumnAndColoursTheStatuses()
    {
        var output = new StringWriter { NewLine = "\n" };

        int code = Program.Run(["agenda", "--culture", "de", .. Cli.Fixed], new Terminal(output, new StringWriter(), rich: true, width: 80));

        code.ShouldBe(0);
        string text = Regex.Replace(output.ToString(), @"\x1b\[[0-9;?]*[A-Za-z]", string.Empty);
        text.Split('\n').Skip(1).ShouldAllBe(l => l.Length <= 80, "the heading line is a sentence; every line of the steps fits");
        text.ShouldContain("(ohne 'warum' bei dieser Breite: 'followup next <id>' erklärt einen Schritt)");
        Regex.Matches(text, @"\d{4}-\d{2}-\d{2}").Count.ShouldBe(13, "each step's date, whole");
        Regex.IsMatch(output.ToString(), "\x1b\\[[0-9;]*m(verspätet|fällig)").ShouldBeTrue("a step's status is coloured in German as in English");
    }

    [Fact]
    public void Run_WithCulture_PutsTheCallersCultureBack()
    {
        CultureInfo before = CultureInfo.CurrentUICulture;

        Cli.Run(["agenda", "--culture", "de", .. Cli.Fixed]);

        CultureInfo.CurrentUICulture.ShouldBe(before);
    }

    [Fact]
    public void Agenda_UnknownCulture_IsAUsageErrorNamingTheOption()
    {
        Result result = Cli.Run(["agenda", "--culture", "xx-nowhere", .. Cli.Fixed]);

        result.ExitCode.ShouldBe(ExitCodes.Usage);
        result.Error.ShouldContain("--culture: 'xx-nowhere' is not a culture name");
    }

    private static string Placeholders(string text) => ResourceTexts.Placeholders(text);

    private static Dictionary<string, string> Read(CultureInfo culture) => ResourceTexts.Read(CliText.Manager, culture);
}
