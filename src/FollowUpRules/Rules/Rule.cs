using System.Diagnostics.CodeAnalysis;
using FollowUpRules.Rules.Conditions;
using FollowUpRules.Utility;

namespace FollowUpRules.Rules;

/// <summary>
/// One rule of a playbook: <em>when</em> (an anchor and a timing), <em>for whom</em> (an audience), <em>under which
/// conditions</em>, <em>what</em> (an action and channel), and <em>when to stop</em>.
/// </summary>
/// <remarks>
/// <para>A rule whose action is <see cref="ActionKind.StopOutreach"/> is a stop rule: it has no anchor or timing, and while
/// its conditions hold for a person, no rule recommends anything to that person.</para>
/// <para>Rules are plain data; the engine contains no code that knows a particular rule. Immutable, compares by value,
/// safe to share between threads.</para>
/// </remarks>
public sealed record Rule
{
    /// <summary>The default <see cref="Priority"/>.</summary>
    public const int DefaultPriority = 50;

    /// <summary>The lowest <see cref="Priority"/>.</summary>
    public const int MinPriority = 0;

    /// <summary>The highest <see cref="Priority"/>.</summary>
    public const int MaxPriority = 100;

    /// <summary>Initializes a new rule.</summary>
    /// <param name="id">The rule's identifier, unique in its playbook (letters, digits and dashes).</param>
    /// <param name="title">A short title, shown with every recommendation the rule makes.</param>
    /// <param name="anchor">The event the timing counts from; <see langword="null"/> only for stop rules.</param>
    /// <param name="timing">When the step falls due; <see langword="null"/> only for stop rules.</param>
    /// <param name="audience">Who the step is for.</param>
    /// <param name="action">What to do.</param>
    /// <param name="conditions">Conditions that must all hold for the step to be recommended.</param>
    /// <param name="stopWhen">Conditions any of which ends the rule for a target.</param>
    /// <param name="late">What happens to a step not done by its latest date; <see langword="null"/> for <see cref="LatePolicy.KeepOpen"/>.</param>
    /// <param name="priority">How important the step is, from <see cref="MinPriority"/> to <see cref="MaxPriority"/>.</param>
    /// <param name="source">Where the advice comes from, for explanations; may be empty.</param>
    /// <param name="drafts">The rule's own templates of what to write, one per channel, with no action: they win over the playbook's.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/>, <paramref name="title"/>, <paramref name="audience"/> or <paramref name="action"/> is <see langword="null"/>.</exception>
    public Rule(
        string id,
        string title,
        Anchor? anchor,
        Timing? timing,
        Audience audience,
        ActionSpec action,
        IEnumerable<Condition>? conditions = null,
        IEnumerable<Condition>? stopWhen = null,
        LatePolicy? late = null,
        int priority = DefaultPriority,
        string? source = null,
        IEnumerable<DraftTemplate>? drafts = null)
    {
        Id = Preconditions.CheckNotNull(id);
        Title = Preconditions.CheckNotNull(title);
        Anchor = anchor;
        Timing = timing;
        Audience = Preconditions.CheckNotNull(audience);
        Action = Preconditions.CheckNotNull(action);
        Conditions = ValueList<Condition>.From(conditions);
        StopWhen = ValueList<Condition>.From(stopWhen);
        Late = late ?? LatePolicy.KeepOpen;
        Priority = priority;
        Source = source ?? string.Empty;
        Drafts = ValueList<DraftTemplate>.From(drafts);
    }

    /// <summary>Gets the rule's identifier.</summary>
    /// <value>Unique in its playbook; recommendations, snoozes and dismissals refer to it.</value>
    public string Id { get; }

    /// <summary>Gets the rule's title.</summary>
    /// <value>A short phrase for people.</value>
    public string Title { get; }

    /// <summary>Gets the event the timing counts from.</summary>
    /// <value><see langword="null"/> for stop rules; set, with <see cref="Timing"/>, when <see cref="HasAnchorAndTiming"/> is <see langword="true"/>.</value>
    public Anchor? Anchor { get; }

    /// <summary>Gets when the step falls due.</summary>
    /// <value><see langword="null"/> for stop rules; set, with <see cref="Anchor"/>, when <see cref="HasAnchorAndTiming"/> is <see langword="true"/>.</value>
    public Timing? Timing { get; }

    /// <summary>Gets who the step is for.</summary>
    /// <value>The audience.</value>
    public Audience Audience { get; }

    /// <summary>Gets what to do.</summary>
    /// <value>The action, channel and alternative.</value>
    public ActionSpec Action { get; }

    /// <summary>Gets the conditions that must all hold.</summary>
    /// <value>Possibly empty.</value>
    public ValueList<Condition> Conditions { get; }

    /// <summary>Gets the conditions any of which ends the rule for a target.</summary>
    /// <value>Possibly empty.</value>
    public ValueList<Condition> StopWhen { get; }

    /// <summary>Gets what happens to a late step.</summary>
    /// <value>The default is <see cref="LatePolicy.KeepOpen"/>.</value>
    public LatePolicy Late { get; }

    /// <summary>Gets how important the step is.</summary>
    /// <value>From 0 to 100; the default is 50. Among steps equally urgent, higher priority comes first.</value>
    public int Priority { get; }

    /// <summary>Gets where the advice comes from.</summary>
    /// <value>Free text, possibly empty.</value>
    public string Source { get; }

    /// <summary>Gets the rule's own templates of what to write for its steps.</summary>
    /// <value>
    /// Empty by default; each for one channel and with no <see cref="DraftTemplate.Action"/> (validated): it drafts every
    /// step of the rule on that channel, in place of the playbook's template for the step's action.
    /// </value>
    public ValueList<DraftTemplate> Drafts { get; }

    /// <summary>Gets whether the rule has both an anchor and a timing, as every rule of a valid playbook but a stop rule has.</summary>
    /// <value>
    /// <see langword="true"/> when <see cref="Anchor"/> and <see cref="Timing"/> are both set; the compiler then knows neither
    /// is <see langword="null"/>.
    /// </value>
    [MemberNotNullWhen(true, nameof(Anchor), nameof(Timing))]
    public bool HasAnchorAndTiming => Anchor is not null && Timing is not null;

    /// <summary>Gets whether this is a stop rule.</summary>
    /// <value><see langword="true"/> when <see cref="Action"/> is <see cref="ActionKind.StopOutreach"/>.</value>
    public bool IsStopRule => Action.Kind == ActionKind.StopOutreach;
}
