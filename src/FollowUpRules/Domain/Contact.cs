using FollowUpRules.Utility;

namespace FollowUpRules.Domain;

/// <summary>A person at a company.</summary>
/// <remarks>
/// A contact belongs to a company, not to one application: a seeker who applies to the same company again years later
/// keeps the relationship. A contact is immutable, compares by value, and is safe to share between threads.
/// </remarks>
public sealed record Contact
{
    /// <summary>Initializes a new contact.</summary>
    /// <param name="id">The contact's identifier, unique among the seeker's contacts.</param>
    /// <param name="companyId">The identifier of the company the contact works at.</param>
    /// <param name="name">The contact's name, as the seeker addresses them.</param>
    /// <param name="roles">The parts the contact plays; may be empty (an interviewer with no other role).</param>
    /// <param name="email">An email address, or <see langword="null"/>.</param>
    /// <param name="linkedInUrl">A LinkedIn profile address, or <see langword="null"/>.</param>
    /// <param name="postalAddress">A postal address for a handwritten note, or <see langword="null"/>.</param>
    /// <param name="phone">A phone number, or <see langword="null"/>.</param>
    /// <param name="timeZoneId">The contact's IANA time zone id (for example <c>Europe/Berlin</c>), or <see langword="null"/> when unknown.</param>
    /// <param name="linkedIn">Whether the seeker and the contact are connected on LinkedIn.</param>
    /// <param name="doNotContact">Whether the contact asked not to be contacted. Such a contact is never the target of a recommendation.</param>
    /// <param name="holidayCalendarId">The id of the playbook's holiday calendar for the contact's country, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/>, <paramref name="companyId"/> or <paramref name="name"/> is <see langword="null"/>.</exception>
    public Contact(
        string id,
        string companyId,
        string name,
        IEnumerable<ContactRole>? roles = null,
        string? email = null,
        string? linkedInUrl = null,
        string? postalAddress = null,
        string? phone = null,
        string? timeZoneId = null,
        LinkedInConnection linkedIn = LinkedInConnection.None,
        bool doNotContact = false,
        string? holidayCalendarId = null)
    {
        HolidayCalendarId = holidayCalendarId;
        Id = Preconditions.CheckNotNull(id);
        CompanyId = Preconditions.CheckNotNull(companyId);
        Name = Preconditions.CheckNotNull(name);
        Roles = ValueList<ContactRole>.From(roles);
        Email = email;
        LinkedInUrl = linkedInUrl;
        PostalAddress = postalAddress;
        Phone = phone;
        TimeZoneId = timeZoneId;
        LinkedIn = linkedIn;
        DoNotContact = doNotContact;
    }

    /// <summary>Gets the contact's identifier.</summary>
    /// <value>Unique among the seeker's contacts; touchpoints refer to it.</value>
    public string Id { get; }

    /// <summary>Gets the identifier of the company the contact works at.</summary>
    /// <value>Matches <see cref="Application.CompanyId"/>.</value>
    public string CompanyId { get; }

    /// <summary>Gets the contact's name.</summary>
    /// <value>Used in recommendations and explanations.</value>
    public string Name { get; }

    /// <summary>Gets the parts the contact plays.</summary>
    /// <value>Possibly empty; order is kept.</value>
    public ValueList<ContactRole> Roles { get; }

    /// <summary>Gets the email address.</summary>
    /// <value><see langword="null"/> when unknown.</value>
    public string? Email { get; }

    /// <summary>Gets the LinkedIn profile address.</summary>
    /// <value><see langword="null"/> when unknown.</value>
    public string? LinkedInUrl { get; }

    /// <summary>Gets the postal address.</summary>
    /// <value><see langword="null"/> when unknown; a handwritten note needs one.</value>
    public string? PostalAddress { get; }

    /// <summary>Gets the phone number.</summary>
    /// <value><see langword="null"/> when unknown.</value>
    public string? Phone { get; }

    /// <summary>Gets the contact's IANA time zone id.</summary>
    /// <value><see langword="null"/> when unknown; otherwise an id in the TZDB (validated).</value>
    public string? TimeZoneId { get; }

    /// <summary>Gets whether the seeker and the contact are connected on LinkedIn.</summary>
    /// <value>The default is <see cref="LinkedInConnection.None"/>.</value>
    public LinkedInConnection LinkedIn { get; }

    /// <summary>Gets whether the contact asked not to be contacted.</summary>
    /// <value>The default is <see langword="false"/>. When <see langword="true"/>, no recommendation ever targets the contact.</value>
    public bool DoNotContact { get; }

    /// <summary>Gets the id of the holiday calendar of the contact's country.</summary>
    /// <value><see langword="null"/> (the default) when unknown; otherwise the id of one of the playbook's
    /// <see cref="Rules.Playbook.Holidays"/> (validated). Steps for the contact skip its holidays as well as the seeker's.</value>
    public string? HolidayCalendarId { get; }

    /// <summary>Returns whether the contact can be reached on <paramref name="channel"/>.</summary>
    /// <param name="channel">The channel.</param>
    /// <returns>
    /// <see langword="true"/> when the matching address is known; <see cref="Channel.InPerson"/> needs any address;
    /// <see cref="Channel.None"/>, <see cref="Channel.Social"/> and <see cref="Channel.Web"/> never reach a person.
    /// </returns>
    public bool HasChannel(Channel channel) => channel switch
    {
        Channel.Email => !string.IsNullOrWhiteSpace(Email),
        Channel.LinkedIn => !string.IsNullOrWhiteSpace(LinkedInUrl),
        Channel.Postal => !string.IsNullOrWhiteSpace(PostalAddress),
        Channel.Phone => !string.IsNullOrWhiteSpace(Phone),
        Channel.InPerson => HasChannel(Channel.Email) || HasChannel(Channel.LinkedIn) || HasChannel(Channel.Phone),
        _ => false,
    };

    /// <summary>Returns the position of the contact with id <paramref name="id"/> in <paramref name="contacts"/>, or -1.</summary>
    /// <remarks>
    /// A touchpoint usually names a contact with the very string the contact holds: that is looked for first, then an
    /// equal one. With duplicate ids, the first.
    /// </remarks>
    internal static int IndexOf(ValueList<Contact> contacts, string id)
    {
        for (int i = 0; i < contacts.Count; i++)
        {
            if (ReferenceEquals(contacts[i].Id, id))
            {
                return i;
            }
        }

        for (int i = 0; i < contacts.Count; i++)
        {
            if (string.Equals(contacts[i].Id, id, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
