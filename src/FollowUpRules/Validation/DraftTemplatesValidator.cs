using FluentValidation;
using FollowUpRules.Domain;
using FollowUpRules.Rules;

namespace FollowUpRules.Validation;

/// <summary>
/// Checks a playbook's draft templates, the playbook's (<see cref="Playbook.Drafts"/>) and each rule's
/// (<see cref="Rule.Drafts"/>), and their translations (<see cref="Playbook.Translations"/>), and reports every problem with
/// its path (<c>Drafts[2].Body</c>, <c>Rules[4].Drafts.Email.Subject</c>, <c>Translations[de].Drafts[0].Body</c>).
/// </summary>
/// <remarks>
/// <para>Without a checker it checks what needs no template parser: that a playbook's template names an action and a
/// rule's does not, one template per action (or rule) and channel, a channel the steps use, a subject only for Email and
/// InPerson, talking points only for meetings and at most <see cref="DraftTemplate.MaxTalkingPoints"/>, no empty body.
/// With an <see cref="IDraftTemplateChecker"/> it also checks each text in the template language, and refuses a value the
/// steps that take the template cannot have.</para>
/// <para>A translated template must translate one of the playbook's (the same action and channel) or one of its rule's
/// own (the same channel), with the same parts: a subject where the original has one, as many talking points. With a
/// checker, each of its texts must name the same values as the text it translates, in any order.</para>
/// <para>The <see cref="PlaybookValidator"/> runs it with the checker it was given. Validators are immutable once built
/// and safe to share between threads.</para>
/// </remarks>
public sealed partial class DraftTemplatesValidator : AbstractValidator<Playbook>
{
    private readonly IDraftTemplateChecker? checker;

    /// <summary>Initializes a new validator.</summary>
    /// <param name="checker">Checks each text in the template language; <see langword="null"/> (the default) to check the templates' structure only.</param>
    public DraftTemplatesValidator(IDraftTemplateChecker? checker = null)
    {
        this.checker = checker;
        RuleForEach(p => p.Rules).Custom((rule, context) => ValidateRuleDrafts(rule, context));
        RuleFor(p => p.Drafts).Custom((drafts, context) => ValidatePlaybookDrafts(context.InstanceToValidate, context));
        RuleFor(p => p.Translations).Custom((translations, context) => ValidateTranslatedDrafts(context.InstanceToValidate, context));
    }

    private void ValidateRuleDrafts(Rule? rule, ValidationContext<Playbook> context)
    {
        if (rule is null || rule.Drafts.Count == 0)
        {
            return;
        }

        void Add(string path, string message) => context.AddFailure(path, message);

        if (rule.IsStopRule)
        {
            Add("Drafts", "A stop rule makes no step, so it has no drafts.");
            return;
        }

        List<(ActionKind Action, Channel Channel)> steps = StepsOf(rule);
        var seen = new HashSet<Channel>();
        for (int i = 0; i < rule.Drafts.Count; i++)
        {
            DraftTemplate template = rule.Drafts[i];
            if (!Enum.IsDefined(template.Channel))
            {
                Add($"Drafts[{i}].Channel", $"'{template.Channel}' is not a channel.");
                continue;
            }

            string path = $"Drafts.{template.Channel}";
            if (template.Action is not null)
            {
                Add(path + ".Action", $"A rule's template drafts every step of the rule by {template.Channel}, so it names no action; put a template for {template.Action} alone in the playbook's drafts.");
            }

            if (!seen.Add(template.Channel))
            {
                Add(path, $"The rule has two templates for {template.Channel}; keep one.");
                continue;
            }

            if (!steps.Exists(s => s.Channel == template.Channel))
            {
                Add(path, $"The rule makes no step by {template.Channel}, so this template would never be used; its steps go by {string.Join(", ", steps.Select(s => s.Channel).Distinct())}.");
                continue;
            }

            ValidateTexts(template, path, Add, (value, message) => CanHave(rule, value) is { } problem ? message + problem : null);
        }
    }

    private void ValidatePlaybookDrafts(Playbook playbook, ValidationContext<Playbook> context)
    {
        var seen = new HashSet<(ActionKind, Channel)>();
        for (int i = 0; i < playbook.Drafts.Count; i++)
        {
            DraftTemplate template = playbook.Drafts[i];
            if (template.Action is not { } action)
            {
                context.AddFailure($"Drafts[{i}].Action", $"A template of the playbook needs the action it drafts; a template for one rule's steps goes in that rule's drafts.");
                continue;
            }

            if (!Enum.IsDefined(action) || action == ActionKind.StopOutreach)
            {
                context.AddFailure($"Drafts[{i}].Action", Enum.IsDefined(action) ? "StopOutreach makes no step, so it has no draft." : $"'{action}' is not an action.");
                continue;
            }

            if (!Enum.IsDefined(template.Channel))
            {
                context.AddFailure($"Drafts[{i}].Channel", $"'{template.Channel}' is not a channel.");
                continue;
            }

            string path = $"Drafts[{i}]";
            if (!seen.Add((action, template.Channel)))
            {
                int first = playbook.Drafts.ToList().FindIndex(d => d.Action == action && d.Channel == template.Channel);
                context.AddFailure(path, $"Drafts[{first}] is already the template for {action} by {template.Channel}; keep one.");
                continue;
            }

            bool personAction = ActionKinds.TargetsPerson(action);
            if (personAction != IsPersonChannel(template.Channel))
            {
                context.AddFailure(path, personAction
                    ? $"{action} reaches a person, so it is never done by {template.Channel}; draft it for Email, LinkedIn, Postal, Phone or InPerson."
                    : $"{action} does not reach a person, so it is never done by {template.Channel}; draft it for None, Social or Web.");
                continue;
            }

            // The rules that take this template: those with a step of its action by its channel and no template of their own for the channel.
            var users = new List<int>();
            for (int r = 0; r < playbook.Rules.Count; r++)
            {
                Rule rule = playbook.Rules[r];
                if (!rule.IsStopRule && StepsOf(rule).Contains((action, template.Channel)) && !rule.Drafts.Any(d => d.Channel == template.Channel))
                {
                    users.Add(r);
                }
            }

            ValidateTexts(template, path, (at, message) => context.AddFailure(at, message), (value, message) =>
            {
                if (!personAction && value is DraftValues.FirstName or DraftValues.FullName)
                {
                    return message + $"only a step for a person has it, and {action} is not one.";
                }

                foreach (int r in users)
                {
                    if (CanHave(playbook.Rules[r], value) is { } problem)
                    {
                        return message + problem + $" Rules[{r}] ('{playbook.Rules[r].Id}') takes this template for its {action} steps by {template.Channel}.";
                    }
                }

                return null;
            });
        }
    }

    /// <summary>
    /// Checks a template's subject, body and talking points: which the channel has and their count, then, with a checker,
    /// each text (syntax, tags, filters, value names) and, with <paramref name="misfit"/>, whether the steps that take it
    /// can have each value it names.
    /// </summary>
    private void ValidateTexts(DraftTemplate template, string path, Action<string, string> add, Func<string, string, string?> misfit)
    {
        Channel channel = template.Channel;
        if (template.Subject is { } subject)
        {
            if (channel is Channel.Email or Channel.InPerson)
            {
                ValidateText(subject, path + ".Subject", add, misfit);
            }
            else
            {
                add(path + ".Subject", $"A message by {channel} has no subject; only Email (and InPerson, arranged by email) has one.");
            }
        }

        if (string.IsNullOrWhiteSpace(template.Body))
        {
            add(path + ".Body", "The body is empty: write the message, or for a step that writes to nobody, what to do.");
        }
        else
        {
            ValidateText(template.Body, path + ".Body", add, misfit);
        }

        if (template.TalkingPoints.Count > 0 && channel is not (Channel.InPerson or Channel.Phone))
        {
            add(path + ".TalkingPoints", $"Talking points are for meetings, by InPerson or Phone, not by {channel}.");
            return;
        }

        if (template.TalkingPoints.Count > DraftTemplate.MaxTalkingPoints)
        {
            add(path + ".TalkingPoints", $"A template has at most {DraftTemplate.MaxTalkingPoints} talking points; this one has {template.TalkingPoints.Count}.");
        }

        for (int i = 0; i < template.TalkingPoints.Count; i++)
        {
            if (template.TalkingPoints[i] is { } point)
            {
                ValidateText(point, $"{path}.TalkingPoints[{i}]", add, misfit);
            }
            else
            {
                add($"{path}.TalkingPoints[{i}]", "A talking point cannot be null.");
            }
        }
    }

    private void ValidateText(string text, string path, Action<string, string> add, Func<string, string, string?> misfit)
    {
        if (text.Length > DraftTemplate.MaxLength)
        {
            add(path, $"The template is {text.Length} characters long; at most {DraftTemplate.MaxLength} are allowed.");
            return;
        }

        if (checker is null)
        {
            return;
        }

        DraftTemplateCheck result = checker.Check(text);
        foreach (string problem in result.Problems)
        {
            add(path, problem);
        }

        foreach (string value in result.Values)
        {
            if (misfit(value, $"'{value}' is not a value this step can have: ") is { } problem)
            {
                add(path, problem);
            }
        }
    }

    /// <summary>
    /// Returns why the steps of <paramref name="rule"/> cannot have <paramref name="value"/>, or <see langword="null"/> when
    /// they can, or when the rule's audience or anchor is itself invalid (a problem reported on its own).
    /// </summary>
    private static string? CanHave(Rule rule, string value) => value switch
    {
        DraftValues.FirstName or DraftValues.FullName when !rule.Audience.IsPeople && Enum.IsDefined(rule.Audience.Kind) =>
            $"only a step for a person has it, and the rule's audience is {rule.Audience.Kind}.",
        DraftValues.PostingTitle when rule.Anchor is { } anchor && Enum.IsDefined(anchor.Kind) && anchor.Kind != AnchorKind.PostingSpotted =>
            "only a rule anchored on a new posting (PostingSpotted) knows the posting's title.",
        _ => null,
    };

    /// <summary>The actions and channels a rule's steps can take: its action and alternatives, and the late replacement and its alternatives.</summary>
    private static List<(ActionKind Action, Channel Channel)> StepsOf(Rule rule)
    {
        var steps = new List<(ActionKind, Channel)>();
        foreach (ActionSpec spec in rule.Action.Chain().Concat(rule.Late.TurnInto?.Chain() ?? []))
        {
            steps.Add((spec.Kind, spec.Channel));
        }

        return steps;
    }

    private static bool IsPersonChannel(Channel channel) => channel is Channel.Email or Channel.LinkedIn or Channel.Postal or Channel.Phone or Channel.InPerson;
}
