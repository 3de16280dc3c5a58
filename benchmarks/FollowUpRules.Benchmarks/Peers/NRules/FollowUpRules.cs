using FollowUpRules.Domain;
using NodaTime;
using NRules.Fluent.Dsl;
using NRules.RuleModel;
using ActionKind = FollowUpRules.Rules.ActionKind;

namespace FollowUpRules.Benchmarks.Peers.NRules;

// The shared rules (SharedRules) in NRules' fluent DSL, as its docs teach: patterns over facts, joins on the matched
// person, Not/Exists quantifiers, Query...Collect for sets, Let/Having for derived values, and forward chaining (Yield)
// for what several rules build on: who is stopped, the silent rejection, the rejection the steps count from, each
// interviewer's note. Priorities fire those before the steps. Every rule yields StepFacts; the caller queries them.
// Where a condition reads a value several rules share (the channel, the first of an audience), a static method of
// Audience computes it, as the DSL allows ("methods called from those expressions").

/// <summary><c>respect-no-contact</c>: a person who asked not to be contacted gets nothing more.</summary>
[Name("respect-no-contact (do not contact)")]
[Priority(100)]
public sealed class DoNotContactRule : Rule
{
    /// <inheritdoc/>
    public override void Define()
    {
        PersonFact person = null!;
        When().Match(() => person, p => p.DoNotContact);
        Then().Yield(_ => new Stopped(person));
    }
}

/// <summary><c>respect-no-contact</c>: a person who replied "no" gets nothing more.</summary>
[Name("respect-no-contact (said no)")]
[Priority(100)]
public sealed class SaidNoRule : Rule
{
    /// <inheritdoc/>
    public override void Define()
    {
        PersonFact person = null!;
        When()
            .Match(() => person)
            .Exists<TouchpointFact>(t => t.Person == person, t => t.Kind == TouchpointKind.Reply, t => t.Outcome == ReplyOutcome.No);
        Then().Yield(_ => new Stopped(person));
    }
}

/// <summary><c>silent-rejection</c>: thirty days without news after the last interview count as a rejection.</summary>
[Name("silent-rejection (the silence counts)")]
[Priority(100)]
public sealed class SilenceCountsRule : Rule
{
    /// <inheritdoc/>
    public override void Define()
    {
        CaseFact app = null!;
        IEnumerable<TouchpointFact> interviews = null!;
        LocalDate due = default;
        When()
            .Match(() => app, a => Audience.SilenceCan(a.Status))
            .Query(() => interviews, q => q.Match<TouchpointFact>(t => t.Kind == TouchpointKind.Interview).Collect().Where(c => c.Any()))
            .Let(() => due, () => interviews.Max(t => t.Date).PlusDays(30))
            .Having(() => due <= app.Today)
            .Not<TouchpointFact>(t => t.Kind == TouchpointKind.Rejection, t => t.Date <= due);
        Then().Yield(_ => new SilentRejection(due));
    }
}

/// <summary><c>silent-rejection</c>: the step, pending until a rejection is recorded after the last interview.</summary>
[Name("silent-rejection")]
public sealed class SilentRejectionRule : Rule
{
    /// <inheritdoc/>
    public override void Define()
    {
        CaseFact app = null!;
        IEnumerable<TouchpointFact> interviews = null!;
        LocalDate last = default;
        When()
            .Match(() => app, a => Audience.SilenceCan(a.Status))
            .Query(() => interviews, q => q.Match<TouchpointFact>(t => t.Kind == TouchpointKind.Interview).Collect().Where(c => c.Any()))
            .Let(() => last, () => interviews.Max(t => t.Date))
            .Not<TouchpointFact>(t => t.Kind == TouchpointKind.Rejection, t => t.Date >= last);
        Then().Yield(_ => StepFact.Seeker(ActionKind.TreatAsRejected, last.PlusDays(30)));
    }
}

/// <summary>The recorded rejection, which the after-rejection steps count from (touchpoints count from a silent one before it).</summary>
[Name("rejection (recorded)")]
[Priority(90)]
public sealed class RecordedRejectionRule : Rule
{
    /// <inheritdoc/>
    public override void Define()
    {
        IEnumerable<TouchpointFact> recorded = null!;
        IEnumerable<SilentRejection> silent = null!;
        LocalDate date = default;
        When()
            .Query(() => recorded, q => q.Match<TouchpointFact>(t => t.Kind == TouchpointKind.Rejection).Collect().Where(c => c.Any()))
            .Let(() => date, () => recorded.Min(t => t.Date))
            .Query(() => silent, q => q.Match<SilentRejection>().Collect());
        Then().Yield(_ => new Rejection(date, silent.Any() ? silent.Min(s => s.Date) : date));
    }
}

/// <summary>The silent rejection, when none is recorded.</summary>
[Name("rejection (silent)")]
[Priority(90)]
public sealed class SilentOnlyRejectionRule : Rule
{
    /// <inheritdoc/>
    public override void Define()
    {
        SilentRejection silent = null!;
        When()
            .Match(() => silent)
            .Not<TouchpointFact>(t => t.Kind == TouchpointKind.Rejection);
        Then().Yield(_ => new Rejection(silent.Date, silent.Date));
    }
}

/// <summary><c>status-follow-up</c>: a week after applying (still Applied or Interviewing), to the first recruiter (else hiring manager); at most twice.</summary>
[Name("status-follow-up")]
public sealed class StatusFollowUpRule : Rule
{
    /// <inheritdoc/>
    public override void Define()
    {
        CaseFact app = null!;
        IEnumerable<Stopped> stopped = null!;
        IEnumerable<PersonFact> people = null!;
        PersonFact? target = null;
        IEnumerable<TouchpointFact> sent = null!;
        LocalDate due1 = default;
        TouchpointFact? first = null;
        LocalDate due2 = default;
        When()
            .Match(() => app, a => a.Status == ApplicationStatus.Applied || a.Status == ApplicationStatus.Interviewing, a => !(a.EmployedSince <= a.Today))
            .Not<TouchpointFact>(t => t.Kind == TouchpointKind.Reply || t.Kind == TouchpointKind.Interview)
            .Query(() => stopped, q => q.Match<Stopped>().Collect())
            .Query(() => people, q => q.Match<PersonFact>(p => p.IsRecruiter || p.IsHiringManager).Collect())
            .Let(() => target, () => Audience.FirstRecruiterElseHiringManager(people, stopped))
            .Having(() => target != null)
            .Query(() => sent, q => q.Match<TouchpointFact>(t => t.Person == target, t => t.Kind == TouchpointKind.StatusFollowUp).Collect())
            .Let(() => due1, () => WorkingDays.Following(app.AppliedOn.PlusDays(7)))
            .Let(() => first, () => sent.Where(t => t.Date >= LocalDate.Max(app.AppliedOn, due1.PlusDays(-2))).MinBy(t => t.Date))
            .Let(() => due2, () => first == null ? due1 : WorkingDays.Following(first.Date.PlusDays(7)))
            .Having(() => first == null || !sent.Any(t => t.Date >= due2.PlusDays(-2)));
        Then().Yield(_ => StepFact.Person(ActionKind.SendStatusFollowUp, Audience.EmailElseLinkedIn(target!), target!, first == null ? due1 : due2));
    }
}

/// <summary><c>interview-thank-you</c>: a thank-you email to each interviewer the next business day; expires three days later.</summary>
[Name("interview-thank-you")]
public sealed class InterviewThankYouRule : Rule
{
    /// <inheritdoc/>
    public override void Define()
    {
        CaseFact app = null!;
        TouchpointFact interview = null!;
        PersonFact person = null!;
        LocalDate due = default;
        When()
            .Match(() => app)
            .Match(() => interview, t => t.Kind == TouchpointKind.Interview)
            .Match(() => person, p => p == interview.Person, p => p.HasEmail || p.HasLinkedIn)
            .Not<Stopped>(s => s.Person == person)
            .Let(() => due, () => WorkingDays.Add(interview.Date, 1))
            .Having(() => app.Today <= due.PlusDays(3))
            .Not<TouchpointFact>(t => t.Person == person, t => t.Kind == TouchpointKind.ThankYouEmail, t => t.Date >= interview.Date);
        Then().Yield(_ => StepFact.Person(ActionKind.SendThankYouEmail, Audience.EmailElseLinkedIn(person), person, due));
    }
}

/// <summary><c>journal-notes</c>: journal notes the day of the rejection, when an interview was recorded.</summary>
[Name("journal-notes")]
public sealed class JournalNotesRule : Rule
{
    /// <inheritdoc/>
    public override void Define()
    {
        Rejection rejection = null!;
        When()
            .Match(() => rejection)
            .Exists<TouchpointFact>(t => t.Kind == TouchpointKind.Interview)
            .Not<TouchpointFact>(t => t.Kind == TouchpointKind.JournalEntry, t => t.Date >= rejection.EvidenceFrom);
        Then().Yield(_ => StepFact.Seeker(ActionKind.WriteJournalNotes, rejection.Date));
    }
}

/// <summary>Where each reachable interviewer's thank-you note stands after the rejection.</summary>
[Name("rejection-thank-you-note (where it stands)")]
[Priority(80)]
public sealed class NoteStateRule : Rule
{
    /// <inheritdoc/>
    public override void Define()
    {
        Rejection rejection = null!;
        PersonFact person = null!;
        IEnumerable<TouchpointFact> thanks = null!;
        When()
            .Match(() => rejection)
            .Match(() => person, p => p.HasPostal || p.HasEmail || p.HasLinkedIn)
            .Exists<TouchpointFact>(t => t.Person == person, t => t.Kind == TouchpointKind.Interview)
            .Not<Stopped>(s => s.Person == person)
            .Query(() => thanks, q => q.Match<TouchpointFact>(
                t => t.Person == person,
                t => t.Kind == TouchpointKind.ThankYouNote || t.Kind == TouchpointKind.ThankYouEmail,
                t => t.Date >= rejection.EvidenceFrom).Collect());
        Then().Yield(_ => new NoteState(person, WorkingDays.Following(rejection.Date.PlusDays(3)), thanks.Any() ? thanks.Min(t => t.Date) : null));
    }
}

/// <summary><c>rejection-thank-you-note</c>: a handwritten note three days after the rejection (an email where no address is known).</summary>
[Name("rejection-thank-you-note")]
public sealed class RejectionThankYouNoteRule : Rule
{
    /// <inheritdoc/>
    public override void Define()
    {
        CaseFact app = null!;
        NoteState note = null!;
        When()
            .Match(() => app)
            .Match(() => note, n => n.Done == null, n => app.Today <= n.Due.PlusDays(4));
        Then().Yield(_ => note.Person.HasPostal
            ? StepFact.Person(ActionKind.SendThankYouNote, Channel.Postal, note.Person, note.Due)
            : StepFact.Person(ActionKind.SendThankYouEmail, Audience.EmailElseLinkedIn(note.Person), note.Person, note.Due));
    }
}

/// <summary><c>rejection-thank-you-note</c>, late: the note not sent in time turns into a thank-you email.</summary>
[Name("rejection-thank-you-note (late: an email instead)")]
public sealed class LateThankYouNoteRule : Rule
{
    /// <inheritdoc/>
    public override void Define()
    {
        CaseFact app = null!;
        NoteState note = null!;
        When()
            .Match(() => app)
            .Match(() => note, n => n.Done == null, n => app.Today > n.Due.PlusDays(4), n => n.Person.HasEmail || n.Person.HasLinkedIn);
        Then().Yield(_ => StepFact.Person(ActionKind.SendThankYouEmail, Audience.EmailElseLinkedIn(note.Person), note.Person, note.Due.PlusDays(5)));
    }
}

/// <summary><c>congratulate-and-connect</c>: congratulations and a LinkedIn ask a week after the note.</summary>
[Name("congratulate-and-connect")]
public sealed class CongratulateAndConnectRule : Rule
{
    /// <inheritdoc/>
    public override void Define()
    {
        CaseFact app = null!;
        NoteState note = null!;
        When()
            .Match(() => app)
            .Match(() => note, n => n.Mark <= app.Today, n => n.Person.HasEmail || n.Person.HasLinkedIn)
            .Not<TouchpointFact>(t => t.Person == note.Person, t => t.Kind == TouchpointKind.Congratulations, t => t.Date >= note.From);
        Then().Yield(_ => StepFact.Person(ActionKind.SendCongratulations, Audience.EmailElseLinkedIn(note.Person), note.Person, WorkingDays.Following(note.Mark.PlusDays(7))));
    }
}

/// <summary><c>send-linkedin-invitation</c>: they said yes to connecting; send the invitation the next business day.</summary>
[Name("send-linkedin-invitation")]
public sealed class SendLinkedInInvitationRule : Rule
{
    /// <inheritdoc/>
    public override void Define()
    {
        TouchpointFact reply = null!;
        PersonFact person = null!;
        When()
            .Match(() => reply, t => t.Kind == TouchpointKind.Reply, t => t.Outcome == ReplyOutcome.Yes)
            .Match(() => person, p => p == reply.Person, p => p.LinkedIn == LinkedInConnection.None)
            .Not<Stopped>(s => s.Person == person)
            .Exists<TouchpointFact>(t => t.Person == person, t => t.Kind == TouchpointKind.Congratulations)
            .Not<TouchpointFact>(t => t.Person == person, t => t.Kind == TouchpointKind.LinkedInRequestSent || t.Kind == TouchpointKind.LinkedInRequestAccepted);
        Then().Yield(_ => StepFact.Person(ActionKind.SendLinkedInInvitation, Channel.LinkedIn, person, WorkingDays.Add(reply.Date, 1)));
    }
}

/// <summary><c>follow-company-social</c>: follow the company within a week of the rejection, unless already following.</summary>
[Name("follow-company-social")]
public sealed class FollowCompanySocialRule : Rule
{
    /// <inheritdoc/>
    public override void Define()
    {
        Rejection rejection = null!;
        When()
            .Match(() => rejection)
            .Not<TouchpointFact>(t => t.Kind == TouchpointKind.SocialFollow);
        Then().Yield(_ => StepFact.Company(ActionKind.FollowOnSocial, Channel.Social, rejection.Date.PlusDays(7)));
    }
}

/// <summary><c>check-back-on-company</c>: three months after the rejection, then three months after that check.</summary>
[Name("check-back-on-company")]
public sealed class CheckBackOnCompanyRule : Rule
{
    /// <inheritdoc/>
    public override void Define()
    {
        Rejection rejection = null!;
        IEnumerable<TouchpointFact> checks = null!;
        TouchpointFact? first = null;
        LocalDate due = default;
        When()
            .Match(() => rejection)
            .Query(() => checks, q => q.Match<TouchpointFact>(t => t.Kind == TouchpointKind.CompanyCheck).Collect())
            .Let(() => first, () => checks.Where(t => t.Date >= rejection.EvidenceFrom.PlusMonths(3).PlusDays(-14)).MinBy(t => t.Date))
            .Let(() => due, () => first == null ? rejection.Date.PlusMonths(3) : first.Date.PlusMonths(3))
            .Having(() => first == null || !checks.Any(t => t.Date >= due.PlusDays(-14)));
        Then().Yield(_ => StepFact.Company(ActionKind.CheckOnCompany, Channel.Web, due));
    }
}

/// <summary><c>check-back-hiring-paused</c>: hiring was only paused; check back after six weeks.</summary>
[Name("check-back-hiring-paused")]
public sealed class CheckBackHiringPausedRule : Rule
{
    /// <inheritdoc/>
    public override void Define()
    {
        CaseFact app = null!;
        Rejection rejection = null!;
        When()
            .Match(() => app, a => a.Reason == RejectionReason.HiringPaused)
            .Match(() => rejection)
            .Not<TouchpointFact>(t => t.Kind == TouchpointKind.CompanyCheck, t => t.Date >= rejection.EvidenceFrom.PlusDays(35));
        Then().Yield(_ => StepFact.Company(ActionKind.CheckOnCompany, Channel.Web, rejection.Date.PlusDays(42)));
    }
}

/// <summary><c>reach-out-on-new-posting</c>: a new posting after the application closed: the first hiring manager (else recruiter) first.</summary>
[Name("reach-out-on-new-posting")]
public sealed class ReachOutOnNewPostingRule : Rule
{
    /// <inheritdoc/>
    public override void Define()
    {
        CaseFact app = null!;
        IEnumerable<SilentRejection> silent = null!;
        TouchpointFact posting = null!;
        LocalDate due = default;
        IEnumerable<Stopped> stopped = null!;
        IEnumerable<PersonFact> people = null!;
        PersonFact? target = null;
        When()
            .Match(() => app)
            .Query(() => silent, q => q.Match<SilentRejection>().Collect())
            .Having(() => app.Status == ApplicationStatus.Rejected || app.Status == ApplicationStatus.Withdrawn || app.Status == ApplicationStatus.Closed || silent.Any())
            .Match(() => posting, t => t.Kind == TouchpointKind.PostingSpotted)
            .Let(() => due, () => WorkingDays.Add(posting.Date, 2))
            .Having(() => app.Today <= due.PlusDays(2))
            .Query(() => stopped, q => q.Match<Stopped>().Collect())
            .Query(() => people, q => q.Match<PersonFact>(p => p.IsHiringManager || p.IsRecruiter).Collect())
            .Let(() => target, () => Audience.FirstHiringManagerElseRecruiter(people, stopped))
            .Having(() => target != null)
            .Not<TouchpointFact>(t => t.Person == target, t => t.Kind == TouchpointKind.PostingOutreach, t => t.Date >= posting.Date);
        Then().Yield(_ => StepFact.Person(ActionKind.ReachOutAboutPosting, Audience.EmailElseLinkedIn(target!), target!, due));
    }
}

/// <summary>The shared parts of the rules' conditions: who can be reached, and the first of an audience.</summary>
public static class Audience
{
    /// <summary>Returns whether an application in <paramref name="status"/> can be silently rejected.</summary>
    /// <param name="status">The status the app set.</param>
    /// <returns><see langword="false"/> for an offer, a hire, a withdrawal or a closed application.</returns>
    public static bool SilenceCan(ApplicationStatus status) =>
        status is not (ApplicationStatus.Offer or ApplicationStatus.Hired or ApplicationStatus.Withdrawn or ApplicationStatus.Closed);

    /// <summary>Returns the channel of an email-else-LinkedIn step.</summary>
    /// <param name="person">The person.</param>
    /// <returns>Email when an address is known; else LinkedIn.</returns>
    public static Channel EmailElseLinkedIn(PersonFact person) => person.HasEmail ? Channel.Email : Channel.LinkedIn;

    /// <summary>Returns the first recruiter who can be reached and is not stopped, else the first such hiring manager.</summary>
    /// <param name="people">The recruiters and hiring managers.</param>
    /// <param name="stopped">The people nothing more goes to.</param>
    /// <returns>The person, or <see langword="null"/> when none qualifies.</returns>
    public static PersonFact? FirstRecruiterElseHiringManager(IEnumerable<PersonFact> people, IEnumerable<Stopped> stopped) =>
        First(people, stopped, p => p.IsRecruiter) ?? First(people, stopped, p => p.IsHiringManager && !p.IsRecruiter);

    /// <summary>Returns the first hiring manager who can be reached and is not stopped, else the first such recruiter.</summary>
    /// <param name="people">The recruiters and hiring managers.</param>
    /// <param name="stopped">The people nothing more goes to.</param>
    /// <returns>The person, or <see langword="null"/> when none qualifies.</returns>
    public static PersonFact? FirstHiringManagerElseRecruiter(IEnumerable<PersonFact> people, IEnumerable<Stopped> stopped) =>
        First(people, stopped, p => p.IsHiringManager) ?? First(people, stopped, p => p.IsRecruiter && !p.IsHiringManager);

    private static PersonFact? First(IEnumerable<PersonFact> people, IEnumerable<Stopped> stopped, Func<PersonFact, bool> role) =>
        people.Where(p => role(p) && (p.HasEmail || p.HasLinkedIn) && !stopped.Any(s => s.Person == p)).MinBy(p => p.Order);
}
