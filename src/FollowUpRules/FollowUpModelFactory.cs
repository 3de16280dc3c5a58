using System.Text.RegularExpressions;
using FollowUpRules.Calendar;
using FollowUpRules.Domain;
using FollowUpRules.Engine;
using FollowUpRules.Planning;
using FollowUpRules.Rules;
using FollowUpRules.Utility;
using NodaTime;

namespace FollowUpRules;

/// <summary>
/// Builds the engine's and the planner's answers by hand, for an app's own tests: a recommendation due tomorrow with an
/// explanation of two lines, an agenda item moved by the daily limit, a plan of three steps. One method per output type;
/// every argument is optional, with a default that makes a valid value.
/// </summary>
/// <remarks>
/// <para>Each method checks its arguments as the engine's answers are made: it never builds a value the engine could not
/// produce (dates out of order, an email to the seeker, an agenda day with another day's item), and throws an
/// <see cref="ArgumentException"/> naming the parameter and the problem instead. Lists are put in the order the engine
/// gives them in.</para>
/// <para>Values built here compare with the engine's by value: a recommendation built from an engine recommendation's
/// properties and explanation lines equals it. Their explanations are the sentences given.</para>
/// <para>Stateless and thread-safe.</para>
/// </remarks>
public static partial class FollowUpModelFactory
{
    /// <summary>The rule id the methods use when none is given: <c>rule</c>.</summary>
    public const string DefaultRuleId = "rule";

    /// <summary>The application id the methods use when none is given: <c>app-1</c>.</summary>
    public const string DefaultApplicationId = "app-1";

    /// <summary>Returns a target: the seeker, the company or a person.</summary>
    /// <param name="kind">Whom the steps are for; the seeker by default.</param>
    /// <param name="contactId">A person's contact id; required for a <see cref="TargetKind.Person"/>, and only for one.</param>
    /// <param name="name">The display name: required for a company or a person; for the seeker, always <c>you</c>.</param>
    /// <param name="timeZone">The zone a person's steps are sent in (<see cref="Engine.Recommendation.SendAt"/>); by default UTC. Only for a person.</param>
    /// <returns>The target.</returns>
    /// <exception cref="ArgumentException">An argument does not fit <paramref name="kind"/>, or a required one is missing or blank.</exception>
    public static Target Target(TargetKind kind = TargetKind.Seeker, string? contactId = null, string? name = null, DateTimeZone? timeZone = null)
    {
        Preconditions.CheckArgument(Enum.IsDefined(kind), nameof(kind), $"'{kind}' is not a target kind; use Seeker, Company or Person.");
        if (kind != TargetKind.Person)
        {
            Preconditions.CheckArgument(contactId is null, nameof(contactId), $"Only a person has a contact id, not the {kind}.");
            Preconditions.CheckArgument(timeZone is null, nameof(timeZone), $"Only a person's steps are sent in a time zone, not the {kind}'s.");
        }

        switch (kind)
        {
            case TargetKind.Seeker:
                Preconditions.CheckArgument(name is null or "you", nameof(name), $"The seeker's name is always 'you', not '{name}'.");
                return Engine.Target.Seeker;
            case TargetKind.Company:
                return Engine.Target.Company(Required(name, nameof(name), "A company target needs the company's name."));
            default:
                return Engine.Target.Person(
                    Required(contactId, nameof(contactId), "A person target needs the contact's id."),
                    Required(name, nameof(name), "A person target needs the contact's name."),
                    timeZone ?? DateTimeZone.Utc);
        }
    }

    /// <summary>Returns an explanation of the sentences given, for the rule given.</summary>
    /// <param name="ruleId">The rule the explanation is for; <see cref="DefaultRuleId"/> by default.</param>
    /// <param name="lines">The sentences, each on one line; none by default (as for an agenda item that did not move).</param>
    /// <returns>The explanation; its <see cref="Engine.Explanation.Lines"/> are <paramref name="lines"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="ruleId"/> is not a rule id, or a line is blank or holds a line break.</exception>
    public static Explanation Explanation(string ruleId = DefaultRuleId, IEnumerable<string>? lines = null) =>
        new(RuleId(ruleId, nameof(ruleId)), Sentences(lines, nameof(lines)));

    /// <summary>Returns a recommendation, as <see cref="FollowUpEngine.Evaluate(EvaluationInput, LocalDate)"/> gives one.</summary>
    /// <param name="ruleId">The rule's id (letters, digits, '-' and '_'); <see cref="DefaultRuleId"/> by default.</param>
    /// <param name="ruleTitle">The rule's title; by default the rule id.</param>
    /// <param name="action">The action; <see cref="ActionKind.WriteJournalNotes"/> (the seeker's own step) by default. Never <see cref="ActionKind.StopOutreach"/>.</param>
    /// <param name="channel">
    /// The channel: for an action that reaches a person (<see cref="ActionKinds.TargetsPerson"/>) Email, LinkedIn, Postal,
    /// Phone or InPerson; otherwise None (the default), Social or Web.
    /// </param>
    /// <param name="target">Whom the step is for (see <see cref="Target"/>): a person for an action that reaches one, the seeker (the default) or the company otherwise, the seeker for <see cref="ActionKind.TreatAsRejected"/>.</param>
    /// <param name="anchorKey">Which occurrence of the anchor event the step counts from; <c>applied</c> by default.</param>
    /// <param name="occurrence">Which occurrence of a repeating step; 1 (the first) by default.</param>
    /// <param name="anchorDate">The date the timing counts from; by default <paramref name="earliest"/>.</param>
    /// <param name="earliest">The earliest date; by default <paramref name="due"/>.</param>
    /// <param name="due">The ideal date; by default NodaTime's default date (1 January of year 1): give one.</param>
    /// <param name="latest">The latest date on time; by default <paramref name="due"/>.</param>
    /// <param name="urgency">Where today falls in the window; <see cref="Urgency.Due"/> by default. <see cref="Evaluation(string, LocalDate, IEnumerable{Recommendation}?, IEnumerable{ExpiredStep}?, IEnumerable{SuppressedStep}?)"/> checks it against its day.</param>
    /// <param name="priority">The rule's priority, from <see cref="Rule.MinPriority"/> to <see cref="Rule.MaxPriority"/>; <see cref="Rule.DefaultPriority"/> by default.</param>
    /// <param name="applicationId">The application evaluated; <see cref="DefaultApplicationId"/> by default.</param>
    /// <param name="isReplacement">Whether the step replaces one that is now too late; <see langword="false"/> by default.</param>
    /// <param name="sendWindow">The playbook's send window, which gives a person's step its <see cref="Engine.Recommendation.SendAt"/>; <see cref="SendWindow.OfficeHours"/> by default.</param>
    /// <param name="seekerZone">The seeker's zone, for <see cref="Engine.Recommendation.SendAtInSeekerZone"/>; by default the person's zone, or UTC.</param>
    /// <param name="explanation">The explanation's sentences, at least one; by default the one sentence that names the rule (<c>Rule 'rule': rule.</c>).</param>
    /// <returns>The recommendation.</returns>
    /// <exception cref="ArgumentException">An argument is out of range, blank, or does not fit the others (named by the exception's <see cref="ArgumentException.ParamName"/>).</exception>
    public static Recommendation Recommendation(
        string ruleId = DefaultRuleId,
        string? ruleTitle = null,
        ActionKind action = ActionKind.WriteJournalNotes,
        Channel channel = Channel.None,
        Target? target = null,
        string anchorKey = "applied",
        int occurrence = 1,
        LocalDate? anchorDate = null,
        LocalDate? earliest = null,
        LocalDate due = default,
        LocalDate? latest = null,
        Urgency urgency = Urgency.Due,
        int priority = Rule.DefaultPriority,
        string applicationId = DefaultApplicationId,
        bool isReplacement = false,
        SendWindow? sendWindow = null,
        DateTimeZone? seekerZone = null,
        IEnumerable<string>? explanation = null)
    {
        RuleId(ruleId, nameof(ruleId));
        string title = ruleTitle is null ? ruleId : Required(ruleTitle, nameof(ruleTitle), "A rule's title must not be blank.");
        Preconditions.CheckArgument(Enum.IsDefined(action), nameof(action), $"'{action}' is not an action.");
        Preconditions.CheckArgument(action != ActionKind.StopOutreach, nameof(action), "StopOutreach is a stop rule's action: it is never recommended.");
        Preconditions.CheckArgument(Enum.IsDefined(channel), nameof(channel), $"'{channel}' is not a channel.");
        Target who = target ?? Engine.Target.Seeker;
        CheckActionFits(action, channel, who);
        Required(anchorKey, nameof(anchorKey), "A step's anchor key must not be blank.");
        Preconditions.CheckArgument(occurrence >= 1, nameof(occurrence), $"Occurrences count from 1, not {occurrence}.");
        LocalDate opens = earliest ?? due;
        LocalDate counted = anchorDate ?? opens;
        LocalDate closes = latest ?? due;
        CheckDates(counted, opens, due, closes);
        Preconditions.CheckArgument(Enum.IsDefined(urgency), nameof(urgency), $"'{urgency}' is not an urgency.");
        Preconditions.CheckRange(priority, Rule.MinPriority, Rule.MaxPriority);
        Required(applicationId, nameof(applicationId), "A step's application id must not be blank.");
        ValueList<ExplanationMessage> lines = explanation is null
            ? ValueList<ExplanationMessage>.Wrap([ExplanationMessage.Of(MessageId.Rule, ruleId, title)])
            : StepSentences(explanation, nameof(explanation));

        var rule = new Rule(ruleId, title, anchor: null, timing: null, AudienceOf(who), new ActionSpec(action, channel), priority: priority);
        var context = new StepContext(applicationId, seekerZone ?? who.Zone ?? DateTimeZone.Utc, sendWindow ?? SendWindow.OfficeHours, ValueList<PlaybookTranslation>.Empty);
        return new Recommendation(
            rule,
            rule.Action,
            who,
            anchorKey,
            occurrence,
            counted,
            opens,
            due,
            closes,
            urgency,
            isReplacement,
            context,
            new ExplanationSlot(new Explanation(ruleId, lines)));
    }

    /// <summary>Returns a step that expired without being done, as <see cref="Engine.Evaluation.Expired"/> lists it.</summary>
    /// <param name="ruleId">The rule's id; <see cref="DefaultRuleId"/> by default.</param>
    /// <param name="target">Whom the step was for; the seeker by default.</param>
    /// <param name="occurrence">Which occurrence expired; 1 by default.</param>
    /// <param name="due">The date it was due; by default NodaTime's default date: give one.</param>
    /// <param name="latest">The last date it was on time; by default <paramref name="due"/>.</param>
    /// <param name="explanation">The explanation's sentences, at least one; by default the one sentence that names the rule.</param>
    /// <returns>The expired step.</returns>
    /// <exception cref="ArgumentException">An argument is out of range or blank, or <paramref name="latest"/> is before <paramref name="due"/>.</exception>
    public static ExpiredStep ExpiredStep(
        string ruleId = DefaultRuleId,
        Target? target = null,
        int occurrence = 1,
        LocalDate due = default,
        LocalDate? latest = null,
        IEnumerable<string>? explanation = null)
    {
        RuleId(ruleId, nameof(ruleId));
        Preconditions.CheckArgument(occurrence >= 1, nameof(occurrence), $"Occurrences count from 1, not {occurrence}.");
        LocalDate closes = latest ?? due;
        Preconditions.CheckArgument(closes >= due, nameof(latest), $"The latest date {Describe.IsoDate(closes)} is before the due date {Describe.IsoDate(due)}.");
        return new ExpiredStep(ruleId, target ?? Engine.Target.Seeker, occurrence, due, closes, new ExplanationSlot(StepExplanation(ruleId, explanation)));
    }

    /// <summary>Returns a rule that recommends nothing for a target, and why, as <see cref="Engine.Evaluation.Suppressed"/> lists it.</summary>
    /// <param name="ruleId">The rule's id; <see cref="DefaultRuleId"/> by default.</param>
    /// <param name="target">Whom the step would have been for; the seeker by default.</param>
    /// <param name="reason">Why nothing is recommended; <see cref="SuppressionReason.ConditionNotMet"/> by default.</param>
    /// <param name="blockingRuleId">The stop rule that blocks the step: required for <see cref="SuppressionReason.StopRule"/>, and only for it.</param>
    /// <param name="explanation">The explanation's sentences, at least one; by default the one sentence that names the rule.</param>
    /// <returns>The suppressed step.</returns>
    /// <exception cref="ArgumentException">An argument is out of range or blank, or <paramref name="blockingRuleId"/> does not fit <paramref name="reason"/>.</exception>
    public static SuppressedStep SuppressedStep(
        string ruleId = DefaultRuleId,
        Target? target = null,
        SuppressionReason reason = SuppressionReason.ConditionNotMet,
        string? blockingRuleId = null,
        IEnumerable<string>? explanation = null)
    {
        RuleId(ruleId, nameof(ruleId));
        Preconditions.CheckArgument(Enum.IsDefined(reason), nameof(reason), $"'{reason}' is not a suppression reason.");
        if (reason == SuppressionReason.StopRule)
        {
            RuleId(blockingRuleId!, nameof(blockingRuleId), "A step blocked by a stop rule names that rule's id.");
        }
        else
        {
            Preconditions.CheckArgument(blockingRuleId is null, nameof(blockingRuleId), $"Only a step blocked by a stop rule names a blocking rule, not one suppressed as {reason}.");
        }

        return new SuppressedStep(ruleId, target ?? Engine.Target.Seeker, reason, blockingRuleId, new ExplanationSlot(StepExplanation(ruleId, explanation)));
    }

    /// <summary>Returns the engine's answer for one application on one day.</summary>
    /// <param name="applicationId">The application evaluated; <see cref="DefaultApplicationId"/> by default.</param>
    /// <param name="today">The day evaluated; by default NodaTime's default date: give one.</param>
    /// <param name="recommendations">
    /// The pending steps, each of <paramref name="applicationId"/>, counting from <paramref name="today"/> or earlier, with the
    /// urgency <paramref name="today"/> gives its window;
    /// none by default. Sorted as the engine sorts them (<see cref="Engine.Evaluation.Recommendations"/>) by urgency, dates and
    /// priority; steps that tie on those keep the order given (the engine orders them by the rule's place in the playbook,
    /// then by target, anchor event and occurrence).
    /// </param>
    /// <param name="expired">The expired steps, each with its latest date before <paramref name="today"/>; none by default. Sorted by latest date, ties kept in the order given.</param>
    /// <param name="suppressed">The suppressed steps; none by default. In the order given (the engine's is the playbook's order of rules, then by target).</param>
    /// <returns>The evaluation.</returns>
    /// <exception cref="ArgumentException">
    /// A step is of another application, counts from a day after <paramref name="today"/>, its urgency is not where
    /// <paramref name="today"/> falls in its window, an expired step
    /// was still on time, or two steps are the same step (rule, target, anchor event and occurrence).
    /// </exception>
    public static Evaluation Evaluation(
        string applicationId = DefaultApplicationId,
        LocalDate today = default,
        IEnumerable<Recommendation>? recommendations = null,
        IEnumerable<ExpiredStep>? expired = null,
        IEnumerable<SuppressedStep>? suppressed = null)
    {
        Required(applicationId, nameof(applicationId), "An evaluation's application id must not be blank.");
        Recommendation[] steps = NoNulls(recommendations, nameof(recommendations));
        var seen = new HashSet<(string, string, string, int)>();
        foreach (Recommendation step in steps)
        {
            Preconditions.CheckArgument(step.ApplicationId == applicationId, nameof(recommendations), $"The step '{step.Summary}' is of application '{step.ApplicationId}', not '{applicationId}'.");
            Preconditions.CheckArgument(step.AnchorDate <= today, nameof(recommendations), $"The step '{step.Summary}' counts from {Describe.IsoDate(step.AnchorDate)}, after {Describe.IsoDate(today)}: a step's anchor event has happened.");
            Urgency expected = today < step.Earliest ? Urgency.Upcoming : today > step.Latest ? Urgency.Overdue : Urgency.Due;
            Preconditions.CheckArgument(step.Urgency == expected, nameof(recommendations), $"The step '{step.Summary}' is {step.Urgency}, but on {Describe.IsoDate(today)} its window ({Describe.IsoDate(step.Earliest)} to {Describe.IsoDate(step.Latest)}) makes it {expected}.");
            Preconditions.CheckArgument(seen.Add((step.RuleId, step.Target.Key, step.AnchorKey, step.Occurrence)), nameof(recommendations), $"The step of rule '{step.RuleId}' for {step.Target.Key}, anchor '{step.AnchorKey}', occurrence {step.Occurrence}, comes twice.");
        }

        ExpiredStep[] late = NoNulls(expired, nameof(expired));
        foreach (ExpiredStep step in late)
        {
            Preconditions.CheckArgument(step.Latest < today, nameof(expired), $"The expired step of rule '{step.RuleId}' for {step.Target.Key} was on time until {Describe.IsoDate(step.Latest)}, not before {Describe.IsoDate(today)}.");
        }

        SuppressedStep[] blocked = NoNulls(suppressed, nameof(suppressed));

        // Sorted by what the steps hold; ties keep the order given, where the engine goes by the rule's place in the playbook.
        IEnumerable<Recommendation> ordered = steps.OrderBy(s => StepOrder.UrgencyKey(s));
        IEnumerable<ExpiredStep> expiredOrder = late.OrderBy(s => s.Latest);
        return new Evaluation(applicationId, today, ValueList<Recommendation>.From(ordered), ValueList<ExpiredStep>.From(expiredOrder), ValueList<SuppressedStep>.Wrap(blocked));
    }

    /// <summary>Returns the rule id, checked as the playbook's validation checks rule ids.</summary>
    private static string RuleId(string ruleId, string paramName, string? missing = null)
    {
        Required(ruleId, paramName, missing ?? "A rule id must not be blank.");
        Preconditions.CheckArgument(RuleIdPattern().IsMatch(ruleId), paramName, $"The rule id '{ruleId}' may only hold letters, digits, '-' and '_', and must start with a letter or digit.");
        return ruleId;
    }

    private static string Required(string? value, string paramName, string message)
    {
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(value), paramName, message);
        return value;
    }

    private static T[] NoNulls<T>(IEnumerable<T>? items, string paramName)
        where T : class
    {
        T[] all = items?.ToArray() ?? [];
        for (int i = 0; i < all.Length; i++)
        {
            Preconditions.CheckArgument(all[i] is not null, paramName, $"Item {i} is null.");
        }

        return all;
    }

    private static void CheckActionFits(ActionKind action, Channel channel, Target target)
    {
        bool personChannel = channel is Channel.Email or Channel.LinkedIn or Channel.Postal or Channel.Phone or Channel.InPerson;
        if (ActionKinds.TargetsPerson(action))
        {
            Preconditions.CheckArgument(target.Kind == TargetKind.Person, nameof(target), $"{action} is done for a person, not for the {target.Kind}.");
            Preconditions.CheckArgument(personChannel, nameof(channel), $"{action} reaches a person, so its channel is Email, LinkedIn, Postal, Phone or InPerson, not {channel}.");
            return;
        }

        Preconditions.CheckArgument(target.Kind != TargetKind.Person, nameof(target), $"{action} is not done for a person: its target is the seeker or the company.");
        Preconditions.CheckArgument(action != ActionKind.TreatAsRejected || target.Kind == TargetKind.Seeker, nameof(target), "TreatAsRejected is a decision for the seeker: its target is the seeker.");
        Preconditions.CheckArgument(!personChannel, nameof(channel), $"{action} does not reach a person, so its channel is None, Social or Web, not {channel}.");
    }

    private static void CheckDates(LocalDate anchorDate, LocalDate earliest, LocalDate due, LocalDate latest)
    {
        Preconditions.CheckArgument(anchorDate <= earliest, nameof(anchorDate), $"The anchor date {Describe.IsoDate(anchorDate)} is after the earliest date {Describe.IsoDate(earliest)}; a step's dates are in order: anchorDate <= earliest <= due <= latest.");
        Preconditions.CheckArgument(earliest <= due, nameof(earliest), $"The earliest date {Describe.IsoDate(earliest)} is after the due date {Describe.IsoDate(due)}; a step's dates are in order: anchorDate <= earliest <= due <= latest.");
        Preconditions.CheckArgument(due <= latest, nameof(latest), $"The latest date {Describe.IsoDate(latest)} is before the due date {Describe.IsoDate(due)}; a step's dates are in order: anchorDate <= earliest <= due <= latest.");
    }

    private static Audience AudienceOf(Target target) => target.Kind switch
    {
        TargetKind.Seeker => Audience.Seeker,
        TargetKind.Company => Audience.Company,
        _ => new Audience(AudienceKind.Contacts),
    };

    private static Explanation StepExplanation(string ruleId, IEnumerable<string>? lines) =>
        new(ruleId, lines is null ? ValueList<ExplanationMessage>.Wrap([ExplanationMessage.Of(MessageId.Rule, ruleId, ruleId)]) : StepSentences(lines, "explanation"));

    private static ValueList<ExplanationMessage> StepSentences(IEnumerable<string> lines, string paramName)
    {
        ValueList<ExplanationMessage> sentences = Sentences(lines, paramName);
        Preconditions.CheckArgument(sentences.Count > 0, paramName, "A step's explanation has at least one sentence.");
        return sentences;
    }

    private static ValueList<ExplanationMessage> Sentences(IEnumerable<string>? lines, string paramName)
    {
        var messages = new List<ExplanationMessage>();
        foreach (string? line in lines ?? [])
        {
            Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(line), paramName, $"Line {messages.Count} is blank; an explanation's sentences are not.");
            Preconditions.CheckArgument(line.AsSpan().IndexOfAny('\r', '\n') < 0, paramName, $"Line {messages.Count} holds a line break; give each sentence as a line of its own.");
            messages.Add(ExplanationMessage.Of(MessageId.Verbatim, line));
        }

        return ValueList<ExplanationMessage>.From(messages);
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9_-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex RuleIdPattern();
}
