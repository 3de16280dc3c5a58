using System.Globalization;
using System.Resources;
using FollowUpRules.Domain;

namespace FollowUpRules.Rules;

/// <summary>
/// The default playbook's draft templates, read from the resources in <c>DefaultDrafts.resx</c>: one per action and
/// channel its rules use, and a rule's own where the rule words its steps differently.
/// </summary>
/// <remarks>
/// The texts are data, kept out of the code: each translation is a <c>DefaultDrafts.&lt;language&gt;.resx</c> with the same
/// keys, <c>&lt;action or rule id&gt;.&lt;channel&gt;.&lt;part&gt;</c>, which the default playbook carries as its
/// <see cref="Playbook.Translations"/> (see <see cref="DefaultTranslations"/>). The templates are read in the neutral
/// culture (English).
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

    /// <summary>Gets the resources, for the translations and for the test that checks every language has every key.</summary>
    internal static ResourceManager Manager => Texts;

    /// <summary>Gets the playbook's templates, one for each action and channel above.</summary>
    internal static DraftTemplate[] Playbook() => [.. ForActions.Select(a => Make(a.Action.ToString(), a.Action, a.Channel, English))];

    /// <summary>Returns the rule's own templates, for <paramref name="channels"/>.</summary>
    internal static DraftTemplate[] Rule(string ruleId, params Channel[] channels) => [.. channels.Select(c => Make(ruleId, null, c, English))];

    /// <summary>
    /// Returns the template of <paramref name="owner"/> (an action's name, or a rule's id) for <paramref name="channel"/>,
    /// its texts read by <paramref name="text"/>; <see langword="null"/> when the resources have no body for it.
    /// </summary>
    internal static DraftTemplate? Read(string owner, ActionKind? action, Channel channel, Func<string, string?> text)
    {
        string prefix = $"{owner}.{channel}.";
        if (text(prefix + "Body") is not { } body)
        {
            return null;
        }

        var points = new List<string>();
        for (int i = 1; text($"{prefix}Point{i}") is { } point; i++)
        {
            points.Add(point);
        }

        return new DraftTemplate(action, channel, body, text(prefix + "Subject"), points);
    }

    // Every key named here is in the English resources (a test renders every template): a missing one is a build defect.
    private static DraftTemplate Make(string owner, ActionKind? action, Channel channel, Func<string, string?> text) =>
        Read(owner, action, channel, text) ?? throw new InvalidOperationException($"The resource '{owner}.{channel}.Body' is missing from DefaultDrafts.resx.");

    private static string? English(string key) => Texts.GetString(key, CultureInfo.InvariantCulture);
}
