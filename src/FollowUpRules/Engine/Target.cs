using NodaTime;

namespace FollowUpRules.Engine;

/// <summary>Whom a recommendation is for: the seeker, the company, or a person.</summary>
/// <remarks>Immutable, compares by value, safe to share between threads.</remarks>
public sealed record Target
{
    // A person's key, written when first read: most never are (the engine and the agenda compare kinds and contact ids).
    private string? personKey;

    private Target(TargetKind kind, string? contactId, string name, DateTimeZone? zone)
    {
        Kind = kind;
        ContactId = contactId;
        Name = name;
        Zone = zone;
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

    /// <summary>
    /// Gets the time zone a person's steps are sent in (their own, else the seeker's); <see langword="null"/> for the
    /// seeker and the company. Not part of equality: it follows from the contact and the seeker.
    /// </summary>
    internal DateTimeZone? Zone { get; }

    /// <summary>Gets a key that identifies the target within one application.</summary>
    /// <value><c>seeker</c>, <c>company</c>, or <c>contact:</c> followed by the contact id.</value>
    public string Key => Kind switch
    {
        TargetKind.Seeker => "seeker",
        TargetKind.Company => "company",
        _ => personKey ??= "contact:" + ContactId,
    };

    internal static Target Seeker { get; } = new(TargetKind.Seeker, null, "you", null);

    internal static Target Company(string name) => new(TargetKind.Company, null, name, null);

    internal static Target Person(string contactId, string name, DateTimeZone zone) => new(TargetKind.Person, contactId, name, zone);

    /// <summary>Compares the kind, the contact id and the name (the key follows from the kind and the contact id).</summary>
    /// <param name="other">The other target.</param>
    /// <returns><see langword="true"/> when both are the same target with the same name.</returns>
    public bool Equals(Target? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (Kind == other.Kind && string.Equals(ContactId, other.ContactId, StringComparison.Ordinal) && string.Equals(Name, other.Name, StringComparison.Ordinal)));

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, ContactId, Name);

    /// <summary>Returns the target's name.</summary>
    /// <returns>The display name.</returns>
    public override string ToString() => Name;
}
