using System.Text.Json;
using FollowUpRules.Cli.Localization;
using FollowUpRules.Cli.Output;
using FollowUpRules.Drafts;
using FollowUpRules.Rules;
using FollowUpRules.Serialization;

namespace FollowUpRules.Cli.Commands;

/// <summary><c>followup validate &lt;file&gt;</c>: checks a playbook or a pipeline file (and the playbook a pipeline names).</summary>
internal static class ValidateCommand
{
    public static int Run(Terminal terminal, string path, bool json = false)
    {
        return json ? RunJson(terminal, path) : RunText(terminal, path);
    }

    /// <summary>
    /// <c>--format json</c>: the verdict and every problem as data (path, line, column, message) on standard output, for
    /// editors and CI; the exit code is the same as the text's.
    /// </summary>
    private static int RunJson(Terminal terminal, string path)
    {
        var quiet = new Terminal(TextWriter.Null, TextWriter.Null, rich: false);
        ValidateReport report;
        int code;
        try
        {
            code = RunText(quiet, path, out report);
        }
        catch (CliException e) when (e.ExitCode == ExitCodes.Invalid)
        {
            report = Errors(path, "pipeline", e.Errors.Count > 0 ? e.Errors : [new FollowUpFileError(string.Empty, e.Message)]);
            code = ExitCodes.Invalid;
        }

        terminal.Out.WriteLine(JsonSerializer.Serialize(report, Output.ReportJson.Context.ValidateReport));
        return code;
    }

    private static int RunText(Terminal terminal, string path) => RunText(terminal, path, out _);

    private static int RunText(Terminal terminal, string path, out ValidateReport report)
    {
        byte[] content = Workspace.ReadFile(path, "JSON", Math.Max(PlaybookJson.MaxLength, PipelineJson.MaxLength));
        if (IsPlaybook(content))
        {
            Playbook playbook;
            try
            {
                playbook = PlaybookJson.Load(new MemoryStream(content), templates: LiquidTemplateChecker.Instance);
            }
            catch (FollowUpFileException e)
            {
                report = Errors(path, "playbook", e.Errors);
                return Report(terminal, path, "playbook", e);
            }

            string summary = CliText.Count("Validate.Playbook", playbook.Rules.Count, playbook.Id, playbook.Version);
            report = new ValidateReport(path, true, "playbook", summary, []);
            terminal.Out.WriteLine($"{path}: {summary}.");
            return ExitCodes.Ok;
        }

        PipelineFile pipeline;
        try
        {
            pipeline = PipelineJson.Load(new MemoryStream(content));
        }
        catch (FollowUpFileException e)
        {
            report = Errors(path, "pipeline", e.Errors);
            return Report(terminal, path, "pipeline", e);
        }

        // Opening checks what needs the playbook too: rules named by snoozes, contacts' holiday calendars, the settings.
        Workspace workspace = Workspace.Open(path, todayText: null, zoneText: null);

        string pipelineSummary = CliText.Count("Validate.Pipeline", pipeline.Applications.Count, workspace.Engine.Playbook.Id);
        report = new ValidateReport(path, true, "pipeline", pipelineSummary, []);
        terminal.Out.WriteLine($"{path}: {pipelineSummary}.");
        return ExitCodes.Ok;
    }

    private static ValidateReport Errors(string path, string kind, IEnumerable<FollowUpFileError> errors) =>
        new(path, false, kind, null, [.. errors.Select(e => new ValidateError(e.Path, e.Line, e.Column, e.Message))]);

    private static int Report(Terminal terminal, string path, string what, FollowUpFileException e)
    {
        terminal.Error.WriteLine($"{path} is not a valid {what}:");
        foreach (FollowUpFileError error in e.Errors)
        {
            terminal.Error.WriteLine($" - {error}");
        }

        return ExitCodes.Invalid;
    }

    /// <summary>A file with a "rules" list at the top is a playbook; anything else, unreadable JSON included, is read as a pipeline.</summary>
    private static bool IsPlaybook(byte[] content)
    {
        try
        {
            using var document = JsonDocument.Parse(content.AsMemory(content.AsSpan().StartsWith("\uFEFF"u8) ? 3 : 0), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            return document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("rules", out _);
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
