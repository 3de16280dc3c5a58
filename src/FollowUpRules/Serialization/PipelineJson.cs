using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.Json;
using FluentValidation.Results;
using FollowUpRules.Domain;
using FollowUpRules.Planning;
using FollowUpRules.Utility;
using FollowUpRules.Validation;

namespace FollowUpRules.Serialization;

/// <summary>
/// Reads and writes pipeline files (<c>"formatVersion": 1</c>, documented in <c>docs/pipeline-format.md</c>): a job
/// seeker's applications, contacts and touchpoints, the playbook to use and the seeker's settings. The same conventions
/// as <see cref="PlaybookJson"/>: source-generated JSON, ISO dates and periods, every problem at once with its path.
/// </summary>
/// <remarks>
/// <para>Loading checks every value, then every application with <see cref="EvaluationInputValidator"/> and the outreach
/// limits with <see cref="OutreachLimitsValidator"/>, and reports every problem in one
/// <see cref="FollowUpFileException"/>, each with its path into the document (<c>applications[2].touchpoints[0].date</c>)
/// and, for JSON syntax errors, the line and column. Checks that need the playbook (a rule named by a snooze, a contact's
/// holiday calendar) are left to the engine. Files over <see cref="MaxLength"/> bytes or nested deeper than
/// <see cref="MaxDepth"/> levels are refused.</para>
/// <para>All members are stateless and thread-safe.</para>
/// </remarks>
public static class PipelineJson
{
    /// <summary>The format version this library reads and writes: 1.</summary>
    public const int FormatVersion = 1;

    /// <summary>The deepest nesting accepted: 32 levels.</summary>
    public const int MaxDepth = PlaybookJson.MaxDepth;

    /// <summary>The largest pipeline accepted: 4 MiB of UTF-8 (about ten thousand touchpoints).</summary>
    public const int MaxLength = 4 * 1024 * 1024;

    private const string TheJson = "The pipeline JSON";

    private static readonly PlaybookJsonContext Writer = new(new JsonSerializerOptions(PlaybookJsonContext.Default.Options)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    /// <summary>Loads a pipeline from JSON text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The validated pipeline.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    /// <exception cref="FollowUpFileException">The text is not a valid pipeline; the exception lists every problem.</exception>
    public static PipelineFile Load(string json)
    {
        Preconditions.CheckNotNull(json);
        if (Encoding.UTF8.GetByteCount(json) > MaxLength)
        {
            throw TooLarge(TheJson);
        }

        return Load(Encoding.UTF8.GetBytes(json), TheJson);
    }

    /// <summary>Loads a pipeline from a stream of UTF-8 JSON, reading at most <see cref="MaxLength"/> bytes.</summary>
    /// <param name="utf8Json">The stream; it is read to its end and not closed.</param>
    /// <returns>The validated pipeline.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    /// <exception cref="FollowUpFileException">The content is not a valid pipeline.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static PipelineFile Load(Stream utf8Json)
    {
        Preconditions.CheckNotNull(utf8Json);
        return Load(JsonFiles.ReadLimited(utf8Json, MaxLength, () => TooLarge(TheJson)), TheJson);
    }

    /// <summary>Loads a pipeline from a file of UTF-8 JSON.</summary>
    /// <param name="path">The file's path.</param>
    /// <returns>The validated pipeline; its <see cref="PipelineFile.PlaybookPath"/> is as written, relative to the file's folder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is <see langword="null"/>.</exception>
    /// <exception cref="FollowUpFileException">The file is not a valid pipeline; the message names the file.</exception>
    /// <exception cref="IOException">The file cannot be read: it does not exist, it is not a regular file (a folder, a
    /// pipe, a device), or the path is not usable (a NUL character in it); the message names the path.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    public static PipelineFile LoadFile(string path)
    {
        Preconditions.CheckNotBlank(path);
        string source = $"The file '{path}'";
        return Load(RegularFile.ReadAll(path, MaxLength, () => TooLarge(source)), source);
    }

    /// <summary>Tries to load a pipeline from JSON text, without throwing for bad content.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="pipeline">The pipeline, when the text is valid; otherwise <see langword="null"/>.</param>
    /// <param name="errors">Every problem found; empty when the text is valid.</param>
    /// <returns><see langword="true"/> when the text is a valid pipeline.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    public static bool TryLoad(string json, [NotNullWhen(true)] out PipelineFile? pipeline, out ValueList<FollowUpFileError> errors)
    {
        return JsonFiles.TryLoad(() => Load(json), out pipeline, out errors);
    }

    /// <summary>Tries to load a pipeline from a stream of UTF-8 JSON, reading at most <see cref="MaxLength"/> bytes, without throwing for bad content.</summary>
    /// <param name="utf8Json">The stream; it is read to its end and not closed.</param>
    /// <param name="pipeline">The pipeline, when the content is valid; otherwise <see langword="null"/>.</param>
    /// <param name="errors">Every problem found; empty when the content is valid.</param>
    /// <returns><see langword="true"/> when the content is a valid pipeline.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static bool TryLoad(Stream utf8Json, [NotNullWhen(true)] out PipelineFile? pipeline, out ValueList<FollowUpFileError> errors)
    {
        Preconditions.CheckNotNull(utf8Json);
        return JsonFiles.TryLoad(() => Load(utf8Json), out pipeline, out errors);
    }

    /// <summary>Tries to load a pipeline from UTF-8 JSON bytes, without throwing for bad content.</summary>
    /// <param name="utf8Json">The bytes; at most <see cref="MaxLength"/> of them.</param>
    /// <param name="pipeline">The pipeline, when the content is valid; otherwise <see langword="null"/>.</param>
    /// <param name="errors">Every problem found; empty when the content is valid.</param>
    /// <returns><see langword="true"/> when the content is a valid pipeline.</returns>
    public static bool TryLoad(ReadOnlySpan<byte> utf8Json, [NotNullWhen(true)] out PipelineFile? pipeline, out ValueList<FollowUpFileError> errors)
    {
        byte[]? bytes = utf8Json.Length > MaxLength ? null : utf8Json.ToArray();
        return JsonFiles.TryLoad(() => bytes is null ? throw TooLarge(TheJson) : Load(bytes, TheJson), out pipeline, out errors);
    }

    /// <summary>Writes a pipeline as indented JSON.</summary>
    /// <param name="pipeline">The pipeline.</param>
    /// <returns>The JSON text, ending with a newline. Loading it gives back an equal pipeline when the pipeline is valid.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="pipeline"/> is <see langword="null"/>.</exception>
    public static string Save(PipelineFile pipeline)
    {
        Preconditions.CheckNotNull(pipeline);
        return JsonSerializer.Serialize(PipelineMapper.ToDocument(pipeline), Writer.PipelineDocument) + "\n";
    }

    /// <summary>Writes a pipeline as indented UTF-8 JSON to a stream.</summary>
    /// <param name="pipeline">The pipeline.</param>
    /// <param name="utf8Json">The stream; it is not closed.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static void Save(PipelineFile pipeline, Stream utf8Json)
    {
        Preconditions.CheckNotNull(utf8Json);
        utf8Json.Write(Encoding.UTF8.GetBytes(Save(pipeline)));
    }

    /// <summary>
    /// Writes a pipeline to a file atomically: to a temporary file in the same folder, flushed, then moved over
    /// <paramref name="path"/>, so the file is never left half-written; concurrent writers take turns (an exclusive lock
    /// on <c>.&lt;name&gt;.lock</c> beside the file), and a symbolic link is written through, keeping the target's
    /// permissions. To change a file others may change too, use <see cref="UpdateFile"/>.
    /// </summary>
    /// <param name="pipeline">The pipeline.</param>
    /// <param name="path">The file's path; an existing file is replaced.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="IOException">The file cannot be written: it is read-only, its folder does not exist, the disk is
    /// full, or another writer held it for over a minute; the file is unchanged.</exception>
    /// <exception cref="UnauthorizedAccessException">The folder may not be written; the file is unchanged.</exception>
    public static void SaveFile(PipelineFile pipeline, string path)
    {
        Preconditions.CheckNotBlank(path);
        JsonFiles.WriteAtomically(path, Save(pipeline));
    }

    /// <summary>
    /// Changes a pipeline file without losing a concurrent change: takes the file's exclusive lock (a lock file
    /// <c>.&lt;name&gt;.lock</c> beside it), loads the file, applies <paramref name="update"/>, and writes the result
    /// atomically before releasing the lock. Two processes or threads updating one file this way (or with the
    /// <c>followup</c> tool) take turns, and each sees the other's change.
    /// </summary>
    /// <param name="path">The pipeline file's path.</param>
    /// <param name="update">Makes the new pipeline from the one on disk; return it unchanged to write nothing. It runs
    /// while the lock is held: keep it short.</param>
    /// <returns>The pipeline as written.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="FollowUpFileException">The file on disk is not a valid pipeline; nothing is written.</exception>
    /// <exception cref="IOException">The file cannot be read or written (see <see cref="LoadFile"/> and
    /// <see cref="SaveFile"/>), or another writer held it for over a minute; the file is unchanged.</exception>
    /// <exception cref="UnauthorizedAccessException">The file or its folder may not be read or written; the file is unchanged.</exception>
    public static PipelineFile UpdateFile(string path, Func<PipelineFile, PipelineFile> update)
    {
        Preconditions.CheckNotBlank(path);
        Preconditions.CheckNotNull(update);
        using LockedFile held = LockedFile.Acquire(path);
        string source = $"The file '{path}'";
        PipelineFile current = Load(held.Read(MaxLength, () => TooLarge(source)), source);
        PipelineFile updated = Preconditions.CheckNotNull(update(current), nameof(update));
        if (!updated.Equals(current))
        {
            held.Replace(JsonFiles.Utf8.GetBytes(Save(updated)));
        }

        return updated;
    }

    /// <summary>
    /// Checks a loaded pipeline against the playbook it names: what loading cannot check alone, such as the seeker's
    /// holiday calendars beside the playbook's (<see cref="PipelineSettings.ApplyTo"/>), the rule a snooze or a dismissal
    /// names, and a contact's holiday calendar. When this returns no error, <see cref="PipelineSettings.ApplyTo"/>, the
    /// engine, the planner and the agenda accept the pipeline with that playbook.
    /// </summary>
    /// <param name="pipeline">The pipeline.</param>
    /// <param name="playbook">The playbook the pipeline names, without the pipeline's settings: they are applied here.</param>
    /// <param name="today">The evaluation date, to check that nothing is recorded after it; <see langword="null"/> to leave that to the engine.</param>
    /// <returns>Every problem, with its path into the pipeline file (<c>settings.holidays[0].id</c>,
    /// <c>applications[2].touchpoints[4].ruleId</c>); empty when there is none.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static ValueList<FollowUpFileError> Validate(PipelineFile pipeline, Rules.Playbook playbook, NodaTime.LocalDate? today = null)
    {
        Preconditions.CheckNotNull(pipeline);
        Preconditions.CheckNotNull(playbook);
        var errors = new List<FollowUpFileError>();
        Rules.Playbook applied = playbook;
        ValueList<Calendar.HolidayCalendar> own = pipeline.Settings.Holidays;
        for (int i = 0; i < own.Count; i++)
        {
            int clash = playbook.Holidays.Select(c => c.Id).ToList().IndexOf(own[i].Id);
            if (clash >= 0)
            {
                errors.Add(new FollowUpFileError($"settings.holidays[{i}].id", $"The calendar id {Echo.Quote(own[i].Id)} is already used by the playbook '{playbook.Id}' (its holidays[{clash}]); give the seeker's calendar an id of its own."));
            }
        }

        if (errors.Count == 0)
        {
            try
            {
                applied = pipeline.Settings.ApplyTo(playbook);
            }
            catch (FollowUpValidationException e)
            {
                // What the settings and the playbook only do together: a working week and calendars that leave no business day.
                foreach (ValidationFailure failure in e.Errors)
                {
                    errors.Add(new FollowUpFileError(SettingsPath(failure.PropertyName, playbook.Holidays.Count, pipeline.Settings.WorkingWeek is not null), failure.ErrorMessage));
                }
            }
        }

        var validator = new EvaluationInputValidator(today, applied);
        for (int i = 0; i < pipeline.Applications.Count; i++)
        {
            foreach (ValidationFailure failure in validator.Validate(pipeline.Applications[i].ToInput(pipeline.Seeker)).Errors)
            {
                var error = new FollowUpFileError(ToJsonPath(failure.PropertyName, $"applications[{i}]"), failure.ErrorMessage);
                if (!errors.Contains(error))
                {
                    errors.Add(error);
                }
            }
        }

        return ValueList<FollowUpFileError>.From(errors);
    }

    /// <summary>Where in the file a problem of the playbook with the settings applied belongs.</summary>
    private static string SettingsPath(string modelPath, int playbookCalendars, bool ownWeek)
    {
        if (modelPath.StartsWith("Holidays[", StringComparison.Ordinal)
            && int.TryParse(modelPath.AsSpan(9, modelPath.IndexOf(']', StringComparison.Ordinal) - 9), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int index)
            && index >= playbookCalendars)
        {
            return $"settings.holidays[{index - playbookCalendars}]" + JsonFiles.JsonPath(modelPath[(modelPath.IndexOf(']', StringComparison.Ordinal) + 1)..]);
        }

        return ownWeek ? "settings.workingWeek" : "settings.holidays";
    }

    private static PipelineFile Load(byte[] utf8, string source)
    {
        PipelineDocument? document;
        try
        {
            document = JsonSerializer.Deserialize(JsonFiles.WithoutBom(utf8), PlaybookJsonContext.Default.PipelineDocument);
        }
        catch (JsonException e)
        {
            throw new FollowUpFileException(source, "pipeline", [JsonFiles.Syntax(e, MaxDepth, "a pipeline is an object: { \"formatVersion\": 1, ... }")]);
        }

        if (document is null)
        {
            throw new FollowUpFileException(source, "pipeline", [new FollowUpFileError(string.Empty, "The JSON holds null, not a pipeline object.")]);
        }

        var mapper = new PipelineMapper();
        PipelineFile? pipeline = mapper.ToModel(document);
        var errors = new List<FollowUpFileError>(mapper.Errors);
        if (pipeline is not null)
        {
            if (pipeline.Settings.OutreachLimits is { } limits)
            {
                foreach (ValidationFailure failure in new OutreachLimitsValidator().Validate(limits).Errors)
                {
                    Add("settings.outreachLimits." + JsonFiles.JsonPath(failure.PropertyName), failure.ErrorMessage);
                }
            }

            ValidateSettings(pipeline.Settings, Add);
            var validator = new EvaluationInputValidator();
            for (int i = 0; i < pipeline.Applications.Count; i++)
            {
                EvaluationInput input = pipeline.Applications[i].ToInput(pipeline.Seeker);
                foreach (ValidationFailure failure in validator.Validate(input).Errors)
                {
                    Add(ToJsonPath(failure.PropertyName, $"applications[{i}]"), failure.ErrorMessage);
                }
            }
        }

        return errors.Count == 0 ? pipeline! : throw new FollowUpFileException(source, "pipeline", errors);

        void Add(string path, string message)
        {
            // The seeker is validated with every application; its problems are reported once.
            if (!mapper.AlreadyReported(path) && !errors.Any(e => e.Path == path && e.Message == message))
            {
                errors.Add(new FollowUpFileError(path, message));
            }
        }
    }

    /// <summary>
    /// Checks the settings as the agenda and <see cref="PipelineSettings.ApplyTo"/> will: the pauses' dates, and the
    /// seeker's holiday calendars on their own (ids, names, holidays, a business day left with the settings' week).
    /// </summary>
    private static void ValidateSettings(PipelineSettings settings, Action<string, string> add)
    {
        foreach (ValidationFailure failure in new AgendaSettingsValidator().Validate(new AgendaSettings(Rules.OutreachLimits.Default, settings.Pauses)).Errors)
        {
            add("settings." + JsonFiles.JsonPath(failure.PropertyName), failure.ErrorMessage);
        }

        if (settings.Holidays.Count > 0)
        {
            var probe = new Rules.Playbook("settings", "settings", 1, null, settings.WorkingWeek, holidays: settings.Holidays);
            foreach (ValidationFailure failure in new PlaybookValidator().Validate(probe).Errors.Where(f => f.PropertyName.StartsWith("Holidays", StringComparison.Ordinal)))
            {
                add("settings." + JsonFiles.JsonPath(failure.PropertyName), failure.ErrorMessage.Replace("Holidays[", "settings.holidays[", StringComparison.Ordinal));
            }
        }
    }

    /// <summary>Turns a validator path of one application's input (<c>Touchpoints[2].ContactIds[0]</c>) into the file's.</summary>
    internal static string ToJsonPath(string modelPath, string application)
    {
        if (modelPath == "Today")
        {
            return string.Empty; // the evaluation date is not in the file
        }

        if (modelPath.StartsWith("Seeker.", StringComparison.Ordinal))
        {
            return JsonFiles.JsonPath(modelPath);
        }

        string rest = modelPath.StartsWith("Application.", StringComparison.Ordinal) ? modelPath["Application.".Length..] : modelPath;
        return rest.Length == 0 || rest == "Application" ? application : $"{application}.{JsonFiles.JsonPath(rest)}";
    }

    private static FollowUpFileException TooLarge(string source) =>
        new(source, "pipeline", [new FollowUpFileError(string.Empty, $"The pipeline is larger than {MaxLength / 1024} KiB, the most a pipeline file may be.")]);
}
