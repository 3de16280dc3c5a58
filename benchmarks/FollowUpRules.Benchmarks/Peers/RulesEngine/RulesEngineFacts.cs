using FollowUpRules.Domain;
using NodaTime;

namespace FollowUpRules.Benchmarks.Peers.RulesEngine;

/// <summary>
/// The input as RulesEngine's expressions read it (the rule parameter <c>app</c>): plain objects with
/// <see cref="DateTime"/> dates, the application's touchpoints by date, and each person with their own touchpoints.
/// </summary>
/// <remarks>Made by <see cref="From"/>, which only copies and indexes the input; every decision is in the workflow.</remarks>
public sealed class ReApplication
{
    /// <summary>Gets the application's status, as the app set it.</summary>
    /// <value>The status.</value>
    public ApplicationStatus Status { get; init; }

    /// <summary>Gets the application date.</summary>
    /// <value>A date at midnight.</value>
    public DateTime AppliedOn { get; init; }

    /// <summary>Gets the rejection reason the app recorded.</summary>
    /// <value><see langword="null"/> when none was recorded.</value>
    public RejectionReason? Reason { get; init; }

    /// <summary>Gets the date from which the seeker has a job elsewhere.</summary>
    /// <value><see langword="null"/> while still searching.</value>
    public DateTime? EmployedSince { get; init; }

    /// <summary>Gets the evaluation date.</summary>
    /// <value>A date at midnight.</value>
    public DateTime Today { get; init; }

    /// <summary>Gets every touchpoint of the application, by date.</summary>
    /// <value>Each touchpoint once.</value>
    public IReadOnlyList<ReTouchpoint> Touchpoints { get; init; } = [];

    /// <summary>Gets the people at the company, in the input's order.</summary>
    /// <value>The people.</value>
    public IReadOnlyList<RePerson> People { get; init; } = [];

    /// <summary>Copies <paramref name="input"/> into RulesEngine's fact model.</summary>
    /// <param name="input">Valid input.</param>
    /// <param name="today">The evaluation date.</param>
    /// <returns>The rule parameter's value.</returns>
    public static ReApplication From(EvaluationInput input, LocalDate today)
    {
        ArgumentNullException.ThrowIfNull(input);
        input = SharedRules.CountedOnce(input);
        var people = new RePerson[input.Contacts.Count];
        var theirs = new List<ReTouchpoint>[people.Length];
        for (int c = 0; c < people.Length; c++)
        {
            theirs[c] = [];
        }

        var all = new ReTouchpoint[input.Touchpoints.Count];
        var order = new int[all.Length];
        for (int i = 0; i < all.Length; i++)
        {
            Touchpoint t = input.Touchpoints[i];
            all[i] = new ReTouchpoint { Kind = t.Kind, Date = t.Date.ToDateTimeUnspecified(), Outcome = t.Outcome };
            order[i] = i;
        }

        // By date (ties in input order), then each into the lists of the people it names.
        Array.Sort(order, (a, b) => all[a].Date != all[b].Date ? all[a].Date.CompareTo(all[b].Date) : a.CompareTo(b));
        var sorted = new ReTouchpoint[all.Length];
        for (int i = 0; i < order.Length; i++)
        {
            sorted[i] = all[order[i]];
            var ids = input.Touchpoints[order[i]].ContactIds;
            for (int k = 0; k < ids.Count; k++)
            {
                theirs[IndexOf(input.Contacts, ids[k])].Add(sorted[i]);
            }
        }

        for (int c = 0; c < people.Length; c++)
        {
            Contact contact = input.Contacts[c];
            people[c] = new RePerson
            {
                Id = contact.Id,
                IsRecruiter = contact.Roles.Contains(ContactRole.Recruiter),
                IsHiringManager = contact.Roles.Contains(ContactRole.HiringManager),
                HasEmail = contact.Email is not null,
                HasLinkedIn = contact.LinkedInUrl is not null || contact.LinkedIn == LinkedInConnection.Connected
                    || input.Touchpoints.Any(t => t.Kind == TouchpointKind.LinkedInRequestAccepted && t.ContactIds.Contains(contact.Id)),
                HasPostal = contact.PostalAddress is not null,
                DoNotContact = contact.DoNotContact,
                LinkedIn = contact.LinkedIn,
                Touchpoints = theirs[c],
            };
        }

        Application application = input.Application;
        return new ReApplication
        {
            Status = application.Status,
            AppliedOn = application.AppliedOn.ToDateTimeUnspecified(),
            Reason = application.RejectionReason,
            EmployedSince = input.Seeker.EmployedElsewhereSince?.ToDateTimeUnspecified(),
            Today = today.ToDateTimeUnspecified(),
            Touchpoints = sorted,
            People = people,
        };
    }

    private static int IndexOf(IReadOnlyList<Contact> contacts, string id)
    {
        for (int c = 0; c < contacts.Count; c++)
        {
            if (string.Equals(contacts[c].Id, id, StringComparison.Ordinal))
            {
                return c;
            }
        }

        throw new ArgumentException($"The contact '{id}' is not among the contacts; the peers expect valid input.", nameof(id));
    }
}

/// <summary>A person at the company, as RulesEngine's expressions read them.</summary>
public sealed class RePerson
{
    /// <summary>Gets the contact id.</summary>
    /// <value>The id.</value>
    public string Id { get; init; } = string.Empty;

    /// <summary>Gets a value indicating whether the person is a recruiter.</summary>
    /// <value><see langword="true"/> for a recruiter.</value>
    public bool IsRecruiter { get; init; }

    /// <summary>Gets a value indicating whether the person is a hiring manager.</summary>
    /// <value><see langword="true"/> for a hiring manager.</value>
    public bool IsHiringManager { get; init; }

    /// <summary>Gets a value indicating whether an email address is known.</summary>
    /// <value><see langword="true"/> when one is.</value>
    public bool HasEmail { get; init; }

    /// <summary>Gets a value indicating whether LinkedIn reaches the person: a profile is known, or the two are connected.</summary>
    /// <value><see langword="true"/> when one is.</value>
    public bool HasLinkedIn { get; init; }

    /// <summary>Gets a value indicating whether a postal address is known.</summary>
    /// <value><see langword="true"/> when one is.</value>
    public bool HasPostal { get; init; }

    /// <summary>Gets a value indicating whether the person asked not to be contacted.</summary>
    /// <value><see langword="true"/> when they did.</value>
    public bool DoNotContact { get; init; }

    /// <summary>Gets the LinkedIn connection state the app recorded.</summary>
    /// <value>The state.</value>
    public LinkedInConnection LinkedIn { get; init; }

    /// <summary>Gets the touchpoints that name this person, by date.</summary>
    /// <value>The touchpoints.</value>
    public IReadOnlyList<ReTouchpoint> Touchpoints { get; init; } = [];
}

/// <summary>A touchpoint, as RulesEngine's expressions read it.</summary>
public sealed class ReTouchpoint
{
    /// <summary>Gets the kind.</summary>
    /// <value>The kind.</value>
    public TouchpointKind Kind { get; init; }

    /// <summary>Gets the date.</summary>
    /// <value>A date at midnight.</value>
    public DateTime Date { get; init; }

    /// <summary>Gets what a reply said.</summary>
    /// <value><see langword="null"/> for anything but a reply.</value>
    public ReplyOutcome? Outcome { get; init; }
}
