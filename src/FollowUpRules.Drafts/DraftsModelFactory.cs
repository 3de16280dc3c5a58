using System.Globalization;
using FollowUpRules.Domain;

namespace FollowUpRules.Drafts;

/// <summary>
/// Builds drafts by hand, for an app's own tests (say, of the screen that shows a draft), as
/// <see cref="FollowUpRules.FollowUpModelFactory"/> builds the engine's answers. Every argument is optional, with a default
/// that makes a valid draft.
/// </summary>
/// <remarks>
/// The method checks its arguments as <see cref="DraftWriter"/> makes drafts: it never builds one a writer could not
/// produce, and throws an <see cref="ArgumentException"/> naming the parameter and the problem instead. Stateless and
/// thread-safe.
/// </remarks>
public static class DraftsModelFactory
{
    /// <summary>Returns a draft.</summary>
    /// <param name="kind">A message (the default) or a how-to.</param>
    /// <param name="channel">
    /// The step's channel: for a message Email (the default), LinkedIn, Postal, Phone or InPerson; for a how-to None, Social
    /// or Web (None when the default Email is left for a how-to).
    /// </param>
    /// <param name="subject">The subject, on one line; <see langword="null"/> (the default) for none.</param>
    /// <param name="body">The body; empty by default.</param>
    /// <param name="talkingPoints">The talking points, none empty; none by default.</param>
    /// <param name="culture">
    /// The language the draft is in (<see cref="Drafts.Draft.Culture"/>); <see cref="CultureInfo.InvariantCulture"/>, the
    /// playbook as written, by default.
    /// </param>
    /// <returns>The draft.</returns>
    /// <exception cref="ArgumentException">
    /// The channel does not fit the kind, or a text is not as a draft holds it: longer than <see cref="Drafts.Draft.MaxLength"/>,
    /// or not tidy (a subject on more than one line; spaces at either end of a line or doubled inside one, <c>\r</c> line
    /// ends, more than one empty line in a row or one at either end).
    /// </exception>
    public static Draft Draft(DraftKind kind = DraftKind.Message, Channel? channel = null, string? subject = null, string body = "", IEnumerable<string>? talkingPoints = null, CultureInfo? culture = null)
    {
        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentException($"'{kind}' is not a kind of draft; use Message or HowTo.", nameof(kind));
        }

        Channel by = channel ?? (kind == DraftKind.Message ? Channel.Email : Channel.None);
        bool personChannel = by is Channel.Email or Channel.LinkedIn or Channel.Postal or Channel.Phone or Channel.InPerson;
        if (kind == DraftKind.Message ? !personChannel : (personChannel || !Enum.IsDefined(by)))
        {
            throw new ArgumentException(
                kind == DraftKind.Message
                    ? $"A message goes to a person by Email, LinkedIn, Postal, Phone or InPerson, not by {by}."
                    : $"A how-to is for a step that writes to nobody: its channel is None, Social or Web, not {by}.",
                nameof(channel));
        }

        if (subject is not null)
        {
            CheckTidy(subject, DraftText.TidyOneLine(subject, Drafts.Draft.MaxLength), nameof(subject));
            if (subject.Length == 0)
            {
                throw new ArgumentException("An empty subject is no subject: pass null.", nameof(subject));
            }
        }

        ArgumentNullException.ThrowIfNull(body);
        CheckTidy(body, DraftText.Tidy(body, Drafts.Draft.MaxLength), nameof(body));
        var points = new List<string>();
        foreach (string? point in talkingPoints ?? [])
        {
            if (string.IsNullOrEmpty(point))
            {
                throw new ArgumentException($"Talking point {points.Count} is empty.", nameof(talkingPoints));
            }

            CheckTidy(point, DraftText.Tidy(point, Drafts.Draft.MaxLength), nameof(talkingPoints));
            points.Add(point);
        }

        return new Draft(kind, by, subject, body, ValueList<string>.From(points), culture ?? CultureInfo.InvariantCulture);
    }

    private static void CheckTidy(string text, string tidy, string paramName)
    {
        if (text.Length > Drafts.Draft.MaxLength)
        {
            throw new ArgumentException($"The text is {text.Length} characters long; a draft's texts are at most {Drafts.Draft.MaxLength}.", paramName);
        }

        if (!string.Equals(text, tidy, StringComparison.Ordinal))
        {
            throw new ArgumentException(
                "The text is not as a draft holds it: \\n line ends, no spaces at either end of a line or doubled inside one, no space before a comma or a full stop that ends a clause, at most one empty line in a row and none at either end (a subject on one line).",
                paramName);
        }
    }
}
