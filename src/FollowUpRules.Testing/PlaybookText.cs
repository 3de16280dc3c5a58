using System.Text;
using FollowUpRules.Rules;
using FollowUpRules.Rules.Conditions;
using NodaTime;

namespace FollowUpRules.Testing;

/// <summary>Describes a playbook compactly, one rule a line, for counterexamples.</summary>
internal static class PlaybookText
{
    internal static string Describe(Playbook playbook)
    {
        var text = new StringBuilder();
        text.Append($"playbook '{playbook.Id}' v{playbook.Version}, working week {playbook.WorkingWeek}, {playbook.Rules.Count} rule(s):");
        for (int i = 0; i < playbook.Rules.Count; i++)
        {
            text.AppendLine().Append($"  Rules[{i}] ").Append(Describe(playbook.Rules[i]));
        }

        string[] own = [.. playbook.Rules.SelectMany(r => r.Drafts.Select(d => $"{r.Id} by {d.Channel}"))];
        if (playbook.Drafts.Count > 0 || own.Length > 0)
        {
            text.AppendLine().Append("  templates: ").AppendJoin(", ", playbook.Drafts.Select(d => $"{d.Action} by {d.Channel}").Concat(own.Select(o => "rule " + o)));
        }

        foreach (PlaybookTranslation translation in playbook.Translations)
        {
            text.AppendLine().Append($"  translation '{translation.Culture}': ")
                .AppendJoin(", ", translation.Rules.Select(r => r.RuleId + (r.Title is null ? string.Empty : " title") + (r.Source is null ? string.Empty : " source")
                    + (r.Drafts.Count == 0 ? string.Empty : " templates " + string.Join("/", r.Drafts.Select(d => d.Channel)))))
                .Append(translation.Drafts.Count == 0 ? string.Empty : $"; templates {string.Join(", ", translation.Drafts.Select(d => $"{d.Action} by {d.Channel}"))}");
        }

        return text.ToString();
    }

    internal static string Describe(Rule rule)
    {
        var parts = new List<string> { $"'{rule.Id}'", Describe(rule.Audience) };
        if (rule.Anchor is { } anchor)
        {
            parts.Add("after " + Describe(anchor));
        }

        if (rule.Timing is { } timing)
        {
            parts.Add(Describe(timing));
        }

        parts.Add(Describe(rule.Action));
        if (rule.Conditions.Count > 0)
        {
            parts.Add("if " + string.Join(" and ", rule.Conditions.Select(Describe)));
        }

        if (rule.StopWhen.Count > 0)
        {
            parts.Add("stop when " + string.Join(" or ", rule.StopWhen.Select(Describe)));
        }

        if (rule.Late.Action != LateAction.KeepOpen || rule.Late.TurnInto is not null)
        {
            parts.Add("late: " + rule.Late.Action + (rule.Late.TurnInto is { } turnInto ? " " + Describe(turnInto) : string.Empty));
        }

        if (rule.Priority != Rule.DefaultPriority)
        {
            parts.Add($"priority {rule.Priority}");
        }

        return string.Join(" | ", parts);
    }

    internal static string Describe(Condition condition) => condition switch
    {
        StatusIsCondition s => $"StatusIs({string.Join(",", s.Statuses)})",
        RejectionReasonIsCondition r => $"RejectionReasonIs({string.Join(",", r.Reasons)})",
        HasChannelCondition c => $"HasChannel({c.Channel})",
        LinkedInConnectedCondition => "LinkedInConnected",
        LinkedInStateIsCondition l => $"LinkedInStateIs({string.Join(",", l.States)})",
        DoNotContactCondition => "DoNotContact",
        EmployedElsewhereCondition => "EmployedElsewhere",
        ReplyReceivedCondition r => $"ReplyReceived({r.Outcome?.ToString() ?? "any"}, {r.Scope}{(r.SinceAnchor ? ", since anchor" : string.Empty)})",
        TouchpointRecordedCondition t => $"TouchpointRecorded({t.Kind}, {t.Scope}{(t.SinceAnchor ? ", since anchor" : string.Empty)})",
        NotCondition n => $"Not({Describe(n.Inner)})",
        AnyOfCondition a => $"AnyOf({string.Join(", ", a.Conditions.Select(Describe))})",
        CustomCondition c => $"Custom('{c.Name}'{string.Concat(c.Parameters.Select(p => $", {p.Name}={p.Value}"))})",
        _ => condition.ToString(),
    };

    private static string Describe(Audience audience) => audience.Kind switch
    {
        AudienceKind.Contacts => $"{audience.Selection} of Contacts[{string.Join(",", audience.Roles)}]",
        AudienceKind.Interviewers => $"{audience.Selection} of Interviewers",
        _ => audience.Kind.ToString(),
    };

    private static string Describe(Anchor anchor) => anchor.Kind switch
    {
        AnchorKind.ReplyReceived => $"ReplyReceived({anchor.Outcome?.ToString() ?? "any"})",
        AnchorKind.AfterRule => $"AfterRule('{anchor.RuleId}')",
        _ => anchor.Kind.ToString(),
    };

    private static string Describe(Timing timing)
    {
        var text = new StringBuilder().Append(timing.Offset.ToString());
        text.Append(", window ").Append(timing.Window.Early is { } early ? Iso(early) : "from anchor").Append(" early, ").Append(Iso(timing.Window.Late)).Append(" late");
        if (timing.Repeat is { } r)
        {
            text.Append(", repeat every ").Append(r.Every.ToString());
            if (r.MaxCount is { } count)
            {
                text.Append($" max {count}");
            }

            if (r.For is { } span)
            {
                text.Append(" for ").Append(Iso(span));
            }

            if (r.RestartOnInteraction)
            {
                text.Append(" restarting on interaction");
            }

            if (r.BackOffFactor != 1)
            {
                text.Append($" back-off x{r.BackOffFactor}");
            }

            if (r.MaxUnanswered is { } unanswered)
            {
                text.Append($" max {unanswered} unanswered");
            }
        }

        return text.ToString();
    }

    private static string Describe(ActionSpec action) =>
        string.Join(" else ", action.Chain().Select(a => $"{a.Kind} by {a.Channel}"));

    private static string Iso(Period period) => period.ToString();
}
