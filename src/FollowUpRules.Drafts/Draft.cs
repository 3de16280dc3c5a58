using System.Globalization;
using FollowUpRules.Domain;

namespace FollowUpRules.Drafts;

/// <summary>
/// What to write for a step (<see cref="DraftKind.Message"/>), or how to do it when it writes to nobody
/// (<see cref="DraftKind.HowTo"/>): the playbook's template for the step, filled in with the facts behind it.
/// </summary>
/// <remarks>
/// <para>A draft is a starting point for the seeker to read and edit, never sent as it is. Its texts hold no Liquid: a
/// value the facts lack is worded around by the template, and the text is tidied (no trailing spaces, no doubled spaces, at
/// most one empty line in a row, none at either end). Each text is at most <see cref="MaxLength"/> characters.</para>
/// <para>Immutable, compares by value, safe to share between threads.</para>
/// </remarks>
public sealed record Draft
{
    /// <summary>The longest a subject, a body or a talking point can be: 8,000 characters; a longer one is cut, ending with "…".</summary>
    public const int MaxLength = 8000;

    internal Draft(DraftKind kind, Channel channel, string? subject, string body, ValueList<string> talkingPoints, CultureInfo culture)
    {
        Culture = culture;
        Kind = kind;
        Channel = channel;
        Subject = subject;
        Body = body;
        TalkingPoints = talkingPoints;
    }

    /// <summary>Gets what the draft is.</summary>
    /// <value>A message to a person, or a how-to for the seeker's own step.</value>
    public DraftKind Kind { get; }

    /// <summary>Gets the channel the step goes by.</summary>
    /// <value>The step's channel; <see cref="Channel.None"/>, <see cref="Channel.Social"/> or <see cref="Channel.Web"/> for a how-to.</value>
    public Channel Channel { get; }

    /// <summary>Gets the subject, on one line.</summary>
    /// <value><see langword="null"/> when the channel has none (or the template gives none).</value>
    public string? Subject { get; }

    /// <summary>Gets the body: the message, or the how-to.</summary>
    /// <value>Text with <c>\n</c> line ends.</value>
    public string Body { get; }

    /// <summary>Gets the talking points, for meetings.</summary>
    /// <value>Three or four for the default playbook's meetings; empty for other steps.</value>
    public ValueList<string> TalkingPoints { get; }

    /// <summary>Gets the culture the draft is written in: its template's language, and the dates, lists and labels around it.</summary>
    /// <value>
    /// The culture asked for when the playbook's translation (<see cref="Rules.Playbook.Translations"/>) words the step's
    /// template, in it or in a language it falls back to; else <see cref="CultureInfo.InvariantCulture"/>, the playbook as
    /// written (the default playbook's English).
    /// </value>
    public CultureInfo Culture { get; }

    /// <summary>Returns the draft as one text: the subject line, the body, then the talking points, labelled in <see cref="Culture"/> (<c>Subject:</c>, <c>Asunto:</c>, <c>Betreff:</c>), as the <c>followup draft</c> command prints it.</summary>
    /// <returns>The text, with <c>\n</c> line ends.</returns>
    public override string ToString() => DraftText.Format(this);
}
