using FollowUpRules.Calendar;
using FollowUpRules.Domain;
using FollowUpRules.Rules.Conditions;
using FollowUpRules.Utility;
using NodaTime;

namespace FollowUpRules.Rules;

/// <summary>
/// Configures one <see cref="Rule"/> of a <see cref="PlaybookBuilder"/>, fluently: when (<see cref="After"/>,
/// <see cref="Due"/>, <see cref="Window(Period?, Period?)"/>, <see cref="Repeat(StepOffset, int?, Period?, bool, int, int?)"/>),
/// for whom (<see cref="For"/>), what (<see cref="Do(ActionSpec)"/>), under which conditions (<see cref="When(Condition)"/>,
/// <see cref="StopWhen(Condition)"/>), and what happens when late (<see cref="IfLate"/>).
/// </summary>
/// <remarks>
/// <para>A rule builder is handed to the callback of <see cref="PlaybookBuilder.AddRule"/> or
/// <see cref="PlaybookBuilder.ReplaceRule"/>; the playbook builder takes the rule when the callback returns, so calls made
/// on the rule builder after that have no effect. It produces the same immutable <see cref="Rule"/> as the constructor.</para>
/// <para>Nothing is required early: a rule missing its anchor, timing, audience or action is reported, with every other
/// problem of the playbook, when <see cref="PlaybookBuilder.Build"/> validates it. Only <see langword="null"/> arguments
/// are refused at once. Calling a setter twice keeps the last value; <see cref="When(Condition)"/> and
/// <see cref="StopWhen(Condition)"/> add to the conditions already there.</para>
/// <para>Builders are not thread-safe: configure each on one thread. The rules and playbooks they build are immutable and
/// safe to share between threads.</para>
/// </remarks>
public sealed class RuleBuilder
{
    private readonly string id;
    private readonly string title;
    private readonly List<Condition> conditions = [];
    private readonly List<Condition> stopWhen = [];
    private readonly List<DraftTemplate> drafts = [];
    private Anchor? anchor;
    private StepOffset? offset;
    private Window? window;
    private Repeat? repeat;
    private DateAdjustment adjust;
    private Audience? audience;
    private ActionSpec? action;
    private LatePolicy? late;
    private int priority = Rule.DefaultPriority;
    private string? source;

    internal RuleBuilder(string id, string title)
    {
        this.id = Preconditions.CheckNotNull(id);
        this.title = Preconditions.CheckNotNull(title);
    }

    internal RuleBuilder(Built built)
    {
        Rule rule = built.Rule;
        id = rule.Id;
        title = rule.Title;
        anchor = rule.Anchor;
        offset = rule.Timing?.Offset;
        window = rule.Timing?.Window;
        repeat = rule.Timing?.Repeat;
        adjust = rule.Timing?.Adjust ?? DateAdjustment.None;
        audience = built.AudienceMissing ? null : rule.Audience;
        action = built.ActionMissing ? null : rule.Action;
        conditions.AddRange(rule.Conditions);
        stopWhen.AddRange(rule.StopWhen);
        late = rule.Late;
        priority = rule.Priority;
        source = rule.Source;
        drafts.AddRange(rule.Drafts);
    }

    /// <summary>Sets the event the rule's timing counts from. Required for every rule but stop rules.</summary>
    /// <param name="anchor">The anchor, for example <see cref="Anchor.InterviewHeld"/>.</param>
    /// <returns>This builder, to chain calls.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="anchor"/> is <see langword="null"/>.</exception>
    public RuleBuilder After(Anchor anchor)
    {
        this.anchor = Preconditions.CheckNotNull(anchor);
        return this;
    }

    /// <summary>Sets how long after the anchor the (first) step is due. Required for every rule but stop rules.</summary>
    /// <param name="offset">The offset, for example <c>StepOffset.FromBusinessDays(1)</c>; <see cref="StepOffset.Zero"/> for the same day.</param>
    /// <returns>This builder, to chain calls.</returns>
    /// <remarks>Without this call the rule has no <see cref="Timing"/>, and any <see cref="Window(Period?, Period?)"/> or
    /// <see cref="Repeat(StepOffset, int?, Period?, bool, int, int?)"/> set is not used.</remarks>
    public RuleBuilder Due(StepOffset offset)
    {
        this.offset = offset;
        return this;
    }

    /// <summary>Sets what to do with a due date that lands on a rest day or a holiday. Optional.</summary>
    /// <param name="adjustment">The convention, for example <see cref="DateAdjustment.Following"/>.</param>
    /// <returns>This builder, to chain calls.</returns>
    /// <remarks>Without this call the due date stays where the offset puts it (<see cref="DateAdjustment.None"/>).
    /// Undefined values are reported when the playbook is built.</remarks>
    public RuleBuilder Adjust(DateAdjustment adjustment)
    {
        adjust = adjustment;
        return this;
    }

    /// <summary>Sets how far before and after its due date the step may be done. Optional.</summary>
    /// <param name="early">How long before the due date the step may be done; <see langword="null"/> (the default) for "any time after its anchor".</param>
    /// <param name="late">How long after the due date the step is still on time; <see langword="null"/> (the default) for no grace.</param>
    /// <returns>This builder, to chain calls.</returns>
    /// <remarks>Without this call the rule uses <see cref="Rules.Window.Default"/>: open from the anchor, closing on the due date.</remarks>
    public RuleBuilder Window(Period? early = null, Period? late = null)
    {
        window = new Window(early, late);
        return this;
    }

    /// <summary>Makes the step recur. Optional; the parameters are those of the <see cref="Rules.Repeat"/> constructor.</summary>
    /// <param name="every">The spacing between occurrences.</param>
    /// <param name="maxCount">The most occurrences in all, counting the first; <see langword="null"/> (the default) for no count limit.</param>
    /// <param name="for">How long after the anchor occurrences may fall due; <see langword="null"/> (the default) for no time limit.</param>
    /// <param name="restartOnInteraction">Whether any interaction with the person restarts the clock; the default is <see langword="false"/>.</param>
    /// <param name="backOffFactor">The spacing is multiplied by this factor for each unanswered attempt in a row; the default is 1, no back-off.</param>
    /// <param name="maxUnanswered">The rule stops for a person after this many unanswered attempts in a row; <see langword="null"/> (the default) for no such stop.</param>
    /// <returns>This builder, to chain calls.</returns>
    /// <remarks>Without this call the step happens once. The values are checked when the playbook is built: a repeat needs
    /// <paramref name="maxCount"/>, <paramref name="for"/>, or both.</remarks>
    public RuleBuilder Repeat(StepOffset every, int? maxCount = null, Period? @for = null, bool restartOnInteraction = false, int backOffFactor = 1, int? maxUnanswered = null)
    {
        repeat = new Repeat(every, maxCount, @for, restartOnInteraction, backOffFactor, maxUnanswered);
        return this;
    }

    /// <summary>Sets who the step is for. Required.</summary>
    /// <param name="audience">The audience, for example <see cref="Audience.EachInterviewer"/>.</param>
    /// <returns>This builder, to chain calls.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="audience"/> is <see langword="null"/>.</exception>
    public RuleBuilder For(Audience audience)
    {
        this.audience = Preconditions.CheckNotNull(audience);
        return this;
    }

    /// <summary>Sets what the step asks the seeker to do. Required.</summary>
    /// <param name="action">The action, its channel and its alternatives.</param>
    /// <returns>This builder, to chain calls.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="action"/> is <see langword="null"/>.</exception>
    public RuleBuilder Do(ActionSpec action)
    {
        this.action = Preconditions.CheckNotNull(action);
        return this;
    }

    /// <summary>Sets what the step asks the seeker to do, from the parts of an <see cref="ActionSpec"/>. Required.</summary>
    /// <param name="kind">The action.</param>
    /// <param name="channel">The channel; <see cref="Channel.None"/> for the seeker's own steps.</param>
    /// <param name="otherwise">What to recommend instead to a person without <paramref name="channel"/>; <see langword="null"/> (the default) to recommend nothing.</param>
    /// <returns>This builder, to chain calls.</returns>
    public RuleBuilder Do(ActionKind kind, Channel channel, ActionSpec? otherwise = null)
    {
        action = new ActionSpec(kind, channel, otherwise);
        return this;
    }

    /// <summary>Adds a condition that must hold for the step to be recommended. Optional; every condition added must hold.</summary>
    /// <param name="condition">The condition, for example <c>Condition.StatusIs(ApplicationStatus.Applied)</c>.</param>
    /// <returns>This builder, to chain calls.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="condition"/> is <see langword="null"/>.</exception>
    public RuleBuilder When(Condition condition)
    {
        conditions.Add(Preconditions.CheckNotNull(condition));
        return this;
    }

    /// <summary>Adds conditions that must all hold for the step to be recommended. Optional; may be called many times.</summary>
    /// <param name="conditions">The conditions, in order.</param>
    /// <returns>This builder, to chain calls.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="conditions"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="conditions"/> holds a <see langword="null"/> condition.</exception>
    public RuleBuilder When(params Condition[] conditions)
    {
        this.conditions.AddRange(CheckItems(conditions));
        return this;
    }

    /// <summary>Adds a stop condition: if it holds, the rule stops for the target. Optional.</summary>
    /// <param name="condition">The condition, for example <see cref="Condition.EmployedElsewhere"/>.</param>
    /// <returns>This builder, to chain calls.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="condition"/> is <see langword="null"/>.</exception>
    public RuleBuilder StopWhen(Condition condition)
    {
        stopWhen.Add(Preconditions.CheckNotNull(condition));
        return this;
    }

    /// <summary>Adds stop conditions: if any holds, the rule stops for the target. Optional; may be called many times.</summary>
    /// <param name="conditions">The conditions, in order.</param>
    /// <returns>This builder, to chain calls.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="conditions"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="conditions"/> holds a <see langword="null"/> condition.</exception>
    public RuleBuilder StopWhen(params Condition[] conditions)
    {
        stopWhen.AddRange(CheckItems(conditions));
        return this;
    }

    /// <summary>Sets what happens to a step not done by its latest date. Optional.</summary>
    /// <param name="policy">The policy, for example <see cref="LatePolicy.Expire"/>.</param>
    /// <returns>This builder, to chain calls.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is <see langword="null"/>.</exception>
    /// <remarks>Without this call the rule uses <see cref="LatePolicy.KeepOpen"/>.</remarks>
    public RuleBuilder IfLate(LatePolicy policy)
    {
        late = Preconditions.CheckNotNull(policy);
        return this;
    }

    /// <summary>Sets how important the step is. Optional.</summary>
    /// <param name="priority">From <see cref="Rule.MinPriority"/> to <see cref="Rule.MaxPriority"/>; checked when the playbook is built.</param>
    /// <returns>This builder, to chain calls.</returns>
    /// <remarks>Without this call the rule has <see cref="Rule.DefaultPriority"/> (50).</remarks>
    public RuleBuilder WithPriority(int priority)
    {
        this.priority = priority;
        return this;
    }

    /// <summary>Sets where the advice comes from, for explanations. Optional.</summary>
    /// <param name="source">Free text, for example an author and an article.</param>
    /// <returns>This builder, to chain calls.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is <see langword="null"/>.</exception>
    /// <remarks>Without this call the source is empty.</remarks>
    public RuleBuilder From(string source)
    {
        this.source = Preconditions.CheckNotNull(source);
        return this;
    }

    /// <summary>Sets the rule's own template of what to write for its steps by <paramref name="channel"/>, replacing any it had for that channel. Optional.</summary>
    /// <param name="channel">The channel of the steps it drafts: the rule's action's, an alternative's, or the late replacement's.</param>
    /// <param name="body">The body's template (see <see cref="DraftTemplate"/>).</param>
    /// <param name="subject">The subject's template, for Email and InPerson steps; otherwise <see langword="null"/>.</param>
    /// <param name="talkingPoints">For InPerson and Phone steps, the talking points' templates; otherwise none.</param>
    /// <returns>This builder, to chain calls.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="body"/> is <see langword="null"/>.</exception>
    /// <remarks>
    /// Without this call the rule's steps take the playbook's templates (<see cref="PlaybookBuilder.WithDraft(DraftTemplate)"/>),
    /// and a copied rule keeps its own. The texts are checked when the playbook is built.
    /// </remarks>
    public RuleBuilder Draft(Channel channel, string body, string? subject = null, IEnumerable<string>? talkingPoints = null)
    {
        var template = new DraftTemplate(null, channel, Preconditions.CheckNotNull(body), subject, talkingPoints);
        drafts.RemoveAll(d => d.Channel == channel);
        drafts.Add(template);
        return this;
    }

    /// <summary>Removes the rule's own template for <paramref name="channel"/>, so that its steps take the playbook's.</summary>
    /// <param name="channel">The channel.</param>
    /// <returns>This builder, to chain calls.</returns>
    /// <remarks>Does nothing when the rule has no template for the channel.</remarks>
    public RuleBuilder WithoutDraft(Channel channel)
    {
        drafts.RemoveAll(d => d.Channel == channel);
        return this;
    }

    /// <summary>Builds the rule. A missing audience or action is replaced by a stand-in that fits the rest of the rule, and flagged.</summary>
    internal Built Build()
    {
        Timing? timing = offset is { } due ? new Timing(due, window, repeat, adjust) : null;
        ActionSpec ruleAction = action ?? StandInAction(audience);
        Audience ruleAudience = audience ?? StandInAudience(action);
        var rule = new Rule(id, title, anchor, timing, ruleAudience, ruleAction, conditions, stopWhen, late, priority, source, drafts);
        return new Built(rule, AudienceMissing: audience is null, ActionMissing: action is null);
    }

    private static Condition[] CheckItems(Condition[] conditions, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(conditions))] string? paramName = null)
    {
        Preconditions.CheckNotNull(conditions, paramName);
        int index = Array.IndexOf(conditions, null);
        Preconditions.CheckArgument(index < 0, paramName!, $"The conditions must not hold null; the one at index {index} is null.");
        return conditions;
    }

    // The stand-ins only let the validator check the rest of the rule: they fit the audience or action given, so that
    // the missing part is reported once (by the playbook builder) and not again as a mismatch.
    private static ActionSpec StandInAction(Audience? audience) => audience switch
    {
        { IsPeople: true } or null => new ActionSpec(ActionKind.SendCheckIn, Channel.Email),
        { Kind: AudienceKind.Company } => new ActionSpec(ActionKind.CheckOnCompany, Channel.Web),
        _ => new ActionSpec(ActionKind.WriteJournalNotes, Channel.None),
    };

    private static Audience StandInAudience(ActionSpec? action) => action?.Kind switch
    {
        ActionKind.WriteJournalNotes or ActionKind.TreatAsRejected => Audience.Seeker,
        ActionKind.FollowOnSocial or ActionKind.CheckOnCompany => Audience.Company,
        _ => new Audience(AudienceKind.Contacts),
    };

    /// <summary>A rule as the builder left it, with flags for the parts that were never set and hold stand-ins.</summary>
    /// <param name="Rule">The rule.</param>
    /// <param name="AudienceMissing">Whether <see cref="For"/> was never called.</param>
    /// <param name="ActionMissing">Whether <see cref="Do(ActionSpec)"/> was never called.</param>
    internal sealed record Built(Rule Rule, bool AudienceMissing, bool ActionMissing);
}
