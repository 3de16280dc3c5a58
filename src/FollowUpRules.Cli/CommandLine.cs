using System.CommandLine;
using FollowUpRules.Cli.Commands;

namespace FollowUpRules.Cli;

/// <summary>The command tree: the commands, their arguments and options, each wired to its handler.</summary>
internal static class CommandLine
{
    /// <summary>The option that names the culture to write in.</summary>
    public const string CultureOption = "--culture";

    public static RootCommand Build(Terminal terminal)
    {
        var file = new Option<string?>("--file", "-f") { Description = "The pipeline file; without it, read-only commands use the bundled sample pipeline.", Recursive = true };
        var today = new Option<string?>("--today") { Description = "The date to plan from, yyyy-MM-dd; without it, today in the seeker's zone.", Recursive = true };
        var zone = new Option<string?>("--zone") { Description = "The seeker's time zone (a TZDB id such as Europe/London), overriding the pipeline's.", Recursive = true };
        var format = new Option<string>("--format") { Description = "text, json, or html (a self-contained page with a timeline; plan and agenda).", Recursive = true, DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong(Options.Text, Options.JsonFormat, Options.HtmlFormat);
        var culture = new Option<string?>(CultureOption) { Description = "The language of what the tool writes for you (agenda, next, plan, list, show, draft, export-ics, the HTML pages): en, es or de, or a culture name such as de-DE; without it, the environment's.", Recursive = true };

        var global = new GlobalOptions(file, today, zone, format);
        Options Common(ParseResult r) => global.Read(r);
        Option<string?> OutputFile() => new("--output", "-o") { Description = "The file to write (atomically); standard output when left out." };

        var root = new RootCommand("followup: what follow-up to do next, for whom, and when, for every application in a pipeline file.");
        root.Add(file);
        root.Add(today);
        root.Add(zone);
        root.Add(format);
        root.Add(culture);

        Option<string?> agendaOutput = OutputFile();
        var agenda = new Command("agenda", "What to do today and this week across all applications, most urgent first.") { agendaOutput };
        agenda.SetAction(r => Output.OutputFile.Write(terminal, r.GetValue(agendaOutput), t => AgendaCommand.Run(t, Common(r))));
        root.Add(agenda);

        var nextApplication = new Argument<string>("application") { Description = "The application's id." };
        var next = new Command("next", "The next step for one application, with the full explanation.") { nextApplication };
        next.SetAction(r => NextCommand.Run(terminal, Common(r), r.GetValue(nextApplication)!));
        root.Add(next);

        var draftApplication = new Argument<string>("application") { Description = "The application's id." };
        var step = new Option<int?>("--step") { Description = "Which pending step, in the order 'next' lists them (1 is the next); the next when left out." };
        var draft = new Command("draft", "What to write for the next (or the chosen) step: a message to edit and send, or how to do a step that writes to nobody.") { draftApplication, step };
        draft.SetAction(r => DraftCommand.Run(terminal, Common(r), r.GetValue(draftApplication)!, r.GetValue(step)));
        root.Add(draft);

        Option<int> months = SharedOptions.Months();
        var planApplication = new Argument<string?>("application") { Description = "One application's id; all when left out.", Arity = ArgumentArity.ZeroOrOne };
        Option<string?> planOutput = OutputFile();
        var plan = new Command("plan", "The timeline ahead, per application or for all.") { planApplication, months, planOutput };
        plan.SetAction(r => Output.OutputFile.Write(terminal, r.GetValue(planOutput), t => PlanCommand.Run(t, Common(r), r.GetValue(planApplication), r.GetValue(months))));
        root.Add(plan);

        var logApplication = new Argument<string>("application") { Description = "The application's id." };
        var kind = new Argument<string>("kind") { Description = "The touchpoint kind, for example ThankYouEmail, Reply, Snooze, Dismissal; or done, to mark the application's next step done." };
        var contact = new Option<string[]>("--contact") { Description = "A contact's id (repeat for several).", AllowMultipleArgumentsPerToken = false };
        Option<string?> date = SharedOptions.Date("When it happened");
        Option<string?> reason = SharedOptions.Reason();
        var outcome = new Option<string?>("--outcome") { Description = "For a Reply: Yes, No or Neutral." };
        var until = new Option<string?>("--until") { Description = "For a Snooze: the date it snoozes until." };
        var rule = new Option<string?>("--rule") { Description = "For a Snooze or Dismissal: the rule of the step; the application's next step when left out." };
        var log = new Command("log", "Record a touchpoint (a done step, a reply, a snooze, a dismissal) in the pipeline file.") { logApplication, kind, contact, date, outcome, until, rule, reason };
        log.SetAction(r => LogCommand.Run(terminal, Common(r), new LogCommand.Arguments(r.GetValue(logApplication)!, r.GetValue(kind)!, r.GetValue(contact) ?? [], r.GetValue(date), r.GetValue(outcome), r.GetValue(until), r.GetValue(rule), r.GetValue(reason))));
        root.Add(log);

        var validateFile = new Argument<string>("file") { Description = "A playbook or pipeline file." };
        var validate = new Command("validate", "Check a playbook or pipeline file: every error with its path, and line and column for JSON syntax errors.") { validateFile };
        validate.SetAction(r =>
        {
            Options options = Common(r);
            options.RefuseHtml("validate");
            return ValidateCommand.Run(terminal, r.GetValue(validateFile)!, options.Json);
        });
        root.Add(validate);

        var output = new Option<string?>("--output", "-o") { Description = "The .ics file to write; standard output when left out." };
        Option<int> icsMonths = SharedOptions.Months();
        var exportIcs = new Command("export-ics", "The planned follow-ups as an iCalendar (.ics) file for Google Calendar, Outlook or Apple Calendar.") { output, icsMonths };
        exportIcs.SetAction(r => ExportIcsCommand.Run(terminal, Common(r), r.GetValue(output), r.GetValue(icsMonths)));
        root.Add(exportIcs);

        var folder = new Argument<string?>("folder") { Description = "Where to write pipeline.json and playbook.json; the current folder when left out.", Arity = ArgumentArity.ZeroOrOne };
        var force = new Option<bool>("--force") { Description = "Overwrite files that are already there." };
        var sample = new Option<bool>("--sample") { Description = "Start from the sample pipeline (five made-up applications) to try the tool, rather than an empty one." };
        var init = new Command("init", "Write a pipeline (pipeline.json, no applications yet) and a copy of the default playbook (playbook.json) into a folder, creating it.") { folder, force, sample };
        init.SetAction(r =>
        {
            Common(r).TextOnly("init");
            return InitCommand.Run(terminal, r.GetValue(folder) ?? ".", r.GetValue(force), r.GetValue(sample), r.GetValue(zone));
        });
        root.Add(init);

        root.Add(AddCommand.Create(terminal, global));
        root.Add(EditCommand.Create(terminal, global));
        root.Add(RemoveCommand.Create(terminal, global));
        root.Add(StatusCommand.Create(terminal, global));
        root.Add(ListCommand.Create(terminal, global));
        root.Add(ShowCommand.Create(terminal, global));
        root.Add(ImportCommand.Create(terminal, global));
        root.Add(UndoCommand.Create(terminal, global));
        Help.AddExamples(root);

        return root;
    }
}

/// <summary>The options every command takes, defined once on the root (recursive) and read into <see cref="Options"/>.</summary>
internal sealed record GlobalOptions(Option<string?> File, Option<string?> Today, Option<string?> Zone, Option<string> Format)
{
    public Options Read(ParseResult result) =>
        new(result.GetValue(File), result.GetValue(Today), result.GetValue(Zone), result.GetValue(Format) ?? Options.Text, CommandText(result));

    /// <summary>The command line as a person would type it again: <c>followup status acme-pm rejected --reason HiringPaused</c>.</summary>
    private static string CommandText(ParseResult result) =>
        "followup " + string.Join(' ', result.Tokens.Select(t => t.Value.Length > 0 && t.Value.All(c => char.IsLetterOrDigit(c) || c is '-' or '_' or '.' or '/' or ':' or '@' or '~' or '+') ? t.Value : "'" + t.Value.Replace("'", "'\\''", StringComparison.Ordinal) + "'"));
}

/// <summary>The options every command reading a pipeline takes.</summary>
internal sealed record Options(string? File, string? Today, string? Zone, string Format, string Command = "followup")
{
    public const string Text = "text";
    public const string JsonFormat = "json";
    public const string HtmlFormat = "html";

    public bool Json => Format == JsonFormat;

    public bool Html => Format == HtmlFormat;

    /// <summary>Refuses <c>--format html</c> for a command that has no page to show.</summary>
    public void RefuseHtml(string command)
    {
        if (Html)
        {
            throw CliException.Usage($"--format html is for 'plan' and 'agenda'; '{command}' writes text or json.");
        }
    }

    /// <summary>The file a person named with --file, else <c>pipeline.json</c> when the current folder has one.</summary>
    public string? FileOrDefault => File ?? (System.IO.File.Exists(Workspace.DefaultFile) ? Workspace.DefaultFile : null);

    public Workspace Open() => Workspace.Open(FileOrDefault, Today, Zone);

    /// <summary>Opens the pipeline file to change it, holding its lock until the workspace is disposed.</summary>
    public Workspace OpenForUpdate(string command)
    {
        string file = FileOrDefault
            ?? throw CliException.Usage($"{command} writes to a pipeline file, and there is no {Workspace.DefaultFile} here: run it in the folder of your pipeline, or give the file with --file (create one with 'followup init'); the bundled sample is read-only.");
        return Workspace.OpenForUpdate(file, Today, Zone, Command);
    }

    /// <summary>Refuses <c>--format json</c> or <c>html</c> in a command whose output is a sentence, rather than ignoring it.</summary>
    public void TextOnly(string command)
    {
        if (Format != Text)
        {
            throw CliException.Usage($"{command} has no {Format.ToUpperInvariant()} output (it says what it did in a sentence); leave out --format {Format}.");
        }
    }
}
