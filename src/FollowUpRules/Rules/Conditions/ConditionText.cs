using System.Globalization;
using FollowUpRules.Domain;
using FollowUpRules.Localization;

namespace FollowUpRules.Rules.Conditions;

/// <summary>
/// Words every condition of the closed vocabulary as a statement, or as its negation, in a culture: the one place their
/// wording lives. <see cref="Condition.Describe"/> is this in English.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static class ConditionText
{
    /// <summary>Returns <paramref name="condition"/> (or its negation) as a statement in <paramref name="culture"/>.</summary>
    internal static string Describe(Condition condition, CultureInfo culture, bool negated) => condition switch
    {
        NotCondition not => Describe(not.Inner, culture, !negated),
        AnyOfCondition any => Texts.Join(culture, negated ? "List.AllOf" : "List.AnyOf", any.Conditions, c => Describe(c, culture, negated)),
        StatusIsCondition status => Texts.Format(culture, negated ? "Condition.StatusIsNot" : "Condition.StatusIs", Texts.Join(culture, "List.Or", status.Statuses, s => Texts.Word("Status", s, culture))),
        RejectionReasonIsCondition reason => Texts.Format(culture, negated ? "Condition.ReasonIsNot" : "Condition.ReasonIs", Texts.Join(culture, "List.Or", reason.Reasons, r => Texts.Word("Reason", r, culture))),
        HasChannelCondition channel => Texts.Format(culture, negated ? "Condition.HasNoChannel" : "Condition.HasChannel", Texts.Word("By", channel.Channel, culture)),
        ReplyReceivedCondition reply => Texts.Format(
            culture,
            (negated, reply.Outcome is null) switch
            {
                (false, true) => "Condition.Reply",
                (false, false) => "Condition.ReplySaying",
                (true, true) => "Condition.NoReply",
                (true, false) => "Condition.NoReplySaying",
            },
            Texts.Get(reply.Scope == ConditionScope.Target ? "Condition.FromThem" : negated ? "Condition.FromAnyone" : "Condition.FromAnyoneYes", culture),
            reply.SinceAnchor ? Texts.Get("Condition.SinceAnchor", culture) : string.Empty,
            reply.Outcome is { } outcome ? Texts.Word("Outcome", outcome, culture) : null),
        TouchpointRecordedCondition recorded => Texts.Format(
            culture,
            negated ? "Condition.NotRecorded" : "Condition.Recorded",
            negated ? Texts.Get("Touchpoint." + recorded.Kind + ".None", culture) : Texts.Word("Touchpoint", recorded.Kind, culture),
            recorded.Scope == ConditionScope.Target ? Texts.Get("Condition.WithThem", culture) : string.Empty,
            recorded.SinceAnchor ? Texts.Get("Condition.SinceAnchor", culture) : string.Empty),
        LinkedInStateIsCondition linkedIn => Texts.Format(
            culture,
            negated ? "Condition.LinkedInStateIsNot" : "Condition.LinkedInStateIs",
            Texts.Join(culture, "List.Or", linkedIn.States, s => Texts.Get("LinkedIn." + Name(s), culture))),
        LinkedInConnectedCondition => Texts.Get(negated ? "Condition.LinkedInNotConnected" : "Condition.LinkedInConnected", culture),
        DoNotContactCondition => Texts.Get(negated ? "Condition.MayContact" : "Condition.DoNotContact", culture),
        EmployedElsewhereCondition => Texts.Get(negated ? "Condition.NotEmployedElsewhere" : "Condition.EmployedElsewhere", culture),
        CustomCondition custom => Texts.Format(
            culture,
            negated ? "Condition.CustomNot" : "Condition.Custom",
            custom.Name,
            custom.Parameters.Count == 0 ? string.Empty : Texts.Format(culture, "Condition.CustomFor", string.Join(", ", custom.Parameters.Select(p => $"{p.Name}={p.Value}")))),
        _ => throw new ArgumentOutOfRangeException(nameof(condition), condition.GetType().Name, "Not a condition of the vocabulary."),
    };

    private static string Name(LinkedInConnection state) => state switch
    {
        LinkedInConnection.Pending => "Pending",
        LinkedInConnection.Connected => "Connected",
        _ => "None",
    };
}
