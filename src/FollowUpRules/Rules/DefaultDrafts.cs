using System.Globalization;
using System.Resources;
using FollowUpRules.Domain;

namespace FollowUpRules.Rules;

/// <summary>
/// The default playbook's draft templates, read from the resources in <c>DefaultDrafts.resx</c>: one per action and
/// channel its rules use, and a rule's own where the rule words its steps differently.
/// </summary>
/// <remarks>
/// The texts are data, kept out of the code: a translation is a <c>DefaultDrafts.&lt;culture&gt;.resx</c> with the same
/// keys, <c>&lt;action or rule id&gt;.&lt;channel&gt;.&lt;part&gt;</c>. They are read in the neutral culture (English).
/// </remarks>
internal static class DefaultDrafts
{
    private static readonly ResourceManager Texts = new("FollowUpRules.Rules.DefaultDrafts", typeof(DefaultDrafts).Assembly);

    /// <summary>The actions and channels the default playbook drafts for every rule.</summary>
    private static readonly (ActionKind Action, Channel Channel)[] ForActions =
    [
        (ActionKind.SendStatusFollowUp, Channel.Email),
        (ActionKind.SendStatusFollowUp, Channel.LinkedIn),
        (ActionKind.SendThankYouEmail, Channel.Email),
        (ActionKind.SendThankYouEmail, Channel.LinkedIn),
        (ActionKind.SendThankYouNote, Channel.Postal),
        (ActionKind.TreatAsRejected, Channel.None),
        (ActionKind.WriteJournalNotes, Channel.None),
        (ActionKind.SendCongratulations, Channel.Email),
        (ActionKind.SendCongratulations, Channel.LinkedIn),
        (ActionKind.SendLinkedInInvitation, Channel.LinkedIn),
        (ActionKind.FollowOnSocial, Channel.Social),
        (ActionKind.CheckOnCompany, Channel.Web),
        (ActionKind.SendCheckIn, Channel.Email),
        (ActionKind.SendCheckIn, Channel.LinkedIn),
        (ActionKind.SendCheckIn, Channel.Phone),
        (ActionKind.MeetForCoffee, Channel.InPerson),
        (ActionKind.MeetForCoffee, Channel.Phone),
        (ActionKind.ReachOutAboutPosting, Channel.Email),
        (ActionKind.ReachOutAboutPosting, Channel.LinkedIn),
    ];

    /// <summary>Gets the playbook's templates, one for each action and channel above.</summary>
    internal static DraftTemplate[] Playbook() => [.. ForActions.Select(a => Make(a.Action.ToString(), a.Action, a.Channel))];

    /// <summary>Returns the rule's own templates, for <paramref name="channels"/>.</summary>
    internal static DraftTemplate[] Rule(string ruleId, params Channel[] channels) => [.. channels.Select(c => Make(ruleId, null, c))];

    private static DraftTemplate Make(string owner, ActionKind? action, Channel channel)
    {
        string prefix = $"{owner}.{channel}.";

        // Every key named here is in the resources (a test renders every template): a missing one is a build defect.
        string body = Text(prefix + "Body") ?? throw new InvalidOperationException($"The resource '{prefix}Body' is missing from DefaultDrafts.resx.");
        var points = new List<string>();
        for (int i = 1; Text($"{prefix}Point{i}") is { } point; i++)
        {
            points.Add(point);
        }

        return new DraftTemplate(action, channel, body, Text(prefix + "Subject"), points);
    }

    private static string? Text(string key) => Texts.GetString(key, CultureInfo.InvariantCulture);
}
