using System.CommandLine;
using System.CommandLine.Help;
using FollowUpRules.Cli.Commands;
using FollowUpRules.Cli.Localization;

namespace FollowUpRules.Cli;

/// <summary>The command tree: the commands, their arguments and options, each wired to its handler.</summary>
internal static class CommandLine
{
    /// <summary>The option that names the culture to write in.</summary>
    public const string CultureOption = "--culture";

    public static RootCommand Build(Terminal terminal)
    {
        var file = new Option<string?>("--file", "-f") { Description = CliText.Get("Help.File"), Recursive = true };
        var today = new Option<string?>("--today") { Description = CliText.Get("Help.Today"), Recursive = true };
        var zone = new Option<string?>("--zone") { Description = CliText.Get("Help.Zone"), Recursive = true };
        var format = new Option<string>("--format") { Description = CliText.Get("Help.Format"), Recursive = true, DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong(Options.Text, Options.JsonFormat, Options.HtmlFormat);
        var culture = new Option<string?>(CultureOption) { Description = CliText.Get("Help.Culture"), Recursive = true };

        var global = new GlobalOptions(file, today, zone, format);
        Options Common(ParseResult r) => global.Read(r);
        Option<string?> OutputFile() => new("--output", "-o") { Description = CliText.Get("Help.Output") };

        var root = new RootCommand(CliText.Get("Help.Root"));
        root.Add(file);
        root.Add(today);
        root.Add(zone);
        root.Add(format);
        root.Add(culture);

        Option<string?> agendaOutput = OutputFile();
        var agenda = new Command("agenda", CliText.Get("Help.Agenda")) { agendaOutput };
        agenda.SetAction(r => Output.OutputFile.Write(terminal, r.GetValue(agendaOutput), t => AgendaCommand.Run(t, Common(r))));
        root.Add(agenda);

        var nextApplication = new Argument<string>("application") { Description = CliText.Get("Help.ApplicationId") };
        var next = new Command("next", CliText.Get("Help.Next")) { nextApplication };
        next.SetAction(r => NextCommand.Run(terminal, Common(r), r.GetValue(nextApplication)!));
        root.Add(next);

        var draftApplication = new Argument<string>("application") { Description = CliText.Get("Help.ApplicationId") };
        var step = new Option<int?>("--step") { Description = CliText.Get("Help.Draft.Step") };
        var draft = new Command("draft", CliText.Get("Help.Draft")) { draftApplication, step };
        draft.SetAction(r => DraftCommand.Run(terminal, Common(r), r.GetValue(draftApplication)!, r.GetValue(step)));
        root.Add(draft);

        Option<int> months = SharedOptions.Months();
        var planApplication = new Argument<string?>("application") { Description = CliText.Get("Help.Plan.Application"), Arity = ArgumentArity.ZeroOrOne };
        Option<string?> planOutput = OutputFile();
        var plan = new Command("plan", CliText.Get("Help.Plan")) { planApplication, months, planOutput };
        plan.SetAction(r => Output.OutputFile.Write(terminal, r.GetValue(planOutput), t => PlanCommand.Run(t, Common(r), r.GetValue(planApplication), r.GetValue(months))));
        root.Add(plan);

        var logApplication = new Argument<string>("application") { Description = CliText.Get("Help.ApplicationId") };
        var kind = new Argument<string>("kind") { Description = CliText.Get("Help.Log.Kind") };
        var contact = new Option<string[]>("--contact") { Description = CliText.Get("Help.Log.Contact"), AllowMultipleArgumentsPerToken = false };
        Option<string?> date = SharedOptions.Date("Help.Log.Date");
        Option<string?> reason = SharedOptions.Reason();
        var outcome = new Option<string?>("--outcome") { Description = CliText.Get("Help.Log.Outcome") };
        var until = new Option<string?>("--until") { Description = CliText.Get("Help.Log.Until") };
        var rule = new Option<string?>("--rule") { Description = CliText.Get("Help.Log.Rule") };
        var log = new Command("log", CliText.Get("Help.Log")) { logApplication, kind, contact, date, outcome, until, rule, reason };
        log.SetAction(r => LogCommand.Run(terminal, Common(r), new LogCommand.Arguments(r.GetValue(logApplication)!, r.GetValue(kind)!, r.GetValue(contact) ?? [], r.GetValue(date), r.GetValue(outcome), r.GetValue(until), r.GetValue(rule), r.GetValue(reason))));
        root.Add(log);

        var validateFile = new Argument<string>("file") { Description = CliText.Get("Help.Validate.File") };
        var validate = new Command("validate", CliText.Get("Help.Validate")) { validateFile };
        validate.SetAction(r =>
        {
            Options options = Common(r);
            options.RefuseHtml("validate");
            return ValidateCommand.Run(terminal, r.GetValue(validateFile)!, options.Json);
        });
        root.Add(validate);

        var output = new Option<string?>("--output", "-o") { Description = CliText.Get("Help.ExportIcs.Output") };
        Option<int> icsMonths = SharedOptions.Months();
        var exportIcs = new Command("export-ics", CliText.Get("Help.ExportIcs")) { output, icsMonths };
        exportIcs.SetAction(r => ExportIcsCommand.Run(terminal, Common(r), r.GetValue(output), r.GetValue(icsMonths)));
        root.Add(exportIcs);

        var folder = new Argument<string?>("folder") { Description = CliText.Get("Help.Init.Folder"), Arity = ArgumentArity.ZeroOrOne };
        var force = new Option<bool>("--force") { Description = CliText.Get("Help.Init.Force") };
        var sample = new Option<bool>("--sample") { Description = CliText.Get("Help.Init.Sample") };
        var init = new Command("init", CliText.Get("Help.Init")) { folder, force, sample };
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
        // System.CommandLine words these two in English and Spanish, not in German: the tool words them in every language.
        root.Options.OfType<HelpOption>().Single().Description = CliText.Get("Help.HelpOption");
        root.Options.OfType<VersionOption>().Single().Description = CliText.Get("Help.VersionOption");

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
