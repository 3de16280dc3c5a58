using System.Text.Json;
using FollowUpRules.Rules;
using FollowUpRules.Serialization;

namespace FollowUpRules.Cli.Commands;

/// <summary><c>followup validate &lt;file&gt;</c>: checks a playbook or a pipeline file (and the playbook a pipeline names).</summary>
internal static class ValidateCommand
{
    public static int Run(Terminal terminal, string path)
    {
        byte[] content = Workspace.ReadFile(path, "JSON", Math.Max(PlaybookJson.MaxLength, PipelineJson.MaxLength));
        if (IsPlaybook(content))
        {
            Playbook playbook;
            try
            {
                playbook = PlaybookJson.Load(new MemoryStream(content));
            }
            catch (FollowUpFileException e)
            {
                return Report(terminal, path, "playbook", e);
            }

            terminal.Out.WriteLine($"{path}: a valid playbook, '{playbook.Id}' version {playbook.Version}, {Output.Text.Count(playbook.Rules.Count, "rule")}.");
            return ExitCodes.Ok;
        }

        PipelineFile pipeline;
        try
        {
            pipeline = PipelineJson.Load(new MemoryStream(content));
        }
        catch (FollowUpFileException e)
        {
            return Report(terminal, path, "pipeline", e);
        }

        // Opening checks what needs the playbook too: rules named by snoozes, contacts' holiday calendars, the settings.
        Workspace workspace = Workspace.Open(path, todayText: null, zoneText: null);
        terminal.Out.WriteLine($"{path}: a valid pipeline, {Output.Text.Count(pipeline.Applications.Count, "application")}, playbook '{workspace.Engine.Playbook.Id}'.");
        return ExitCodes.Ok;
    }

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
