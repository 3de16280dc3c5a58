using FollowUpRules.Domain;
using FollowUpRules.Utility;

namespace FollowUpRules.Serialization;

/// <summary>One application in a <see cref="PipelineFile"/>, with the people at the company and the touchpoints so far.</summary>
/// <remarks>Immutable, compares by value, safe to share between threads.</remarks>
public sealed record PipelineApplication
{
    /// <summary>Initializes a new application entry.</summary>
    /// <param name="application">The application.</param>
    /// <param name="contacts">The people at the company; <see langword="null"/> for none.</param>
    /// <param name="touchpoints">What happened so far, in any order; <see langword="null"/> for none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="application"/> is <see langword="null"/>.</exception>
    public PipelineApplication(Application application, IEnumerable<Contact>? contacts = null, IEnumerable<Touchpoint>? touchpoints = null)
    {
        Application = Preconditions.CheckNotNull(application);
        Contacts = ValueList<Contact>.From(contacts);
        Touchpoints = ValueList<Touchpoint>.From(touchpoints);
    }

    /// <summary>Gets the application.</summary>
    /// <value>Never <see langword="null"/>.</value>
    public Application Application { get; }

    /// <summary>Gets the people at the company.</summary>
    /// <value>In file order; possibly empty.</value>
    public ValueList<Contact> Contacts { get; }

    /// <summary>Gets the touchpoints so far.</summary>
    /// <value>In file order; possibly empty.</value>
    public ValueList<Touchpoint> Touchpoints { get; }

    /// <summary>Returns the engine's input for this application.</summary>
    /// <param name="seeker">The seeker, from the pipeline file.</param>
    /// <returns>The application, its contacts and touchpoints, and the seeker.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="seeker"/> is <see langword="null"/>.</exception>
    public EvaluationInput ToInput(Seeker seeker) => new(Application, Contacts, Touchpoints, Preconditions.CheckNotNull(seeker));

    /// <summary>Returns a copy with one more touchpoint, after the others.</summary>
    /// <param name="touchpoint">The touchpoint to record.</param>
    /// <returns>A new entry; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="touchpoint"/> is <see langword="null"/>.</exception>
    public PipelineApplication WithTouchpoint(Touchpoint touchpoint) =>
        new(Application, Contacts, [.. Touchpoints, Preconditions.CheckNotNull(touchpoint)]);
}
