using System.Globalization;
using FollowUpRules.Localization;
using FollowUpRules.Domain;

namespace FollowUpRules.Rules.Conditions;

/// <summary>
/// A condition a rule checks: a closed vocabulary of typed values that a playbook file can state, plus
/// <see cref="CustomCondition"/> for conditions a host app registers by name.
/// </summary>
/// <remarks>
/// Conditions are data: nothing in them is executed as code. The engine evaluates each against the facts of one
/// application, one target and one anchor date. Immutable, compares by value, safe to share between threads.
/// </remarks>
public abstract record Condition
{
    private protected Condition()
    {
    }

    /// <summary>Creates a condition that holds while the application's status is one of <paramref name="statuses"/>.</summary>
    /// <param name="statuses">The statuses.</param>
    /// <returns>The condition.</returns>
    public static Condition StatusIs(params ApplicationStatus[] statuses) => new StatusIsCondition(statuses);

    /// <summary>Creates a condition that holds when the rejection reason is one of <paramref name="reasons"/>.</summary>
    /// <param name="reasons">The reasons.</param>
    /// <returns>The condition.</returns>
    public static Condition RejectionReasonIs(params RejectionReason[] reasons) => new RejectionReasonIsCondition(reasons);

    /// <summary>Creates a condition that holds when the target person can be reached on <paramref name="channel"/>.</summary>
    /// <param name="channel">The channel.</param>
    /// <returns>The condition.</returns>
    public static Condition HasChannel(Channel channel) => new HasChannelCondition(channel);

    /// <summary>Gets a condition that holds when the seeker and the target person are connected on LinkedIn.</summary>
    /// <value>A <see cref="LinkedInConnectedCondition"/>.</value>
    public static Condition LinkedInConnected { get; } = new LinkedInConnectedCondition();

    /// <summary>Creates a condition that holds when the LinkedIn connection with the target person is in one of <paramref name="states"/>.</summary>
    /// <param name="states">The states.</param>
    /// <returns>The condition.</returns>
    public static Condition LinkedInStateIs(params LinkedInConnection[] states) => new LinkedInStateIsCondition(states);

    /// <summary>Gets a condition that holds when the target person asked not to be contacted.</summary>
    /// <value>A <see cref="DoNotContactCondition"/>.</value>
    public static Condition DoNotContact { get; } = new DoNotContactCondition();

    /// <summary>Gets a condition that holds when the seeker has accepted a job elsewhere.</summary>
    /// <value>An <see cref="EmployedElsewhereCondition"/>.</value>
    public static Condition EmployedElsewhere { get; } = new EmployedElsewhereCondition();

    /// <summary>Creates a condition that holds when a reply was received.</summary>
    /// <param name="outcome">The outcome to look for, or <see langword="null"/> for any reply.</param>
    /// <param name="scope">From the target person, or from anyone at the company.</param>
    /// <param name="sinceAnchor">Whether only replies on or after the rule's anchor date count.</param>
    /// <returns>The condition.</returns>
    public static Condition ReplyReceived(ReplyOutcome? outcome = null, ConditionScope scope = ConditionScope.Target, bool sinceAnchor = false) =>
        new ReplyReceivedCondition(outcome, scope, sinceAnchor);

    /// <summary>Creates a condition that holds when a touchpoint of <paramref name="kind"/> was recorded.</summary>
    /// <param name="kind">The touchpoint kind.</param>
    /// <param name="scope">With the target person, or with anyone (including company-wide touchpoints).</param>
    /// <param name="sinceAnchor">Whether only touchpoints on or after the rule's anchor date count.</param>
    /// <returns>The condition.</returns>
    public static Condition TouchpointRecorded(TouchpointKind kind, ConditionScope scope = ConditionScope.Target, bool sinceAnchor = false) =>
        new TouchpointRecordedCondition(kind, scope, sinceAnchor);

    /// <summary>Creates a condition that holds when <paramref name="condition"/> does not.</summary>
    /// <param name="condition">The condition to negate.</param>
    /// <returns>The condition.</returns>
    public static Condition Not(Condition condition) => new NotCondition(condition);

    /// <summary>Creates a condition that holds when any of <paramref name="conditions"/> holds.</summary>
    /// <param name="conditions">The alternatives.</param>
    /// <returns>The condition.</returns>
    public static Condition AnyOf(params Condition[] conditions) => new AnyOfCondition(conditions);

    /// <summary>Describes the condition as a statement, in English (explanations word it in their reader's culture).</summary>
    /// <returns>For example <c>the application's status is Applied or Interviewing</c>.</returns>
    public abstract string Describe();

    /// <summary>Describes the opposite of the condition as a statement, in English, as explanations of steps it blocks say it.</summary>
    /// <returns>For example <c>the application's status is not Applied or Interviewing</c>.</returns>
    public virtual string DescribeNegation() => Texts.Format(CultureInfo.InvariantCulture, "Condition.Negation", Describe());
}
