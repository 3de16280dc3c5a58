using FluentValidation.Results;
using FollowUpRules.Domain;
using FollowUpRules.Utility;
using FollowUpRules.Validation;
using NodaTime;

namespace FollowUpRules.Serialization;

/// <summary>
/// Editing a pipeline: each method returns a new, validated pipeline and leaves this one unchanged, so an app (or the
/// <c>followup</c> tool) changes a file by loading it, applying one edit and saving the result
/// (<see cref="PipelineJson.UpdateFile"/> does all three under the file's lock).
/// </summary>
/// <remarks>
/// <para>Every edit checks the applications it changed with <see cref="EvaluationInputValidator"/> (without a date: the
/// engine checks that nothing is dated after today) and throws a <see cref="FollowUpFileException"/> listing every
/// problem with its path in the file (<c>applications[3].contacts[0].email</c>) when the result would be invalid. An id
/// that does not exist, or that is already taken, is an <see cref="ArgumentException"/>.</para>
/// <para><b>Contacts are company-wide.</b> A person belongs to the company, not to one application
/// (<see cref="Contact.CompanyId"/>): the same contact id at one company is the same person, listed with each
/// application they took part in, and the agenda merges their steps across those applications. So the edits keep every
/// copy of a person identical: <see cref="AddContact"/> and <see cref="ReplaceContact"/> write the contact's details into
/// every application at the company that lists that id, while <see cref="RemoveContact"/> takes the person off one
/// application only (the others still list them).</para>
/// <para><b>A rejection is recorded one way.</b> <see cref="RecordRejection"/> sets the status to
/// <see cref="ApplicationStatus.Rejected"/>, the reason when known, and the <see cref="TouchpointKind.Rejection"/>
/// touchpoint that dates it (the validator requires the two together); <see cref="SetStatus"/> to Rejected and
/// <see cref="WithTouchpoint"/> of a Rejection both go through it.</para>
/// </remarks>
public sealed partial record PipelineFile
{
    /// <summary>Returns a copy with one more application, after the others.</summary>
    /// <param name="entry">The application with its contacts and touchpoints; its id must not be in the pipeline yet.</param>
    /// <returns>A new pipeline; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entry"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The pipeline already has an application with that id.</exception>
    /// <exception cref="FollowUpFileException">The application is invalid (a missing role, a rejection reason without a
    /// rejection, ...); every problem has its path.</exception>
    public PipelineFile AddApplication(PipelineApplication entry)
    {
        Preconditions.CheckNotNull(entry);
        string id = entry.Application.Id;
        Preconditions.CheckArgument(Find(id) is null, nameof(entry), $"The pipeline already has an application '{id}'.");
        return With([.. Applications, entry], Applications.Count);
    }

    /// <summary>Returns a copy with several more applications, after the others, in their order (an import).</summary>
    /// <param name="entries">The applications; their ids must be new to the pipeline and unique among them.</param>
    /// <returns>A new pipeline; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entries"/> is or holds <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An id is already in the pipeline, or given twice.</exception>
    /// <exception cref="FollowUpFileException">Applications are invalid; every problem of every one has its path.</exception>
    public PipelineFile AddApplications(IEnumerable<PipelineApplication> entries)
    {
        Preconditions.CheckNotNull(entries);
        PipelineApplication[] added = [.. entries];
        var ids = new HashSet<string>(Applications.Select(a => a.Application.Id), StringComparer.Ordinal);
        foreach (PipelineApplication entry in added)
        {
            Preconditions.CheckNotNull(entry, nameof(entries));
            Preconditions.CheckArgument(ids.Add(entry.Application.Id), nameof(entries), $"The application id '{entry.Application.Id}' is already in the pipeline or given twice.");
        }

        return With([.. Applications, .. added], [.. Enumerable.Range(Applications.Count, added.Length)]);
    }

    /// <summary>
    /// Returns a copy in which an application's fields (its id, company, role, status, dates, reason) are replaced, its
    /// contacts and touchpoints kept. When the company id changes, its contacts move with it to the new company.
    /// </summary>
    /// <param name="applicationId">The id of the application to replace.</param>
    /// <param name="application">The new fields; its id may differ from <paramref name="applicationId"/> when no other
    /// application has it.</param>
    /// <returns>A new pipeline; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">No application has <paramref name="applicationId"/>, or another one already has
    /// the new id.</exception>
    /// <exception cref="FollowUpFileException">The application would be invalid, for example <see cref="ApplicationStatus.Rejected"/>
    /// without a rejection (use <see cref="SetStatus"/> or <see cref="RecordRejection"/> for that).</exception>
    public PipelineFile ReplaceApplication(string applicationId, Application application)
    {
        Preconditions.CheckNotNull(application);
        int index = IndexOf(applicationId);
        Preconditions.CheckArgument(
            application.Id == applicationId || Find(application.Id) is null,
            nameof(application),
            $"The pipeline already has an application '{application.Id}'.");
        PipelineApplication old = Applications[index];
        IEnumerable<Contact> contacts = application.CompanyId == old.Application.CompanyId
            ? old.Contacts
            : old.Contacts.Select(c => WithCompany(c, application.CompanyId));
        return With(Applications.Select((a, i) => i == index ? new PipelineApplication(application, contacts, old.Touchpoints) : a), index);
    }

    /// <summary>Returns a copy without an application (and so without its contacts' place in it and its touchpoints).</summary>
    /// <param name="applicationId">The application's id.</param>
    /// <returns>A new pipeline; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="applicationId"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">No application has that id.</exception>
    public PipelineFile RemoveApplication(string applicationId)
    {
        int index = IndexOf(applicationId);
        return new PipelineFile(Seeker, Applications.Where((_, i) => i != index), PlaybookPath, Settings);
    }

    /// <summary>
    /// Finds a person at a company: the contact with that id listed with any application at the company.
    /// </summary>
    /// <param name="companyId">The company's id.</param>
    /// <param name="contactId">The contact's id.</param>
    /// <returns>The contact, or <see langword="null"/> when no application at the company lists them.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public Contact? FindContact(string companyId, string contactId)
    {
        Preconditions.CheckNotNull(companyId);
        Preconditions.CheckNotNull(contactId);
        return ContactsAt(companyId).FirstOrDefault(c => string.Equals(c.Id, contactId, StringComparison.Ordinal));
    }

    /// <summary>Returns the people at a company: every contact listed with an application there, once each.</summary>
    /// <param name="companyId">The company's id.</param>
    /// <returns>The contacts in file order, each id once (its first copy).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="companyId"/> is <see langword="null"/>.</exception>
    public IReadOnlyList<Contact> ContactsAt(string companyId)
    {
        Preconditions.CheckNotNull(companyId);
        return [.. Applications
            .Where(a => string.Equals(a.Application.CompanyId, companyId, StringComparison.Ordinal))
            .SelectMany(a => a.Contacts)
            .DistinctBy(c => c.Id, StringComparer.Ordinal)];
    }

    /// <summary>
    /// Returns a copy in which a contact is listed with an application. The person is company-wide: when another
    /// application at the company already lists a contact with this id, that is the same person, and their details
    /// there are replaced by <paramref name="contact"/>'s, so every copy stays the same.
    /// </summary>
    /// <param name="applicationId">The application the person took part in.</param>
    /// <param name="contact">The contact; its <see cref="Contact.CompanyId"/> must be the application's.</param>
    /// <returns>A new pipeline; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">No application has that id, the contact is at another company, or the
    /// application already lists a contact with that id (use <see cref="ReplaceContact"/>).</exception>
    /// <exception cref="FollowUpFileException">The contact is invalid (a bad email address or time zone, ...).</exception>
    public PipelineFile AddContact(string applicationId, Contact contact)
    {
        Preconditions.CheckNotNull(contact);
        int index = IndexOf(applicationId);
        Application application = Applications[index].Application;
        Preconditions.CheckArgument(
            string.Equals(contact.CompanyId, application.CompanyId, StringComparison.Ordinal),
            nameof(contact),
            $"The contact '{contact.Id}' is at the company '{contact.CompanyId}', not at '{application.CompanyId}' of the application '{applicationId}'.");
        Preconditions.CheckArgument(
            !Applications[index].Contacts.Any(c => string.Equals(c.Id, contact.Id, StringComparison.Ordinal)),
            nameof(contact),
            $"The application '{applicationId}' already lists the contact '{contact.Id}'.");
        return ReplaceCopies(contact, index);
    }

    /// <summary>Returns a copy in which a person's details are replaced in every application at their company that lists them.</summary>
    /// <param name="contact">The new details; its <see cref="Contact.CompanyId"/> and <see cref="Contact.Id"/> say who it is.</param>
    /// <returns>A new pipeline; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="contact"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">No application at the company lists a contact with that id.</exception>
    /// <exception cref="FollowUpFileException">The contact is invalid.</exception>
    public PipelineFile ReplaceContact(Contact contact)
    {
        Preconditions.CheckNotNull(contact);
        Preconditions.CheckArgument(
            FindContact(contact.CompanyId, contact.Id) is not null,
            nameof(contact),
            $"No application at the company '{contact.CompanyId}' lists a contact '{contact.Id}'.");
        return ReplaceCopies(contact, addTo: -1);
    }

    /// <summary>
    /// Returns a copy in which one application no longer lists a contact; other applications at the company keep them.
    /// </summary>
    /// <param name="applicationId">The application.</param>
    /// <param name="contactId">The contact's id.</param>
    /// <param name="withTouchpoints">Whether to remove the application's touchpoints that name the contact too (a touchpoint
    /// naming others as well only loses this name); when <see langword="false"/>, such touchpoints make the removal
    /// fail, so no history is lost by accident.</param>
    /// <returns>A new pipeline; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">No application has that id, or it does not list the contact.</exception>
    /// <exception cref="InvalidOperationException">Touchpoints of the application name the contact and
    /// <paramref name="withTouchpoints"/> is <see langword="false"/>; the message lists them.</exception>
    /// <exception cref="FollowUpFileException">The result is invalid (for example the application's only interview loses
    /// its last interviewer and is removed, leaving nothing wrong; or a touchpoint that needs a contact has none).</exception>
    public PipelineFile RemoveContact(string applicationId, string contactId, bool withTouchpoints = false)
    {
        Preconditions.CheckNotNull(contactId);
        int index = IndexOf(applicationId);
        PipelineApplication entry = Applications[index];
        Preconditions.CheckArgument(
            entry.Contacts.Any(c => string.Equals(c.Id, contactId, StringComparison.Ordinal)),
            nameof(contactId),
            $"The application '{applicationId}' lists no contact '{contactId}'.");
        Touchpoint[] naming = [.. entry.Touchpoints.Where(t => t.ContactIds.Contains(contactId))];
        if (naming.Length > 0 && !withTouchpoints)
        {
            throw new InvalidOperationException(
                $"The contact '{contactId}' is named by {naming.Length} touchpoint{(naming.Length == 1 ? string.Empty : "s")} of '{applicationId}' ({string.Join("; ", naming.Select(t => $"{t.Id}: {t.Kind} on {Formats.Date(t.Date)}"))}); remove them with the contact, or keep the contact.");
        }

        var touchpoints = new List<Touchpoint>(entry.Touchpoints.Count);
        foreach (Touchpoint t in entry.Touchpoints)
        {
            if (!t.ContactIds.Contains(contactId))
            {
                touchpoints.Add(t);
            }
            else if (t.ContactIds.Count > 1)
            {
                touchpoints.Add(new Touchpoint(t.Id, t.Kind, t.Date, t.ContactIds.Where(c => c != contactId), t.ApplicationId, t.Outcome, t.RuleId, t.SnoozeUntil, t.Title));
            }
        }

        var changed = new PipelineApplication(entry.Application, entry.Contacts.Where(c => c.Id != contactId), touchpoints);
        return With(Applications.Select((a, i) => i == index ? changed : a), index);
    }

    /// <summary>
    /// Returns a copy in which an application was turned down on <paramref name="date"/>: its status becomes
    /// <see cref="ApplicationStatus.Rejected"/> (a Closed application stays Closed), its reason is set when given, and a
    /// <see cref="TouchpointKind.Rejection"/> touchpoint dates it; when the application already has one, that one is moved
    /// to <paramref name="date"/> rather than a second one added. This is the one way a rejection is recorded:
    /// <see cref="SetStatus"/> to Rejected and <see cref="WithTouchpoint"/> of a Rejection come here.
    /// </summary>
    /// <param name="applicationId">The application.</param>
    /// <param name="date">The day the rejection arrived, in the seeker's zone.</param>
    /// <param name="reason">Why, when known; <see langword="null"/> keeps the reason already recorded (if any).</param>
    /// <returns>A new pipeline; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="applicationId"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">No application has that id.</exception>
    /// <exception cref="FollowUpFileException">The result is invalid, for example the date is before the application date.</exception>
    public PipelineFile RecordRejection(string applicationId, LocalDate date, RejectionReason? reason = null) =>
        Rejected(applicationId, date, reason, touchpointId: null);

    /// <summary>
    /// Returns a copy with an application's status changed, keeping its touchpoints consistent with it: to
    /// <see cref="ApplicationStatus.Rejected"/> through <see cref="RecordRejection"/>; to Closed keeping any rejection;
    /// to any other status (the application is open again, or ended another way) without the rejection touchpoint and
    /// reason, which only a rejected or closed application has.
    /// </summary>
    /// <param name="applicationId">The application.</param>
    /// <param name="status">The new status.</param>
    /// <param name="date">For <see cref="ApplicationStatus.Rejected"/>: the day the rejection arrived; <see langword="null"/>
    /// keeps the date already recorded (required when there is none). Ignored for other statuses.</param>
    /// <param name="reason">For Rejected or Closed: why, when known; <see langword="null"/> keeps the reason recorded.</param>
    /// <returns>A new pipeline; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="applicationId"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">No application has that id; a rejection without a date and none recorded; a
    /// reason with a status other than Rejected or Closed.</exception>
    /// <exception cref="FollowUpFileException">The result is invalid.</exception>
    public PipelineFile SetStatus(string applicationId, ApplicationStatus status, LocalDate? date = null, RejectionReason? reason = null)
    {
        int index = IndexOf(applicationId);
        PipelineApplication entry = Applications[index];
        Application a = entry.Application;
        switch (status)
        {
            case ApplicationStatus.Rejected:
                LocalDate? when = date ?? RejectionOf(entry)?.Date;
                Preconditions.CheckArgument(when is not null, nameof(date), $"Recording the rejection of '{applicationId}' needs the date it arrived.");
                PipelineFile rejected = Rejected(applicationId, when.Value, reason, touchpointId: null);
                PipelineApplication now = rejected.Applications[index];
                return now.Application.Status == ApplicationStatus.Rejected
                    ? rejected
                    : rejected.With(rejected.Applications.Select((x, i) => i == index ? new PipelineApplication(Copy(now.Application, ApplicationStatus.Rejected, now.Application.RejectionReason), now.Contacts, now.Touchpoints) : x), index);
            case ApplicationStatus.Closed:
                return With(Applications.Select((x, i) => i == index ? new PipelineApplication(Copy(a, status, reason ?? a.RejectionReason), entry.Contacts, entry.Touchpoints) : x), index);
            default:
                Preconditions.CheckArgument(reason is null, nameof(reason), $"A rejection reason goes with the status Rejected or Closed, not {status}.");
                var open = new PipelineApplication(Copy(a, status, null), entry.Contacts, entry.Touchpoints.Where(t => t.Kind != TouchpointKind.Rejection));
                return With(Applications.Select((x, i) => i == index ? open : x), index);
        }
    }

    private PipelineFile Rejected(string applicationId, LocalDate date, RejectionReason? reason, string? touchpointId)
    {
        int index = IndexOf(applicationId);
        PipelineApplication entry = Applications[index];
        Application a = entry.Application;
        ApplicationStatus status = a.Status == ApplicationStatus.Closed ? ApplicationStatus.Closed : ApplicationStatus.Rejected;
        Touchpoint? existing = RejectionOf(entry);
        IEnumerable<Touchpoint> touchpoints = existing is null
            ? [.. entry.Touchpoints, new Touchpoint(touchpointId ?? NextTouchpointId(), TouchpointKind.Rejection, date)]
            : entry.Touchpoints.Select(t => ReferenceEquals(t, existing) ? new Touchpoint(t.Id, t.Kind, date, t.ContactIds, t.ApplicationId) : t);
        var changed = new PipelineApplication(Copy(a, status, reason ?? a.RejectionReason), entry.Contacts, touchpoints);
        return With(Applications.Select((x, i) => i == index ? changed : x), index);
    }

    private static Touchpoint? RejectionOf(PipelineApplication entry) =>
        entry.Touchpoints.FirstOrDefault(t => t.Kind == TouchpointKind.Rejection);

    private static Application Copy(Application a, ApplicationStatus status, RejectionReason? reason) =>
        new(a.Id, a.CompanyId, a.CompanyName, a.Role, status, a.AppliedOn, reason);

    private static Contact WithCompany(Contact c, string companyId) =>
        new(c.Id, companyId, c.Name, c.Roles, c.Email, c.LinkedInUrl, c.PostalAddress, c.Phone, c.TimeZoneId, c.LinkedIn, c.DoNotContact, c.HolidayCalendarId);

    /// <summary>Writes the contact into every application at its company that lists its id, and adds it to application <paramref name="addTo"/> (-1: none).</summary>
    private PipelineFile ReplaceCopies(Contact contact, int addTo)
    {
        var changed = new List<int>();
        var applications = new List<PipelineApplication>(Applications.Count);
        for (int i = 0; i < Applications.Count; i++)
        {
            PipelineApplication a = Applications[i];
            bool atCompany = string.Equals(a.Application.CompanyId, contact.CompanyId, StringComparison.Ordinal);
            if (i == addTo)
            {
                applications.Add(new PipelineApplication(a.Application, [.. a.Contacts, contact], a.Touchpoints));
                changed.Add(i);
            }
            else if (atCompany && a.Contacts.Any(c => string.Equals(c.Id, contact.Id, StringComparison.Ordinal)))
            {
                applications.Add(new PipelineApplication(a.Application, a.Contacts.Select(c => string.Equals(c.Id, contact.Id, StringComparison.Ordinal) ? contact : c), a.Touchpoints));
                changed.Add(i);
            }
            else
            {
                applications.Add(a);
            }
        }

        return With(applications, [.. changed]);
    }

    private int IndexOf(string applicationId)
    {
        Preconditions.CheckNotNull(applicationId);
        for (int i = 0; i < Applications.Count; i++)
        {
            if (string.Equals(Applications[i].Application.Id, applicationId, StringComparison.Ordinal))
            {
                return i;
            }
        }

        throw new ArgumentException($"The pipeline has no application '{applicationId}'.", nameof(applicationId));
    }

    /// <summary>The pipeline with these applications, after checking the ones at <paramref name="changed"/>.</summary>
    private PipelineFile With(IEnumerable<PipelineApplication> applications, params int[] changed)
    {
        var result = new PipelineFile(Seeker, applications, PlaybookPath, Settings);
        var validator = new EvaluationInputValidator();
        var errors = new List<FollowUpFileError>();
        foreach (int i in changed)
        {
            foreach (ValidationFailure failure in validator.Validate(result.Applications[i].ToInput(Seeker)).Errors)
            {
                errors.Add(new FollowUpFileError(PipelineJson.ToJsonPath(failure.PropertyName, $"applications[{i}]"), failure.ErrorMessage));
            }
        }

        return errors.Count == 0 ? result : throw new FollowUpFileException("The changed pipeline", "pipeline", errors);
    }
}
