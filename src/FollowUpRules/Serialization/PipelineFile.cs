using FollowUpRules.Domain;
using FollowUpRules.Utility;

namespace FollowUpRules.Serialization;

/// <summary>
/// A job seeker's pipeline as one file (format documented in <c>docs/pipeline-format.md</c>): the seeker, the
/// applications with their contacts and touchpoints, the playbook to use, and the seeker's settings. Read and written by
/// <see cref="PipelineJson"/>; the <c>followup</c> tool works on these files, and a career app can import or export them.
/// </summary>
/// <remarks>Immutable, compares by value, safe to share between threads.</remarks>
public sealed partial record PipelineFile
{
    /// <summary>Initializes a new pipeline.</summary>
    /// <param name="seeker">The job seeker: time zone, and the date a job elsewhere was accepted, if any.</param>
    /// <param name="applications">The applications; <see langword="null"/> for none.</param>
    /// <param name="playbookPath">The playbook file, relative to the pipeline file's folder; <see langword="null"/> for the default playbook.</param>
    /// <param name="settings">The seeker's settings; <see langword="null"/> for <see cref="PipelineSettings.Default"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="seeker"/> is <see langword="null"/>.</exception>
    public PipelineFile(Seeker seeker, IEnumerable<PipelineApplication>? applications, string? playbookPath = null, PipelineSettings? settings = null)
    {
        Seeker = Preconditions.CheckNotNull(seeker);
        Applications = ValueList<PipelineApplication>.From(applications);
        PlaybookPath = playbookPath;
        Settings = settings ?? PipelineSettings.Default;
    }

    /// <summary>Gets the job seeker.</summary>
    /// <value>Never <see langword="null"/>.</value>
    public Seeker Seeker { get; }

    /// <summary>Gets the applications.</summary>
    /// <value>In file order; ids are unique in a loaded file.</value>
    public ValueList<PipelineApplication> Applications { get; }

    /// <summary>Gets the playbook file to use.</summary>
    /// <value>Relative to the pipeline file's folder (or absolute); <see langword="null"/> for the default playbook.</value>
    public string? PlaybookPath { get; }

    /// <summary>Gets the seeker's settings.</summary>
    /// <value><see cref="PipelineSettings.Default"/> unless the file says otherwise.</value>
    public PipelineSettings Settings { get; }

    /// <summary>Returns the engine's input for every application, in file order.</summary>
    /// <returns>One <see cref="EvaluationInput"/> per application, each with the seeker.</returns>
    public IReadOnlyList<EvaluationInput> Inputs() => [.. Applications.Select(a => a.ToInput(Seeker))];

    /// <summary>Finds an application by id.</summary>
    /// <param name="applicationId">The id, compared exactly.</param>
    /// <returns>The entry, or <see langword="null"/> when there is none with that id.</returns>
    public PipelineApplication? Find(string applicationId) =>
        Applications.FirstOrDefault(a => string.Equals(a.Application.Id, applicationId, StringComparison.Ordinal));

    /// <summary>
    /// Returns a copy with one more touchpoint recorded for an application. A <see cref="TouchpointKind.Rejection"/> is
    /// recorded as <see cref="RecordRejection"/> records it: the status becomes Rejected with it, and an application that
    /// already has a rejection has it moved to the new date rather than a second one added.
    /// </summary>
    /// <param name="applicationId">The application's id.</param>
    /// <param name="touchpoint">The touchpoint.</param>
    /// <returns>A new pipeline; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">No application has that id.</exception>
    /// <exception cref="FollowUpFileException">The touchpoint is invalid with the rest of the application (a contact the
    /// application does not list, a reply without an outcome, a date before the application's, ...).</exception>
    public PipelineFile WithTouchpoint(string applicationId, Touchpoint touchpoint)
    {
        Preconditions.CheckNotNull(touchpoint);
        if (touchpoint.Kind == TouchpointKind.Rejection)
        {
            return Rejected(applicationId, touchpoint.Date, reason: null, touchpoint.Id);
        }

        int index = IndexOf(applicationId);
        return With(Applications.Select((a, i) => i == index ? a.WithTouchpoint(touchpoint) : a), index);
    }

    /// <summary>Returns the next free touchpoint id of the form <c>t1</c>, <c>t2</c>, ...: one more than the highest used in the file.</summary>
    /// <returns>An id no touchpoint in the file has; the same for the same file.</returns>
    public string NextTouchpointId()
    {
        int highest = Applications.SelectMany(a => a.Touchpoints)
            .Select(t => t.Id.Length > 1 && t.Id[0] == 't' && int.TryParse(t.Id.AsSpan(1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int n) ? n : 0)
            .DefaultIfEmpty(0)
            .Max();
        return "t" + (highest + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
