using FollowUpRules.Domain;
using FollowUpRules.Utility;

namespace FollowUpRules.Rules;

/// <summary>
/// What to write for a step, as a template: a subject where the channel has one, a body and, for meetings, talking points;
/// for a step that writes to nobody (journal notes, a company check), a short how-to in the body.
/// </summary>
/// <remarks>
/// <para>Templates are data in a small, sandboxed subset of Liquid: <c>{{ value }}</c> and <c>{{ value | filter }}</c>
/// over the closed set of named values in <see cref="DraftValues"/>, and <c>if</c>, <c>elsif</c>, <c>else</c>,
/// <c>unless</c>, <c>case</c> and <c>comment</c> tags; no loops, no assignments, no includes, no member access. The
/// <see cref="Validation.PlaybookValidator"/> checks each template's structure and reports every problem with its path;
/// given an <see cref="Validation.IDraftTemplateChecker"/> (the FollowUpRules.Drafts package's, which also renders
/// them), it checks the texts too: syntax, value names, the values the step can have. The playbook format documents the
/// language.</para>
/// <para>A template lives in one of two places: in <see cref="Playbook.Drafts"/>, for every step of its
/// <see cref="Action"/> by its <see cref="Channel"/>; or in <see cref="Rule.Drafts"/>, with no action, for the rule's
/// steps on its <see cref="Channel"/> (its action, the alternatives and the late replacement alike), which it words
/// differently from the playbook's. A rule's template wins over the playbook's.</para>
/// <para>Immutable, compares by value, safe to share between threads.</para>
/// </remarks>
public sealed record DraftTemplate
{
    /// <summary>The longest text of a template accepted: 4,000 characters in the subject, the body or one talking point.</summary>
    public const int MaxLength = 4000;

    /// <summary>The most talking points a template may have: 8.</summary>
    public const int MaxTalkingPoints = 8;

    /// <summary>Initializes a new template.</summary>
    /// <param name="action">
    /// In <see cref="Playbook.Drafts"/>, the action whose steps the template drafts; in <see cref="Rule.Drafts"/>,
    /// <see langword="null"/>: the rule's steps on <paramref name="channel"/>.
    /// </param>
    /// <param name="channel">The channel of the steps the template drafts.</param>
    /// <param name="body">The body: the message, or for a step that writes to nobody, what to do.</param>
    /// <param name="subject">The subject, for the channels that have one (Email, and InPerson, arranged by email); otherwise <see langword="null"/>.</param>
    /// <param name="talkingPoints">For meetings (InPerson and Phone), three or four talking points; otherwise none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="body"/> is <see langword="null"/>.</exception>
    public DraftTemplate(ActionKind? action, Channel channel, string body, string? subject = null, IEnumerable<string>? talkingPoints = null)
    {
        Action = action;
        Channel = channel;
        Body = Preconditions.CheckNotNull(body);
        Subject = subject;
        TalkingPoints = ValueList<string>.From(talkingPoints);
    }

    /// <summary>Gets the action whose steps the template drafts.</summary>
    /// <value>Set in <see cref="Playbook.Drafts"/>; <see langword="null"/> in <see cref="Rule.Drafts"/>, where the template drafts the rule's steps on <see cref="Channel"/>.</value>
    public ActionKind? Action { get; }

    /// <summary>Gets the channel of the steps the template drafts.</summary>
    /// <value>One channel; a step on another channel takes another template.</value>
    public Channel Channel { get; }

    /// <summary>Gets the subject's template.</summary>
    /// <value><see langword="null"/> for channels without a subject; rendered on one line.</value>
    public string? Subject { get; }

    /// <summary>Gets the body's template.</summary>
    /// <value>Liquid text, at most <see cref="MaxLength"/> characters.</value>
    public string Body { get; }

    /// <summary>Gets the talking points' templates, for meetings.</summary>
    /// <value>Possibly empty; at most <see cref="MaxTalkingPoints"/>. A point that renders empty (its value is missing) is left out.</value>
    public ValueList<string> TalkingPoints { get; }

    /// <summary>Returns whether a step of <paramref name="action"/> by <paramref name="channel"/> takes this template.</summary>
    /// <param name="action">The step's action.</param>
    /// <param name="channel">The step's channel.</param>
    /// <returns><see langword="true"/> when the channel is this template's and the action is its own, or it has none.</returns>
    public bool Drafts(ActionKind action, Channel channel) => Channel == channel && (Action is null || Action == action);
}
