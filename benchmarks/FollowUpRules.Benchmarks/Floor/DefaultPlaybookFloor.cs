using FollowUpRules.Domain;
using FollowUpRules.Engine;
using FollowUpRules.Rules;
using NodaTime;

namespace FollowUpRules.Benchmarks.Floor;

/// <summary>
/// The floor the engine is measured against: the 16 rules of <see cref="DefaultPlaybook"/> written out by hand in plain
/// C#, for the benchmarks only. No rule model, no condition objects, no validation, no explanations: each rule is a
/// method that reads the input with loops; only the occurrence chain (window, repeat, back-off, snooze, late policy),
/// which eleven rules share, is one helper taking that rule's numbers as arguments.
/// </summary>
/// <remarks>
/// <para>It returns the pending steps only (what <see cref="Evaluation.Recommendations"/> holds, without the
/// explanations); expired and suppressed steps are computed where the pending ones depend on them but not returned.
/// It assumes valid input (the engine's validator is not run) and the default playbook's Monday-to-Friday week with no
/// holiday calendars and the 09:00-17:00 send window. <c>FloorTest</c> checks it gives the engine's answer on generated
/// cases and on every benchmark workload.</para>
/// <para>Stateless and thread-safe; each call works on its own state.</para>
/// </remarks>
public static class DefaultPlaybookFloor
{
    // The rules' positions in DefaultPlaybook.Instance.Rules: the engine's tie-break between equally urgent steps.
    private const int StatusFollowUp = 1;
    private const int InterviewThankYou = 2;
    private const int SilentRejection = 3;
    private const int JournalNotes = 4;
    private const int RejectionThankYouNote = 5;
    private const int CongratulateAndConnect = 6;
    private const int SendLinkedInInvitation = 7;
    private const int FollowCompanySocial = 8;
    private const int CheckBackOnCompany = 9;
    private const int CheckBackHiringPaused = 10;
    private const int NurtureHiringManager = 11;
    private const int CoffeeWithTeamMember = 12;
    private const int ReachOutOnNewPosting = 13;
    private const int CoffeeWithTeamMemberEmployed = 14;
    private const int NurtureHiringManagerEmployed = 15;

    private static readonly string[] RuleIds =
    [
        "respect-no-contact", "status-follow-up", "interview-thank-you", "silent-rejection", "journal-notes",
        "rejection-thank-you-note", "congratulate-and-connect", "send-linkedin-invitation", "follow-company-social",
        "check-back-on-company", "check-back-hiring-paused", "nurture-hiring-manager", "coffee-with-team-member",
        "reach-out-on-new-posting", "coffee-with-team-member-employed", "nurture-hiring-manager-employed",
    ];

    private static readonly LocalTime SendTime = new(9, 0);

    /// <summary>Evaluates <paramref name="input"/> as of <paramref name="today"/> with the default playbook's rules, hard-coded.</summary>
    /// <param name="input">Valid input (not checked).</param>
    /// <param name="today">The evaluation date.</param>
    /// <returns>The pending steps, most urgent first.</returns>
    public static FloorEvaluation Evaluate(EvaluationInput input, LocalDate today)
    {
        var run = new Run(input, today);
        run.All();
        return new FloorEvaluation(run.Sorted());
    }

    private enum Late
    {
        KeepOpen,
        Expire,
        TurnIntoThankYouEmail,
    }

    /// <summary>A step's timing, as numbers: an offset of months, days or business days, and the window around it.</summary>
    private readonly record struct Offset(int Months, int Days, int BusinessDays)
    {
        internal Offset Times(int factor) => new(Months * factor, Days * factor, BusinessDays * factor);
    }

    private readonly record struct Pending(FloorStep Step, int Rule, string AnchorKey, int Occurrence, long Key);

    private sealed class Run
    {
        private readonly EvaluationInput input;
        private readonly LocalDate today;
        private readonly Contact[] contacts;
        private readonly Touchpoint[] all;
        private readonly List<Touchpoint>[] byContact;
        private readonly DateTimeZone?[] zones;
        private readonly bool[] interviewer;
        private readonly List<Touchpoint> interviews = [];
        private readonly List<Pending> pending = [];
        private readonly List<Touchpoint> evidence = [];
        private readonly Func<int, Channel?> emailElseLinkedIn;
        private readonly Func<int, Channel?> inPerson;
        private readonly LocalDate? explicitRejection;
        private readonly bool hasSnoozeOrDismissal;
        private LocalDate? silentRejection;

        // rejection-thank-you-note's first step per contact: congratulate-and-connect waits on it.
        private readonly LocalDate?[] noteMark;
        private readonly LocalDate[] noteMarkFrom;

        internal Run(EvaluationInput input, LocalDate today)
        {
            this.input = input;
            this.today = today;
            emailElseLinkedIn = EmailElseLinkedIn;
            inPerson = InPerson;
            contacts = [.. input.Contacts];
            all = [.. input.Touchpoints];
            Array.Sort(all, static (a, b) =>
            {
                int c = a.Date.CompareTo(b.Date);
                return c != 0 ? c : string.CompareOrdinal(a.Id, b.Id);
            });
            byContact = new List<Touchpoint>[contacts.Length];
            zones = new DateTimeZone?[contacts.Length];
            interviewer = new bool[contacts.Length];
            noteMark = new LocalDate?[contacts.Length];
            noteMarkFrom = new LocalDate[contacts.Length];
            for (int i = 0; i < contacts.Length; i++)
            {
                byContact[i] = [];
            }

            foreach (Touchpoint t in all)
            {
                foreach (string id in t.ContactIds)
                {
                    int c = IndexOf(id);
                    byContact[c].Add(t);
                    if (t.Kind == TouchpointKind.Interview)
                    {
                        interviewer[c] = true;
                    }
                }

                if (t.Kind == TouchpointKind.Interview)
                {
                    interviews.Add(t);
                }
                else if (t.Kind == TouchpointKind.Rejection && explicitRejection is null)
                {
                    explicitRejection = t.Date;
                }
                else if (t.Kind is TouchpointKind.Snooze or TouchpointKind.Dismissal)
                {
                    hasSnoozeOrDismissal = true;
                }
            }
        }

        private LocalDate? Rejection => explicitRejection ?? silentRejection;

        private LocalDate RejectionEvidenceFrom =>
            explicitRejection is { } e && silentRejection is { } s ? (e < s ? e : s) : Rejection!.Value;

        private ApplicationStatus Status =>
            silentRejection is not null && input.Application.Status is ApplicationStatus.Applied or ApplicationStatus.Interviewing
                ? ApplicationStatus.Rejected
                : input.Application.Status;

        private bool AfterRejection => Status is ApplicationStatus.Rejected or ApplicationStatus.Closed;

        private bool Employed => input.Seeker.EmployedElsewhereSince is { } since && since <= today;

        internal void All()
        {
            RuleSilentRejection();
            RuleStatusFollowUp();
            RuleInterviewThankYou();
            RuleJournalNotes();
            RuleRejectionThankYouNote();
            RuleCongratulateAndConnect();
            RuleSendLinkedInInvitation();
            RuleFollowCompanySocial();
            RuleCheckBackOnCompany();
            RuleCheckBackHiringPaused();
            RuleNurture(NurtureHiringManager, employed: false);
            RuleCoffee(CoffeeWithTeamMember, employed: false);
            RuleReachOutOnNewPosting();
            RuleCoffee(CoffeeWithTeamMemberEmployed, employed: true);
            RuleNurture(NurtureHiringManagerEmployed, employed: true);
        }

        internal FloorStep[] Sorted()
        {
            Pending[] steps = [.. pending];
            Array.Sort(steps, Compare);
            var result = new FloorStep[steps.Length];
            for (int i = 0; i < steps.Length; i++)
            {
                result[i] = steps[i].Step;
            }

            return result;
        }

        // Row 3: thirty days of silence after the last interview count as a rejection.
        private void RuleSilentRejection()
        {
            if (interviews.Count == 0 || input.Application.Status is ApplicationStatus.Offer or ApplicationStatus.Hired or ApplicationStatus.Withdrawn or ApplicationStatus.Closed)
            {
                return;
            }

            LocalDate last = interviews[^1].Date;
            if (last > today || Dismissed(SilentRejection, -1, last))
            {
                return;
            }

            LocalDate due = last.PlusDays(30);
            LocalDate earliest = due;
            LocalDate latest = due;
            if (Snoozed(SilentRejection, -1, last) is { } until)
            {
                earliest = Max(earliest, until);
                due = Max(due, until);
                latest = Max(latest, due);
            }

            if (due <= today && (explicitRejection is null || explicitRejection > due))
            {
                silentRejection = due;
            }

            foreach (Touchpoint t in all)
            {
                if (t.Kind == TouchpointKind.Rejection && t.Date >= last)
                {
                    return; // done
                }
            }

            Add(SilentRejection, -1, "last-interview", 1, earliest, due, latest, ActionKind.TreatAsRejected, Channel.None, today <= latest ? (today < earliest ? Urgency.Upcoming : Urgency.Due) : Urgency.Overdue, 55, null);
        }

        // Row 1: a week after applying, follow up with the first recruiter or hiring manager; at most twice.
        private void RuleStatusFollowUp()
        {
            int c = FirstOf(ContactRole.Recruiter, ContactRole.HiringManager, emailElseLinkedIn);
            LocalDate applied = input.Application.AppliedOn;
            if (c < 0 || applied > today || Blocked(c) || Status != ApplicationStatus.Applied || Employed)
            {
                return;
            }

            foreach (Touchpoint t in all)
            {
                if (t.Kind is TouchpointKind.Reply or TouchpointKind.Interview)
                {
                    return;
                }
            }

            if (Dismissed(StatusFollowUp, c, applied) || EmailElseLinkedIn(c) is not { } channel)
            {
                return;
            }

            Chain(StatusFollowUp, c, "applied", applied, applied, ActionKind.SendStatusFollowUp, channel, TouchpointKind.StatusFollowUp, TouchpointKind.StatusFollowUp,
                new Offset(0, 7, 0), early: new Offset(0, 2, 0), late: new Offset(0, 3, 0), following: true,
                repeats: true, every: new Offset(0, 7, 0), maxCount: 2, forYears: 0, restarts: false, backOff: 1, maxUnanswered: 0, Late.KeepOpen, 60);
        }

        // Row 2: a thank-you email to each interviewer the next business day.
        private void RuleInterviewThankYou()
        {
            for (int c = 0; c < contacts.Length; c++)
            {
                if (!interviewer[c])
                {
                    continue;
                }

                foreach (Touchpoint interview in interviews)
                {
                    if (interview.Date > today || !interview.ContactIds.Contains(contacts[c].Id) || Blocked(c) || Dismissed(InterviewThankYou, c, interview.Date)
                        || EmailElseLinkedIn(c) is not { } channel)
                    {
                        continue;
                    }

                    Chain(InterviewThankYou, c, interview.Id, interview.Date, interview.Date, ActionKind.SendThankYouEmail, channel, TouchpointKind.ThankYouEmail, TouchpointKind.ThankYouEmail,
                        new Offset(0, 0, 1), early: null, late: new Offset(0, 3, 0), following: false,
                        repeats: false, default, 1, 0, false, 1, 0, Late.Expire, 70);
                }
            }
        }

        // Row 4: journal notes the day of the rejection.
        private void RuleJournalNotes()
        {
            if (Rejection is not { } rejected || rejected > today || Dismissed(JournalNotes, -1, rejected))
            {
                return;
            }

            Chain(JournalNotes, -1, "rejection", rejected, RejectionEvidenceFrom, ActionKind.WriteJournalNotes, Channel.None, TouchpointKind.JournalEntry, TouchpointKind.JournalEntry,
                new Offset(0, 0, 0), early: null, late: new Offset(0, 1, 0), following: false,
                repeats: false, default, 1, 0, false, 1, 0, Late.KeepOpen, 60);
        }

        // Row 5: a handwritten note to each interviewer three days after the rejection (else an email).
        private void RuleRejectionThankYouNote()
        {
            if (Rejection is not { } rejected || rejected > today)
            {
                return;
            }

            for (int c = 0; c < contacts.Length; c++)
            {
                if (!interviewer[c] || Blocked(c))
                {
                    continue;
                }

                if (Dismissed(RejectionThankYouNote, c, rejected))
                {
                    noteMark[c] = Following(rejected.PlusDays(3));
                    noteMarkFrom[c] = noteMark[c]!.Value;
                    continue;
                }

                Contact contact = contacts[c];
                (ActionKind action, Channel channel) = contact.HasChannel(Channel.Postal) ? (ActionKind.SendThankYouNote, Channel.Postal)
                    : contact.HasChannel(Channel.Email) ? (ActionKind.SendThankYouEmail, Channel.Email)
                    : contact.HasChannel(Channel.LinkedIn) ? (ActionKind.SendThankYouEmail, Channel.LinkedIn)
                    : (ActionKind.StopOutreach, Channel.None);
                if (channel == Channel.None)
                {
                    continue;
                }

                Chain(RejectionThankYouNote, c, "rejection", rejected, RejectionEvidenceFrom, action, channel, TouchpointKind.ThankYouNote, TouchpointKind.ThankYouEmail,
                    new Offset(0, 3, 0), early: null, late: new Offset(0, 4, 0), following: true,
                    repeats: false, default, 1, 0, false, 1, 0, Late.TurnIntoThankYouEmail, 70);
            }
        }

        // Row 6: congratulations a week after the note was sent (or was due).
        private void RuleCongratulateAndConnect()
        {
            for (int c = 0; c < contacts.Length; c++)
            {
                if (!interviewer[c] || noteMark[c] is not { } anchor || anchor > today || Blocked(c) || Dismissed(CongratulateAndConnect, c, anchor)
                    || EmailElseLinkedIn(c) is not { } channel)
                {
                    continue;
                }

                Chain(CongratulateAndConnect, c, "after:rejection-thank-you-note", anchor, noteMarkFrom[c], ActionKind.SendCongratulations, channel, TouchpointKind.Congratulations, TouchpointKind.Congratulations,
                    new Offset(0, 7, 0), early: null, late: new Offset(0, 7, 0), following: true,
                    repeats: false, default, 1, 0, false, 1, 0, Late.KeepOpen, 60);
            }
        }

        // Row 7: they said yes to connecting: send the LinkedIn invitation the next business day.
        private void RuleSendLinkedInInvitation()
        {
            for (int c = 0; c < contacts.Length; c++)
            {
                Contact contact = contacts[c];
                foreach (Touchpoint reply in byContact[c])
                {
                    if (reply.Kind != TouchpointKind.Reply || reply.Outcome != ReplyOutcome.Yes || reply.Date > today || Blocked(c))
                    {
                        continue;
                    }

                    bool congratulated = false;
                    foreach (Touchpoint t in byContact[c])
                    {
                        congratulated |= t.Kind == TouchpointKind.Congratulations;
                    }

                    if (!congratulated || LinkedInState(c) is LinkedInConnection.Pending or LinkedInConnection.Connected
                        || Dismissed(SendLinkedInInvitation, c, reply.Date) || !contact.HasChannel(Channel.LinkedIn))
                    {
                        continue;
                    }

                    Chain(SendLinkedInInvitation, c, reply.Id, reply.Date, reply.Date, ActionKind.SendLinkedInInvitation, Channel.LinkedIn, TouchpointKind.LinkedInRequestSent, TouchpointKind.LinkedInRequestAccepted,
                        new Offset(0, 0, 1), early: null, late: new Offset(0, 3, 0), following: false,
                        repeats: false, default, 1, 0, false, 1, 0, Late.KeepOpen, 65);
                }
            }
        }

        // Row 8: follow the company's social accounts within a week of the rejection, unless already following.
        private void RuleFollowCompanySocial()
        {
            if (Rejection is not { } rejected || rejected > today)
            {
                return;
            }

            foreach (Touchpoint t in all)
            {
                if (t.Kind == TouchpointKind.SocialFollow)
                {
                    return;
                }
            }

            if (Dismissed(FollowCompanySocial, -1, rejected))
            {
                return;
            }

            Chain(FollowCompanySocial, -1, "rejection", rejected, RejectionEvidenceFrom, ActionKind.FollowOnSocial, Channel.Social, TouchpointKind.SocialFollow, TouchpointKind.SocialFollow,
                new Offset(0, 7, 0), early: null, late: default, following: false,
                repeats: false, default, 1, 0, false, 1, 0, Late.KeepOpen, 30);
        }

        // Row 9: check back on the company three months after the rejection, then three months after that.
        private void RuleCheckBackOnCompany()
        {
            if (Rejection is not { } rejected || rejected > today || Dismissed(CheckBackOnCompany, -1, rejected))
            {
                return;
            }

            Chain(CheckBackOnCompany, -1, "rejection", rejected, RejectionEvidenceFrom, ActionKind.CheckOnCompany, Channel.Web, TouchpointKind.CompanyCheck, TouchpointKind.CompanyCheck,
                new Offset(3, 0, 0), early: new Offset(0, 14, 0), late: new Offset(0, 14, 0), following: false,
                repeats: true, new Offset(3, 0, 0), maxCount: 2, forYears: 0, restarts: false, backOff: 1, maxUnanswered: 0, Late.KeepOpen, 40);
        }

        // Row 10: hiring was only paused: check back after six weeks.
        private void RuleCheckBackHiringPaused()
        {
            if (Rejection is not { } rejected || rejected > today)
            {
                return;
            }

            RejectionReason reason = input.Application.RejectionReason ?? (explicitRejection is null ? RejectionReason.NoResponse : RejectionReason.Unknown);
            if (reason != RejectionReason.HiringPaused || Dismissed(CheckBackHiringPaused, -1, rejected))
            {
                return;
            }

            Chain(CheckBackHiringPaused, -1, "rejection", rejected, RejectionEvidenceFrom, ActionKind.CheckOnCompany, Channel.Web, TouchpointKind.CompanyCheck, TouchpointKind.CompanyCheck,
                new Offset(0, 42, 0), early: new Offset(0, 7, 0), late: new Offset(0, 14, 0), following: false,
                repeats: false, default, 1, 0, false, 1, 0, Late.KeepOpen, 45);
        }

        // Row 11 and 14: check in with each hiring manager, every 3 months (6 once employed), backing off, for 3 years.
        private void RuleNurture(int rule, bool employed)
        {
            if (Rejection is not { } rejected || rejected > today)
            {
                return;
            }

            for (int c = 0; c < contacts.Length; c++)
            {
                if (!contacts[c].Roles.Contains(ContactRole.HiringManager) || Blocked(c) || !AfterRejection || Employed != employed
                    || Dismissed(rule, c, rejected) || EmailElseLinkedIn(c) is not { } channel)
                {
                    continue;
                }

                int months = employed ? 6 : 3;
                Chain(rule, c, "rejection", rejected, RejectionEvidenceFrom, ActionKind.SendCheckIn, channel, TouchpointKind.CheckIn, TouchpointKind.CheckIn,
                    new Offset(months, 0, 0), early: new Offset(0, 14, 0), late: new Offset(1, 0, 0), following: true,
                    repeats: true, new Offset(months, 0, 0), maxCount: int.MaxValue, forYears: 3, restarts: true, backOff: 2, maxUnanswered: 3, Late.KeepOpen, employed ? 45 : 50);
            }
        }

        // Row 11 and 14: coffee with the first reachable team member, after 4 months then every 6 (6 then 12 once employed).
        private void RuleCoffee(int rule, bool employed)
        {
            int c = FirstOf(ContactRole.TeamMember, null, inPerson);
            if (c < 0 || Rejection is not { } rejected || rejected > today || Blocked(c) || !AfterRejection || Employed != employed
                || Dismissed(rule, c, rejected) || InPerson(c) is not { } channel)
            {
                return;
            }

            Chain(rule, c, "rejection", rejected, RejectionEvidenceFrom, ActionKind.MeetForCoffee, channel, TouchpointKind.Coffee, TouchpointKind.Coffee,
                new Offset(employed ? 6 : 4, 0, 0), early: new Offset(1, 0, 0), late: new Offset(1, 0, 0), following: true,
                repeats: true, new Offset(employed ? 12 : 6, 0, 0), maxCount: int.MaxValue, forYears: 3, restarts: true, backOff: 1, maxUnanswered: 0, Late.Expire, employed ? 35 : 40);
        }

        // Row 12: a new posting after the application closed: reach out to the hiring manager (else a recruiter) first.
        private void RuleReachOutOnNewPosting()
        {
            int c = FirstOf(ContactRole.HiringManager, ContactRole.Recruiter, emailElseLinkedIn);
            if (c < 0)
            {
                return;
            }

            foreach (Touchpoint posting in all)
            {
                if (posting.Kind != TouchpointKind.PostingSpotted || posting.Date > today || Blocked(c)
                    || Status is not (ApplicationStatus.Rejected or ApplicationStatus.Withdrawn or ApplicationStatus.Closed)
                    || Dismissed(ReachOutOnNewPosting, c, posting.Date) || EmailElseLinkedIn(c) is not { } channel)
                {
                    continue;
                }

                Chain(ReachOutOnNewPosting, c, posting.Id, posting.Date, posting.Date, ActionKind.ReachOutAboutPosting, channel, TouchpointKind.PostingOutreach, TouchpointKind.PostingOutreach,
                    new Offset(0, 0, 2), early: null, late: new Offset(0, 2, 0), following: false,
                    repeats: false, default, 1, 0, false, 1, 0, Late.Expire, 80);
            }
        }

        /// <summary>
        /// The occurrences of one step for one target from one anchor: skips those done (by a touchpoint of
        /// <paramref name="kind1"/> or <paramref name="kind2"/>), those expired, and adds the pending one, if any.
        /// </summary>
        private void Chain(
            int rule, int c, string anchorKey, LocalDate anchor, LocalDate evidenceFrom, ActionKind action, Channel channel, TouchpointKind kind1, TouchpointKind kind2,
            Offset offset, Offset? early, Offset late, bool following,
            bool repeats, Offset every, int maxCount, int forYears, bool restarts, int backOff, int maxUnanswered, Late latePolicy, int priority)
        {
            IReadOnlyList<Touchpoint> scope = c < 0 ? all : byContact[c];
            int start = 0;
            while (start < scope.Count && scope[start].Date < evidenceFrom)
            {
                start++;
            }

            List<Touchpoint> evidence = this.evidence;
            evidence.Clear();
            for (int i = start; i < scope.Count; i++)
            {
                if (scope[i].Kind == kind1 || scope[i].Kind == kind2)
                {
                    evidence.Add(scope[i]);
                }
            }

            LocalDate baseDate = anchor;
            int k = 0;
            int next = 0;
            bool offsetUsed = false;
            restarts &= c >= 0;
            if (restarts)
            {
                for (int i = scope.Count - 1; i >= 0; i--)
                {
                    if (TouchpointKinds.IsInteraction(scope[i].Kind))
                    {
                        baseDate = Max(baseDate, scope[i].Date);
                        break;
                    }
                }

                while (next < evidence.Count && evidence[next].Date <= baseDate)
                {
                    next++;
                    k++;
                }
            }

            int limit = repeats ? maxCount : 1;
            while (k < limit)
            {
                Offset interval = k == 0 && !offsetUsed ? offset : every;
                int unanswered = repeats && c >= 0 && (backOff > 1 || maxUnanswered > 0) ? Unanswered(c, evidence, next, baseDate) : 0;
                if (maxUnanswered > 0 && unanswered >= maxUnanswered)
                {
                    return;
                }

                if (unanswered > 0 && backOff > 1)
                {
                    int multiplier = 1;
                    for (int i = 0; i < unanswered && multiplier < 64; i++)
                    {
                        multiplier *= backOff;
                    }

                    interval = interval.Times(Math.Min(multiplier, 64));
                }

                LocalDate scheduled = AddOffset(baseDate, interval);
                if (forYears > 0 && scheduled > anchor.PlusYears(forYears))
                {
                    return;
                }

                LocalDate due = following ? Following(scheduled) : scheduled;
                LocalDate earliest = early is { } e ? Max(baseDate, Minus(due, e)) : baseDate;
                LocalDate latest = Plus(due, late);
                LocalDate countsFrom = earliest;
                if (k == 0 && baseDate == anchor && evidenceFrom < anchor)
                {
                    LocalDate alternativeDue = following ? Following(AddOffset(evidenceFrom, interval)) : AddOffset(evidenceFrom, interval);
                    LocalDate alternative = early is { } e2 ? Max(evidenceFrom, Minus(alternativeDue, e2)) : evidenceFrom;
                    countsFrom = alternative < countsFrom ? alternative : countsFrom;
                }

                if (Snoozed(rule, c, baseDate) is { } until)
                {
                    earliest = Max(earliest, until);
                    due = Max(due, until);
                    latest = Max(latest, Plus(due, late));
                }

                while (next < evidence.Count && evidence[next].Date < countsFrom)
                {
                    next++;
                }

                bool inTime = latePolicy != Late.Expire || (next < evidence.Count && evidence[next].Date <= latest);
                if (next < evidence.Count && inTime)
                {
                    Touchpoint done = evidence[next++];
                    if (k == 0 && rule == RejectionThankYouNote)
                    {
                        noteMark[c] = done.Date;
                        noteMarkFrom[c] = done.Date < due ? done.Date : due;
                    }

                    k++;
                    offsetUsed = true;
                    baseDate = done.Date;
                    continue;
                }

                if (k == 0 && rule == RejectionThankYouNote)
                {
                    noteMark[c] = due;
                    noteMarkFrom[c] = due;
                }

                if (today <= latest)
                {
                    Add(rule, c, anchorKey, k + 1, earliest, due, latest, action, channel, today < earliest ? Urgency.Upcoming : Urgency.Due, priority, SendAt(c, due));
                    return;
                }

                switch (latePolicy)
                {
                    case Late.Expire:
                        if (!repeats)
                        {
                            return;
                        }

                        k += restarts ? 0 : 1;
                        offsetUsed = true;
                        baseDate = due;
                        continue;
                    case Late.TurnIntoThankYouEmail:
                        Channel? replacement = EmailElseLinkedIn(c);
                        if (replacement is null)
                        {
                            return;
                        }

                        LocalDate replacementDue = latest.PlusDays(1);
                        LocalDate replacementLatest = Plus(replacementDue, late);
                        Add(rule, c, anchorKey, k + 1, replacementDue, replacementDue, replacementLatest, ActionKind.SendThankYouEmail, replacement.Value,
                            today > replacementLatest ? Urgency.Overdue : Urgency.Due, priority, SendAt(c, replacementDue));
                        return;
                    default:
                        Add(rule, c, anchorKey, k + 1, earliest, due, latest, action, channel, Urgency.Overdue, priority, SendAt(c, due));
                        return;
                }
            }
        }

        private int Unanswered(int c, List<Touchpoint> evidence, int consumed, LocalDate baseDate)
        {
            LocalDate? lastAnswer = null;
            foreach (Touchpoint t in byContact[c])
            {
                if (t.Date <= baseDate && TouchpointKinds.IsAnswer(t.Kind))
                {
                    lastAnswer = t.Date;
                }
            }

            int count = 0;
            for (int i = 0; i < consumed; i++)
            {
                if (evidence[i].Direction == Direction.Outbound && (lastAnswer is null || evidence[i].Date > lastAnswer))
                {
                    count++;
                }
            }

            return count;
        }

        private void Add(int rule, int c, string anchorKey, int occurrence, LocalDate earliest, LocalDate due, LocalDate latest, ActionKind action, Channel channel, Urgency urgency, int priority, ZonedDateTime? sendAt)
        {
            var step = new FloorStep(RuleIds[rule], c < 0 ? (rule is SilentRejection or JournalNotes ? TargetKind.Seeker : TargetKind.Company) : TargetKind.Person, c < 0 ? null : contacts[c].Id,
                earliest, due, latest, action, channel, urgency, priority, sendAt);
            pending.Add(new Pending(step, rule, anchorKey, occurrence, StepOrder.UrgencyKey(step.Urgency, step.Earliest, step.Due, step.Latest, step.Priority)));
        }

        // The first contact with the first role (then the second), neither blocked nor unreachable; else the first one.
        private int FirstOf(ContactRole role, ContactRole? then, Func<int, Channel?> reach)
        {
            int first = -1;
            for (int pass = 0; pass < 2; pass++)
            {
                ContactRole? wanted = pass == 0 ? role : then;
                if (wanted is null)
                {
                    break;
                }

                for (int c = 0; c < contacts.Length; c++)
                {
                    if (!contacts[c].Roles.Contains(wanted.Value) || (pass == 1 && contacts[c].Roles.Contains(role)))
                    {
                        continue;
                    }

                    if (first < 0)
                    {
                        first = c;
                    }

                    if (!Blocked(c) && reach(c) is not null)
                    {
                        return c;
                    }
                }
            }

            return first;
        }

        // Row 13, the stop rule: nothing to a person who asked not to be contacted or replied "no".
        private bool Blocked(int c)
        {
            if (contacts[c].DoNotContact)
            {
                return true;
            }

            foreach (Touchpoint t in byContact[c])
            {
                if (t.Kind == TouchpointKind.Reply && t.Outcome == ReplyOutcome.No)
                {
                    return true;
                }
            }

            return false;
        }

        private Channel? EmailElseLinkedIn(int c) =>
            contacts[c].HasChannel(Channel.Email) ? Channel.Email : contacts[c].HasChannel(Channel.LinkedIn) ? Channel.LinkedIn : null;

        private Channel? InPerson(int c) => contacts[c].HasChannel(Channel.InPerson) ? Channel.InPerson : null;

        private LinkedInConnection LinkedInState(int c)
        {
            LinkedInConnection state = contacts[c].LinkedIn;
            foreach (Touchpoint t in byContact[c])
            {
                if (t.Kind == TouchpointKind.LinkedInRequestAccepted)
                {
                    return LinkedInConnection.Connected;
                }

                if (t.Kind == TouchpointKind.LinkedInRequestSent && state == LinkedInConnection.None)
                {
                    state = LinkedInConnection.Pending;
                }
            }

            return state;
        }

        private bool Dismissed(int rule, int c, LocalDate from) => Last(TouchpointKind.Dismissal, rule, c, from) is not null;

        private LocalDate? Snoozed(int rule, int c, LocalDate from) => Last(TouchpointKind.Snooze, rule, c, from)?.SnoozeUntil;

        private Touchpoint? Last(TouchpointKind kind, int rule, int c, LocalDate from)
        {
            if (!hasSnoozeOrDismissal)
            {
                return null;
            }

            for (int i = all.Length - 1; i >= 0 && all[i].Date >= from; i--)
            {
                Touchpoint t = all[i];
                if (t.Kind == kind && string.Equals(t.RuleId, RuleIds[rule], StringComparison.Ordinal)
                    && (c < 0 ? t.ContactIds.Count == 0 : t.ContactIds.Contains(contacts[c].Id)))
                {
                    return t;
                }
            }

            return null;
        }

        private ZonedDateTime? SendAt(int c, LocalDate date)
        {
            if (c < 0)
            {
                return null;
            }

            DateTimeZone zone = zones[c] ??= contacts[c].TimeZoneId is { } id ? DateTimeZoneProviders.Tzdb[id] : input.Seeker.Zone;
            return date.At(SendTime).InZoneLeniently(zone);
        }

        private int IndexOf(string contactId)
        {
            for (int i = 0; i < contacts.Length; i++)
            {
                if (string.Equals(contacts[i].Id, contactId, StringComparison.Ordinal))
                {
                    return i;
                }
            }

            throw new ArgumentException($"The contact '{contactId}' is not among the contacts; the floor expects valid input.", nameof(contactId));
        }

        // The engine's order of pending steps (see StepOrder): the same code, so the floor cannot order differently.
        private static int Compare(Pending a, Pending b)
        {
            int c = StepOrder.Compare(a.Key, a.Rule, 0, b.Key, b.Rule, 0);
            return c != 0 ? c : StepOrder.CompareWithinApplication(a.Step.TargetKind, a.Step.ContactId, a.AnchorKey, a.Occurrence, b.Step.TargetKind, b.Step.ContactId, b.AnchorKey, b.Occurrence);
        }
    }

    private static LocalDate AddOffset(LocalDate date, Offset offset)
    {
        if (offset.BusinessDays > 0)
        {
            LocalDate d = date;
            for (int remaining = offset.BusinessDays; remaining > 0;)
            {
                d = d.PlusDays(1);
                if (IsBusinessDay(d))
                {
                    remaining--;
                }
            }

            return d;
        }

        return date.PlusMonths(offset.Months).PlusDays(offset.Days);
    }

    private static LocalDate Plus(LocalDate date, Offset window) => date.PlusMonths(window.Months).PlusDays(window.Days);

    private static LocalDate Minus(LocalDate date, Offset window) => date.PlusMonths(-window.Months).PlusDays(-window.Days);

    private static LocalDate Following(LocalDate date)
    {
        while (!IsBusinessDay(date))
        {
            date = date.PlusDays(1);
        }

        return date;
    }

    private static bool IsBusinessDay(LocalDate date) => date.DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday);

    private static LocalDate Max(LocalDate a, LocalDate b) => a >= b ? a : b;
}
