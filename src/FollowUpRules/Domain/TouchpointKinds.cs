using System.Globalization;
using FollowUpRules.Localization;
namespace FollowUpRules.Domain;

/// <summary>Facts about each <see cref="TouchpointKind"/>.</summary>
/// <remarks>All members are pure and thread-safe.</remarks>
public static class TouchpointKinds
{
    /// <summary>Returns which way a touchpoint of <paramref name="kind"/> goes.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The direction.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined value.</exception>
    public static Direction DirectionOf(TouchpointKind kind) => kind switch
    {
        TouchpointKind.Interview or TouchpointKind.Coffee or TouchpointKind.Call => Direction.Mutual,
        TouchpointKind.ThankYouEmail or TouchpointKind.ThankYouNote or TouchpointKind.StatusFollowUp
            or TouchpointKind.Congratulations or TouchpointKind.LinkedInRequestSent or TouchpointKind.CheckIn
            or TouchpointKind.PostingOutreach or TouchpointKind.MessageSent => Direction.Outbound,
        TouchpointKind.Reply or TouchpointKind.LinkedInRequestAccepted or TouchpointKind.Rejection => Direction.Inbound,
        TouchpointKind.SocialFollow or TouchpointKind.CompanyCheck or TouchpointKind.JournalEntry
            or TouchpointKind.PostingSpotted or TouchpointKind.Snooze or TouchpointKind.Dismissal => Direction.Internal,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a defined touchpoint kind."),
    };

    /// <summary>
    /// Returns whether a touchpoint of <paramref name="kind"/> names the people it involved, so that it needs at least one
    /// contact id: every outbound, inbound and mutual kind except <see cref="TouchpointKind.Rejection"/>, which comes from the company.
    /// </summary>
    /// <param name="kind">The kind.</param>
    /// <returns><see langword="true"/> when the kind needs a contact.</returns>
    public static bool NeedsContact(TouchpointKind kind) =>
        kind != TouchpointKind.Rejection && DirectionOf(kind) != Direction.Internal;

    /// <summary>
    /// Returns whether a touchpoint of <paramref name="kind"/> is a real interaction with the contacts it names, in either
    /// direction. Interactions restart a contact's long-term cadence clock.
    /// </summary>
    /// <param name="kind">The kind.</param>
    /// <returns><see langword="true"/> for every kind that <see cref="NeedsContact"/>.</returns>
    public static bool IsInteraction(TouchpointKind kind) => NeedsContact(kind);

    /// <summary>Returns whether a touchpoint of <paramref name="kind"/> shows the contact answering: inbound or mutual.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns><see langword="true"/> when the contact took part or answered.</returns>
    public static bool IsAnswer(TouchpointKind kind) =>
        IsInteraction(kind) && DirectionOf(kind) is Direction.Inbound or Direction.Mutual;

    /// <summary>
    /// Returns whether a touchpoint of <paramref name="kind"/> is about the seeker's relationship with the people and the
    /// company rather than about one application, so that it counts for every application at the company, whichever
    /// application it was recorded under: a reply (a "no" above all), a LinkedIn invitation sent or accepted, a check-in, a
    /// coffee, a call, a message, a message about a posting, a follow of the company's social accounts, a check on the
    /// company, a posting spotted. Interviews, the rejection, thank-yous, status follow-ups, congratulations on a hire,
    /// journal notes about an application's interviews, snoozes and dismissals stay with their application.
    /// </summary>
    /// <param name="kind">The kind.</param>
    /// <returns><see langword="true"/> for a relationship touch.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined value.</exception>
    public static bool IsAboutTheRelationship(TouchpointKind kind) => kind switch
    {
        TouchpointKind.Reply or TouchpointKind.LinkedInRequestSent or TouchpointKind.LinkedInRequestAccepted
            or TouchpointKind.CheckIn or TouchpointKind.Coffee or TouchpointKind.Call or TouchpointKind.MessageSent
            or TouchpointKind.PostingOutreach or TouchpointKind.SocialFollow or TouchpointKind.CompanyCheck
            or TouchpointKind.PostingSpotted => true,
        TouchpointKind.Interview or TouchpointKind.Rejection or TouchpointKind.ThankYouEmail or TouchpointKind.ThankYouNote
            or TouchpointKind.StatusFollowUp or TouchpointKind.Congratulations or TouchpointKind.JournalEntry
            or TouchpointKind.Snooze or TouchpointKind.Dismissal => false,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a defined touchpoint kind."),
    };

    /// <summary>Returns a short noun phrase for <paramref name="kind"/>, for explanations.</summary>
    /// <param name="kind">The kind.</param>
    /// <param name="culture">The culture to write in; <see langword="null"/> for <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <returns>For example <c>a thank-you email</c> or <c>a follow of the company's social accounts</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined value.</exception>
    public static string Describe(TouchpointKind kind, CultureInfo? culture = null) =>
        Enum.IsDefined(kind)
            ? Texts.Word("Touchpoint", kind, Texts.Resolve(culture))
            : throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a defined touchpoint kind.");
}
