using System.Reflection;
using System.Security.Cryptography;
using FollowUpRules.Domain;
using FollowUpRules.Drafts;
using FollowUpRules.Engine;
using FollowUpRules.Html;
using FollowUpRules.Rules;
using FollowUpRules.Serialization;
using NodaTime;
using NodaTime.Text;

namespace FollowUpRules.Cli;

/// <summary>
/// A pipeline as a command sees it: the file (or the bundled sample), the content hash read, the effective playbook, the
/// engine, the seeker's zone and "today". A writing command opens it with <see cref="OpenForUpdate"/>: the file's lock is
/// held from before it is read until the workspace is disposed, so concurrent commands take turns and never lose a change.
/// </summary>
internal sealed class Workspace : IDisposable
{
    public const string SampleResource = "sample-pipeline.json";

    /// <summary>The pipeline file a command uses without --file, when the current folder has it.</summary>
    public const string DefaultFile = "pipeline.json";

    private Workspace(string? path, byte[] content, PipelineFile pipeline, Playbook playbook, DateTimeZone zone, LocalDate today)
    {
        Path = path;
        Content = content;
        Pipeline = pipeline;
        Engine = new FollowUpEngine(playbook, SystemClock.Instance);
        Drafts = new DraftWriter(playbook);
        Zone = zone;
        Today = today;
        Seeker = new Seeker(zone, pipeline.Seeker.EmployedElsewhereSince, pipeline.Seeker.Name, pipeline.Seeker.Signature);
    }

    /// <summary>Gets the pipeline file's path, or <see langword="null"/> for the bundled sample.</summary>
    public string? Path { get; }

    public byte[] Content { get; }

    public PipelineFile Pipeline { get; }

    public FollowUpEngine Engine { get; }

    /// <summary>Gets the writer of the playbook's drafts, for <c>draft</c>, <c>next</c> and <c>export-ics</c>.</summary>
    public DraftWriter Drafts { get; }

    public DateTimeZone Zone { get; }

    /// <summary>The timeline page's options: the seeker's zone, and each step's draft, written from the input it came from.</summary>
    public TimelineOptions TimelineOptions(IEnumerable<EvaluationInput> inputs)
    {
        Dictionary<string, EvaluationInput> byId = inputs.ToDictionary(i => i.Application.Id, StringComparer.Ordinal);
        return new TimelineOptions
        {
            Zone = Zone,
            // The run's culture: --culture's, else the environment's.
            Culture = System.Globalization.CultureInfo.CurrentUICulture,
            Drafts = (application, step) => byId.TryGetValue(application.Id, out EvaluationInput? input) ? Drafts.Write(input, step)?.ToString() : null,
        };
    }

    public LocalDate Today { get; }

    public Seeker Seeker { get; }

    public string Source => Path ?? Localization.CliText.Get("Source.Sample");

    /// <summary>The file's lock, held by a workspace opened for update; <see langword="null"/> otherwise.</summary>
    private LockedFile? Held { get; set; }

    public IReadOnlyList<EvaluationInput> Inputs() => [.. Pipeline.Applications.Select(a => a.ToInput(Seeker))];

    /// <summary>Gets the command line that opened the workspace for update, kept with the version it replaces (see <see cref="History"/>).</summary>
    public string Command { get; private set; } = string.Empty;

    public EvaluationInput Input(string applicationId) => Entry(applicationId).ToInput(Seeker);

    /// <summary>The application with that id, or a usage error that suggests the nearest id and lists some.</summary>
    public PipelineApplication Entry(string applicationId) =>
        Pipeline.Find(applicationId) ?? throw CliException.Usage(NoApplication(Pipeline, applicationId, Source));

    public static string NoApplication(PipelineFile pipeline, string applicationId, string source)
    {
        string[] ids = [.. pipeline.Applications.Select(a => a.Application.Id)];
        if (ids.Length == 0)
        {
            return $"There is no application '{applicationId}' in {source}: it has none yet; add one with 'followup add application' or 'followup import'.";
        }

        string? near = Utility.Suggestions.Nearest(applicationId, ids);
        string list = ids.Length <= 12 ? string.Join(", ", ids) : string.Join(", ", ids.Take(12)) + $" and {ids.Length - 12} more ('followup list' shows them all)";
        return $"There is no application '{applicationId}' in {source}." + (near is null ? string.Empty : $" Did you mean '{near}'?") + $" Its applications are: {list}.";
    }

    public static byte[] SampleBytes()
    {
        using Stream stream = typeof(Workspace).Assembly.GetManifestResourceStream(SampleResource)!;
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }

    /// <summary>
    /// Opens a pipeline file to change it: takes its lock (waiting for another command that holds it), then reads it.
    /// Dispose the workspace to release the lock, after <see cref="Save"/>.
    /// </summary>
    public static Workspace OpenForUpdate(string path, string? todayText, string? zoneText, string command = "")
    {
        LockedFile held = FileAction(path, "pipeline", () => LockedFile.Acquire(path));
        try
        {
            Workspace workspace = Open(path, todayText, zoneText);
            workspace.Held = held;
            workspace.Command = command;
            return workspace;
        }
        catch
        {
            held.Dispose();
            throw;
        }
    }

    public static Workspace Open(string? path, string? todayText, string? zoneText)
    {
        byte[] content = path is null ? SampleBytes() : ReadFile(path, "pipeline", PipelineJson.MaxLength);
        PipelineFile pipeline = Parse(content, path);
        Playbook playbook = DefaultPlaybook.Instance;
        if (pipeline.PlaybookPath is { } playbookPath)
        {
            string folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path ?? "."))!;
            string full = System.IO.Path.Combine(folder, playbookPath);
            playbook = FileAction(full, "playbook", () => PlaybookJson.LoadFile(full, templates: LiquidTemplateChecker.Instance));
        }

        DateTimeZone zone = zoneText is null ? pipeline.Seeker.Zone : ParseZone(zoneText);
        LocalDate today = todayText is null ? SystemClock.Instance.GetCurrentInstant().InZone(zone).Date : ParseDate(todayText, "--today");
        if (PipelineJson.Validate(pipeline, playbook, today) is { Count: > 0 } errors)
        {
            throw new CliException(ExitCodes.Invalid, $"{(path is null ? "The bundled sample" : $"The file '{path}'")} is not valid on {LocalDatePattern.Iso.Format(today)} with the playbook '{playbook.Id}':" + string.Concat(errors.Select(x => Environment.NewLine + " - " + x))) { Errors = errors };
        }

        // Validate checked everything applying the settings checks, with the file's paths.
        playbook = pipeline.Settings.ApplyTo(playbook);

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

    /// <summary>Reads a regular file of at most <paramref name="maxLength"/> bytes; every problem is the tool's error naming the file.</summary>
    public static byte[] ReadFile(string path, string what, int maxLength) =>
        FileAction(path, what, () => RegularFile.ReadAll(path, maxLength, () => new CliException(ExitCodes.Invalid, $"The {what} file '{path}' is larger than {maxLength / 1024} KiB, the most it may be.")));

    /// <summary>Runs a file operation, turning every problem with the path into the tool's file error (exit code 3).</summary>
    public static T FileAction<T>(string path, string what, Func<T> action)
    {
        try
        {
            return action();
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw CliException.File($"The {what} file '{path}' does not exist.");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The core's messages start with the path: "'x' is not a regular file ...".
            throw CliException.File(e.Message.StartsWith('\'') ? $"The {what} file {e.Message}" : $"The {what} file '{path}' cannot be read: {e.Message}");
        }
    }

    public static string Hash(byte[] content) => Convert.ToHexString(SHA256.HashData(content));

    public static DateTimeZone ParseZone(string text, string? option = null) =>
        DateTimeZoneProviders.Tzdb.GetZoneOrNull(text)
        ?? throw CliException.Usage((option is null ? string.Empty : option + ": ") + $"'{text}' is not a time zone id of the TZDB; use for example Europe/London or America/New_York."
            + (Utility.Suggestions.Nearest(text, DateTimeZoneProviders.Tzdb.Ids) is { } near ? $" Did you mean '{near}'?" : string.Empty));

    public static LocalDate ParseDate(string text, string option)
    {
        ParseResult<LocalDate> result = LocalDatePattern.Iso.Parse(text);
        if (!result.Success)
        {
            throw CliException.Usage($"{option}: {Utility.Echo.Quote(text)} is not a date; write it as 2026-11-23 (year, month, day).");
        }

        return result.Value >= Validation.Limits.MinDate && result.Value <= Validation.Limits.MaxDate
            ? result.Value
            : throw CliException.Usage($"{option}: {Text(result.Value)} is outside the supported dates, {Text(Validation.Limits.MinDate)} to {Text(Validation.Limits.MaxDate)}.");
    }

    /// <summary>The last day of a span from today, refused (a usage error naming the option) when it ends after the last supported date.</summary>
    public LocalDate Until(Period span, string what)
    {
        LocalDate end = Today.Plus(span);
        return end <= Validation.Limits.MaxDate
            ? end
            : throw CliException.Usage($"{what} from {Text(Today)} would end on {Text(end)}, after {Text(Validation.Limits.MaxDate)}, the last date supported; give an earlier --today.");
    }

    private static string Text(LocalDate date) => LocalDatePattern.Iso.Format(date);

    /// <summary>
    /// Replaces the pipeline file with new content, atomically and under the lock this workspace holds, unless it changed
    /// on disk since it was read (an editor that does not take the lock). The version replaced is kept for
    /// <c>followup undo</c> (<see cref="History"/>). Nothing is written when the content would not change.
    /// </summary>
    /// <returns>Whether the file was written.</returns>
    public bool Save(PipelineFile updated)
    {
        string path = Path ?? throw CliException.Usage("The bundled sample is read-only; give a pipeline file with --file (create one with 'followup init').");
        LockedFile held = Held ?? throw new InvalidOperationException("A workspace is saved only when opened with OpenForUpdate.");
        byte[] now = ReadFile(path, "pipeline", PipelineJson.MaxLength);
        if (Hash(now) != Hash(Content))
        {
            throw CliException.File($"The file '{path}' changed on disk since it was read; nothing was written. Run the command again.");
        }

        byte[] next = System.Text.Encoding.UTF8.GetBytes(PipelineJson.Save(updated));
        if (next.Length > PipelineJson.MaxLength)
        {
            throw new CliException(ExitCodes.Invalid, $"The pipeline would be {next.Length / 1024} KiB, more than the {PipelineJson.MaxLength / 1024} KiB a pipeline file may be; nothing was written.");
        }

        if (next.AsSpan().SequenceEqual(now))
        {
            return false;
        }

        return FileAction(path, "pipeline", () =>
        {
            History.Entry kept = History.Push(held, now, next, Command);
            try
            {
                held.Replace(next);
            }
            catch
            {
                History.Delete(kept);
                throw;
            }

            return true;
        });
    }

    /// <summary>Releases the file's lock, if this workspace holds it.</summary>
    public void Dispose() => Held?.Dispose();
}
