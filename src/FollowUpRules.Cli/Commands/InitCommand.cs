using FollowUpRules.Cli.Localization;
using FollowUpRules.Domain;
using FollowUpRules.Rules;
using FollowUpRules.Serialization;
using NodaTime;

namespace FollowUpRules.Cli.Commands;

/// <summary>
/// <c>followup init [folder]</c>: creates the folder if needed, and writes a pipeline with no applications yet (or the
/// sample's, with <c>--sample</c>) pointing at a copy of the default playbook written beside it.
/// </summary>
internal static class InitCommand
{
    public const string PipelineFileName = Workspace.DefaultFile;

    public const string PlaybookFileName = "playbook.json";

    public static int Run(Terminal terminal, string folder, bool force, bool sample, string? zoneText)
    {
        if (File.Exists(folder))
        {
            throw CliException.File($"'{folder}' is a file, not a folder; give the folder to write {PipelineFileName} and {PlaybookFileName} into.");
        }

        string pipelinePath = Path.Combine(folder, PipelineFileName);
        string playbookPath = Path.Combine(folder, PlaybookFileName);
        string[] existing = [.. new[] { pipelinePath, playbookPath }.Where(File.Exists)];
        if (existing.Length > 0 && !force)
        {
            throw CliException.File($"{string.Join(" and ", existing.Select(p => $"'{p}'"))} already exist{(existing.Length == 1 ? "s" : string.Empty)}; nothing was written. Use --force to overwrite.");
        }

        bool created = !Directory.Exists(folder);
        try
        {
            Directory.CreateDirectory(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            throw CliException.File($"The folder '{folder}' cannot be created: {e.Message}");
        }

        PipelineFile starter;
        if (sample)
        {
            PipelineFile bundled = Workspace.Parse(Workspace.SampleBytes(), null);
            starter = new PipelineFile(zoneText is null ? bundled.Seeker : new Seeker(Workspace.ParseZone(zoneText, "--zone")), bundled.Applications, PlaybookFileName, bundled.Settings);
        }
        else
        {
            DateTimeZone zone = zoneText is null ? DateTimeZoneProviders.Tzdb.GetSystemDefault() : Workspace.ParseZone(zoneText, "--zone");
            starter = new PipelineFile(new Seeker(zone), [], PlaybookFileName);
        }

        PlaybookJson.SaveFile(DefaultPlaybook.Instance, playbookPath);
        PipelineJson.SaveFile(starter, pipelinePath);
        string what = sample ? CliText.Get("Init.Sample") : CliText.Format("Init.Empty", starter.Seeker.Zone.Id);
        terminal.Out.WriteLine(CliText.Format(created ? "Init.Created" : "Init.In", folder, PipelineFileName, what, PlaybookFileName));
        terminal.Out.WriteLine(CliText.Format(sample ? "Init.NextSample" : "Init.NextEmpty", folder));
        return ExitCodes.Ok;
    }
}
