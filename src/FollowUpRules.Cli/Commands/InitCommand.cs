using FollowUpRules.Rules;
using FollowUpRules.Serialization;

namespace FollowUpRules.Cli.Commands;

/// <summary><c>followup init [folder]</c>: a starter pipeline (the sample, pointing at the copied playbook) and the default playbook.</summary>
internal static class InitCommand
{
    public const string PipelineFileName = "pipeline.json";

    public const string PlaybookFileName = "playbook.json";

    public static int Run(Terminal terminal, string folder, bool force)
    {
        if (!Directory.Exists(folder))
        {
            throw CliException.File($"The folder '{folder}' does not exist.");
        }

        string pipelinePath = Path.Combine(folder, PipelineFileName);
        string playbookPath = Path.Combine(folder, PlaybookFileName);
        string[] existing = [.. new[] { pipelinePath, playbookPath }.Where(File.Exists)];
        if (existing.Length > 0 && !force)
        {
            throw CliException.File($"{string.Join(" and ", existing.Select(p => $"'{p}'"))} already exist{(existing.Length == 1 ? "s" : string.Empty)}; nothing was written. Use --force to overwrite.");
        }

        PipelineFile sample = Workspace.Parse(Workspace.SampleBytes(), null);
        var starter = new PipelineFile(sample.Seeker, sample.Applications, PlaybookFileName, sample.Settings);
        PlaybookJson.SaveFile(DefaultPlaybook.Instance, playbookPath);
        PipelineJson.SaveFile(starter, pipelinePath);
        terminal.Out.WriteLine($"Wrote {pipelinePath} (the sample pipeline: replace its applications with yours) and {playbookPath} (the default playbook, to edit).");
        terminal.Out.WriteLine($"Next: followup agenda --file {pipelinePath}");
        return ExitCodes.Ok;
    }
}
