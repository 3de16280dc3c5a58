using FollowUpRules.Domain;
using FollowUpRules.Engine;
using NodaTime;
using ActionKind = FollowUpRules.Rules.ActionKind;

namespace FollowUpRules.Benchmarks.Peers.NRules;

/// <summary>
/// The input as facts for an NRules session: one <see cref="CaseFact"/>, a <see cref="PersonFact"/> per contact and a
/// <see cref="TouchpointFact"/> per touchpoint and person it names (one with no person for a company touchpoint).
/// </summary>
/// <param name="Case">The application and the evaluation date.</param>
/// <param name="People">The people at the company.</param>
/// <param name="Touchpoints">The touchpoints.</param>
/// <remarks>Made by <see cref="From"/>, which only copies the input; every decision is in the rules.</remarks>
public sealed record NRulesFacts(CaseFact Case, PersonFact[] People, TouchpointFact[] Touchpoints)
{
    /// <summary>Copies <paramref name="input"/> into NRules facts.</summary>
    /// <param name="input">Valid input.</param>
    /// <param name="today">The evaluation date.</param>
    /// <returns>The facts to insert.</returns>
    public static NRulesFacts From(EvaluationInput input, LocalDate today)
    {
        ArgumentNullException.ThrowIfNull(input);
        input = SharedRules.CountedOnce(input);
        var people = new PersonFact[input.Contacts.Count];
        for (int c = 0; c < people.Length; c++)
        {
            Contact contact = input.Contacts[c];
            people[c] = new PersonFact
            {
                Id = contact.Id,
                Order = c,
                IsRecruiter = contact.Roles.Contains(ContactRole.Recruiter),
                IsHiringManager = contact.Roles.Contains(ContactRole.HiringManager),
                HasEmail = contact.Email is not null,
                HasLinkedIn = contact.LinkedInUrl is not null || contact.LinkedIn == LinkedInConnection.Connected
                    || input.Touchpoints.Any(t => t.Kind == TouchpointKind.LinkedInRequestAccepted && t.ContactIds.Contains(contact.Id)),
                HasPostal = contact.PostalAddress is not null,
                DoNotContact = contact.DoNotContact,
                LinkedIn = contact.LinkedIn,
            };
        }

        var touchpoints = new List<TouchpointFact>(input.Touchpoints.Count + (input.Touchpoints.Count / 4));
        foreach (Touchpoint t in input.Touchpoints)
        {
            if (t.ContactIds.Count == 0)
            {
                touchpoints.Add(new TouchpointFact { Kind = t.Kind, Date = t.Date, Outcome = t.Outcome });
                continue;
            }

            foreach (string id in t.ContactIds)
            {
                touchpoints.Add(new TouchpointFact { Kind = t.Kind, Date = t.Date, Outcome = t.Outcome, Person = Array.Find(people, p => p.Id == id) });
            }
        }

        Application application = input.Application;
        var @case = new CaseFact
        {
            Status = application.Status,
            AppliedOn = application.AppliedOn,
            Reason = application.RejectionReason,
            EmployedSince = input.Seeker.EmployedElsewhereSince,
            Today = today,
        };
        return new NRulesFacts(@case, people, [.. touchpoints]);
    }
}

/// <summary>The application and the evaluation date.</summary>
public sealed class CaseFact
{
    /// <summary>Gets the application's status, as the app set it.</summary>
    /// <value>The status.</value>
    public ApplicationStatus Status { get; init; }

    /// <summary>Gets the application date.</summary>
    /// <value>The date.</value>
    public LocalDate AppliedOn { get; init; }

    /// <summary>Gets the rejection reason the app recorded.</summary>
    /// <value><see langword="null"/> when none was recorded.</value>
    public RejectionReason? Reason { get; init; }

    /// <summary>Gets the date from which the seeker has a job elsewhere.</summary>
    /// <value><see langword="null"/> while still searching.</value>
    public LocalDate? EmployedSince { get; init; }

    /// <summary>Gets the evaluation date.</summary>
    /// <value>The date.</value>
    public LocalDate Today { get; init; }
}

/// <summary>A person at the company.</summary>
public sealed class PersonFact
{
    /// <summary>Gets the contact id.</summary>
    /// <value>The id.</value>
    public string Id { get; init; } = string.Empty;

    /// <summary>Gets the person's position among the contacts: "the first recruiter" is the one with the lowest.</summary>
    /// <value>From 0.</value>
    public int Order { get; init; }

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
}

/// <summary>A touchpoint, once for each person it names.</summary>
public sealed class TouchpointFact
{
    /// <summary>Gets the kind.</summary>
    /// <value>The kind.</value>
    public TouchpointKind Kind { get; init; }

    /// <summary>Gets the date.</summary>
    /// <value>The date.</value>
    public LocalDate Date { get; init; }

    /// <summary>Gets what a reply said.</summary>
    /// <value><see langword="null"/> for anything but a reply.</value>
    public ReplyOutcome? Outcome { get; init; }

    /// <summary>Gets the person it names.</summary>
    /// <value><see langword="null"/> for a touchpoint about the company or the seeker.</value>
    public PersonFact? Person { get; init; }
}

/// <summary>A person nothing more goes to, inferred by the <c>respect-no-contact</c> rules.</summary>
/// <param name="person">The person.</param>
/// <remarks>A class, not a record: NRules tells facts apart by equality, and two rules may each stop the same person.</remarks>
public sealed class Stopped(PersonFact person)
{
    /// <summary>Gets the person.</summary>
    /// <value>The person.</value>
    public PersonFact Person { get; } = person;
}

/// <summary>The silence after the last interview that counts as a rejection, inferred by <c>silent-rejection</c>.</summary>
/// <param name="date">The date it counts from: 30 days after the last interview.</param>
public sealed class SilentRejection(LocalDate date)
{
    /// <summary>Gets the date it counts from.</summary>
    /// <value>30 days after the last interview.</value>
    public LocalDate Date { get; } = date;
}

/// <summary>The rejection the after-rejection rules count from: the recorded one, else the silent one.</summary>
/// <param name="date">The date the steps count from.</param>
/// <param name="evidenceFrom">The earliest date from which a touchpoint counts as a step done.</param>
public sealed class Rejection(LocalDate date, LocalDate evidenceFrom)
{
    /// <summary>Gets the date the steps count from.</summary>
    /// <value>The recorded rejection's date, else the silent one's.</value>
    public LocalDate Date { get; } = date;

    /// <summary>Gets the earliest date from which a touchpoint counts as a step done.</summary>
    /// <value>The silent rejection's date when one came before the recorded one; else <see cref="Date"/>.</value>
    public LocalDate EvidenceFrom { get; } = evidenceFrom;
}

/// <summary>Where an interviewer's handwritten note stands: <c>congratulate-and-connect</c> counts from it.</summary>
/// <param name="person">The interviewer.</param>
/// <param name="due">The note's due date.</param>
/// <param name="done">The date of the first thank-you (note or email) since the rejection; <see langword="null"/> while none is recorded.</param>
public sealed class NoteState(PersonFact person, LocalDate due, LocalDate? done)
{
    /// <summary>Gets the interviewer.</summary>
    /// <value>The person.</value>
    public PersonFact Person { get; } = person;

    /// <summary>Gets the note's due date.</summary>
    /// <value>Three days after the rejection, on a business day.</value>
    public LocalDate Due { get; } = due;

    /// <summary>Gets the date of the first thank-you since the rejection.</summary>
    /// <value><see langword="null"/> while none is recorded.</value>
    public LocalDate? Done { get; } = done;

    /// <summary>Gets the date the congratulations count from: the note's date, or its due date while it is not sent.</summary>
    /// <value>The date.</value>
    public LocalDate Mark => Done ?? Due;

    /// <summary>Gets the earliest date from which congratulations count as sent.</summary>
    /// <value>The earlier of <see cref="Done"/> and <see cref="Due"/>.</value>
    public LocalDate From => Done is { } done && done < Due ? done : Due;
}

/// <summary>A pending step, the rules' output; read with <c>session.Query&lt;StepFact&gt;()</c>.</summary>
/// <param name="step">The step.</param>
/// <remarks>A class, not a record: two equal steps (two interviews on one day) are two facts.</remarks>
public sealed class StepFact(PeerStep step)
{
    /// <summary>Gets the step.</summary>
    /// <value>The step.</value>
    public PeerStep Step { get; } = step;

    /// <summary>A step for the seeker.</summary>
    /// <param name="action">The action.</param>
    /// <param name="due">The due date.</param>
    /// <returns>The fact.</returns>
    public static StepFact Seeker(ActionKind action, LocalDate due) => new(new PeerStep(action, Channel.None, TargetKind.Seeker, null, due));

    /// <summary>A step about the company.</summary>
    /// <param name="action">The action.</param>
    /// <param name="channel">The channel.</param>
    /// <param name="due">The due date.</param>
    /// <returns>The fact.</returns>
    public static StepFact Company(ActionKind action, Channel channel, LocalDate due) => new(new PeerStep(action, channel, TargetKind.Company, null, due));

    /// <summary>A step for a person.</summary>
    /// <param name="action">The action.</param>
    /// <param name="channel">The channel.</param>
    /// <param name="person">The person.</param>
    /// <param name="due">The due date.</param>
    /// <returns>The fact.</returns>
    public static StepFact Person(ActionKind action, Channel channel, PersonFact person, LocalDate due) => new(new PeerStep(action, channel, TargetKind.Person, person.Id, due));
}
