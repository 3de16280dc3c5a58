using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.Json;
using FluentValidation.Results;
using FollowUpRules.Rules;
using FollowUpRules.Rules.Conditions;
using FollowUpRules.Utility;
using FollowUpRules.Validation;

namespace FollowUpRules.Serialization;

/// <summary>
/// Reads and writes playbooks in the versioned JSON format (<c>"formatVersion": 1</c>, documented in
/// <c>docs/playbook-format.md</c>), with System.Text.Json's source generator: no reflection, trim- and AOT-safe.
/// </summary>
/// <remarks>
/// <para>Loading validates the playbook and reports every problem at once in a <see cref="FollowUpFileException"/>, each
/// with its path into the document (<c>rules[3].timing.offset</c>) and, for JSON syntax errors, the line and column. A
/// playbook file is declarative data: nothing in it is ever executed. Files over <see cref="MaxLength"/> bytes or nested
/// deeper than <see cref="MaxDepth"/> levels are refused.</para>
/// <para>All members are stateless and thread-safe.</para>
/// </remarks>
public static class PlaybookJson
{
    /// <summary>The format version this library reads and writes: 1.</summary>
    public const int FormatVersion = 1;

    /// <summary>The deepest nesting accepted: 32 levels.</summary>
    public const int MaxDepth = 32;

    /// <summary>The largest playbook accepted: 1 MiB of UTF-8 (a playbook of a thousand rules is about 500 KiB).</summary>
    public const int MaxLength = 1024 * 1024;

    private const string TheJson = "The playbook JSON";

    // Files are edited by people: write quotes and apostrophes as themselves, not as \u0022 (the HTML-safe default).
    private static readonly PlaybookJsonContext Writer = new(new System.Text.Json.JsonSerializerOptions(PlaybookJsonContext.Default.Options)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    /// <summary>Loads a playbook from JSON text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="customConditionNames">The names of the custom conditions the engine will know; other names are errors.</param>
    /// <param name="templates">Checks the draft templates' texts (FollowUpRules.Drafts' <c>LiquidTemplateChecker.Instance</c>); <see langword="null"/> to check only their structure.</param>
    /// <returns>The validated playbook.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    /// <exception cref="FollowUpFileException">The text is not a valid playbook; the exception lists every problem.</exception>
    public static Playbook Load(string json, IEnumerable<string>? customConditionNames = null, IDraftTemplateChecker? templates = null)
    {
        Preconditions.CheckNotNull(json);
        if (Encoding.UTF8.GetByteCount(json) > MaxLength)
        {
            throw TooLarge(TheJson);
        }

        return Load(Encoding.UTF8.GetBytes(json), TheJson, customConditionNames, templates);
    }

    /// <summary>Loads a playbook from a stream of UTF-8 JSON, reading at most <see cref="MaxLength"/> bytes.</summary>
    /// <param name="utf8Json">The stream; it is read to its end and not closed.</param>
    /// <param name="customConditionNames">The names of the custom conditions the engine will know.</param>
    /// <param name="templates">Checks the draft templates' texts (FollowUpRules.Drafts' <c>LiquidTemplateChecker.Instance</c>); <see langword="null"/> to check only their structure.</param>
    /// <returns>The validated playbook.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    /// <exception cref="FollowUpFileException">The content is not a valid playbook.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static Playbook Load(Stream utf8Json, IEnumerable<string>? customConditionNames = null, IDraftTemplateChecker? templates = null)
    {
        Preconditions.CheckNotNull(utf8Json);
        return Load(ReadLimited(utf8Json, TheJson), TheJson, customConditionNames, templates);
    }

    /// <summary>Loads a playbook from a file of UTF-8 JSON.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="customConditionNames">The names of the custom conditions the engine will know.</param>
    /// <param name="templates">Checks the draft templates' texts (FollowUpRules.Drafts' <c>LiquidTemplateChecker.Instance</c>); <see langword="null"/> to check only their structure.</param>
    /// <returns>The validated playbook.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is <see langword="null"/>.</exception>
    /// <exception cref="FollowUpFileException">The file is not a valid playbook; the message names the file.</exception>
    /// <exception cref="IOException">The file cannot be read: it does not exist, it is not a regular file (a folder, a
    /// pipe, a device), or the path is not usable (a NUL character in it); the message names the path.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    public static Playbook LoadFile(string path, IEnumerable<string>? customConditionNames = null, IDraftTemplateChecker? templates = null)
    {
        Preconditions.CheckNotBlank(path);
        string source = $"The file '{path}'";
        return Load(RegularFile.ReadAll(path, MaxLength, () => TooLarge(source)), source, customConditionNames, templates);
    }

    /// <summary>Tries to load a playbook from JSON text, without throwing for bad content.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="playbook">The playbook, when the text is valid; otherwise <see langword="null"/>.</param>
    /// <param name="errors">Every problem found; empty when the text is valid.</param>
    /// <param name="customConditionNames">The names of the custom conditions the engine will know.</param>
    /// <param name="templates">Checks the draft templates' texts (FollowUpRules.Drafts' <c>LiquidTemplateChecker.Instance</c>); <see langword="null"/> to check only their structure.</param>
    /// <returns><see langword="true"/> when the text is a valid playbook.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    public static bool TryLoad(string json, [NotNullWhen(true)] out Playbook? playbook, out ValueList<FollowUpFileError> errors, IEnumerable<string>? customConditionNames = null, IDraftTemplateChecker? templates = null)
    {
        return JsonFiles.TryLoad(() => Load(json, customConditionNames, templates), out playbook, out errors);
    }

    /// <summary>Tries to load a playbook from a stream of UTF-8 JSON, reading at most <see cref="MaxLength"/> bytes, without throwing for bad content.</summary>
    /// <param name="utf8Json">The stream; it is read to its end and not closed.</param>
    /// <param name="playbook">The playbook, when the content is valid; otherwise <see langword="null"/>.</param>
    /// <param name="errors">Every problem found; empty when the content is valid.</param>
    /// <param name="customConditionNames">The names of the custom conditions the engine will know.</param>
    /// <param name="templates">Checks the draft templates' texts (FollowUpRules.Drafts' <c>LiquidTemplateChecker.Instance</c>); <see langword="null"/> to check only their structure.</param>
    /// <returns><see langword="true"/> when the content is a valid playbook.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static bool TryLoad(Stream utf8Json, [NotNullWhen(true)] out Playbook? playbook, out ValueList<FollowUpFileError> errors, IEnumerable<string>? customConditionNames = null, IDraftTemplateChecker? templates = null)
    {
        Preconditions.CheckNotNull(utf8Json);
        return JsonFiles.TryLoad(() => Load(utf8Json, customConditionNames, templates), out playbook, out errors);
    }

    /// <summary>Tries to load a playbook from UTF-8 JSON bytes, without throwing for bad content.</summary>
    /// <param name="utf8Json">The bytes; at most <see cref="MaxLength"/> of them.</param>
    /// <param name="playbook">The playbook, when the content is valid; otherwise <see langword="null"/>.</param>
    /// <param name="errors">Every problem found; empty when the content is valid.</param>
    /// <param name="customConditionNames">The names of the custom conditions the engine will know.</param>
    /// <param name="templates">Checks the draft templates' texts (FollowUpRules.Drafts' <c>LiquidTemplateChecker.Instance</c>); <see langword="null"/> to check only their structure.</param>
    /// <returns><see langword="true"/> when the content is a valid playbook.</returns>
    public static bool TryLoad(ReadOnlySpan<byte> utf8Json, [NotNullWhen(true)] out Playbook? playbook, out ValueList<FollowUpFileError> errors, IEnumerable<string>? customConditionNames = null, IDraftTemplateChecker? templates = null)
    {
        byte[]? bytes = utf8Json.Length > MaxLength ? null : utf8Json.ToArray();
        return JsonFiles.TryLoad(() => bytes is null ? throw TooLarge(TheJson) : Load(bytes, TheJson, customConditionNames, templates), out playbook, out errors);
    }

    /// <summary>Writes a playbook as indented JSON.</summary>
    /// <param name="playbook">The playbook; it must be valid (custom condition names are not checked).</param>
    /// <returns>The JSON text, ending with a newline. Loading it gives back an equal playbook.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="playbook"/> is <see langword="null"/>.</exception>
    /// <exception cref="FollowUpValidationException">The playbook is invalid; the exception lists every problem.</exception>
    public static string Save(Playbook playbook)
    {
        PlaybookDocument document = ToValidDocument(playbook);
        return JsonSerializer.Serialize(document, Writer.PlaybookDocument) + "\n";
    }

    /// <summary>Writes a playbook as indented UTF-8 JSON to a stream.</summary>
    /// <param name="playbook">The playbook; it must be valid.</param>
    /// <param name="utf8Json">The stream; it is not closed.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="FollowUpValidationException">The playbook is invalid.</exception>
    public static void Save(Playbook playbook, Stream utf8Json)
    {
        Preconditions.CheckNotNull(utf8Json);
        byte[] bytes = Encoding.UTF8.GetBytes(Save(playbook));
        utf8Json.Write(bytes);
    }

    /// <summary>
    /// Writes a playbook to a file atomically: to a temporary file in the same folder first, then moved over
    /// <paramref name="path"/>, so the file is never left half-written; concurrent writers take turns (an exclusive lock
    /// on <c>.&lt;name&gt;.lock</c> beside the file), and a symbolic link is written through, keeping the target's
    /// permissions.
    /// </summary>
    /// <param name="playbook">The playbook; it must be valid.</param>
    /// <param name="path">The file's path; an existing file is replaced.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="FollowUpValidationException">The playbook is invalid; nothing is written.</exception>
    /// <exception cref="IOException">The file cannot be written: it is read-only, its folder does not exist, the disk is
    /// full, or another writer held it for over a minute; the file is unchanged.</exception>
    /// <exception cref="UnauthorizedAccessException">The folder may not be written; the file is unchanged.</exception>
    public static void SaveFile(Playbook playbook, string path)
    {
        Preconditions.CheckNotBlank(path);
        JsonFiles.WriteAtomically(path, Save(playbook));
    }

    private static PlaybookDocument ToValidDocument(Playbook playbook)
    {
        Preconditions.CheckNotNull(playbook);
        IEnumerable<string> customNames = JsonFiles.CustomConditionNames(playbook);
        ValidationResult result = new PlaybookValidator(customNames).Validate(playbook);
        if (!result.IsValid)
        {
            throw new FollowUpValidationException($"Playbook '{playbook.Id}' is invalid and cannot be saved", result.Errors);
        }

        return PlaybookMapper.ToDocument(playbook);
    }

    private static Playbook Load(byte[] utf8, string source, IEnumerable<string>? customConditionNames, IDraftTemplateChecker? templates)
    {
        ReadOnlySpan<byte> json = JsonFiles.WithoutBom(utf8);
        PlaybookDocument? document;
        try
        {
            document = JsonSerializer.Deserialize(json, PlaybookJsonContext.Default.PlaybookDocument);
        }
        catch (JsonException e)
        {
            throw new FollowUpFileException(source, [JsonFiles.Syntax(e, MaxDepth, "a playbook is an object: { \"formatVersion\": 1, ... }")]);
        }

        if (document is null)
        {
            throw new FollowUpFileException(source, [new FollowUpFileError(string.Empty, "The JSON holds null, not a playbook object.")]);
        }

        var mapper = new PlaybookMapper();
        Playbook? playbook = mapper.ToModel(document);
        var errors = new List<FollowUpFileError>(mapper.Errors);
        if (playbook is not null)
        {
            ValidationResult result = new PlaybookValidator(customConditionNames, templates).Validate(playbook);
            foreach (ValidationFailure failure in result.Errors)
            {
                string path = JsonPath(failure.PropertyName);
                if (!mapper.AlreadyReported(path))
                {
                    // Messages that point at another rule use the document's spelling too.
                    errors.Add(new FollowUpFileError(path, failure.ErrorMessage.Replace("Rules[", "rules[", StringComparison.Ordinal).Replace("Holidays[", "holidays[", StringComparison.Ordinal).Replace("Drafts[", "drafts[", StringComparison.Ordinal)));
                }
            }
        }

        return errors.Count == 0 ? playbook! : throw new FollowUpFileException(source, errors);
    }

    /// <summary>Turns a validator path (<c>Rules[3].Timing.Offset</c>) into the document's (<c>rules[3].timing.offset</c>).</summary>
    internal static string JsonPath(string modelPath) => JsonFiles.JsonPath(modelPath);

    private static byte[] ReadLimited(Stream stream, string source) => JsonFiles.ReadLimited(stream, MaxLength, () => TooLarge(source));

    private static FollowUpFileException TooLarge(string source) =>
        new(source, [new FollowUpFileError(string.Empty, $"The playbook is larger than {MaxLength / 1024} KiB, the most a playbook may be.")]);
}
