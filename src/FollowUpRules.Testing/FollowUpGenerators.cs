using FollowUpRules.Calendar;
using FollowUpRules.Domain;
using FollowUpRules.Rules;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace FollowUpRules.Testing;

/// <summary>
/// FsCheck generators for applications, contacts, touchpoints and whole valid cases, for property-testing the engine and
/// playbooks. Every case they generate passes <see cref="Validation.EvaluationInputValidator"/> for its own day.
/// </summary>
/// <remarks>
/// <para>Dates span 2024 to 2031, so leap days, month ends and year boundaries come up often. Stories follow an
/// application's life: applied, maybe interviewed, maybe rejected (explicitly, or silence), replies, steps done.</para>
/// <para><see cref="Cases"/> returns an <see cref="Arbitrary{T}"/> whose shrinker removes touchpoints, contacts and dates
/// one at a time while keeping the case valid, so a failing property reports a small counterexample. All members are
/// thread-safe.</para>
/// </remarks>
public static class FollowUpGenerators
{
    /// <summary>The company every generated contact and application belongs to.</summary>
    public const string CompanyId = "acme";

    private static readonly LocalDate FirstDate = new(2024, 1, 1);
    private static readonly LocalDate LastAppliedDate = new(2029, 12, 31);

    private static readonly string[] ZoneIds = ["Europe/London", "Europe/Berlin", "America/New_York", "America/Sao_Paulo", "Australia/Sydney", "Australia/Lord_Howe", "Asia/Kolkata", "Pacific/Auckland"];

    private static readonly string?[] OptionalZoneIds = [null, .. ZoneIds];

    private static readonly RejectionReason?[] OptionalReasons = [null, .. Enum.GetValues<RejectionReason>()];

    private static readonly TouchpointKind[] StoryKinds =
    [
        TouchpointKind.Interview, TouchpointKind.ThankYouEmail, TouchpointKind.ThankYouNote, TouchpointKind.StatusFollowUp,
        TouchpointKind.Congratulations, TouchpointKind.LinkedInRequestSent, TouchpointKind.LinkedInRequestAccepted,
        TouchpointKind.CheckIn, TouchpointKind.PostingOutreach, TouchpointKind.MessageSent, TouchpointKind.Reply,
        TouchpointKind.Coffee, TouchpointKind.Call, TouchpointKind.SocialFollow, TouchpointKind.CompanyCheck,
        TouchpointKind.JournalEntry, TouchpointKind.PostingSpotted,
    ];

    /// <summary>Generates a date between <paramref name="earliest"/> and <paramref name="latest"/>, both included.</summary>
    /// <param name="earliest">The earliest date.</param>
    /// <param name="latest">The latest date; not before <paramref name="earliest"/>.</param>
    /// <returns>The generator.</returns>
    public static Gen<LocalDate> Date(LocalDate earliest, LocalDate latest)
    {
        int span = Period.Between(earliest, latest, PeriodUnits.Days).Days;
        return Gen.Choose(0, Math.Max(0, span)).Select(earliest.PlusDays);
    }

    /// <summary>Generates one of the time zones generated contacts and seekers live in: London, Berlin, New York, Sao Paulo (no daylight saving since 2019), Sydney, Lord Howe (a 30-minute shift), Kolkata and Auckland.</summary>
    /// <returns>The generator.</returns>
    public static Gen<DateTimeZone> Zone() => Gen.Elements(ZoneIds).Select(id => DateTimeZoneProviders.Tzdb[id]);

    /// <summary>Generates a day from 2026 to 2028 in <paramref name="zone"/>: half the time the day of one of its clock changes (or the day before or after), otherwise any day.</summary>
    /// <param name="zone">The zone whose clock changes to aim at.</param>
    /// <returns>The generator.</returns>
    public static Gen<LocalDate> DayNearClockChange(DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        LocalDate first = new(2026, 1, 1);
        LocalDate last = new(2028, 12, 31);
        LocalDate[] changes =
        [
            .. zone.GetZoneIntervals(first.AtStartOfDayInZone(zone).ToInstant(), last.AtStartOfDayInZone(zone).ToInstant())
                .Where(i => i.HasStart && i.Start > first.AtStartOfDayInZone(zone).ToInstant())
                .Select(i => i.IsoLocalStart.Date),
        ];
        Gen<LocalDate> any = Date(first, last);
        return changes.Length == 0
            ? any
            : Gen.Frequency((1, any), (1, from change in Gen.Elements(changes) from shift in Gen.Choose(-1, 1) select change.PlusDays(shift)));
    }

    /// <summary>Generates a valid holiday of any kind: explicit dates from 2024 to 2030, annual days (Feb 29 included,
    /// sometimes observed on the nearest weekday), nth weekdays (the fifth included) and last weekdays of a month.</summary>
    /// <returns>The generator.</returns>
    public static Gen<Holiday> Holiday()
    {
        Gen<IsoDayOfWeek> days = Gen.Choose(1, 7).Select(d => (IsoDayOfWeek)d);
        Gen<int> months = Gen.Choose(1, 12);
        return Gen.OneOf(
            Date(FirstDate, new LocalDate(2030, 12, 31)).Select(d => (Holiday)new FixedDateHoliday($"Day off {d:uuuu'-'MM'-'dd}", d)),
            from month in months
            from day in Gen.Choose(1, CalendarSystem.Iso.GetDaysInMonth(2000, month))
            from observed in Gen.Elements(ObservedRule.None, ObservedRule.NearestWeekday)
            select (Holiday)new AnnualHoliday($"Annual {month}-{day}", month, day, observed),
            from month in months
            from day in days
            from nth in Gen.Choose(1, 5)
            select (Holiday)new NthWeekdayHoliday($"{nth}. {day} of {month}", month, day, nth),
            from month in months
            from day in days
            select (Holiday)new LastWeekdayHoliday($"Last {day} of {month}", month, day));
    }

    /// <summary>Generates a valid holiday calendar with the given id: up to 12 holidays, for the seeker or for contacts only.</summary>
    /// <param name="id">The calendar id.</param>
    /// <returns>The generator.</returns>
    public static Gen<HolidayCalendar> HolidayCalendar(string id) =>
        from holidays in Gen.ListOf(Holiday()).Select(h => h.Take(12))
        from forSeeker in Gen.Elements(true, false)
        select new HolidayCalendar(id, $"Calendar {id}", holidays, forSeeker);

    /// <summary>Generates a contact at <see cref="CompanyId"/> with the given id: random roles and channels, sometimes do-not-contact.</summary>
    /// <param name="id">The contact id.</param>
    /// <returns>The generator.</returns>
    public static Gen<Contact> Contact(string id) =>
        from roles in Gen.SubListOf(Enum.GetValues<ContactRole>())
        from channels in Gen.Choose(0, 15)
        from linkedIn in Gen.Elements(Enum.GetValues<LinkedInConnection>())
        from doNotContact in Gen.Frequency((7, Gen.Constant(false)), (1, Gen.Constant(true)))
        from zone in Gen.Elements(OptionalZoneIds)
        select new Contact(
            id,
            CompanyId,
            "Person " + id,
            roles,
            email: (channels & 1) != 0 || channels == 0 ? $"{id}@acme.example" : null,
            linkedInUrl: (channels & 2) != 0 ? $"https://www.linkedin.com/in/{id}" : null,
            postalAddress: (channels & 4) != 0 ? $"{id}, 1 Acme Way" : null,
            phone: (channels & 8) != 0 ? "+44 20 7946 0000" : null,
            timeZoneId: zone,
            linkedIn: linkedIn,
            doNotContact: doNotContact);

    /// <summary>
    /// Generates a seeker in one of a set of real time zones, sometimes employed elsewhere since a date in range, with a
    /// name, a name and a signature, or neither.
    /// </summary>
    /// <param name="earliest">The earliest employment date.</param>
    /// <param name="latest">The latest employment date.</param>
    /// <returns>The generator.</returns>
    public static Gen<Seeker> Seeker(LocalDate earliest, LocalDate latest) =>
        from zone in Gen.Elements(ZoneIds)
        from employed in Gen.Frequency((4, Gen.Constant(false)), (1, Gen.Constant(true)))
        from since in Date(earliest, latest)
        from named in Gen.Choose(0, 2)
        select new Seeker(DateTimeZoneProviders.Tzdb[zone], employed ? since : null, named > 0 ? "Sam Taylor" : null, named > 1 ? "Sam Taylor\n07700 900123" : null);

    /// <summary>Generates valid cases whose snoozes and dismissals name rules of <paramref name="playbook"/>.</summary>
    /// <param name="playbook">The playbook; <see langword="null"/> for <see cref="DefaultPlaybook.Instance"/>.</param>
    /// <returns>The generator.</returns>
    public static Gen<FollowUpCase> Case(Playbook? playbook = null)
    {
        string[] ruleIds = [.. (playbook ?? DefaultPlaybook.Instance).Rules.Where(r => !r.IsStopRule).Select(r => r.Id)];
        return from applied in Date(FirstDate, LastAppliedDate)
               from days in Gen.Frequency((3, Gen.Choose(0, 120)), (2, Gen.Choose(0, 900)))
               let today = applied.PlusDays(days)
               from contactCount in Gen.Choose(0, 4)
               from contacts in Gen.CollectToArray(Enumerable.Range(1, contactCount).Select(i => Contact("c" + i)))
               from status in Gen.Elements(Enum.GetValues<ApplicationStatus>())
               from reason in Gen.Elements(OptionalReasons)
               from rejectedOn in Date(applied, today)
               from touchpointCount in Gen.Choose(0, 12)
               from touchpoints in Gen.CollectToArray(Enumerable.Range(1, touchpointCount).Select(i => Touchpoint("t" + i, applied, today, contacts, ruleIds)))
               from seeker in Seeker(applied, today)
               select Build(applied, today, contacts, status, reason, rejectedOn, touchpoints, seeker);
    }

    /// <summary>
    /// Generates <paramref name="case"/> with its contacts and its touchpoints each in a random order: the same data, so a
    /// property can check that the order of the input never changes the answer.
    /// </summary>
    /// <param name="case">The case to shuffle.</param>
    /// <returns>The generator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="case"/> is <see langword="null"/>.</exception>
    public static Gen<FollowUpCase> Shuffled(FollowUpCase @case)
    {
        ArgumentNullException.ThrowIfNull(@case);
        EvaluationInput input = @case.Input;
        return from contacts in Gen.Shuffle(input.Contacts.ToArray())
               from touchpoints in Gen.Shuffle(input.Touchpoints.ToArray())
               select new FollowUpCase(new EvaluationInput(input.Application, contacts, touchpoints, input.Seeker), @case.Today);
    }

    /// <summary>Gets the arbitrary of valid cases for <paramref name="playbook"/>, with a shrinker that keeps them valid.</summary>
    /// <param name="playbook">The playbook; <see langword="null"/> for <see cref="DefaultPlaybook.Instance"/>.</param>
    /// <returns>The arbitrary, for <c>Prop.ForAll</c>.</returns>
    public static Arbitrary<FollowUpCase> Cases(Playbook? playbook = null) => Arb.From(Case(playbook), Shrink);

    /// <summary>
    /// Generates agenda cases: one to five generated applications (<see cref="Case"/>) renamed <c>app-1</c>, <c>app-2</c>,
    /// ..., evaluated on the latest of their days, up to 90 days ahead, with small random limits (1 to 3 a day, 1 to 4 a
    /// week, 0 to 5 days apart, so the limits bite) and up to two pauses around today.
    /// </summary>
    /// <param name="playbook">The playbook the applications must be valid for; <see langword="null"/> for the default playbook.</param>
    /// <returns>The generator.</returns>
    public static Gen<AgendaCase> AgendaCase(Playbook? playbook = null) =>
        from count in Gen.Choose(1, 5)
        from cases in Gen.CollectToArray(Enumerable.Repeat(Case(playbook), count))
        let today = cases.Max(c => c.Today)
        from perDay in Gen.Choose(1, 3)
        from perWeek in Gen.Choose(1, 4)
        from spacing in Gen.Choose(0, 5)
        from pauseCount in Gen.Choose(0, 2)
        from pauses in Gen.CollectToArray(Enumerable.Repeat(
            from start in Gen.Choose(-5, 40)
            from length in Gen.Choose(0, 15)
            select new DateInterval(today.PlusDays(start), today.PlusDays(start + length)), pauseCount))
        from horizon in Gen.Choose(0, 90)
        select new AgendaCase(
            cases.Select((c, i) => Renamed(c.Input, $"app-{i + 1}")),
            today,
            today.PlusDays(horizon),
            new Planning.AgendaSettings(perDay, perWeek, Period.FromDays(spacing), pauses));

    /// <summary>Gets the arbitrary of agenda cases (<see cref="AgendaCase"/>), without shrinking: a failing case prints whole.</summary>
    /// <param name="playbook">The playbook the applications must be valid for; <see langword="null"/> for the default playbook.</param>
    /// <returns>The arbitrary, for <c>Prop.ForAll</c>.</returns>
    public static Arbitrary<AgendaCase> AgendaCases(Playbook? playbook = null) => Arb.From(AgendaCase(playbook));

    /// <summary>Returns smaller valid cases than <paramref name="case"/>: one touchpoint fewer, one unused contact fewer, an earlier today.</summary>
    /// <param name="case">The case to shrink.</param>
    /// <returns>Candidate smaller cases, smallest change first.</returns>
    public static IEnumerable<FollowUpCase> Shrink(FollowUpCase @case)
    {
        ArgumentNullException.ThrowIfNull(@case);
        EvaluationInput input = @case.Input;
        bool needsRejection = input.Application.Status == ApplicationStatus.Rejected;
        for (int i = 0; i < input.Touchpoints.Count; i++)
        {
            Touchpoint candidate = input.Touchpoints[i];
            if (needsRejection && candidate.Kind == TouchpointKind.Rejection && input.Touchpoints.Count(t => t.Kind == TouchpointKind.Rejection) == 1)
            {
                continue;
            }

            yield return @case.WithTouchpoints(input.Touchpoints.Where((_, j) => j != i));
        }

        foreach (Contact contact in input.Contacts)
        {
            if (!input.Touchpoints.Any(t => t.ContactIds.Contains(contact.Id)))
            {
                yield return new FollowUpCase(new EvaluationInput(input.Application, input.Contacts.Where(c => c != contact), input.Touchpoints, input.Seeker), @case.Today);
            }
        }

        LocalDate latest = input.Touchpoints.Select(t => t.Date).Append(input.Application.AppliedOn).Append(input.Seeker.EmployedElsewhereSince ?? input.Application.AppliedOn).Max();
        if (@case.Today > latest)
        {
            yield return @case.WithToday(latest);
        }
    }

    private static Gen<Touchpoint> Touchpoint(string id, LocalDate applied, LocalDate today, Contact[] contacts, string[] ruleIds) =>
        from kind in Gen.Frequency(
            (10, Gen.Elements(StoryKinds)),
            (1, Gen.Constant(TouchpointKind.Snooze)),
            (1, Gen.Constant(TouchpointKind.Dismissal)))
        from date in Date(applied, today)
        from people in Gen.SubListOf(contacts.Select(c => c.Id))
        from first in Gen.Elements(contacts.Length == 0 ? [string.Empty] : contacts.Select(c => c.Id).ToArray())
        from outcome in Gen.Elements(Enum.GetValues<ReplyOutcome>())
        from ruleId in Gen.Elements(ruleIds.Length == 0 ? ["none"] : ruleIds)
        from snoozeDays in Gen.Choose(1, 60)
        select MakeTouchpoint(id, kind, date, contacts, people, first, outcome, ruleId, snoozeDays, ruleIds.Length > 0);

    private static Touchpoint MakeTouchpoint(string id, TouchpointKind kind, LocalDate date, Contact[] contacts, IList<string> people, string first, ReplyOutcome outcome, string ruleId, int snoozeDays, bool haveRules)
    {
        if (kind is TouchpointKind.Snooze or TouchpointKind.Dismissal)
        {
            if (!haveRules)
            {
                return new Touchpoint(id, TouchpointKind.JournalEntry, date);
            }

            IEnumerable<string> about = people.Count > 0 ? [people[0]] : [];
            return kind == TouchpointKind.Snooze
                ? new Touchpoint(id, kind, date, about, ruleId: ruleId, snoozeUntil: date.PlusDays(snoozeDays))
                : new Touchpoint(id, kind, date, about, ruleId: ruleId);
        }

        if (!TouchpointKinds.NeedsContact(kind))
        {
            // A spotted posting has a title one time in two, so drafts meet both.
            return new Touchpoint(id, kind, date, title: kind == TouchpointKind.PostingSpotted && snoozeDays % 2 == 0 ? "Senior Analyst " + id : null);
        }

        if (contacts.Length == 0)
        {
            return new Touchpoint(id, TouchpointKind.CompanyCheck, date);
        }

        IEnumerable<string> with = kind == TouchpointKind.Interview && people.Count > 0 ? people : [first];
        return new Touchpoint(id, kind, date, with, outcome: kind == TouchpointKind.Reply ? outcome : null);
    }

    private static FollowUpCase Build(LocalDate applied, LocalDate today, Contact[] contacts, ApplicationStatus status, RejectionReason? reason, LocalDate rejectedOn, Touchpoint[] touchpoints, Seeker seeker)
    {
        List<Touchpoint> all = [.. touchpoints];
        bool rejected = status == ApplicationStatus.Rejected || (status == ApplicationStatus.Closed && reason is not null);
        if (rejected)
        {
            all.Add(new Touchpoint("rejection", TouchpointKind.Rejection, rejectedOn));
        }

        var application = new Application("app-1", CompanyId, "Acme", "Analyst", status, applied, rejected ? reason : null);
        return new FollowUpCase(new EvaluationInput(application, contacts, all, seeker), today);
    }

    private static EvaluationInput Renamed(EvaluationInput input, string id)
    {
        Application a = input.Application;
        Touchpoint[] touchpoints = [.. input.Touchpoints.Select(t => t.ApplicationId is null ? t : new Touchpoint(t.Id, t.Kind, t.Date, t.ContactIds, id, t.Outcome, t.RuleId, t.SnoozeUntil, t.Title))];
        return new EvaluationInput(new Application(id, a.CompanyId, a.CompanyName, a.Role, a.Status, a.AppliedOn, a.RejectionReason), input.Contacts, touchpoints, input.Seeker);
    }
}
