namespace FollowUpRules.Cli.Tests.Localization;

/// <summary>
/// The commands that change the pipeline, in Spanish and German: their confirmations in the seeker's language, and the
/// file they write the same byte for byte as the English run's (the culture never changes data). Each runs on Monday
/// 2026-11-23 in Europe/London, on its own copy of the sample pipeline unless it says otherwise.
/// </summary>
public class WritingCommandsTest
{
    [Fact]
    public void Init_InGerman_SaysWhatItWroteAndWritesTheSameFiles()
    {
        string english = Path.Combine(Directory.CreateTempSubdirectory("followup").FullName, "search");
        string folder = Path.Combine(Directory.CreateTempSubdirectory("followup").FullName, "jobsuche");

        Result en = Cli.Run(["init", english, "--zone", "Europe/Berlin"]);
        Result de = Cli.Run(["init", folder, "--zone", "Europe/Berlin", "--culture", "de"]);

        de.ExitCode.ShouldBe(0, de.Error);
        de.Out.ShouldBe(
            $"Ordner {folder} angelegt, darin pipeline.json (noch keine Bewerbungen; deine Zeitzone ist Europe/Berlin) und playbook.json (das Standard-Playbook, zum Anpassen, wenn du magst).\n"
            + $"Als Nächstes: cd {folder}, dann 'followup import applications.csv' (der Export einer Tabelle) oder 'followup add application <company> <role>'.\n");
        en.Out.ShouldStartWith($"Created {english}: wrote pipeline.json (no applications yet; your time zone is Europe/Berlin)");
        File.ReadAllBytes(Path.Combine(folder, "pipeline.json")).ShouldBe(File.ReadAllBytes(Path.Combine(english, "pipeline.json")));
        File.ReadAllBytes(Path.Combine(folder, "playbook.json")).ShouldBe(File.ReadAllBytes(Path.Combine(english, "playbook.json")));
    }

    [Fact]
    public void InitSample_InSpanish_SaysItIsTheSample()
    {
        string folder = Path.Combine(Directory.CreateTempSubdirectory("followup").FullName, "prueba");

        Result es = Cli.Run(["init", folder, "--sample", "--culture", "es"]);

        es.ExitCode.ShouldBe(0, es.Error);
        es.Out.ShouldBe(
            $"Creada la carpeta {folder}, con pipeline.json (el pipeline de ejemplo: cinco candidaturas inventadas para probar la herramienta) y playbook.json (el playbook predeterminado, que puedes editar si quieres).\n"
            + $"Ahora: cd {folder} && followup agenda\n");
    }

    [Fact]
    public void AddApplication_InSpanish_ConfirmsWithTheStatusAndDateInSpanish()
    {
        (Result es, _) = Both("es", "add", "application", "Initech", "QA Engineer", "--applied", "2026-11-20");

        es.Out.ShouldBe(
            "Añadida initech-qa-engineer: QA Engineer en Initech (estado: Enviada), enviada el vie 20/11/2026; es tu segunda candidatura en Initech, y comparten las mismas personas.\n"
            + "Ahora añade a las personas con las que tratas allí: followup add contact initech-qa-engineer \"<name>\" --role Recruiter --email <address>\n");
    }

    [Fact]
    public void AddContact_InGerman_ListsTheDetailsWithDoNotContactInGerman()
    {
        (Result de, _) = Both("de", "add", "contact", "globex-analyst", "Zoë Park", "--role", "HiringManager", "--email", "zoe@globex.example", "--do-not-contact");

        de.Out.ShouldBe(
            "Zoë Park (zoe-park) zu globex-analyst hinzugefügt: HiringManager, zoe@globex.example, nicht kontaktieren.\n"
            + "Im Vorstellungsgespräch kennengelernt? followup log globex-analyst Interview --contact zoe-park --date <yyyy-MM-dd>\n");
    }

    [Fact]
    public void EditApplication_InGerman_ConfirmsTheNewRole()
    {
        (Result de, _) = Both("de", "edit", "application", "initech-engineer", "--role", "Senior Software Engineer");

        de.Out.ShouldBe("initech-engineer geändert: Senior Software Engineer bei Initech (initech-engineer, Im Gespräch), beworben am Mo, 02.11.2026.\n");
    }

    [Fact]
    public void EditContact_InSpanish_SaysEachChangeInSpanish()
    {
        (Result es, _) = Both("es", "edit", "contact", "initech-engineer", "ben", "--phone", "+44 20 7946 0018", "--email", "", "--do-not-contact");

        es.Out.ShouldBe("Cambios en Ben Okafor (ben) en Initech: sin correo, teléfono +44 20 7946 0018, no contactar.\n");
    }

    [Fact]
    public void RemoveApplication_InGerman_CountsWhatGoesWithItInTheDative()
    {
        (Result de, _) = Both("de", "remove", "application", "initech-engineer", "--yes");

        de.Out.ShouldBe("Software Engineer bei Initech (initech-engineer, Im Gespräch), mit 2 Kontakten und 1 Kontaktpunkt entfernt. 'followup undo' holt sie zurück.\n");
    }

    [Fact]
    public void RemoveContact_InSpanish_SaysTheOtherApplicationsKeepThem()
    {
        string path = Cli.EmptyPipeline(out _);
        Cli.Run(["add", "application", "Initech", "Software Engineer", "--applied", "2026-11-02", "--file", path, .. Cli.Fixed]).ExitCode.ShouldBe(0);
        Cli.Run(["add", "application", "Initech", "Tech Lead", "--applied", "2026-11-16", "--file", path, .. Cli.Fixed]).ExitCode.ShouldBe(0);
        Cli.Run(["add", "contact", "initech-software-engineer", "Ana Ruiz", "--file", path, .. Cli.Fixed]).ExitCode.ShouldBe(0);
        Result same = Cli.Run(["add", "contact", "initech-tech-lead", "Ana Ruiz", "--file", path, "--culture", "es", .. Cli.Fixed]);

        Result removed = Cli.Run(["remove", "contact", "initech-tech-lead", "ana-ruiz", "--yes", "--file", path, "--culture", "es", .. Cli.Fixed]);

        same.Out.ShouldContain("Ana Ruiz es la misma persona que en initech-software-engineer (Initech): un solo juego de datos, y un solo paso cuando las dos candidaturas piden el mismo.\n");
        removed.ExitCode.ShouldBe(0, removed.Error);
        removed.Out.ShouldBe("Ana Ruiz (ana-ruiz) ya no está en initech-tech-lead; las demás candidaturas en Initech la conservan. 'followup undo' lo deshace.\n");
    }

    [Fact]
    public void Undo_InGerman_SaysWhatItUndidAndWhatIsLeft()
    {
        string path = Cli.CopyOfSample(out _);
        Cli.Run(["add", "application", "Acme", "Analyst", "--file", path, .. Cli.Fixed]).ExitCode.ShouldBe(0);
        Cli.Run(["status", "acme-analyst", "withdrawn", "--file", path, .. Cli.Fixed]).ExitCode.ShouldBe(0);

        Result de = Cli.Run(["undo", "--file", path, "--culture", "de"]);

        de.ExitCode.ShouldBe(0, de.Error);
        de.Out.ShouldBe($"'followup status acme-analyst withdrawn --file {path} --today 2026-11-23 --zone Europe/London' rückgängig gemacht: {path} ist wieder wie davor. 1 frühere Änderung lässt sich auch noch rückgängig machen.\n");
    }

    [Fact]
    public void Import_InGerman_SummarizesAndNotesInGermanAndWritesWhatEnglishWrites()
    {
        string csv = Path.Combine(Cli.RepositoryRoot(), "docs", "examples", "applications.csv");
        string english = Cli.EmptyPipeline(out _);
        string path = Cli.EmptyPipeline(out _);

        Result en = Cli.Run(["import", csv, "--file", english, .. Cli.Fixed]);
        Result de = Cli.Run(["import", csv, "--file", path, "--culture", "de", .. Cli.Fixed]);

        en.ExitCode.ShouldBe(0, en.Error);
        de.ExitCode.ShouldBe(0, de.Error);
        de.Out.ShouldBe(
            "Ignorierte Spalten: 'Location', 'Notes' (das Tool liest company, role, applied, status, id, reason, rejected, contact, contact role, contact email, contact linkedin, contact phone, hiring manager, recruiter).\n"
            + $"12 Bewerbungen aus {csv} in {path} importiert: Beworben: 5, Im Gespräch: 4, Abgesagt: 3; 2 Kontakte.\n"
            + " - Zeile 9: Abgesagt, ohne Datum in einer Spalte 'rejected': die Absage bekommt das Bewerbungsdatum, Mo, 03.08.2026.\n"
            + "Als Nächstes: 'followup list' zeigt sie; 'followup add contact <application> \"<name>\"' fügt die Personen hinzu, die du kennengelernt hast; 'followup agenda' sagt dir, was zu tun ist.\n");
        File.ReadAllBytes(path).ShouldBe(File.ReadAllBytes(english));
    }

    [Fact]
    public void Import_SameFileAgainInSpanish_ImportsNothingAndSaysSo()
    {
        string csv = Path.Combine(Cli.RepositoryRoot(), "docs", "examples", "applications.csv");
        string path = Cli.EmptyPipeline(out _);
        Cli.Run(["import", csv, "--file", path, .. Cli.Fixed]).ExitCode.ShouldBe(0);

        Result es = Cli.Run(["import", csv, "--file", path, "--culture", "es", .. Cli.Fixed]);

        es.ExitCode.ShouldBe(0, es.Error);
        es.Out.ShouldContain($"No se ha importado nada: las 12 candidaturas de '{csv}' ya están en {path}.\n");
    }

    [Fact]
    public void Validate_InSpanish_SaysThePipelineIsValidInSpanish()
    {
        string pipeline = Path.Combine(Cli.RepositoryRoot(), "docs", "examples", "sample-pipeline.json");

        Result es = Cli.Run(["validate", pipeline, "--culture", "es"]);

        es.ExitCode.ShouldBe(0, es.Error);
        es.Out.ShouldBe($"{pipeline}: un pipeline válido, 5 candidaturas, playbook 'default'.\n");
    }

    [Fact]
    public void Validate_InGerman_SaysThePlaybookIsValidInGerman()
    {
        Cli.EmptyPipeline(out string folder);
        string playbook = Path.Combine(folder, "playbook.json");

        Result de = Cli.Run(["validate", playbook, "--culture", "de"]);

        de.ExitCode.ShouldBe(0, de.Error);
        de.Out.ShouldBe($"{playbook}: ein gültiges Playbook, 'default' Version 1, 16 Regeln.\n");
    }

    [Fact]
    public void Validate_BrokenFileInGerman_ListsTheErrorsInEnglish()
    {
        string broken = Path.Combine(Cli.RepositoryRoot(), "docs", "examples", "broken-pipeline.json");

        Result en = Cli.Run(["validate", broken]);
        Result de = Cli.Run(["validate", broken, "--culture", "de"]);

        de.ExitCode.ShouldBe(ExitCodes.Invalid);
        de.Error.ShouldBe(en.Error, "errors are for fixing a file, and stay in English");
    }

    [Fact]
    public void AddApplication_BadStatusInGerman_IsTheEnglishUsageError()
    {
        (Result de, Result en) = Both("de", "add", "application", "Initech", "QA Engineer", "--status", "sleeping");

        de.ExitCode.ShouldBe(ExitCodes.Usage);
        de.Error.ShouldBe(en.Error);
        de.Error.ShouldStartWith("error: --status: 'sleeping'");
    }

    /// <summary>
    /// Runs the command on one copy of the sample pipeline in English and on another in <paramref name="language"/>, and
    /// checks both end the same way and leave the same file; returns the translated run and the English one.
    /// </summary>
    private static (Result Translated, Result English) Both(string language, params string[] command)
    {
        string english = Cli.CopyOfSample(out _);
        string translated = Cli.CopyOfSample(out _);

        Result en = Cli.Run([.. command, "--file", english, .. Cli.Fixed]);
        Result other = Cli.Run([.. command, "--file", translated, "--culture", language, .. Cli.Fixed]);

        other.ExitCode.ShouldBe(en.ExitCode, other.Error);
        File.ReadAllBytes(translated).ShouldBe(File.ReadAllBytes(english), "the culture changes the words, never the data");
        return (other, en);
    }
}
