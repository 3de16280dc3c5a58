using System.Globalization;
using FollowUpRules.Localization;
using FollowUpRules.Domain;

namespace FollowUpRules.Rules;

/// <summary>Facts about each <see cref="ActionKind"/>.</summary>
/// <remarks>All members are pure and thread-safe.</remarks>
public static class ActionKinds
{
    private static readonly TouchpointKind[] None = [];
    private static readonly TouchpointKind[] StatusFollowUp = [TouchpointKind.StatusFollowUp];
    private static readonly TouchpointKind[] ThankYouEmail = [TouchpointKind.ThankYouEmail];
    private static readonly TouchpointKind[] ThankYouNote = [TouchpointKind.ThankYouNote];
    private static readonly TouchpointKind[] JournalEntry = [TouchpointKind.JournalEntry];
    private static readonly TouchpointKind[] Congratulations = [TouchpointKind.Congratulations];
    private static readonly TouchpointKind[] LinkedIn = [TouchpointKind.LinkedInRequestSent, TouchpointKind.LinkedInRequestAccepted];
    private static readonly TouchpointKind[] SocialFollow = [TouchpointKind.SocialFollow];
    private static readonly TouchpointKind[] CompanyCheck = [TouchpointKind.CompanyCheck];
    private static readonly TouchpointKind[] CheckIn = [TouchpointKind.CheckIn];
    private static readonly TouchpointKind[] Coffee = [TouchpointKind.Coffee];
    private static readonly TouchpointKind[] PostingOutreach = [TouchpointKind.PostingOutreach];
    private static readonly TouchpointKind[] Rejection = [TouchpointKind.Rejection];

    /// <summary>Returns the touchpoint kinds whose record shows that an action of <paramref name="kind"/> was done.</summary>
    /// <param name="kind">The action.</param>
    /// <returns>The kinds; empty for <see cref="ActionKind.StopOutreach"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined value.</exception>
    public static IReadOnlyList<TouchpointKind> EvidenceOf(ActionKind kind) => kind switch
    {
        ActionKind.SendStatusFollowUp => StatusFollowUp,
        ActionKind.SendThankYouEmail => ThankYouEmail,
        ActionKind.SendThankYouNote => ThankYouNote,
        ActionKind.WriteJournalNotes => JournalEntry,
        ActionKind.SendCongratulations => Congratulations,
        ActionKind.SendLinkedInInvitation => LinkedIn,
        ActionKind.FollowOnSocial => SocialFollow,
        ActionKind.CheckOnCompany => CompanyCheck,
        ActionKind.SendCheckIn => CheckIn,
        ActionKind.MeetForCoffee => Coffee,
        ActionKind.ReachOutAboutPosting => PostingOutreach,
        ActionKind.TreatAsRejected => Rejection,
        ActionKind.StopOutreach => None,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a defined action kind."),
    };

    /// <summary>Returns whether an action of <paramref name="kind"/> is done for a person, as opposed to by the seeker alone or towards the company.</summary>
    /// <param name="kind">The action.</param>
    /// <returns><see langword="true"/> for actions that reach a contact.</returns>
    public static bool TargetsPerson(ActionKind kind) => kind switch
    {
        ActionKind.WriteJournalNotes or ActionKind.FollowOnSocial or ActionKind.CheckOnCompany or ActionKind.TreatAsRejected => false,
        _ => true,
    };

    /// <summary>Returns a short imperative description of the action, for recommendations.</summary>
    /// <param name="kind">The action.</param>
    /// <param name="culture">The culture to write in; <see langword="null"/> for <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <returns>For example <c>Send a thank-you email</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined value.</exception>
    public static string Describe(ActionKind kind, CultureInfo? culture = null) =>
        Enum.IsDefined(kind)
            ? Texts.Word("Action", kind, Texts.Resolve(culture))
            : throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a defined action kind.");
}
