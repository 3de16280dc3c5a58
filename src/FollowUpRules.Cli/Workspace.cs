using System.Reflection;
using System.Security.Cryptography;
using FollowUpRules.Domain;
using FollowUpRules.Engine;
using FollowUpRules.Rules;
using FollowUpRules.Serialization;
using NodaTime;
using NodaTime.Text;

namespace FollowUpRules.Cli;

/// <summary>
/// A pipeline as a command sees it: the file (or the bundled sample), the content hash read, the effective playbook, the
/// engine, the seeker's zone and "today".
/// </summary>
internal sealed class Workspace
{
    public const string SampleResource = "sample-pipeline.json";

    private Workspace(string? path, byte[] content, PipelineFile pipeline, Playbook playbook, DateTimeZone zone, LocalDate today)
    {
        Path = path;
        Content = content;
        Pipeline = pipeline;
        Engine = new FollowUpEngine(playbook, SystemClock.Instance);
        Zone = zone;
        Today = today;
        Seeker = new Seeker(zone, pipeline.Seeker.EmployedElsewhereSince);
    }

    /// <summary>Gets the pipeline file's path, or <see langword="null"/> for the bundled sample.</summary>
    public string? Path { get; }

    public byte[] Content { get; }

    public PipelineFile Pipeline { get; }

    public FollowUpEngine Engine { get; }

    public DateTimeZone Zone { get; }

    public LocalDate Today { get; }

    public Seeker Seeker { get; }

    public string Source => Path ?? "the bundled sample pipeline";

    public IReadOnlyList<EvaluationInput> Inputs() => [.. Pipeline.Applications.Select(a => a.ToInput(Seeker))];

    public EvaluationInput Input(string applicationId) =>
        Pipeline.Find(applicationId)?.ToInput(Seeker)
        ?? throw CliException.Usage($"There is no application '{applicationId}' in {Source}; its applications are: {string.Join(", ", Pipeline.Applications.Select(a => a.Application.Id))}.");

    public static byte[] SampleBytes()
    {
        using Stream stream = typeof(Workspace).Assembly.GetManifestResourceStream(SampleResource)!;
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }

    public static Workspace Open(string? path, string? todayText, string? zoneText)
    {
        byte[] content = path is null ? SampleBytes() : ReadFile(path, "pipeline");
        PipelineFile pipeline = Parse(content, path);
        Playbook playbook = DefaultPlaybook.Instance;
        if (pipeline.PlaybookPath is { } playbookPath)
        {
            string folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path ?? "."))!;
            string full = System.IO.Path.Combine(folder, playbookPath);
            ReadFile(full, "playbook");
            playbook = PlaybookJson.LoadFile(full);
        }

        playbook = pipeline.Settings.ApplyTo(playbook);
        DateTimeZone zone = zoneText is null ? pipeline.Seeker.Zone : ParseZone(zoneText);
        LocalDate today = todayText is null ? SystemClock.Instance.GetCurrentInstant().InZone(zone).Date : ParseDate(todayText, "--today");
        if (PipelineJson.Validate(pipeline, playbook, today) is { Count: > 0 } errors)
        {
            throw new CliException(ExitCodes.Invalid, $"{(path is null ? "The bundled sample" : $"The file '{path}'")} is not valid on {LocalDatePattern.Iso.Format(today)} with the playbook '{playbook.Id}':" + string.Concat(errors.Select(x => Environment.NewLine + " - " + x)));
        }

        return new Workspace(path, content, pipeline, playbook, zone, today);
    }

    public static PipelineFile Parse(byte[] content, string? path)
    {
        try
        {
            return PipelineJson.Load(new MemoryStream(content));
        }
        catch (FollowUpFileException e)
        {
            throw new CliException(ExitCodes.Invalid, $"{(path is null ? "The bundled sample" : $"The file '{path}'")} is not a valid pipeline:" + string.Concat(e.Errors.Select(x => Environment.NewLine + " - " + x)));
        }
    }

    public static byte[] ReadFile(string path, string what)
    {
        try
        {
            return File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw CliException.File($"The {what} file '{path}' does not exist.");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw CliException.File($"The {what} file '{path}' cannot be read: {e.Message}");
        }
    }

    public static string Hash(byte[] content) => Convert.ToHexString(SHA256.HashData(content));

    public static DateTimeZone ParseZone(string text) =>
        DateTimeZoneProviders.Tzdb.GetZoneOrNull(text)
        ?? throw CliException.Usage($"'{text}' is not a time zone id of the TZDB; use for example Europe/London or America/New_York.");

    public static LocalDate ParseDate(string text, string option)
    {
        ParseResult<LocalDate> result = LocalDatePattern.Iso.Parse(text);
        return result.Success ? result.Value : throw CliException.Usage($"{option}: '{text}' is not a date; write it as 2026-11-23 (year, month, day).");
    }

    /// <summary>Replaces the pipeline file with new content, unless it changed on disk since it was read.</summary>
    public void Save(PipelineFile updated)
    {
        string path = Path ?? throw CliException.Usage("The bundled sample is read-only; give a pipeline file with --file (create one with 'followup init').");
        byte[] now = ReadFile(path, "pipeline");
        if (Hash(now) != Hash(Content))
        {
            throw CliException.File($"The file '{path}' changed on disk since it was read; nothing was written. Run the command again.");
        }

        PipelineJson.SaveFile(updated, path);
    }
}
