using FollowUpRules.Domain;

namespace FollowUpRules.Rules;

/// <summary>Who a rule's step is for.</summary>
/// <remarks>Immutable, compares by value, safe to share between threads.</remarks>
public sealed record Audience
{
    /// <summary>Initializes a new audience.</summary>
    /// <param name="kind">Who.</param>
    /// <param name="roles">For <see cref="AudienceKind.Contacts"/>: the roles, in order of preference.</param>
    /// <param name="selection">Every person, or the first suitable one.</param>
    public Audience(AudienceKind kind, IEnumerable<ContactRole>? roles = null, AudienceSelection selection = AudienceSelection.Each)
    {
        Kind = kind;
        Roles = ValueList<ContactRole>.From(roles);
        Selection = selection;
    }

    /// <summary>Gets the seeker as audience.</summary>
    /// <value>An audience of <see cref="AudienceKind.Seeker"/>.</value>
    public static Audience Seeker { get; } = new(AudienceKind.Seeker);

    /// <summary>Gets the company as audience.</summary>
    /// <value>An audience of <see cref="AudienceKind.Company"/>.</value>
    public static Audience Company { get; } = new(AudienceKind.Company);

    /// <summary>Gets each interviewer as audience.</summary>
    /// <value>An audience of <see cref="AudienceKind.Interviewers"/>, each.</value>
    public static Audience EachInterviewer { get; } = new(AudienceKind.Interviewers);

    /// <summary>Gets who.</summary>
    /// <value>The kind of audience.</value>
    public AudienceKind Kind { get; }

    /// <summary>Gets the roles of an <see cref="AudienceKind.Contacts"/> audience.</summary>
    /// <value>In order of preference; empty for other kinds.</value>
    public ValueList<ContactRole> Roles { get; }

    /// <summary>Gets whether every person or the first suitable one is addressed.</summary>
    /// <value>The default is <see cref="AudienceSelection.Each"/>.</value>
    public AudienceSelection Selection { get; }

    /// <summary>Gets whether the audience is made of people (as opposed to the seeker or the company).</summary>
    /// <value><see langword="true"/> for <see cref="AudienceKind.Interviewers"/> and <see cref="AudienceKind.Contacts"/>.</value>
    public bool IsPeople => Kind is AudienceKind.Interviewers or AudienceKind.Contacts;

    /// <summary>Creates an audience of each contact with one of <paramref name="roles"/>.</summary>
    /// <param name="roles">The roles.</param>
    /// <returns>The audience.</returns>
    public static Audience Each(params ContactRole[] roles) => new(AudienceKind.Contacts, roles);

    /// <summary>
    /// Creates an audience of the first suitable contact with one of <paramref name="roles"/>, in the order given: by role,
    /// then in the order of the input's contacts, which is the seeker's priority (list first whom you would rather ask).
    /// </summary>
    /// <param name="roles">The roles, in order of preference.</param>
    /// <returns>The audience.</returns>
    public static Audience FirstOf(params ContactRole[] roles) => new(AudienceKind.Contacts, roles, AudienceSelection.First);
}
