namespace FollowUpRules.Engine;

/// <summary>Whom a recommendation is for: the seeker, the company, or a person.</summary>
/// <remarks>Immutable, compares by value, safe to share between threads.</remarks>
public sealed record Target
{
    private Target(TargetKind kind, string? contactId, string name)
    {
        Kind = kind;
        ContactId = contactId;
        Name = name;
        Key = kind switch
        {
            TargetKind.Seeker => "seeker",
            TargetKind.Company => "company",
            _ => "contact:" + contactId,
        };
    }

    /// <summary>Gets the kind of target.</summary>
    /// <value>Seeker, company or person.</value>
    public TargetKind Kind { get; }

    /// <summary>Gets the contact id of a person target.</summary>
    /// <value><see langword="null"/> for the seeker and the company.</value>
    public string? ContactId { get; }

    /// <summary>Gets the target's display name.</summary>
    /// <value>"you" for the seeker, the company name, or the person's name.</value>
    public string Name { get; }

    /// <summary>Gets a key that identifies the target within one application.</summary>
    /// <value><c>seeker</c>, <c>company</c>, or <c>contact:</c> followed by the contact id.</value>
    public string Key { get; }

    internal static Target Seeker { get; } = new(TargetKind.Seeker, null, "you");

    internal static Target Company(string name) => new(TargetKind.Company, null, name);

    internal static Target Person(string contactId, string name) => new(TargetKind.Person, contactId, name);

    /// <summary>Returns the target's name.</summary>
    /// <returns>The display name.</returns>
    public override string ToString() => Name;
}
