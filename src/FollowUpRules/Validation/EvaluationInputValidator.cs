using FluentValidation;
using FollowUpRules.Domain;
using FollowUpRules.Rules;
using NodaTime;

namespace FollowUpRules.Validation;

/// <summary>
/// Validates an <see cref="EvaluationInput"/>: every problem at once, each with its path (for example
/// <c>Touchpoints[2].ContactIds[0]</c>) and a message that says what is wrong.
/// </summary>
/// <remarks>
/// The engine checks every input against these rules before evaluating it and refuses input they reject, so it never
/// returns a silently wrong date. (It first runs an allocation-free check that mirrors them, and runs this validator only
/// when that check finds a problem, to report every problem at once.) Validators are immutable once built and safe to
/// share between threads.
/// </remarks>
public sealed class EvaluationInputValidator : AbstractValidator<EvaluationInput>
{
    /// <summary>Initializes a new validator.</summary>
    /// <param name="today">
    /// The evaluation date: nothing may be dated after it. <see langword="null"/> takes it from the validation context's
    /// root data under <see cref="TodayKey"/> when present (so one validator can serve every day), and otherwise skips
    /// that check.
    /// </param>
    /// <param name="playbook">The playbook snoozes and dismissals must refer to. <see langword="null"/> skips that check.</param>
    public EvaluationInputValidator(LocalDate? today = null, Playbook? playbook = null)
    {
        RuleFor(i => i).Custom((_, context) =>
        {
            if ((today ?? TodayOf(context)) is { } date && (date < Limits.MinDate || date > Limits.MaxDate))
            {
                context.AddFailure("Today", $"Today ({Iso(date)}) is outside the supported range {Iso(Limits.MinDate)} to {Iso(Limits.MaxDate)}.");
            }
        });
        RuleFor(i => i.Application).Custom((application, context) => ValidateApplication(application, today ?? TodayOf(context), context));
        RuleForEach(i => i.Contacts).Custom((contact, context) => ValidateContact(contact, context.InstanceToValidate.Application, context));
        RuleForEach(i => i.Contacts).Custom((contact, context) => ValidateHolidayCalendar(contact, playbook, context));
        RuleFor(i => i.Contacts).Custom((contacts, context) =>
            ReportDuplicates(contacts.Select(c => c.Id), "Contacts", "contact", context));
        RuleForEach(i => i.Touchpoints).Custom((touchpoint, context) => ValidateTouchpoint(touchpoint, context.InstanceToValidate, today ?? TodayOf(context), playbook, context));
        RuleFor(i => i.Touchpoints).Custom((touchpoints, context) =>
            ReportDuplicates(touchpoints.Select(t => t.Id), "Touchpoints", "touchpoint", context));
        RuleFor(i => i).Custom(ValidateStatusAgainstTouchpoints);
        RuleFor(i => i.Seeker.EmployedElsewhereSince).Custom((since, context) =>
        {
            if (since is { } date)
            {
                CheckDate(date, "Seeker.EmployedElsewhereSince", "The date you accepted a job elsewhere", today ?? TodayOf(context), context);
            }
        });
    }

    /// <summary>The key under which a validation context's root data may carry the evaluation date, a <see cref="LocalDate"/>.</summary>
    public const string TodayKey = "FollowUpRules.Today";

    /// <summary>Validates <paramref name="input"/> as of <paramref name="today"/>, whatever date this validator was built with.</summary>
    /// <param name="input">The input.</param>
    /// <param name="today">The evaluation date.</param>
    /// <returns>Every problem found; valid when empty.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> is <see langword="null"/>.</exception>
    public FluentValidation.Results.ValidationResult Validate(EvaluationInput input, LocalDate today)
    {
        ArgumentNullException.ThrowIfNull(input);
        var context = new ValidationContext<EvaluationInput>(input);
        context.RootContextData[TodayKey] = today;
        return Validate(context);
    }

    private static LocalDate? TodayOf(ValidationContext<EvaluationInput> context) =>
        context.RootContextData.TryGetValue(TodayKey, out object? value) && value is LocalDate date ? date : null;

    private static void ValidateApplication(Application application, LocalDate? today, ValidationContext<EvaluationInput> context)
    {
        RequireText(application.Id, "Application.Id", "The application needs an id.", context);
        RequireText(application.CompanyId, "Application.CompanyId", "The application needs a company id.", context);
        RequireText(application.CompanyName, "Application.CompanyName", "The application needs a company name.", context);
        RequireText(application.Role, "Application.Role", "The application needs a role.", context);
        if (!Enum.IsDefined(application.Status))
        {
            context.AddFailure("Application.Status", $"'{application.Status}' is not an application status.");
        }

        CheckDate(application.AppliedOn, "Application.AppliedOn", "The application date", today, context);

        if (application.RejectionReason is { } reason)
        {
            if (!Enum.IsDefined(reason))
            {
                context.AddFailure("Application.RejectionReason", $"'{reason}' is not a rejection reason.");
            }
            else if (application.Status is not (ApplicationStatus.Rejected or ApplicationStatus.Closed))
            {
                context.AddFailure("Application.RejectionReason", $"A rejection reason ({reason}) is set, but the application's status is {application.Status}; set the status to Rejected or remove the reason.");
            }
        }
    }

    private static void ValidateHolidayCalendar(Contact contact, Playbook? playbook, ValidationContext<EvaluationInput> context)
    {
        if (contact.HolidayCalendarId is not { } id || playbook is null || playbook.FindHolidayCalendar(id) is not null)
        {
            return;
        }

        string known = playbook.Holidays.Count == 0
            ? "the playbook has no holiday calendars"
            : "its calendars are " + string.Join(", ", playbook.Holidays.Select(c => $"'{c.Id}'"));
        context.AddFailure("HolidayCalendarId", $"{Who(contact)} names the holiday calendar {Utility.Echo.Quote(id)}, but the playbook '{playbook.Id}' has no calendar with that id; {known}.");
    }

    private static void ValidateContact(Contact contact, Application application, ValidationContext<EvaluationInput> context)
    {
        // Inside RuleForEach, FluentValidation prefixes failure paths with the item's path (Contacts[2]).
        RequireText(contact.Id, "Id", "Every contact needs an id.", context);
        RequireText(contact.Name, "Name", "Every contact needs a name.", context);
        if (!string.Equals(contact.CompanyId, application.CompanyId, StringComparison.Ordinal))
        {
            context.AddFailure("CompanyId", $"{Who(contact)} works at {Utility.Echo.Quote(contact.CompanyId)}, not at the application's company {Utility.Echo.Quote(application.CompanyId)}; pass only contacts at the application's company.");
        }

        for (int i = 0; i < contact.Roles.Count; i++)
        {
            if (!Enum.IsDefined(contact.Roles[i]))
            {
                context.AddFailure($"Roles[{i}]", $"'{contact.Roles[i]}' is not a contact role; use HiringManager, Recruiter, TeamMember or Referrer.");
            }
        }

        if (contact.Email is { } email && (string.IsNullOrWhiteSpace(email) || email.IndexOf('@', StringComparison.Ordinal) is <= 0 || email.EndsWith('@')))
        {
            context.AddFailure("Email", $"{Utility.Echo.Quote(email)} is not an email address.");
        }

        if (contact.TimeZoneId is { } zoneId && DateTimeZoneProviders.Tzdb.GetZoneOrNull(zoneId) is null)
        {
            context.AddFailure("TimeZoneId", $"{Utility.Echo.Quote(zoneId)} is not a time zone id; use an IANA id such as 'Europe/Berlin' or 'America/New_York'.");
        }

        if (!Enum.IsDefined(contact.LinkedIn))
        {
            context.AddFailure("LinkedIn", $"'{contact.LinkedIn}' is not a LinkedIn connection state.");
        }
    }

    private static void ValidateTouchpoint(Touchpoint touchpoint, EvaluationInput input, LocalDate? today, Playbook? playbook, ValidationContext<EvaluationInput> context)
    {
        // Inside RuleForEach, FluentValidation prefixes failure paths with the item's path (Touchpoints[2]).
        RequireText(touchpoint.Id, "Id", "Every touchpoint needs an id.", context);
        if (!Enum.IsDefined(touchpoint.Kind))
        {
            context.AddFailure("Kind", $"'{touchpoint.Kind}' is not a touchpoint kind.");
            return;
        }

        string what = $"The {touchpoint.Kind} {Utility.Echo.Quote(touchpoint.Id)}";
        if (touchpoint.Date < input.Application.AppliedOn)
        {
            context.AddFailure("Date", $"{what} is dated {Iso(touchpoint.Date)}, before the application date {Iso(input.Application.AppliedOn)}.");
        }
        else
        {
            CheckDate(touchpoint.Date, "Date", what, today, context);
        }

        if (touchpoint.ApplicationId is { } applicationId && !string.Equals(applicationId, input.Application.Id, StringComparison.Ordinal))
        {
            context.AddFailure("ApplicationId", $"{what} belongs to application {Utility.Echo.Quote(applicationId)}, not to {Utility.Echo.Quote(input.Application.Id)}.");
        }

        if (TouchpointKinds.NeedsContact(touchpoint.Kind) && touchpoint.ContactIds.Count == 0)
        {
            context.AddFailure("ContactIds", touchpoint.Kind == TouchpointKind.Interview
                ? $"{what} names no interviewer; add the contact id of each person who interviewed you."
                : $"{what} names no contact; say who it was with.");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < touchpoint.ContactIds.Count; i++)
        {
            string contactId = touchpoint.ContactIds[i];
            if (!input.Contacts.Any(c => string.Equals(c.Id, contactId, StringComparison.Ordinal)))
            {
                context.AddFailure($"ContactIds[{i}]", $"{what} names the contact {Utility.Echo.Quote(contactId)}, who is not among the contacts given.");
            }
            else if (!seen.Add(contactId))
            {
                context.AddFailure($"ContactIds[{i}]", $"{what} names the contact {Utility.Echo.Quote(contactId)} twice.");
            }
        }

        if (touchpoint.Kind == TouchpointKind.Reply)
        {
            if (touchpoint.Outcome is null)
            {
                context.AddFailure("Outcome", $"{what} needs an outcome: Yes, No or Neutral.");
            }
            else if (!Enum.IsDefined(touchpoint.Outcome.Value))
            {
                context.AddFailure("Outcome", $"'{touchpoint.Outcome}' is not a reply outcome; use Yes, No or Neutral.");
            }
        }
        else if (touchpoint.Outcome is not null)
        {
            context.AddFailure("Outcome", $"Only a Reply has an outcome; {what} is not a reply.");
        }

        bool acts = touchpoint.Kind is TouchpointKind.Snooze or TouchpointKind.Dismissal;
        if (acts && string.IsNullOrWhiteSpace(touchpoint.RuleId))
        {
            context.AddFailure("RuleId", $"{what} must name the rule whose recommendation it acts on.");
        }
        else if (!acts && touchpoint.RuleId is not null)
        {
            context.AddFailure("RuleId", $"Only a Snooze or a Dismissal names a rule; {what} does not.");
        }
        else if (acts && playbook is not null && playbook.FindRule(touchpoint.RuleId!) is null)
        {
            context.AddFailure("RuleId", $"{what} names the rule {Utility.Echo.Quote(touchpoint.RuleId)}, which is not in the playbook '{playbook.Id}'.");
        }

        if (touchpoint.Kind == TouchpointKind.Snooze)
        {
            if (touchpoint.SnoozeUntil is not { } until)
            {
                context.AddFailure("SnoozeUntil", $"{what} must say until when.");
            }
            else if (until <= touchpoint.Date)
            {
                context.AddFailure("SnoozeUntil", $"{what} snoozes until {Iso(until)}, which is not after the day it was made ({Iso(touchpoint.Date)}).");
            }
            else if (until > Limits.MaxDate)
            {
                context.AddFailure("SnoozeUntil", $"{what} snoozes until {Iso(until)}, after {Iso(Limits.MaxDate)}.");
            }
        }
        else if (touchpoint.SnoozeUntil is not null)
        {
            context.AddFailure("SnoozeUntil", $"Only a Snooze has a snooze date; {what} is not a snooze.");
        }
    }

    private static void ValidateStatusAgainstTouchpoints(EvaluationInput input, ValidationContext<EvaluationInput> context)
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
            context.AddFailure("Application.Status", "The application is Rejected, but no Rejection touchpoint dates the rejection; add one with the date it arrived.");
        }
        else if (rejection >= 0 && status is not (ApplicationStatus.Rejected or ApplicationStatus.Closed))
        {
            context.AddFailure("Application.Status", $"Touchpoints[{rejection}] records a rejection, but the application's status is {status}; set the status to Rejected.");
        }
    }

    private static void ReportDuplicates(IEnumerable<string> ids, string collection, string noun, ValidationContext<EvaluationInput> context)
    {
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        int index = 0;
        foreach (string id in ids)
        {
            if (!string.IsNullOrEmpty(id))
            {
                if (first.TryGetValue(id, out int earlier))
                {
                    context.AddFailure($"{collection}[{index}].Id", $"The {noun} id {Utility.Echo.Quote(id)} is already used by {collection}[{earlier}]; every {noun} needs its own id.");
                }
                else
                {
                    first[id] = index;
                }
            }

            index++;
        }
    }

    private static void CheckDate(LocalDate date, string path, string what, LocalDate? today, ValidationContext<EvaluationInput> context)
    {
        if (date < Limits.MinDate || date > Limits.MaxDate)
        {
            context.AddFailure(path, $"{what} ({Iso(date)}) is outside the supported range {Iso(Limits.MinDate)} to {Iso(Limits.MaxDate)}.");
        }
        else if (today is { } t && date > t)
        {
            context.AddFailure(path, $"{what} ({Iso(date)}) is after today ({Iso(t)}); record things once they have happened.");
        }
    }

    private static void RequireText(string value, string path, string message, ValidationContext<EvaluationInput> context)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            context.AddFailure(path, message);
        }
    }

    private static string Iso(LocalDate date) => NodaTime.Text.LocalDatePattern.Iso.Format(date);

    private static string Who(Contact contact) => string.IsNullOrWhiteSpace(contact.Name) ? $"Contact {Utility.Echo.Quote(contact.Id)}" : contact.Name;
}
