using FollowUpRules.Domain;
using FollowUpRules.Rules;
using NodaTime;

namespace FollowUpRules.Engine;

/// <summary>Finding the anchor events: every occurrence a rule's timing counts from, for one target, up to today.</summary>
internal sealed partial class Evaluator
{
    // The anchors of rules that wait on another rule, per mark slot (see CompiledRule.MarkSlot) and target (Subject.Slot).
    private AnchorInstance?[]? marks;

    /// <summary>Evaluates every occurrence of the rule's anchor event for the target, up to today.</summary>
    private void EvaluateTarget(CompiledRule rule, Subject who)
    {
        if (!rule.Rule.HasAnchorAndTiming)
        {
            return;
        }

        Anchor anchor = rule.Rule.Anchor;
        switch (anchor.Kind)
        {
            case AnchorKind.ApplicationSubmitted:
                OnAnchor(rule, who, new AnchorInstance(facts.Application.AppliedOn, "applied", facts.Application.AppliedOn, AnchorOrigin.Applied, null));
                break;
            case AnchorKind.InterviewHeld:
                // The interviews (naming the person, for a person), by date then id.
                foreach (Touchpoint interview in who.Contact is null ? facts.Interviews : facts.TouchpointsWith(who.Person))
                {
                    if (interview.Kind == TouchpointKind.Interview)
                    {
                        OnAnchor(rule, who, new AnchorInstance(interview.Date, interview.Id, interview.Date, AnchorOrigin.Interview, interview));
                    }
                }

                break;
            case AnchorKind.LastInterview:
                if (facts.Interviews.Length > 0)
                {
                    Touchpoint last = facts.Interviews[^1];
                    OnAnchor(rule, who, new AnchorInstance(last.Date, "last-interview", last.Date, AnchorOrigin.LastInterview, last));
                }

                break;
            case AnchorKind.RejectionReceived:
                if (EffectiveRejection is { } rejected)
                {
                    OnAnchor(rule, who, new AnchorInstance(rejected, "rejection", RejectionEvidenceFrom!.Value, AnchorOrigin.Rejection, null));
                }

                break;
            case AnchorKind.ReplyReceived:
                // The replies (from the person, for a person), by date then id.
                foreach (Touchpoint reply in who.Contact is null ? facts.Sorted : facts.TouchpointsWith(who.Person))
                {
                    if (reply.Kind == TouchpointKind.Reply && (anchor.Outcome is null || reply.Outcome == anchor.Outcome))
                    {
                        OnAnchor(rule, who, new AnchorInstance(reply.Date, reply.Id, reply.Date, AnchorOrigin.Reply, reply));
                    }
                }

                break;
            case AnchorKind.PostingSpotted:
                foreach (Touchpoint posting in facts.Sorted)
                {
                    if (posting.Kind == TouchpointKind.PostingSpotted)
                    {
                        OnAnchor(rule, who, new AnchorInstance(posting.Date, posting.Id, posting.Date, AnchorOrigin.Posting, posting));
                    }
                }

                break;
            case AnchorKind.AfterRule:
                if (marks?[MarkIndex(rule.AnchorMarkSlot, who)] is { } mark)
                {
                    OnAnchor(rule, who, mark);
                }

                break;
        }
    }

    /// <summary>Evaluates the occurrence <paramref name="instance"/> of the anchor event, unless it is after today.</summary>
    private void OnAnchor(CompiledRule rule, Subject who, AnchorInstance instance)
    {
        if (instance.Date <= Today)
        {
            EvaluateInstance(rule, who, instance);
        }
    }

    /// <summary>Records that the step of <paramref name="rule"/> for <paramref name="who"/> was done, due or dismissed, for the rules that wait on it.</summary>
    private void Mark(CompiledRule rule, Subject who, LocalDate date, LocalDate evidenceFrom, AnchorOrigin origin)
    {
        if (rule.MarkSlot >= 0)
        {
            (marks ??= work.Marks(compiled.MarkSlots * (2 + facts.Contacts.Length)))[MarkIndex(rule.MarkSlot, who)] = new AnchorInstance(date, rule.AfterKey, evidenceFrom, origin, rule.Rule);
        }
    }

    private int MarkIndex(int markSlot, Subject who) => (markSlot * (2 + facts.Contacts.Length)) + who.Slot;

    /// <summary>Returns what <paramref name="instance"/> is, in the explanation's Anchor sentence, for steps for <paramref name="who"/>.</summary>
    private ExplanationMessage AnchorPhrase(AnchorInstance instance, Subject who)
    {
        Touchpoint? touchpoint = instance.Source as Touchpoint;
        Rule? waitedOn = instance.Source as Rule;
        return instance.Origin switch
        {
            AnchorOrigin.Applied => ExplanationMessage.Of(MessageId.AppliedOn, instance.Date),
            AnchorOrigin.Interview => ExplanationMessage.Of(MessageId.InterviewOn, instance.Date, Names(touchpoint!)),
            AnchorOrigin.LastInterview => ExplanationMessage.Of(MessageId.LastInterviewOn, instance.Date, Names(touchpoint!)),
            AnchorOrigin.Rejection => facts.ExplicitRejection is null
                ? ExplanationMessage.Of(MessageId.SilentRejection, instance.Date, silentRejectionRuleId)
                : silentRejection is { } silent && silent < instance.Date
                    ? ExplanationMessage.Of(MessageId.RejectionAfterSilence, instance.Date, silent)
                    : ExplanationMessage.Of(MessageId.RejectionOn, instance.Date),
            AnchorOrigin.Reply => ExplanationMessage.Of(MessageId.RepliedOn, Names(touchpoint!), touchpoint!.Outcome, instance.Date),
            AnchorOrigin.Posting => ExplanationMessage.Of(MessageId.PostingSpottedOn, facts.Application.CompanyName, instance.Date),
            AnchorOrigin.StepDone => ExplanationMessage.Of(compiled.Playbook.Translations, MessageId.StepDoneOn, waitedOn!.Title, TargetOf(who).Name, instance.Date, waitedOn.Id),
            AnchorOrigin.StepDue => ExplanationMessage.Of(compiled.Playbook.Translations, MessageId.StepDueOn, waitedOn!.Title, TargetOf(who).Name, instance.Date, waitedOn.Id),
            _ => ExplanationMessage.Of(compiled.Playbook.Translations, MessageId.StepDismissedDueOn, waitedOn!.Title, TargetOf(who).Name, instance.Date, waitedOn.Id),
        };
    }

    /// <summary>Returns what the first step's due date counts from, in the explanation's Scheduled sentence.</summary>
    private static ExplanationMessage BasePhrase(AnchorInstance instance) => ExplanationMessage.Of(instance.Origin switch
    {
        AnchorOrigin.Applied => MessageId.YouApplied,
        AnchorOrigin.Interview => MessageId.TheInterview,
        AnchorOrigin.LastInterview => MessageId.TheLastInterview,
        AnchorOrigin.Rejection => MessageId.TheRejection,
        AnchorOrigin.Reply => MessageId.TheReply,
        AnchorOrigin.Posting => MessageId.PostingWasSpotted,
        AnchorOrigin.StepDone => MessageId.ThatStepWasDone,
        _ => MessageId.ThatStepWasDue,
    });

    /// <summary>Returns the people a touchpoint names, by name (the company's name when it names nobody).</summary>
    private ValueList<string> Names(Touchpoint touchpoint)
    {
        if (touchpoint.ContactIds.Count == 0)
        {
            return ValueList<string>.Wrap([facts.Application.CompanyName]);
        }

        string[] names = new string[touchpoint.ContactIds.Count];
        for (int i = 0; i < names.Length; i++)
        {
            names[i] = facts.FindContact(touchpoint.ContactIds[i])?.Name ?? touchpoint.ContactIds[i];
        }

        return ValueList<string>.Wrap(names);
    }
}
