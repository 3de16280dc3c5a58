using FollowUpRules.Domain;
using FollowUpRules.Rules;
using FollowUpRules.Rules.Conditions;
using NodaTime;

namespace FollowUpRules.Engine;

/// <summary>
/// In the explaining run only: the fact that made a condition hold, or fail, for a step's target, so that a blocked or
/// stopped step names it (who replied No and when, the do-not-contact mark, the status the rules saw). A condition whose
/// verdict is an absence ("no reply came") has no fact to name beyond its own sentence.
/// </summary>
internal sealed partial class Evaluator
{
    /// <summary>Records the facts that made every condition of <paramref name="conditions"/> hold (a stop rule's, which all hold).</summary>
    private void WitnessAll(ValueList<Condition> conditions, Contact? contact, int person, AudienceKind kind, LocalDate anchorDate)
    {
        foreach (Condition condition in conditions)
        {
            Witness(condition, contact, person, kind, anchorDate, holds: true);
        }
    }

    /// <summary>Records the fact behind <paramref name="condition"/>'s verdict, <paramref name="holds"/>, where there is one.</summary>
    private void Witness(Condition condition, Contact? contact, int person, AudienceKind kind, LocalDate anchorDate, bool holds)
    {
        switch (condition)
        {
            case DoNotContactCondition when holds && contact is not null:
                trace!.Add(MessageId.FactDoNotContact, contact.Name);
                break;
            case ReplyReceivedCondition reply when holds:
                Touchpoint? answer = LatestIn(reply.Scope, person, reply.SinceAnchor ? anchorDate : null, t => t.Kind == TouchpointKind.Reply && (reply.Outcome is null || t.Outcome == reply.Outcome));
                if (answer is not null)
                {
                    trace!.Add(MessageId.FactReplied, NamesOf(answer), answer.Outcome, answer.Date);
                }

                break;
            case TouchpointRecordedCondition recorded when holds:
                Touchpoint? found = LatestIn(recorded.Scope, person, recorded.SinceAnchor ? anchorDate : null, t => t.Kind == recorded.Kind);
                if (found is not null)
                {
                    trace!.Add(MessageId.FactRecorded, found.Kind, NamesOf(found), found.Date);
                }

                break;
            case EmployedElsewhereCondition when holds && facts.Input.Seeker.EmployedElsewhereSince is { } since:
                trace!.Add(MessageId.FactEmployedElsewhere, since);
                break;
            case StatusIsCondition:
                trace!.Add(MessageId.FactStatus, EffectiveStatus, EffectiveStatus != facts.Application.Status ? silentRejection : null);
                break;
            case RejectionReasonIsCondition:
                trace!.Add(MessageId.FactReason, EffectiveReason);
                break;
            case LinkedInConnectedCondition or LinkedInStateIsCondition when contact is not null:
                trace!.Add(MessageId.FactLinkedIn, contact.Name, facts.LinkedInState(person));
                break;
            case NotCondition not:
                Witness(not.Inner, contact, person, kind, anchorDate, !holds);
                break;
            case AnyOfCondition any when holds:
                foreach (Condition inner in any.Conditions)
                {
                    if (Holds(inner, contact, person, kind, anchorDate))
                    {
                        Witness(inner, contact, person, kind, anchorDate, holds: true);
                        break;
                    }
                }

                break;
        }
    }

    // The latest touchpoint of the condition's scope (from since on, when given) that matches.
    private Touchpoint? LatestIn(ConditionScope scope, int person, LocalDate? since, Func<Touchpoint, bool> matches)
    {
        ReadOnlySpan<Touchpoint> touchpoints = InScope(scope, person);
        for (int i = touchpoints.Length - 1; i >= 0 && (since is null || touchpoints[i].Date >= since); i--)
        {
            if (matches(touchpoints[i]))
            {
                return touchpoints[i];
            }
        }

        return null;
    }

    // The names of the people a touchpoint names, in its order.
    private ValueList<string> NamesOf(Touchpoint touchpoint) =>
        ValueList<string>.From(touchpoint.ContactIds.Select(id => facts.FindContact(id)?.Name ?? id));
}
