namespace FollowUpRules.Domain;

/// <summary>How an action reaches its target.</summary>
public enum Channel
{
    /// <summary>No channel: the action is the seeker's own (a journal entry, a company check).</summary>
    None,

    /// <summary>Email, to <see cref="Contact.Email"/>.</summary>
    Email,

    /// <summary>LinkedIn, to <see cref="Contact.LinkedInUrl"/>.</summary>
    LinkedIn,

    /// <summary>Post, to <see cref="Contact.PostalAddress"/>: a handwritten note.</summary>
    Postal,

    /// <summary>Phone, to <see cref="Contact.Phone"/>.</summary>
    Phone,

    /// <summary>In person, arranged through any channel the contact has.</summary>
    InPerson,

    /// <summary>The company's social media accounts.</summary>
    Social,

    /// <summary>The company's web site and job board.</summary>
    Web,
}
