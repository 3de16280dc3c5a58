using FollowUpRules.Utility;

namespace FollowUpRules.Rules;

/// <summary>
/// One rule's words in another language: its title, its source and its own draft templates, as one
/// <see cref="PlaybookTranslation"/> carries them.
/// </summary>
/// <remarks>
/// <para>Each part is optional: a part left out reads as the next language a culture falls back to, and in the end as the
/// rule's own (<see cref="Rule.Title"/>, <see cref="Rule.Source"/>, <see cref="Rule.Drafts"/>). A translated template
/// replaces the rule's own template for its channel, with the same parts (a subject where the original has one, as many
/// talking points) and the same values named in each text (validated).</para>
/// <para>Immutable, compares by value, safe to share between threads.</para>
/// </remarks>
public sealed record RuleTranslation
{
    /// <summary>Initializes a new translation of one rule.</summary>
    /// <param name="ruleId">The id of the rule translated (<see cref="Rule.Id"/>).</param>
    /// <param name="title">The title in the translation's language; <see langword="null"/> to leave it untranslated.</param>
    /// <param name="source">The source in the translation's language, for a rule that has one; <see langword="null"/> to leave it untranslated.</param>
    /// <param name="drafts">Translations of the rule's own templates (<see cref="Rule.Drafts"/>), one per channel, with no action; <see langword="null"/> for none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="ruleId"/> is <see langword="null"/>.</exception>
    public RuleTranslation(string ruleId, string? title = null, string? source = null, IEnumerable<DraftTemplate>? drafts = null)
    {
        RuleId = Preconditions.CheckNotNull(ruleId);
        Title = title;
        Source = source;
        Drafts = ValueList<DraftTemplate>.From(drafts);
    }

    /// <summary>Gets the id of the rule translated.</summary>
    /// <value>A rule id of the playbook (validated).</value>
    public string RuleId { get; }

    /// <summary>Gets the translated title.</summary>
    /// <value><see langword="null"/> when the title is not translated here.</value>
    public string? Title { get; }

    /// <summary>Gets the translated source.</summary>
    /// <value><see langword="null"/> when the source is not translated here; set only for a rule that has a source (validated).</value>
    public string? Source { get; }

    /// <summary>Gets the translations of the rule's own templates.</summary>
    /// <value>Possibly empty; each for a channel the rule has a template of its own for, with no action (validated).</value>
    public ValueList<DraftTemplate> Drafts { get; }
}
