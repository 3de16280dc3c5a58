using FollowUpRules.Domain;
using FollowUpRules.Rules;
using FollowUpRules.Rules.Conditions;
using NodaTime;

namespace FollowUpRules.Validation;

/// <content>The checks of a rule's conditions, at any depth of nesting.</content>
public sealed partial class PlaybookValidator
{
    private void ValidateCondition(Condition condition, Audience audience, string path, Errors errors, int depth)
    {
        if (depth > Limits.MaxConditionDepth)
        {
            errors.Add(path, $"Conditions may nest at most {Limits.MaxConditionDepth} levels deep.");
            return;
        }

        switch (condition)
        {
            case StatusIsCondition status:
                if (status.Statuses.Count == 0)
                {
                    errors.Add(path + ".Statuses", "List at least one status.");
                }

                for (int i = 0; i < status.Statuses.Count; i++)
                {
                    if (!Enum.IsDefined(status.Statuses[i]))
                    {
                        errors.Add($"{path}.Statuses[{i}]", $"'{status.Statuses[i]}' is not an application status.");
                    }
                }

                break;
            case RejectionReasonIsCondition reason:
                if (reason.Reasons.Count == 0)
                {
                    errors.Add(path + ".Reasons", "List at least one rejection reason.");
                }

                for (int i = 0; i < reason.Reasons.Count; i++)
                {
                    if (!Enum.IsDefined(reason.Reasons[i]))
                    {
                        errors.Add($"{path}.Reasons[{i}]", $"'{reason.Reasons[i]}' is not a rejection reason.");
                    }
                }

                break;
            case HasChannelCondition channel:
                if (!Enum.IsDefined(channel.Channel))
                {
                    errors.Add(path + ".Channel", $"'{channel.Channel}' is not a channel.");
                }

                RequirePeople(audience, path, "HasChannel", errors);
                break;
            case LinkedInConnectedCondition:
                RequirePeople(audience, path, "LinkedInConnected", errors);
                break;
            case LinkedInStateIsCondition linkedIn:
                if (linkedIn.States.Count == 0)
                {
                    errors.Add(path + ".States", "List at least one LinkedIn state.");
                }

                for (int i = 0; i < linkedIn.States.Count; i++)
                {
                    if (!Enum.IsDefined(linkedIn.States[i]))
                    {
                        errors.Add($"{path}.States[{i}]", $"'{linkedIn.States[i]}' is not a LinkedIn state; use None, Pending or Connected.");
                    }
                }

                RequirePeople(audience, path, "LinkedInStateIs", errors);
                break;
            case DoNotContactCondition:
                RequirePeople(audience, path, "DoNotContact", errors);
                break;
            case EmployedElsewhereCondition:
                break;
            case ReplyReceivedCondition reply:
                if (reply.Outcome is { } outcome && !Enum.IsDefined(outcome))
                {
                    errors.Add(path + ".Outcome", $"'{outcome}' is not a reply outcome; use Yes, No or Neutral.");
                }

                if (!Enum.IsDefined(reply.Scope))
                {
                    errors.Add(path + ".Scope", $"'{reply.Scope}' is not a scope; use Target or Anyone.");
                }

                break;
            case TouchpointRecordedCondition recorded:
                if (!Enum.IsDefined(recorded.Kind))
                {
                    errors.Add(path + ".Kind", $"'{recorded.Kind}' is not a touchpoint kind.");
                }

                if (!Enum.IsDefined(recorded.Scope))
                {
                    errors.Add(path + ".Scope", $"'{recorded.Scope}' is not a scope; use Target or Anyone.");
                }

                break;
            case NotCondition not:
                ValidateCondition(not.Inner, audience, path + ".Inner", errors, depth + 1);
                break;
            case AnyOfCondition any:
                if (any.Conditions.Count == 0)
                {
                    errors.Add(path + ".Conditions", "AnyOf needs at least one condition.");
                }

                for (int i = 0; i < any.Conditions.Count; i++)
                {
                    ValidateCondition(any.Conditions[i], audience, $"{path}.Conditions[{i}]", errors, depth + 1);
                }

                break;
            case CustomCondition custom:
                if (!customConditionNames.Contains(custom.Name))
                {
                    string known = customConditionNames.Count == 0 ? "none is registered" : "registered: " + string.Join(", ", customConditionNames.Order(StringComparer.Ordinal));
                    errors.Add(path + ".Name", $"No custom condition is registered under the name {Utility.Echo.Quote(custom.Name)} ({known}).");
                }

                var seen = new HashSet<string>(StringComparer.Ordinal);
                for (int i = 0; i < custom.Parameters.Count; i++)
                {
                    if (!seen.Add(custom.Parameters[i].Name))
                    {
                        errors.Add($"{path}.Parameters[{i}]", $"The parameter {Utility.Echo.Quote(custom.Parameters[i].Name)} is given more than once.");
                    }
                }

                break;
            default:
                errors.Add(path, $"'{condition.GetType().Name}' is not a condition of the vocabulary; host apps add conditions as CustomCondition.");
                break;
        }
    }

    private static void RequirePeople(Audience audience, string path, string name, Errors errors)
    {
        if (!audience.IsPeople)
        {
            errors.Add(path, $"{name} looks at a person, but the rule's audience is {audience.Kind}.");
        }
    }
}
