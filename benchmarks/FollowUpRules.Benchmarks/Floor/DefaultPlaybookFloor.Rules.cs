using FollowUpRules.Domain;
using FollowUpRules.Engine;
using FollowUpRules.Rules;
using NodaTime;

namespace FollowUpRules.Benchmarks.Floor;

/// <content>The default playbook's rules, one method each, in the order of its table.</content>
public static partial class DefaultPlaybookFloor
{
    /// <content>The rules.</content>
    private sealed partial class Run
    {
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

        // Row 1: a week after applying (the status Applied or Interviewing), follow up with the first recruiter or hiring manager; at most twice.
        private void RuleStatusFollowUp()
        {
            int c = FirstOf(ContactRole.Recruiter, ContactRole.HiringManager, emailElseLinkedIn);
            LocalDate applied = input.Application.AppliedOn;
            if (c < 0 || applied > today || Blocked(c) || Status is not (ApplicationStatus.Applied or ApplicationStatus.Interviewing) || Employed)
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

        // Row 4: journal notes the day of the rejection, about the interviews: none without one.
        private void RuleJournalNotes()
        {
            if (interviews.Count == 0 || Rejection is not { } rejected || rejected > today || Dismissed(JournalNotes, -1, rejected))
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
                    : contact.HasChannel(Channel.LinkedIn) || LinkedInState(c) == LinkedInConnection.Connected ? (ActionKind.SendThankYouEmail, Channel.LinkedIn)
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
                        || Dismissed(SendLinkedInInvitation, c, reply.Date))
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
    }
}
