using FollowUpRules.Validation;

namespace FollowUpRules.Drafts;

/// <summary>
/// Checks draft templates in the sandboxed subset of Liquid that <see cref="DraftWriter"/> renders: the syntax, the tags
/// (<c>if</c>, <c>elsif</c>, <c>else</c>, <c>unless</c>, <c>case</c>, <c>comment</c>; no loops, assignments or includes),
/// the filters (text filters only, with a "did you mean" for a misspelt one), and the value names, which must be among
/// <see cref="Rules.DraftValues.All"/> (with a "did you mean"), read as they are, with no member access.
/// </summary>
/// <remarks>
/// <para>Pass <see cref="Instance"/> where the core takes an <see cref="IDraftTemplateChecker"/>, so that a playbook's
/// template problems are reported with every other problem when it is loaded or built, each with its path:</para>
/// <code>Playbook playbook = PlaybookJson.LoadFile("playbook.json", templates: LiquidTemplateChecker.Instance);</code>
/// <para>A text that passes renders in time and space proportional to its length. Each text's result is kept as long as
/// the string lives, so checking the same playbook again costs little. Thread-safe.</para>
/// </remarks>
public sealed class LiquidTemplateChecker : IDraftTemplateChecker
{
    private LiquidTemplateChecker()
    {
    }

    /// <summary>Gets the checker.</summary>
    /// <value>The one instance; it has no state of its own.</value>
    public static LiquidTemplateChecker Instance { get; } = new();

    /// <inheritdoc/>
    public DraftTemplateCheck Check(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TemplateLanguage.Check(text);
    }
}
