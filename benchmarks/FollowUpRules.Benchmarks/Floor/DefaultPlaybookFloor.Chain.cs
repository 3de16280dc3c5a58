using FollowUpRules.Domain;
using FollowUpRules.Engine;
using FollowUpRules.Rules;
using NodaTime;

namespace FollowUpRules.Benchmarks.Floor;

/// <content>The occurrence chain the rules share, and the reading of the input: contacts, channels, snoozes, dismissals.</content>
public static partial class DefaultPlaybookFloor
{
    /// <content>The chain and the reading of the input.</content>
    private sealed partial class Run
    {
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

        // LinkedIn reaches a person whose profile link is known, or a connection.
        private Channel? EmailElseLinkedIn(int c) =>
            contacts[c].HasChannel(Channel.Email) ? Channel.Email
            : contacts[c].HasChannel(Channel.LinkedIn) || LinkedInState(c) == LinkedInConnection.Connected ? Channel.LinkedIn : null;

        private Channel? InPerson(int c) => contacts[c].HasChannel(Channel.InPerson) || LinkedInState(c) == LinkedInConnection.Connected ? Channel.InPerson : null;

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
    }
}
