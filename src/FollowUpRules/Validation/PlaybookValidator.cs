using System.Text.RegularExpressions;
using FluentValidation;
using FollowUpRules.Domain;
using FollowUpRules.Rules;
using FollowUpRules.Rules.Conditions;
using NodaTime;

namespace FollowUpRules.Validation;

/// <summary>
/// Validates a <see cref="Playbook"/>: every problem at once, each with the path of the offending value
/// (<c>Rules[3].Timing.Offset</c>) and a message a playbook author understands.
/// </summary>
/// <remarks>
/// A playbook this validator accepts cannot make the engine throw. Validators are immutable once built and safe to share
/// between threads.
/// </remarks>
public sealed partial class PlaybookValidator : AbstractValidator<Playbook>
{
    private readonly HashSet<string> customConditionNames;

    /// <summary>Initializes a new validator.</summary>
    /// <param name="customConditionNames">The names of the custom conditions the engine will know; a rule using another name is invalid.</param>
    /// <param name="templates">
    /// Checks the texts of the draft templates in their language (the FollowUpRules.Drafts package's
    /// <c>LiquidTemplateChecker.Instance</c>); <see langword="null"/> (the default) to check only their structure, as
    /// <see cref="DraftTemplatesValidator"/> does without a checker.
    /// </param>
    public PlaybookValidator(IEnumerable<string>? customConditionNames = null, IDraftTemplateChecker? templates = null)
    {
        this.customConditionNames = new HashSet<string>(customConditionNames ?? [], StringComparer.Ordinal);

        RuleFor(p => p.Id).NotEmpty().WithMessage("The playbook needs an id.");
        RuleFor(p => p.Name).NotEmpty().WithMessage("The playbook needs a name.");
        RuleFor(p => p.Version).GreaterThanOrEqualTo(1).WithMessage("The playbook's version must be 1 or more; it is {PropertyValue}.");
        RuleFor(p => p.Rules).Must(r => r.Count > 0).WithMessage("The playbook has no rules.");
        RuleFor(p => p.SendWindow).Must(w => w.Start < w.End)
            .WithMessage(p => $"The send window starts at {p.SendWindow.Start:HH':'mm}, which is not before its end, {p.SendWindow.End:HH':'mm}; give a start before the end, such as 09:00 to 17:00.");
        RuleFor(p => p.OutreachLimits).NotNull().SetValidator(new OutreachLimitsValidator());
        RuleForEach(p => p.Rules).Custom(ValidateRule);
        RuleFor(p => p.Rules).Custom(ValidateReferences);
        RuleFor(p => p.Holidays).Custom((calendars, context) => ValidateHolidays(context.InstanceToValidate, context));
        RuleFor(p => p.Translations).Custom((translations, context) => ValidateTranslations(context.InstanceToValidate, context));
        Include(new DraftTemplatesValidator(templates));
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9_-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex RuleIdPattern();

    private void ValidateRule(Rule rule, ValidationContext<Playbook> context)
    {
        var errors = new Errors(context);

        if (string.IsNullOrWhiteSpace(rule.Id))
        {
            errors.Add("Id", "Every rule needs an id.");
        }
        else if (!RuleIdPattern().IsMatch(rule.Id))
        {
            errors.Add("Id", $"The rule id {Utility.Echo.Quote(rule.Id)} may only hold letters, digits, '-' and '_', and must start with a letter or digit.");
        }

        if (string.IsNullOrWhiteSpace(rule.Title))
        {
            errors.Add("Title", "Every rule needs a title: it is shown with each recommendation.");
        }

        if (rule.Priority is < Rule.MinPriority or > Rule.MaxPriority)
        {
            errors.Add("Priority", $"The priority must be between {Rule.MinPriority} and {Rule.MaxPriority}; it is {rule.Priority}.");
        }

        ValidateAudience(rule.Audience, errors);

        if (rule.IsStopRule)
        {
            if (rule.Anchor is not null)
            {
                errors.Add("Anchor", "A stop rule has no anchor: it applies whenever its conditions hold.");
            }

            if (rule.Timing is not null)
            {
                errors.Add("Timing", "A stop rule has no timing: it applies whenever its conditions hold.");
            }

            if (!rule.Audience.IsPeople && Enum.IsDefined(rule.Audience.Kind))
            {
                errors.Add("Audience.Kind", $"A stop rule stops outreach to people, so its audience must be Interviewers or Contacts, not {rule.Audience.Kind}.");
            }

            if (rule.Conditions.Count == 0)
            {
                errors.Add("Conditions", "A stop rule needs at least one condition; without one it would block everybody.");
            }

            if (rule.Action.Otherwise is not null)
            {
                errors.Add("Action.Otherwise", "A stop rule has no alternative action.");
            }

            if (rule.Action.Channel != Channel.None)
            {
                errors.Add("Action.Channel", $"A stop rule sends nothing, so its channel must be None, not {rule.Action.Channel}.");
            }

            if (rule.StopWhen.Count > 0)
            {
                errors.Add("StopWhen", "A stop rule has no stop conditions of its own.");
            }
        }
        else
        {
            if (rule.Anchor is null)
            {
                errors.Add("Anchor", "The rule needs an anchor: the event its timing counts from.");
            }
            else
            {
                ValidateAnchor(rule, rule.Anchor, errors);
            }

            if (rule.Timing is null)
            {
                errors.Add("Timing", "The rule needs a timing: when its step falls due after the anchor.");
            }
            else
            {
                ValidateTiming(rule, rule.Timing, errors);
            }

            ValidateAction(rule.Action, rule.Audience, "Action", errors, allowStop: false);
        }

        ValidateLate(rule, errors);

        for (int i = 0; i < rule.Conditions.Count; i++)
        {
            ValidateCondition(rule.Conditions[i], rule.Audience, $"Conditions[{i}]", errors, depth: 1);
        }

        for (int i = 0; i < rule.StopWhen.Count; i++)
        {
            ValidateCondition(rule.StopWhen[i], rule.Audience, $"StopWhen[{i}]", errors, depth: 1);
        }
    }

    private static void ValidateAudience(Audience audience, Errors errors)
    {
        if (!Enum.IsDefined(audience.Kind))
        {
            errors.Add("Audience.Kind", $"'{audience.Kind}' is not an audience; use Seeker, Company, Interviewers or Contacts.");
            return;
        }

        if (!Enum.IsDefined(audience.Selection))
        {
            errors.Add("Audience.Selection", $"'{audience.Selection}' is not a selection; use Each or First.");
        }

        for (int i = 0; i < audience.Roles.Count; i++)
        {
            if (!Enum.IsDefined(audience.Roles[i]))
            {
                errors.Add($"Audience.Roles[{i}]", $"'{audience.Roles[i]}' is not a contact role; use HiringManager, Recruiter, TeamMember or Referrer.");
            }
        }

        if (audience.Kind != AudienceKind.Contacts && audience.Roles.Count > 0)
        {
            errors.Add("Audience.Roles", $"Only a Contacts audience has roles; this audience is {audience.Kind}.");
        }

        if (!audience.IsPeople && audience.Selection == AudienceSelection.First)
        {
            errors.Add("Audience.Selection", $"'First' picks one person; the {audience.Kind} audience is not made of people.");
        }
    }

    private static void ValidateAnchor(Rule rule, Anchor anchor, Errors errors)
    {
        if (!Enum.IsDefined(anchor.Kind))
        {
            errors.Add("Anchor.Kind", $"'{anchor.Kind}' is not an anchor event.");
            return;
        }

        if (anchor.Outcome is { } outcome && (anchor.Kind != AnchorKind.ReplyReceived || !Enum.IsDefined(outcome)))
        {
            errors.Add("Anchor.Outcome", anchor.Kind != AnchorKind.ReplyReceived
                ? $"Only a ReplyReceived anchor has an outcome; this anchor is {anchor.Kind}."
                : $"'{outcome}' is not a reply outcome; use Yes, No or Neutral.");
        }

        if (anchor.Kind == AnchorKind.AfterRule && string.IsNullOrWhiteSpace(anchor.RuleId))
        {
            errors.Add("Anchor.RuleId", "An AfterRule anchor must name the rule it waits on.");
        }
        else if (anchor.Kind != AnchorKind.AfterRule && anchor.RuleId is not null)
        {
            errors.Add("Anchor.RuleId", $"Only an AfterRule anchor names a rule; this anchor is {anchor.Kind}.");
        }

        if (rule.Action.Kind == ActionKind.TreatAsRejected && anchor.Kind is AnchorKind.RejectionReceived or AnchorKind.AfterRule)
        {
            errors.Add("Anchor.Kind", $"A TreatAsRejected rule decides when the rejection happens, so it cannot wait on {anchor.Kind}.");
        }
    }

    private static void ValidateTiming(Rule rule, Timing timing, Errors errors)
    {
        ValidateOffset(timing.Offset, "Timing.Offset", errors, allowZero: true);
        if (!Enum.IsDefined(timing.Adjust))
        {
            errors.Add("Timing.Adjust", $"'{timing.Adjust}' is not a date adjustment; use None, Following, Preceding or ModifiedFollowing.");
        }

        if (timing.Window.Early is { } early)
        {
            ValidatePeriod(early, "Timing.Window.Early", errors, allowZero: true);
        }

        ValidatePeriod(timing.Window.Late, "Timing.Window.Late", errors, allowZero: true);

        if (timing.Repeat is not { } repeat)
        {
            return;
        }

        ValidateOffset(repeat.Every, "Timing.Repeat.Every", errors, allowZero: false);
        if (repeat.MaxCount is null && repeat.For is null)
        {
            errors.Add("Timing.Repeat", "A repeating step needs a bound: set MaxCount, For, or both, so that it cannot recur forever.");
        }

        if (repeat.MaxCount is int count && (count < 1 || count > Limits.MaxRepeatCount))
        {
            errors.Add("Timing.Repeat.MaxCount", $"The number of occurrences must be between 1 and {Limits.MaxRepeatCount}; it is {count}.");
        }

        if (repeat.For is { } span)
        {
            ValidatePeriod(span, "Timing.Repeat.For", errors, allowZero: false);
        }

        if (repeat.BackOffFactor is < 1 or > Limits.MaxBackOffFactor)
        {
            errors.Add("Timing.Repeat.BackOffFactor", $"The back-off factor must be between 1 (no back-off) and {Limits.MaxBackOffFactor}; it is {repeat.BackOffFactor}.");
        }

        if (repeat.MaxUnanswered is int unanswered && (unanswered < 1 || unanswered > Limits.MaxUnanswered))
        {
            errors.Add("Timing.Repeat.MaxUnanswered", $"The maximum number of unanswered attempts must be between 1 and {Limits.MaxUnanswered}; it is {unanswered}.");
        }

        if (!rule.Audience.IsPeople && Enum.IsDefined(rule.Audience.Kind) && (repeat.RestartOnInteraction || repeat.BackOffFactor > 1 || repeat.MaxUnanswered is not null))
        {
            errors.Add("Timing.Repeat", $"Restarting on interaction, back-off and unanswered limits count a person's answers; the {rule.Audience.Kind} audience is not a person.");
        }
    }

    private static void ValidateOffset(StepOffset offset, string path, Errors errors, bool allowZero)
    {
        if (offset.IsBusinessDays)
        {
            if (offset.BusinessDays > Limits.MaxBusinessDays)
            {
                errors.Add(path, $"{offset.BusinessDays} business days is too long; at most {Limits.MaxBusinessDays}.");
            }

            return;
        }

        ValidatePeriod(offset.Period, path, errors, allowZero);
    }

    private static void ValidatePeriod(Period period, string path, Errors errors, bool allowZero)
    {
        if (period.HasTimeComponent)
        {
            errors.Add(path, $"'{period}' has a time part; use whole years, months, weeks and days.");
            return;
        }

        if (period.Years < 0 || period.Months < 0 || period.Weeks < 0 || period.Days < 0)
        {
            errors.Add(path, $"'{period}' is negative; a step can only come after its anchor.");
            return;
        }

        if (!allowZero && period.Equals(Period.Zero))
        {
            errors.Add(path, "This must be longer than zero days.");
            return;
        }

        if (period.Years > Limits.MaxYears || period.Months > Limits.MaxMonths || period.Weeks > Limits.MaxWeeks || period.Days > Limits.MaxDays)
        {
            errors.Add(path, $"'{period}' is too long; at most {Limits.MaxYears} years, {Limits.MaxMonths} months, {Limits.MaxWeeks} weeks or {Limits.MaxDays} days.");
        }
    }

    private static void ValidateAction(ActionSpec action, Audience audience, string path, Errors errors, bool allowStop)
    {
        int depth = 0;
        for (ActionSpec? spec = action; spec is not null; spec = spec.Otherwise, path += ".Otherwise")
        {
            if (++depth > Limits.MaxActionChain)
            {
                errors.Add(path, $"At most {Limits.MaxActionChain} alternative actions may be chained.");
                return;
            }

            if (!Enum.IsDefined(spec.Kind))
            {
                errors.Add(path + ".Kind", $"'{spec.Kind}' is not an action.");
                continue;
            }

            if (!Enum.IsDefined(spec.Channel))
            {
                errors.Add(path + ".Channel", $"'{spec.Channel}' is not a channel.");
                continue;
            }

            if (spec.Kind == ActionKind.StopOutreach && !allowStop)
            {
                errors.Add(path + ".Kind", "StopOutreach can only be a rule's own action, not an alternative or a replacement.");
                continue;
            }

            bool personAction = ActionKinds.TargetsPerson(spec.Kind);
            // An audience that is not one of the kinds is reported once, at Audience.Kind; its number means nothing to a person.
            if (Enum.IsDefined(audience.Kind) && audience.IsPeople != personAction && spec.Kind != ActionKind.StopOutreach)
            {
                errors.Add(path + ".Kind", personAction
                    ? $"{spec.Kind} is done for a person, but the audience is {audience.Kind}."
                    : $"{spec.Kind} is the seeker's own step, but the audience is {audience.Kind}.");
            }

            if (spec.Kind == ActionKind.TreatAsRejected && Enum.IsDefined(audience.Kind) && audience.Kind != AudienceKind.Seeker)
            {
                errors.Add(path + ".Kind", "TreatAsRejected is a decision for the seeker: its audience must be Seeker.");
            }

            bool personChannel = spec.Channel is Channel.Email or Channel.LinkedIn or Channel.Postal or Channel.Phone or Channel.InPerson;
            if (personAction && spec.Kind != ActionKind.StopOutreach && !personChannel)
            {
                errors.Add(path + ".Channel", $"{spec.Kind} reaches a person, so its channel must be Email, LinkedIn, Postal, Phone or InPerson, not {spec.Channel}.");
            }
            else if (!personAction && personChannel)
            {
                errors.Add(path + ".Channel", $"{spec.Kind} does not reach a person, so its channel must be None, Social or Web, not {spec.Channel}.");
            }
        }
    }

    private static void ValidateLate(Rule rule, Errors errors)
    {
        LatePolicy late = rule.Late;
        if (!Enum.IsDefined(late.Action))
        {
            errors.Add("Late.Action", $"'{late.Action}' is not a late policy; use KeepOpen, Expire or TurnInto.");
            return;
        }

        if (rule.IsStopRule && late.Action != LateAction.KeepOpen)
        {
            errors.Add("Late.Action", "A stop rule has no steps, so it has no late policy.");
        }

        if (late.Action == LateAction.TurnInto)
        {
            if (late.TurnInto is null)
            {
                errors.Add("Late.TurnInto", "A TurnInto policy must say which action the late step turns into.");
            }
            else
            {
                ValidateAction(late.TurnInto, rule.Audience, "Late.TurnInto", errors, allowStop: false);
            }
        }
        else if (late.TurnInto is not null)
        {
            errors.Add("Late.TurnInto", $"Only a TurnInto policy names a replacement action; this policy is {late.Action}.");
        }
    }

    private static void ValidateReferences(ValueList<Rule> rules, ValidationContext<Playbook> context)
    {
        var firstIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < rules.Count; i++)
        {
            string id = rules[i].Id;
            if (string.IsNullOrWhiteSpace(id))
            {
                continue;
            }

            if (firstIndex.TryGetValue(id, out int first))
            {
                context.AddFailure($"Rules[{i}].Id", $"The rule id {Utility.Echo.Quote(id)} is already used by Rules[{first}]; every rule needs its own id.");
            }
            else
            {
                firstIndex[id] = i;
            }
        }

        for (int i = 0; i < rules.Count; i++)
        {
            if (rules[i].Anchor is not { Kind: AnchorKind.AfterRule, RuleId: { } target } || string.IsNullOrWhiteSpace(target))
            {
                continue;
            }

            if (!firstIndex.TryGetValue(target, out int targetIndex))
            {
                context.AddFailure($"Rules[{i}].Anchor.RuleId", $"The rule waits on {Utility.Echo.Quote(target)}, but the playbook has no rule with that id.");
            }
            else if (rules[targetIndex].IsStopRule)
            {
                context.AddFailure($"Rules[{i}].Anchor.RuleId", $"The rule waits on {Utility.Echo.Quote(target)}, which is a stop rule and has no step to wait on.");
            }
            else if (rules[targetIndex].Audience.Kind != rules[i].Audience.Kind && !(rules[targetIndex].Audience.IsPeople && rules[i].Audience.IsPeople))
            {
                context.AddFailure($"Rules[{i}].Anchor.RuleId", $"The rule waits on {Utility.Echo.Quote(target)} for the same target, but {Utility.Echo.Quote(target)} is for the {rules[targetIndex].Audience.Kind} and this rule is for the {rules[i].Audience.Kind}.");
            }
        }

        // Cycles: follow each AfterRule chain; a chain that comes back to its start is a cycle.
        var reported = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < rules.Count; i++)
        {
            var path = new List<string>();
            string? current = rules[i].Id;
            while (current is not null && firstIndex.TryGetValue(current, out int index) && !path.Contains(current))
            {
                path.Add(current);
                current = rules[index].Anchor is { Kind: AnchorKind.AfterRule } a ? a.RuleId : null;
            }

            if (current is not null && current == rules[i].Id && path.Count > 0 && reported.Add(string.Join(">", path.Order(StringComparer.Ordinal))))
            {
                context.AddFailure($"Rules[{i}].Anchor.RuleId", $"The rules wait on each other in a circle ({string.Join(" -> ", path)} -> {current}), so none of them could ever start.");
            }
        }
    }

    /// <summary>Adds failures under the current rule; FluentValidation prefixes them with the rule's path (Rules[3]).</summary>
    private sealed class Errors(ValidationContext<Playbook> context)
    {
        internal void Add(string relativePath, string message) => context.AddFailure(relativePath, message);
    }
}
