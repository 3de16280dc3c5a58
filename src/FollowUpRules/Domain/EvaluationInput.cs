using FollowUpRules.Utility;

namespace FollowUpRules.Domain;

/// <summary>Everything the engine reads to advise on one application: the application, the people at the company, what happened, and the seeker.</summary>
/// <remarks>
/// The order of <see cref="Contacts"/> and <see cref="Touchpoints"/> does not change the engine's answer, except that
/// contacts are tried in this order where a rule picks the first suitable person. Immutable and safe to share between threads.
/// </remarks>
public sealed record EvaluationInput
{
    /// <summary>Initializes a new input.</summary>
    /// <param name="application">The application.</param>
    /// <param name="contacts">The people at the application's company the seeker knows.</param>
    /// <param name="touchpoints">What happened: touchpoints of this application and company-wide ones.</param>
    /// <param name="seeker">The seeker.</param>
    /// <exception cref="ArgumentNullException"><paramref name="application"/> or <paramref name="seeker"/> is <see langword="null"/>.</exception>
    public EvaluationInput(Application application, IEnumerable<Contact>? contacts, IEnumerable<Touchpoint>? touchpoints, Seeker seeker)
    {
        Application = Preconditions.CheckNotNull(application);
        Contacts = ValueList<Contact>.From(contacts);
        Touchpoints = ValueList<Touchpoint>.From(touchpoints);
        Seeker = Preconditions.CheckNotNull(seeker);
    }

    /// <summary>Gets the application.</summary>
    /// <value>The application being advised on.</value>
    public Application Application { get; }

    /// <summary>Gets the people at the company.</summary>
    /// <value>Each with the application's <see cref="Application.CompanyId"/>.</value>
    public ValueList<Contact> Contacts { get; }

    /// <summary>Gets what happened.</summary>
    /// <value>In any order.</value>
    public ValueList<Touchpoint> Touchpoints { get; }

    /// <summary>Gets the seeker.</summary>
    /// <value>Their time zone and employment.</value>
    public Seeker Seeker { get; }
}
