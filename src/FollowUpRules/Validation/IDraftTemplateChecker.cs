namespace FollowUpRules.Validation;

/// <summary>
/// Checks the text of a <see cref="Rules.DraftTemplate"/> in the language that renders it: its syntax, what it may do, and
/// which of the <see cref="Rules.DraftValues"/> it reads.
/// </summary>
/// <remarks>
/// <para>The core keeps templates as data and checks what needs no parser (which channels have a subject or talking
/// points, one template per action and channel, lengths). A checker adds the checks that need one; pass it to
/// <see cref="PlaybookValidator"/>, <see cref="Serialization.PlaybookJson"/>'s loading methods or
/// <see cref="Rules.PlaybookBuilder.Build"/>, and every template problem is reported with the others, each with its path.
/// The validator itself then refuses a value the step cannot have (a contact's name in a step for the company, a posting's
/// title outside a posting rule), from the values the checker says a text reads.</para>
/// <para>The FollowUpRules.Drafts package implements it for Liquid (<c>LiquidTemplateChecker.Instance</c>), the language
/// its <c>DraftWriter</c> renders. Implementations must be thread-safe: one validator may check many playbooks at once.</para>
/// </remarks>
public interface IDraftTemplateChecker
{
    /// <summary>Checks one text of a template: a subject, a body or a talking point.</summary>
    /// <param name="text">The text, at most <see cref="Rules.DraftTemplate.MaxLength"/> characters.</param>
    /// <returns>Every problem found, a sentence each (empty when the text is valid), and the values it reads.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    DraftTemplateCheck Check(string text);
}
