using FollowUpRules.Domain;
using FollowUpRules.Rules;
using FollowUpRules.Rules.Conditions;
using NodaTime;

namespace FollowUpRules.Engine;

/// <summary>
/// The gates a step passes for one occurrence of its anchor event, in order: the person's do-not-contact mark, the stop
/// rules, the rule's conditions and stop conditions, a dismissal, and a channel that reaches the person. The first that
/// holds the step back suppresses it, with the reason.
/// </summary>
internal sealed partial class Evaluator
{
    private void EvaluateInstance(CompiledRule compiledRule, Subject who, AnchorInstance instance)
    {
        Rule rule = compiledRule.Rule;
        Contact? contact = who.Contact;
        trace?.Start(rule, AnchorPhrase(instance, who), BasePhrase(instance));

        if (contact is not null)
        {
            if (contact.DoNotContact)
            {
                trace?.Add(MessageId.DoNotContact, contact.Name);
                Suppress(compiledRule, who, SuppressionReason.DoNotContact);
                return;
            }

            for (int s = 0; s < compiled.StopRules.Length; s++)
            {
                if (BlockingStopRuleApplies(s, contact, who.Person, instance.Date))
                {
                    Rule stop = compiled.StopRules[s].Rule;
                    if (trace is not null)
                    {
                        trace.Add(MessageId.BlockedByStopRule, stop.Id, stop.Title, stop.Conditions);
                        WitnessAll(stop.Conditions, contact, who.Person, stop.Audience.Kind, instance.Date);
                    }

                    Suppress(compiledRule, who, SuppressionReason.StopRule, stop.Id);
                    return;
                }
            }
        }

        foreach (Condition condition in rule.Conditions)
        {
            if (!Holds(condition, contact, who.Person, rule.Audience.Kind, instance.Date))
            {
                if (trace is not null)
                {
                    trace.Add(MessageId.ConditionNotMet, condition);
                    Witness(condition, contact, who.Person, rule.Audience.Kind, instance.Date, holds: false);
                }

                Suppress(compiledRule, who, SuppressionReason.ConditionNotMet);
                return;
            }
        }

        if (rule.Conditions.Count > 0)
        {
            trace?.Add(MessageId.ConditionsMet, rule.Conditions);
        }

        foreach (Condition condition in rule.StopWhen)
        {
            if (Holds(condition, contact, who.Person, rule.Audience.Kind, instance.Date))
            {
                if (trace is not null)
                {
                    trace.Add(MessageId.Stopped, condition);
                    Witness(condition, contact, who.Person, rule.Audience.Kind, instance.Date, holds: true);
                }

                Suppress(compiledRule, who, SuppressionReason.Stopped);
                return;
            }
        }

        Touchpoint? dismissal = LastAbout(facts.Dismissals, instance.Date, rule, contact);
        if (dismissal is not null)
        {
            // Rules that wait on this one still count from the date it was due: dismissing a note does not cancel the
            // congratulations that follow it.
            LocalDate due = DueDate(rule.Timing!, compiledRule.Offset, instance.Date, compiled.CalendarFor(contact));
            Mark(compiledRule, who, due, due, AnchorOrigin.StepDismissed);
            trace?.Add(MessageId.Dismissed, dismissal.Date);
            Suppress(compiledRule, who, SuppressionReason.Dismissed);
            return;
        }

        ActionSpec? action = ResolveAction(rule.Action, contact, who.Person);
        if (action is null)
        {
            trace?.Add(MessageId.Unreachable, contact!.Name, ValueList<Channel>.From(rule.Action.Chain().Select(a => a.Channel)));
            Suppress(compiledRule, who, SuppressionReason.Unreachable);
            return;
        }

        if (action != rule.Action)
        {
            trace?.Add(MessageId.Fallback, contact!.Name, rule.Action.Channel, action.Kind, action.Channel);
        }

        if (trace is not null && contact is not null)
        {
            ExplainReach(action, contact, who.Person);
        }

        RunChain(compiledRule, who, instance, action);
    }

    private bool IsBlocked(Contact contact, int person)
    {
        if (contact.DoNotContact)
        {
            return true;
        }

        for (int s = 0; s < compiled.StopRules.Length; s++)
        {
            if (BlockingStopRuleApplies(s, contact, person, Today))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Returns whether the <paramref name="s"/>th stop rule blocks the contact; asked once per contact when only the contact matters.</summary>
    private bool BlockingStopRuleApplies(int s, Contact contact, int person, LocalDate anchorDate)
    {
        StopRule stop = compiled.StopRules[s];
        if (!stop.DependsOnContactOnly)
        {
            return StopRuleApplies(stop.Rule, contact, person, anchorDate);
        }

        ref sbyte known = ref work.StopRuleVerdicts(compiled.StopRules.Length * facts.Contacts.Length)[(s * facts.Contacts.Length) + person];
        if (known == 0)
        {
            known = StopRuleApplies(stop.Rule, contact, person, anchorDate) ? (sbyte)1 : (sbyte)-1;
        }

        return known > 0;
    }

    private bool StopRuleApplies(Rule stop, Contact contact, int person, LocalDate anchorDate)
    {
        if (!InAudience(stop.Audience, contact, person))
        {
            return false;
        }

        foreach (Condition condition in stop.Conditions)
        {
            if (!Holds(condition, contact, person, stop.Audience.Kind, anchorDate))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Returns the first action of the chain whose channel reaches the contact at <paramref name="person"/> (see <see cref="Reaches"/>), or <see langword="null"/>.</summary>
    private ActionSpec? ResolveAction(ActionSpec action, Contact? contact, int person)
    {
        if (contact is null)
        {
            return action;
        }

        for (ActionSpec? spec = action; spec is not null; spec = spec.Otherwise)
        {
            if (Reaches(spec, contact, person))
            {
                return spec;
            }
        }

        return null;
    }

    /// <summary>
    /// Returns whether <paramref name="spec"/> reaches the contact: by a channel the contact has
    /// (<see cref="Contact.HasChannel"/>), by LinkedIn when the two are connected there (no profile link is needed to
    /// message a connection), and for a LinkedIn invitation always: the seeker finds the person by name, or asks them for
    /// the link to their profile.
    /// </summary>
    private bool Reaches(ActionSpec spec, Contact contact, int person) =>
        contact.HasChannel(spec.Channel)
        || (spec.Channel == Channel.LinkedIn && spec.Kind == ActionKind.SendLinkedInInvitation)
        || (spec.Channel is Channel.LinkedIn or Channel.InPerson && IsConnected(person));

    private bool IsConnected(int person) => facts.LinkedInState(person) == LinkedInConnection.Connected;

    /// <summary>Says how a step by LinkedIn reaches a person whose profile link is not recorded.</summary>
    private void ExplainReach(ActionSpec action, Contact contact, int person)
    {
        if (action.Channel != Channel.LinkedIn || contact.HasChannel(Channel.LinkedIn))
        {
            return;
        }

        if (IsConnected(person))
        {
            trace!.Add(MessageId.ReachedAsConnection, contact.Name);
        }
        else if (action.Kind == ActionKind.SendLinkedInInvitation)
        {
            trace!.Add(MessageId.InvitationByName, contact.Name);
        }
    }

    private bool Holds(Condition condition, Contact? contact, int person, AudienceKind kind, LocalDate anchorDate)
    {
        switch (condition)
        {
            case StatusIsCondition status:
                return Has(status.Statuses, EffectiveStatus);
            case RejectionReasonIsCondition reason:
                return EffectiveReason is { } r && Has(reason.Reasons, r);
            case HasChannelCondition channel:
                return contact is not null && (contact.HasChannel(channel.Channel)
                    || (channel.Channel is Channel.LinkedIn or Channel.InPerson && IsConnected(person)));
            case LinkedInConnectedCondition:
                return contact is not null && facts.LinkedInState(person) == LinkedInConnection.Connected;
            case LinkedInStateIsCondition state:
                return contact is not null && Has(state.States, facts.LinkedInState(person));
            case DoNotContactCondition:
                return contact is not null && contact.DoNotContact;
            case EmployedElsewhereCondition:
                return facts.EmployedElsewhere;
            case ReplyReceivedCondition reply:
                if (SummaryOf(reply.Scope, person) is { } replySummary)
                {
                    return replySummary.LatestReply(reply.Outcome) is { } latestReply && (!reply.SinceAnchor || latestReply >= anchorDate);
                }

                ReadOnlySpan<Touchpoint> replies = InScope(reply.Scope, person);
                for (int i = reply.SinceAnchor ? FirstOnOrAfter(replies, anchorDate) : 0; i < replies.Length; i++)
                {
                    if (replies[i].Kind == TouchpointKind.Reply && (reply.Outcome is null || replies[i].Outcome == reply.Outcome))
                    {
                        return true;
                    }
                }

                return false;
            case TouchpointRecordedCondition recorded:
                if (SummaryOf(recorded.Scope, person) is { } summary)
                {
                    return summary.Latest(recorded.Kind) is { } latest && (!recorded.SinceAnchor || latest >= anchorDate);
                }

                ReadOnlySpan<Touchpoint> scope = InScope(recorded.Scope, person);
                for (int i = recorded.SinceAnchor ? FirstOnOrAfter(scope, anchorDate) : 0; i < scope.Length; i++)
                {
                    if (scope[i].Kind == recorded.Kind)
                    {
                        return true;
                    }
                }

                return false;
            case NotCondition not:
                return !Holds(not.Inner, contact, person, kind, anchorDate);
            case AnyOfCondition any:
                foreach (Condition inner in any.Conditions)
                {
                    if (Holds(inner, contact, person, kind, anchorDate))
                    {
                        return true;
                    }
                }

                return false;
            case CustomCondition custom:
                ICustomConditionEvaluator evaluator = compiled.CustomConditions[custom.Name];
                return evaluator.IsSatisfied(custom, new ConditionContext(facts.Input, facts.Touchpoints, contact, kind, anchorDate, Today));
            default:
                throw new InvalidOperationException($"Condition type '{condition.GetType().Name}' is not part of the condition vocabulary.");
        }
    }

    // The scope of a condition: the person's touchpoints (person >= 0 for a person target), else every touchpoint.
    private ScopeSummary? SummaryOf(ConditionScope scope, int person) =>
        facts.SummaryOf(scope == ConditionScope.Target ? person : -1);

    private ReadOnlySpan<Touchpoint> InScope(ConditionScope scope, int person) =>
        scope == ConditionScope.Target && person >= 0 ? facts.TouchpointsWith(person) : facts.Sorted;

    private static bool IsAbout(Touchpoint touchpoint, Rule rule, Contact? contact) =>
        string.Equals(touchpoint.RuleId, rule.Id, StringComparison.Ordinal)
        && (contact is null ? touchpoint.ContactIds.Count == 0 : NamesContact(touchpoint.ContactIds, contact.Id));

    private static bool NamesContact(ValueList<string> ids, string id)
    {
        foreach (string x in ids)
        {
            if (string.Equals(x, id, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Returns the last of <paramref name="touchpoints"/> (snoozes or dismissals, by date) dated on or after <paramref name="from"/> about the rule and target.</summary>
    private static Touchpoint? LastAbout(List<Touchpoint>? touchpoints, LocalDate from, Rule rule, Contact? contact)
    {
        if (touchpoints is null)
        {
            return null;
        }

        for (int i = touchpoints.Count - 1; i >= 0 && touchpoints[i].Date >= from; i--)
        {
            if (IsAbout(touchpoints[i], rule, contact))
            {
                return touchpoints[i];
            }
        }

        return null;
    }
}
