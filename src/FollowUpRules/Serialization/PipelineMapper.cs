using FollowUpRules.Calendar;
using FollowUpRules.Domain;
using FollowUpRules.Rules;
using FollowUpRules.Utility;
using NodaTime;

namespace FollowUpRules.Serialization;

/// <summary>
/// Converts a <see cref="PipelineDocument"/> to a <see cref="PipelineFile"/>, collecting every bad value with its JSON
/// path; and converts a pipeline back. Contacts take their application's company id.
/// </summary>
internal sealed class PipelineMapper : DocumentMapper
{
    private static readonly string[] PipelineProperties = ["formatVersion", "seeker", "playbook", "settings", "applications"];
    private static readonly string[] SeekerProperties = ["zone", "employedElsewhereSince", "name", "signature"];
    private static readonly string[] SettingsProperties = ["workingWeek", "holidays", "outreachLimits", "pauses"];
    private static readonly string[] PauseProperties = ["start", "end"];
    private static readonly string[] ApplicationProperties = ["id", "companyId", "companyName", "role", "status", "appliedOn", "rejectionReason", "contacts", "touchpoints"];
    private static readonly string[] ContactProperties = ["id", "name", "roles", "email", "linkedInUrl", "postalAddress", "phone", "timeZoneId", "linkedIn", "doNotContact", "holidayCalendarId"];
    private static readonly string[] TouchpointProperties = ["id", "kind", "date", "contactIds", "outcome", "ruleId", "snoozeUntil", "title"];

    internal PipelineFile? ToModel(PipelineDocument document)
    {
        if (!CheckFormatVersion(document.FormatVersion, PipelineJson.FormatVersion, "pipeline", $"pipeline format version {PipelineJson.FormatVersion}"))
        {
            return null;
        }

        Unknown(document.Unknown, string.Empty, PipelineProperties);
        Seeker seeker = ToSeeker(document.Seeker);
        if (document.Playbook is { Length: 0 })
        {
            Error("playbook", "The playbook path is empty; leave the property out for the default playbook.");
        }
        else if (document.Playbook is { } playbookPath && playbookPath.IndexOfAny(Path.GetInvalidPathChars()) >= 0)
        {
            Error("playbook", "The playbook path holds a character no file path may hold (a NUL character, or on Windows a control character or one of \" < > |).");
        }

        PipelineSettings settings = document.Settings is { } s ? ToSettings(s) : PipelineSettings.Default;
        var applications = new List<PipelineApplication>();
        if (document.Applications is null)
        {
            Error("applications", "The pipeline has no \"applications\" list; write [] for none yet.");
        }
        else
        {
            for (int i = 0; i < document.Applications.Count; i++)
            {
                string path = $"applications[{i}]";
                if (document.Applications[i] is { } application)
                {
                    applications.Add(ToApplication(application, path));
                }
                else
                {
                    Bad(path, "An application cannot be null.", 0);
                }
            }

            foreach (IGrouping<string, int> duplicate in applications.Select((a, i) => (a.Application.Id, i)).GroupBy(x => x.Id, x => x.i).Where(g => g.Key.Length > 0 && g.Count() > 1))
            {
                foreach (int index in duplicate.Skip(1))
                {
                    Error($"applications[{index}].id", $"The application id {Echo.Quote(duplicate.Key)} is used more than once; ids must be unique in the file.");
                }
            }
        }

        return new PipelineFile(seeker, applications, document.Playbook, settings);
    }

    internal static PipelineDocument ToDocument(PipelineFile pipeline) => new()
    {
        FormatVersion = PipelineJson.FormatVersion,
        Seeker = new SeekerDocument
        {
            Zone = pipeline.Seeker.Zone.Id,
            EmployedElsewhereSince = pipeline.Seeker.EmployedElsewhereSince is { } since ? Dates.Format(since) : null,
            Name = pipeline.Seeker.Name,
            Signature = pipeline.Seeker.Signature,
        },
        Playbook = pipeline.PlaybookPath,
        Settings = pipeline.Settings == PipelineSettings.Default ? null : new PipelineSettingsDocument
        {
            WorkingWeek = pipeline.Settings.WorkingWeek is { } week ? [.. week.Days.Select(d => (string?)d.ToString())] : null,
            Holidays = pipeline.Settings.Holidays.Count == 0 ? null : [.. pipeline.Settings.Holidays.Select(c => (HolidayCalendarDocument?)ToDocument(c))],
            OutreachLimits = pipeline.Settings.OutreachLimits is { } limits ? ToDocument(limits) : null,
            Pauses = pipeline.Settings.Pauses.Count == 0 ? null : [.. pipeline.Settings.Pauses.Select(p => (PauseDocument?)new PauseDocument { Start = Dates.Format(p.Start), End = Dates.Format(p.End) })],
        },
        Applications = [.. pipeline.Applications.Select(a => (ApplicationDocument?)ToDocument(a))],
    };

    private Seeker ToSeeker(SeekerDocument? document)
    {
        DateTimeZone zone = DateTimeZone.Utc;
        if (document is null)
        {
            Error("seeker", "The pipeline needs a \"seeker\": { \"zone\": \"Europe/London\" }.");
            return new Seeker(zone);
        }

        Unknown(document.Unknown, "seeker", SeekerProperties);
        if (document.Zone is null)
        {
            Error("seeker.zone", "The seeker needs a time zone, a TZDB id such as \"Europe/London\" or \"America/New_York\".");
        }
        else if (DateTimeZoneProviders.Tzdb.GetZoneOrNull(document.Zone) is { } found)
        {
            zone = found;
        }
        else
        {
            Error("seeker.zone", $"{Echo.Quote(document.Zone)} is not a time zone id of the TZDB; write for example \"Europe/London\" or \"America/New_York\".");
        }

        return new Seeker(zone, ToDate(document.EmployedElsewhereSince, "seeker.employedElsewhereSince"), document.Name, document.Signature);
    }

    private PipelineSettings ToSettings(PipelineSettingsDocument document)
    {
        Unknown(document.Unknown, "settings", SettingsProperties);
        WorkingWeek? week = ToWorkingWeek(document.WorkingWeek, "settings.workingWeek");
        List<HolidayCalendar> holidays = ToCalendars(document.Holidays, "settings.holidays");
        OutreachLimits? limits = document.OutreachLimits is { } l ? ToOutreachLimits(l, "settings.outreachLimits") : null;
        var pauses = new List<DateInterval>();
        for (int i = 0; i < (document.Pauses?.Count ?? 0); i++)
        {
            string path = $"settings.pauses[{i}]";
            if (document.Pauses![i] is not { } pause)
            {
                Bad(path, "A pause cannot be null; write { \"start\": \"2026-12-20\", \"end\": \"2027-01-03\" }.", 0);
                continue;
            }

            Unknown(pause.Unknown, path, PauseProperties);
            LocalDate? start = pause.Start is null ? Bad<LocalDate?>(path + ".start", "A pause needs its first day, \"start\".", null) : ToDate(pause.Start, path + ".start");
            LocalDate? end = pause.End is null ? Bad<LocalDate?>(path + ".end", "A pause needs its last day, \"end\".", null) : ToDate(pause.End, path + ".end");
            if (start is { } first && end is { } last)
            {
                if (last < first)
                {
                    Bad(path + ".end", $"The pause ends ({Dates.Format(last)}) before it starts ({Dates.Format(first)}).", 0);
                }
                else
                {
                    pauses.Add(new DateInterval(first, last));
                }
            }
        }

        return new PipelineSettings(week, holidays, limits, pauses);
    }

    private PipelineApplication ToApplication(ApplicationDocument document, string path)
    {
        Unknown(document.Unknown, path, ApplicationProperties);
        string id = Required(document.Id, path + ".id", "The application needs an id: commands name it (followup next <id>).");
        string companyId = Required(document.CompanyId, path + ".companyId", "The application needs a company id: applications at one company share it.");
        string companyName = Required(document.CompanyName, path + ".companyName", "The application needs the company's name.");
        string role = Required(document.Role, path + ".role", "The application needs the role applied for.");
        ApplicationStatus status = ParseEnum<ApplicationStatus>(document.Status, path + ".status", "an application status") ?? (ApplicationStatus)(-1);
        LocalDate appliedOn = document.AppliedOn is null
            ? Missing(path + ".appliedOn", "The application needs the date it was sent, \"appliedOn\", written \"2026-11-02\".", Validation.Limits.MinDate)
            : ToDate(document.AppliedOn, path + ".appliedOn") ?? Validation.Limits.MinDate;
        RejectionReason? reason = document.RejectionReason is null ? null : ParseEnum<RejectionReason>(document.RejectionReason, path + ".rejectionReason", "a rejection reason") ?? (RejectionReason)(-1);
        var contacts = new List<Contact>();
        for (int i = 0; i < (document.Contacts?.Count ?? 0); i++)
        {
            string at = $"{path}.contacts[{i}]";
            contacts.Add(document.Contacts![i] is { } c ? ToContact(c, companyId, at) : Bad(at, "A contact cannot be null.", new Contact(string.Empty, companyId, string.Empty)));
        }

        var touchpoints = new List<Touchpoint>();
        for (int i = 0; i < (document.Touchpoints?.Count ?? 0); i++)
        {
            string at = $"{path}.touchpoints[{i}]";
            touchpoints.Add(document.Touchpoints![i] is { } t ? ToTouchpoint(t, at) : Bad(at, "A touchpoint cannot be null.", new Touchpoint(string.Empty, TouchpointKind.JournalEntry, Validation.Limits.MinDate)));
        }

        return new PipelineApplication(new Application(id, companyId, companyName, role, status, appliedOn, reason), contacts, touchpoints);
    }

    private Contact ToContact(ContactDocument document, string companyId, string path)
    {
        Unknown(document.Unknown, path, ContactProperties);
        string id = Required(document.Id, path + ".id", "The contact needs an id: touchpoints name it.");
        string name = Required(document.Name, path + ".name", "The contact needs a name: recommendations quote it.");
        List<ContactRole> roles = EnumList<ContactRole>(document.Roles, path + ".roles", "a contact role");
        LinkedInConnection linkedIn = document.LinkedIn is null ? LinkedInConnection.None : ParseEnum<LinkedInConnection>(document.LinkedIn, path + ".linkedIn", "a LinkedIn state") ?? (LinkedInConnection)(-1);
        return new Contact(id, companyId, name, roles, document.Email, document.LinkedInUrl, document.PostalAddress, document.Phone, document.TimeZoneId, linkedIn, document.DoNotContact ?? false, document.HolidayCalendarId);
    }

    private Touchpoint ToTouchpoint(TouchpointDocument document, string path)
    {
        Unknown(document.Unknown, path, TouchpointProperties);
        string id = Required(document.Id, path + ".id", "The touchpoint needs an id, unique in its application.");
        TouchpointKind kind = ParseEnum<TouchpointKind>(document.Kind, path + ".kind", "a touchpoint kind") ?? (TouchpointKind)(-1);
        LocalDate date = document.Date is null
            ? Missing(path + ".date", "The touchpoint needs its \"date\", written \"2026-11-20\".", Validation.Limits.MinDate)
            : ToDate(document.Date, path + ".date") ?? Validation.Limits.MinDate;
        var contactIds = new List<string>();
        for (int i = 0; i < (document.ContactIds?.Count ?? 0); i++)
        {
            contactIds.Add(document.ContactIds![i] ?? Bad($"{path}.contactIds[{i}]", "A contact id cannot be null.", string.Empty));
        }

        ReplyOutcome? outcome = document.Outcome is null ? null : ParseEnum<ReplyOutcome>(document.Outcome, path + ".outcome", "a reply outcome") ?? (ReplyOutcome)(-1);
        return new Touchpoint(id, kind, date, contactIds, null, outcome, document.RuleId, ToDate(document.SnoozeUntil, path + ".snoozeUntil"), document.Title);
    }

    private static ApplicationDocument ToDocument(PipelineApplication entry) => new()
    {
        Id = entry.Application.Id,
        CompanyId = entry.Application.CompanyId,
        CompanyName = entry.Application.CompanyName,
        Role = entry.Application.Role,
        Status = entry.Application.Status.ToString(),
        AppliedOn = Dates.Format(entry.Application.AppliedOn),
        RejectionReason = entry.Application.RejectionReason?.ToString(),
        Contacts = entry.Contacts.Count == 0 ? null : [.. entry.Contacts.Select(c => (ContactDocument?)new ContactDocument
        {
            Id = c.Id,
            Name = c.Name,
            Roles = c.Roles.Count == 0 ? null : [.. c.Roles.Select(r => (string?)r.ToString())],
            Email = c.Email,
            LinkedInUrl = c.LinkedInUrl,
            PostalAddress = c.PostalAddress,
            Phone = c.Phone,
            TimeZoneId = c.TimeZoneId,
            LinkedIn = c.LinkedIn == LinkedInConnection.None ? null : c.LinkedIn.ToString(),
            DoNotContact = c.DoNotContact ? true : null,
            HolidayCalendarId = c.HolidayCalendarId,
        })],
        Touchpoints = entry.Touchpoints.Count == 0 ? null : [.. entry.Touchpoints.Select(t => (TouchpointDocument?)new TouchpointDocument
        {
            Id = t.Id,
            Kind = t.Kind.ToString(),
            Date = Dates.Format(t.Date),
            ContactIds = t.ContactIds.Count == 0 ? null : [.. t.ContactIds.Select(id => (string?)id)],
            Outcome = t.Outcome?.ToString(),
            RuleId = t.RuleId,
            SnoozeUntil = t.SnoozeUntil is { } until ? Dates.Format(until) : null,
            Title = t.Title,
        })],
    };
}
