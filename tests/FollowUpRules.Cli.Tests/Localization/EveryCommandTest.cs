using System.Text.RegularExpressions;
using FollowUpRules.Domain;
using FollowUpRules.Serialization;

namespace FollowUpRules.Cli.Tests.Localization;

/// <summary>Every command that writes to the seeker, on the bundled sample pipeline (or a copy, for the commands that change it) in Spanish and German: no English word left.</summary>
public class EveryCommandTest
{
    // English words that are in neither Spanish nor German ("plan", "agenda", "status", "name" and "details" are both): one of them is English left over.
    private static readonly Regex English = new(
        @"\b(the|you|your|and|by|due|after|with|from|since|were|is|are|of|to|at|on|send|step|steps|reply|rejection|interview|applied|days?|weeks?|months?|"
        + @"business|latest|earliest|planned|late|upcoming|overdue|nothing|pending|contacts?|touchpoints?|company|role|roles|notes|reach|date|what|who|how|"
        + @"when|why|applications?|draft|wrote|events?|truncated|rule|until|none|yet|add|one|many|then|next)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    public static TheoryData<string, string> Commands
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (string language in new[] { "es", "de" })
            {
                foreach (string command in new[] { "agenda", "next initech-engineer", "plan", "list", "show initech-engineer", "show soylent-designer", "draft initech-engineer", "export-ics" })
                {
                    data.Add(command, language);
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void Run_InSpanishOrGerman_LeavesNoEnglishWord(string command, string language)
    {
        Result result = Cli.Run([.. command.Split(' '), "--culture", language, .. Cli.Fixed]);

        result.ExitCode.ShouldBe(0, result.Error);
        string[] left = [.. English.Matches(Words(command, result.Out)).Select(m => m.Value)];
        left.ShouldBeEmpty($"English left in 'followup {command} --culture {language}':\n{result.Out}");
    }

    public static TheoryData<string, string> WritingCommands
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (string language in new[] { "es", "de" })
            {
                foreach (string command in new[]
                {
                    "init {folder}", "init {folder} --sample", "add application Initech Tester --applied 2026-11-20", "add contact globex-analyst Zed --role Recruiter --email zed@globex.example --do-not-contact",
                    "edit application initech-engineer --role Lead", "edit contact initech-engineer ben --phone 0123 --do-not-contact", "remove application initech-engineer --yes",
                    "remove contact initech-engineer ben --with-touchpoints --yes", "status globex-analyst rejected --reason HiringPaused", "log initech-engineer ThankYouEmail --contact ana",
                    "log initech-engineer done", "undo", "import {csv}", "import {csv} {csv}", "validate {pipeline}",
                })
                {
                    data.Add(command, language);
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(WritingCommands))]
    public void RunWriting_InSpanishOrGerman_LeavesNoEnglishWord(string command, string language)
    {
        string pipeline = Cli.CopyOfSample(out string folder);
        string csv = Path.Combine(Cli.RepositoryRoot(), "docs", "examples", "applications.csv");
        if (command == "undo")
        {
            Cli.Run(["status", "globex-analyst", "Interviewing", "--file", pipeline, .. Cli.Fixed]).ExitCode.ShouldBe(0);
        }

        if (command == "import {csv} {csv}")
        {
            // The same file again: nothing is imported, and the tool says why.
            Cli.Run(["import", csv, "--file", pipeline, .. Cli.Fixed]).ExitCode.ShouldBe(0);
            command = "import {csv}";
        }

        string[] args = [.. command.Split(' ').Select(w => w switch { "{folder}" => Path.Combine(folder, "new"), "{csv}" => csv, "{pipeline}" => pipeline, _ => w })];
        Result result = Cli.Run([.. args, "--file", pipeline, "--culture", language, .. Cli.Fixed]);

        result.ExitCode.ShouldBe(0, result.Error);
        string output = (result.Out + result.Error).Replace(folder, " ", StringComparison.Ordinal).Replace(csv, " ", StringComparison.Ordinal);
        string[] left = [.. English.Matches(Words(command, output)).Select(m => m.Value)];
        left.ShouldBeEmpty($"English left in 'followup {command} --culture {language}':\n{output}");
    }

    [Fact]
    public void Log_InGerman_ConfirmsInGerman()
    {
        string pipeline = Cli.CopyOfSample(out string folder);
        try
        {
            Result result = Cli.Run(["log", "initech-engineer", "ThankYouEmail", "--contact", "ana", "--date", "2026-11-23", "--file", pipeline, "--culture", "de", .. Cli.Fixed]);

            result.ExitCode.ShouldBe(0, result.Error);
            result.Out.ShouldStartWith("Erfasst t");
            result.Out.ShouldContain($": eine Dankes-E-Mail am Mo, 23.11.2026 für initech-engineer in {pipeline}.");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Status_InSpanish_ConfirmsInSpanishWithTheNextStep()
    {
        string pipeline = Cli.CopyOfSample(out string folder);
        try
        {
            Result result = Cli.Run(["status", "globex-analyst", "rejected", "--reason", "HiringPaused", "--file", pipeline, "--culture", "es", .. Cli.Fixed]);

            result.ExitCode.ShouldBe(0, result.Error);
            string[] lines = result.Out.ReplaceLineEndings("\n").TrimEnd().Split('\n');
            lines[0].ShouldStartWith("El estado de globex-analyst ahora es Rechazada (Contratación en pausa), con el rechazo registrado el lun 23/11/2026 (");
            lines[1].ShouldStartWith("Lo siguiente: ");
            English.Matches(lines[1]).ShouldBeEmpty();
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData("plan", "es")]
    [InlineData("agenda", "de")]
    public void Run_HtmlWithCulture_IsAPageInThatLanguage(string command, string language)
    {
        Result result = Cli.Run([command, "--format", "html", "--culture", language, .. Cli.Fixed]);

        result.ExitCode.ShouldBe(0, result.Error);
        result.Out.ShouldContain($"<html lang=\"{language}\">");
        result.Out.ShouldContain(language == "es" ? "<h1 id=\"fur-title\">Tu plan de seguimiento</h1>" : "<h1 id=\"fur-title\">Deine Follow-up-Agenda</h1>");
    }

    /// <summary>The words the tool wrote: without the pipeline's data, the ids and codes a command line takes, and the drafts (written by FollowUpRules.Drafts).</summary>
    private static string Words(string command, string output)
    {
        string text = output;
        if (command.StartsWith("draft", StringComparison.Ordinal))
        {
            // The heading and the step; the draft's own text follows the blank line.
            text = string.Join('\n', output.ReplaceLineEndings("\n").Split('\n').TakeWhile(l => l.Length > 0));
        }
        else if (command == "export-ics")
        {
            text = string.Join('\n', Ics.Events(output).SelectMany(e => new[] { Ics.Unescape(e["SUMMARY"]), Ics.Unescape(e["DESCRIPTION"]).Split("\n\n")[0] }));
        }

        PipelineFile pipeline = PipelineJson.LoadFile(Path.Combine(Cli.RepositoryRoot(), "src", "FollowUpRules.Cli", "Samples", "sample-pipeline.json"));
        IEnumerable<string> data = pipeline.Applications
            .SelectMany(a => new[] { a.Application.Role, a.Application.CompanyName, a.Application.Id }.Concat(a.Contacts.SelectMany(c => new[] { c.Name, c.Id, c.Email, c.PostalAddress, c.LinkedInUrl, c.TimeZoneId })).Concat(a.Touchpoints.Select(t => t.Id)))
            .OfType<string>()
            .Concat(Enum.GetNames<TouchpointKind>())
            .Concat(Enum.GetNames<ContactRole>())
            .Concat(Input.ApplicationCsv.Columns.Select(c => c.Column))
            .Append("Europe/London")
            .OrderByDescending(d => d.Length);
        foreach (string value in data)
        {
            text = text.Replace(value, " ", StringComparison.Ordinal);
        }

        // Line by line: rule ids and command lines are quoted, "followup ..." hints are command lines, and a source's title
        // is capitalized words.
        return string.Join('\n', text.ReplaceLineEndings("\n").Split('\n').Select(line => Regex.Replace(line, @"'[^']*'|followup [^)]*|[A-Z][a-z]+ [A-Z][a-z]+", " ")));
    }
}
