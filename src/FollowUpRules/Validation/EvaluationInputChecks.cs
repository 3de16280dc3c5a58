using FluentValidation;
using FollowUpRules.Domain;
using FollowUpRules.Rules;
using FollowUpRules.Utility;
using NodaTime;

namespace FollowUpRules.Validation;

/// <summary>
/// The checks of an <see cref="EvaluationInput"/>, written once for both of their uses: <see cref="EvaluationInputValidator"/>
/// runs them to report every problem with its path and message (<see cref="Report"/>), and the engine runs them as a
/// quick check that allocates nothing and stops at the first problem (<see cref="Stop"/>), so that it builds messages only
/// for input that has a problem. Each check returns whether the input passed it; a message is only written when reported.
/// </summary>
/// <remarks>
/// The mode is a type argument, so the runtime compiles each check twice: the quick one without any of the reporting.
/// Thread-safe (no shared state but the per-thread set of <see cref="TouchpointIdsOk{TMode}"/>). The checks of ids
/// across the lists are in <c>EvaluationInputChecks.Ids.cs</c>.
/// </remarks>
internal static partial class EvaluationInputChecks
{
    /// <summary>How the checks treat a problem.</summary>
    internal interface IMode
    {
        /// <summary>Gets whether a problem is reported, with its message, and the checks go on; otherwise the first one ends them.</summary>
        static abstract bool Reports { get; }
    }

    internal static bool TodayOk<TMode>(LocalDate? today, ValidationContext<EvaluationInput>? context)
        where TMode : struct, IMode =>
        today is not { } date || (date >= Limits.MinDate && date <= Limits.MaxDate)
        || !Problem<TMode>(context, "Today", $"Today ({Iso(date)}) is outside the supported range {Iso(Limits.MinDate)} to {Iso(Limits.MaxDate)}.");

    internal static bool ApplicationOk<TMode>(Application application, LocalDate? today, ValidationContext<EvaluationInput>? context)
        where TMode : struct, IMode
    {
        if (IsBlank(application.Id) && Problem<TMode>(context, "Application.Id", "The application needs an id."))
        {
            return false;
        }

        if (IsBlank(application.CompanyId) && Problem<TMode>(context, "Application.CompanyId", "The application needs a company id."))
        {
            return false;
        }

        if (IsBlank(application.CompanyName) && Problem<TMode>(context, "Application.CompanyName", "The application needs a company name."))
        {
            return false;
        }

        if (IsBlank(application.Role) && Problem<TMode>(context, "Application.Role", "The application needs a role."))
        {
            return false;
        }

        if (!Enum.IsDefined(application.Status) && Problem<TMode>(context, "Application.Status", $"'{application.Status}' is not an application status."))
        {
            return false;
        }

        if (!DateOk<TMode>(application.AppliedOn, "Application.AppliedOn", "The application date", today, context))
        {
            return false;
        }

        if (application.RejectionReason is { } reason)
        {
            if (!Enum.IsDefined(reason))
            {
                return !Problem<TMode>(context, "Application.RejectionReason", $"'{reason}' is not a rejection reason.");
            }

            if (application.Status is not (ApplicationStatus.Rejected or ApplicationStatus.Closed))
            {
                return !Problem<TMode>(context, "Application.RejectionReason", $"A rejection reason ({reason}) is set, but the application's status is {application.Status}; set the status to Rejected or remove the reason.");
            }
        }

        return true;
    }

    // Paths inside a contact or a touchpoint are relative: FluentValidation's RuleForEach puts the item's path before them.
    internal static bool ContactOk<TMode>(Contact contact, Application application, ValidationContext<EvaluationInput>? context)
        where TMode : struct, IMode
    {
        if (IsBlank(contact.Id) && Problem<TMode>(context, "Id", "Every contact needs an id."))
        {
            return false;
        }

        if (IsBlank(contact.Name) && Problem<TMode>(context, "Name", "Every contact needs a name."))
        {
            return false;
        }

        if (!string.Equals(contact.CompanyId, application.CompanyId, StringComparison.Ordinal)
            && Problem<TMode>(context, "CompanyId", $"{Who(contact)} works at {Echo.Quote(contact.CompanyId)}, not at the application's company {Echo.Quote(application.CompanyId)}; pass only contacts at the application's company."))
        {
            return false;
        }

        for (int i = 0; i < contact.Roles.Count; i++)
        {
            if (!Enum.IsDefined(contact.Roles[i])
                && Problem<TMode>(context, $"Roles[{i}]", $"'{contact.Roles[i]}' is not a contact role; use HiringManager, Recruiter, TeamMember or Referrer."))
            {
                return false;
            }
        }

        if (contact.Email is { } email && (string.IsNullOrWhiteSpace(email) || email.IndexOf('@', StringComparison.Ordinal) <= 0 || email.EndsWith('@'))
            && Problem<TMode>(context, "Email", $"{Echo.Quote(email)} is not an email address."))
        {
            return false;
        }

        if (contact.TimeZoneId is { } zoneId && TzdbZones.GetZoneOrNull(zoneId) is null
            && Problem<TMode>(context, "TimeZoneId", $"{Echo.Quote(zoneId)} is not a time zone id; use an IANA id such as 'Europe/Berlin' or 'America/New_York'."))
        {
            return false;
        }

        return Enum.IsDefined(contact.LinkedIn) || !Problem<TMode>(context, "LinkedIn", $"'{contact.LinkedIn}' is not a LinkedIn connection state.");
    }

    internal static bool HolidayCalendarOk<TMode>(Contact contact, Playbook? playbook, ValidationContext<EvaluationInput>? context)
        where TMode : struct, IMode
    {
        if (contact.HolidayCalendarId is not { } id || playbook is null)
        {
            return true;
        }

        foreach (Calendar.HolidayCalendar calendar in playbook.Holidays)
        {
            if (string.Equals(calendar.Id, id, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return !Problem<TMode>(context, "HolidayCalendarId", $"{Who(contact)} names the holiday calendar {Echo.Quote(id)}, but the playbook '{playbook.Id}' has no calendar with that id; {KnownCalendars(playbook)}.");
    }

    internal static bool TouchpointOk<TMode>(Touchpoint touchpoint, EvaluationInput input, LocalDate? today, Playbook? playbook, ValidationContext<EvaluationInput>? context)
        where TMode : struct, IMode
    {
        if (IsBlank(touchpoint.Id) && Problem<TMode>(context, "Id", "Every touchpoint needs an id."))
        {
            return false;
        }

        if (!Enum.IsDefined(touchpoint.Kind))
        {
            return !Problem<TMode>(context, "Kind", $"'{touchpoint.Kind}' is not a touchpoint kind.");
        }

        // A touch with a person about the relationship (a reply, a coffee) may come before this application: the relationship is older.
        if (touchpoint.Date < input.Application.AppliedOn && !IsRelationshipTouch(touchpoint.Kind))
        {
            if (Problem<TMode>(context, "Date", $"{What(touchpoint)} is dated {Iso(touchpoint.Date)}, before the application date {Iso(input.Application.AppliedOn)}."))
            {
                return false;
            }
        }
        else if (!DateOk<TMode>(touchpoint.Date, "Date", touchpoint, today, context))
        {
            return false;
        }

        if (touchpoint.ApplicationId is { } applicationId && !string.Equals(applicationId, input.Application.Id, StringComparison.Ordinal)
            && Problem<TMode>(context, "ApplicationId", $"{What(touchpoint)} belongs to application {Echo.Quote(applicationId)}, not to {Echo.Quote(input.Application.Id)}."))
        {
            return false;
        }

        if (TouchpointKinds.NeedsContact(touchpoint.Kind) && touchpoint.ContactIds.Count == 0
            && Problem<TMode>(context, "ContactIds", touchpoint.Kind == TouchpointKind.Interview
                ? $"{What(touchpoint)} names no interviewer; add the contact id of each person who interviewed you."
                : $"{What(touchpoint)} names no contact; say who it was with."))
        {
            return false;
        }

        for (int i = 0; i < touchpoint.ContactIds.Count; i++)
        {
            string contactId = touchpoint.ContactIds[i];
            if (!IsContact(contactId, input.Contacts))
            {
                if (Problem<TMode>(context, $"ContactIds[{i}]", $"{What(touchpoint)} names the contact {Echo.Quote(contactId)}, who is not among the contacts given."))
                {
                    return false;
                }
            }
            else if (NamedBefore(touchpoint.ContactIds, i)
                && Problem<TMode>(context, $"ContactIds[{i}]", $"{What(touchpoint)} names the contact {Echo.Quote(contactId)} twice."))
            {
                return false;
            }
        }

        if (touchpoint.Kind == TouchpointKind.Reply)
        {
            if (touchpoint.Outcome is null)
            {
                if (Problem<TMode>(context, "Outcome", $"{What(touchpoint)} needs an outcome: Yes, No or Neutral."))
                {
                    return false;
                }
            }
            else if (!Enum.IsDefined(touchpoint.Outcome.Value)
                && Problem<TMode>(context, "Outcome", $"'{touchpoint.Outcome}' is not a reply outcome; use Yes, No or Neutral."))
            {
                return false;
            }
        }
        else if (touchpoint.Outcome is not null && Problem<TMode>(context, "Outcome", $"Only a Reply has an outcome; {What(touchpoint)} is not a reply."))
        {
            return false;
        }

        bool acts = touchpoint.Kind is TouchpointKind.Snooze or TouchpointKind.Dismissal;
        if (acts && string.IsNullOrWhiteSpace(touchpoint.RuleId))
        {
            if (Problem<TMode>(context, "RuleId", $"{What(touchpoint)} must name the rule whose recommendation it acts on."))
            {
                return false;
            }
        }
        else if (!acts && touchpoint.RuleId is not null)
        {
            if (Problem<TMode>(context, "RuleId", $"Only a Snooze or a Dismissal names a rule; {What(touchpoint)} does not."))
            {
                return false;
            }
        }
        else if (acts && playbook is not null && !IsRule(touchpoint.RuleId!, playbook)
            && Problem<TMode>(context, "RuleId", $"{What(touchpoint)} names the rule {Echo.Quote(touchpoint.RuleId)}, which is not in the playbook '{playbook.Id}'."))
        {
            return false;
        }

        if (touchpoint.Title is not null && touchpoint.Kind != TouchpointKind.PostingSpotted
            && Problem<TMode>(context, "Title", $"Only a PostingSpotted has a title (the posting's); {What(touchpoint)} is not a posting."))
        {
            return false;
        }

        if (touchpoint.Kind != TouchpointKind.Snooze)
        {
            return touchpoint.SnoozeUntil is null || !Problem<TMode>(context, "SnoozeUntil", $"Only a Snooze has a snooze date; {What(touchpoint)} is not a snooze.");
        }

        if (touchpoint.SnoozeUntil is not { } until)
        {
            return !Problem<TMode>(context, "SnoozeUntil", $"{What(touchpoint)} must say until when.");
        }

        if (until <= touchpoint.Date)
        {
            return !Problem<TMode>(context, "SnoozeUntil", $"{What(touchpoint)} snoozes until {Iso(until)}, which is not after the day it was made ({Iso(touchpoint.Date)}).");
        }

        return until <= Limits.MaxDate || !Problem<TMode>(context, "SnoozeUntil", $"{What(touchpoint)} snoozes until {Iso(until)}, after {Iso(Limits.MaxDate)}.");
    }

    /// <summary>Checks that the status and the rejection touchpoints agree: a Rejected application has one, an open one none.</summary>
    internal static bool StatusOk<TMode>(EvaluationInput input, ValidationContext<EvaluationInput>? context)
        where TMode : struct, IMode
    {
        ApplicationStatus status = input.Application.Status;
        int rejection = -1;
        for (int i = 0; i < input.Touchpoints.Count; i++)
        {
            if (input.Touchpoints[i].Kind == TouchpointKind.Rejection)
            {
                rejection = i;
                break;
            }
        }

        if (status == ApplicationStatus.Rejected && rejection < 0)
        {
            return !Problem<TMode>(context, "Application.Status", "The application is Rejected, but no Rejection touchpoint dates the rejection; add one with the date it arrived.");
        }

        return rejection < 0 || status is ApplicationStatus.Rejected or ApplicationStatus.Closed
            || !Problem<TMode>(context, "Application.Status", $"Touchpoints[{rejection}] records a rejection, but the application's status is {status}; set the status to Rejected.");
    }

    internal static bool SeekerOk<TMode>(Seeker seeker, LocalDate? today, ValidationContext<EvaluationInput>? context)
        where TMode : struct, IMode =>
        seeker.EmployedElsewhereSince is not { } since || DateOk<TMode>(since, "Seeker.EmployedElsewhereSince", "The date you accepted a job elsewhere", today, context);

    /// <summary>Checks that <paramref name="date"/> is in the supported range and not after today; <paramref name="what"/> is the dated thing's name (a string or a touchpoint), written only when reported.</summary>
    private static bool DateOk<TMode>(LocalDate date, string path, object what, LocalDate? today, ValidationContext<EvaluationInput>? context)
        where TMode : struct, IMode
    {
        if (date < Limits.MinDate || date > Limits.MaxDate)
        {
            return !Problem<TMode>(context, path, $"{Name(what)} ({Iso(date)}) is outside the supported range {Iso(Limits.MinDate)} to {Iso(Limits.MaxDate)}.");
        }

        return today is not { } t || date <= t
            || !Problem<TMode>(context, path, $"{Name(what)} ({Iso(date)}) is after today ({Iso(t)}); record things once they have happened.");

        static string Name(object what) => what as string ?? What((Touchpoint)what);
    }

    /// <summary>Handles a problem: reports it and returns <see langword="false"/> (go on), or, for the quick check, returns <see langword="true"/> (stop).</summary>
    private static bool Problem<TMode>(ValidationContext<EvaluationInput>? context, string path, string message)
        where TMode : struct, IMode
    {
        if (!TMode.Reports)
        {
            return true;
        }

        context!.AddFailure(path, message);
        return false;
    }

    private static bool IsContact(string id, ValueList<Contact> contacts) => Contact.IndexOf(contacts, id) >= 0;

    private static bool NamedBefore(ValueList<string> ids, int index)
    {
        for (int j = 0; j < index; j++)
        {
            if (string.Equals(ids[j], ids[index], StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsRule(string id, Playbook playbook)
    {
        foreach (Rule rule in playbook.Rules)
        {
            if (string.Equals(rule.Id, id, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static string KnownCalendars(Playbook playbook) => playbook.Holidays.Count == 0
        ? "the playbook has no holiday calendars"
        : "its calendars are " + string.Join(", ", playbook.Holidays.Select(c => $"'{c.Id}'"));

    private static bool IsBlank(string? value) => string.IsNullOrWhiteSpace(value);

    private static bool IsRelationshipTouch(TouchpointKind kind) => TouchpointKinds.IsAboutTheRelationship(kind) && TouchpointKinds.NeedsContact(kind);

    private static string Iso(LocalDate date) => NodaTime.Text.LocalDatePattern.Iso.Format(date);

    private static string What(Touchpoint touchpoint) => $"The {touchpoint.Kind} {Echo.Quote(touchpoint.Id)}";

    private static string Who(Contact contact) => string.IsNullOrWhiteSpace(contact.Name) ? $"Contact {Echo.Quote(contact.Id)}" : contact.Name;

    /// <summary>The checks stop at the first problem, writing no message: the engine's quick check.</summary>
    internal readonly struct Stop : IMode
    {
        /// <inheritdoc />
        public static bool Reports => false;
    }

    /// <summary>The checks report every problem with its message: the validator.</summary>
    internal readonly struct Report : IMode
    {
        /// <inheritdoc />
        public static bool Reports => true;
    }
}
