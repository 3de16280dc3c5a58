using System.Collections.Frozen;
using FollowUpRules.Domain;
using FollowUpRules.Utility;

namespace FollowUpRules.Rules;

/// <summary>
/// A playbook's words in one language: its rules' titles and sources, and its draft templates, the playbook's
/// (<see cref="Playbook.Drafts"/>) and each rule's (<see cref="Rule.Drafts"/>).
/// </summary>
/// <remarks>
/// <para>A playbook carries one per culture in <see cref="Playbook.Translations"/>. A text is looked up as .NET resources
/// are: a culture reads its own translation, then its parent's (<c>de-AT</c>, then <c>de</c>), then the playbook as
/// written. So a translation may be partial, and a regional one (<c>de-CH</c>) need hold only what differs from its
/// language's.</para>
/// <para>A translation only words what the playbook already has: each template translates one of the playbook's (the same
/// action and channel) or one of a rule's own (the same channel), with the same parts and the same values named in each
/// text; the <see cref="Validation.PlaybookValidator"/> checks it, and reports every problem with its path
/// (<c>Translations[de].Rules[status-follow-up].Title</c>).</para>
/// <para>Immutable, compares by value, safe to share between threads.</para>
/// </remarks>
public sealed record PlaybookTranslation
{
    // The rules' translations by rule id (the first of a rule translated twice, which validation refuses), for look-ups
    // when a title or a template is read.
    private readonly FrozenDictionary<string, RuleTranslation> byRule;

    /// <summary>Initializes a new translation.</summary>
    /// <param name="culture">The culture's name: a language (<c>de</c>) or a language and region (<c>de-AT</c>); case does not matter.</param>
    /// <param name="rules">The rules' translations, one per rule translated; <see langword="null"/> for none.</param>
    /// <param name="drafts">Translations of the playbook's templates, each with the action and channel of the template it translates; <see langword="null"/> for none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="culture"/> is <see langword="null"/>.</exception>
    public PlaybookTranslation(string culture, IEnumerable<RuleTranslation>? rules = null, IEnumerable<DraftTemplate>? drafts = null)
    {
        Culture = Preconditions.CheckNotNull(culture);
        Rules = ValueList<RuleTranslation>.From(rules);
        Drafts = ValueList<DraftTemplate>.From(drafts);
        var index = new Dictionary<string, RuleTranslation>(StringComparer.Ordinal);
        foreach (RuleTranslation? rule in Rules)
        {
            if (rule is not null)
            {
                index.TryAdd(rule.RuleId, rule);
            }
        }

        byRule = index.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>Gets the name of the culture the translation is for.</summary>
    /// <value>For example <c>de</c>, <c>es</c> or <c>de-AT</c>; a culture .NET knows (validated).</value>
    public string Culture { get; }

    /// <summary>Gets the rules' translations.</summary>
    /// <value>Possibly empty; each names a rule of the playbook, at most once (validated).</value>
    public ValueList<RuleTranslation> Rules { get; }

    /// <summary>Gets the translations of the playbook's templates.</summary>
    /// <value>Possibly empty; each has the action and channel of one of <see cref="Playbook.Drafts"/>, at most once (validated).</value>
    public ValueList<DraftTemplate> Drafts { get; }

    /// <summary>Returns the translation of the rule with <paramref name="ruleId"/>.</summary>
    /// <param name="ruleId">The rule's id (ordinal comparison).</param>
    /// <returns>The rule's translation, or <see langword="null"/> when this translation has none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ruleId"/> is <see langword="null"/>.</exception>
    public RuleTranslation? FindRule(string ruleId) => byRule.GetValueOrDefault(Preconditions.CheckNotNull(ruleId));

    /// <summary>Compares the culture, the rules' translations and the templates.</summary>
    /// <param name="other">The other translation.</param>
    /// <returns><see langword="true"/> when both hold the same words for the same culture.</returns>
    public bool Equals(PlaybookTranslation? other) =>
        other is not null && (ReferenceEquals(this, other)
            || (string.Equals(Culture, other.Culture, StringComparison.Ordinal) && Rules.Equals(other.Rules) && Drafts.Equals(other.Drafts)));

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Culture, Rules, Drafts);

    /// <summary>Returns the translation of the playbook's template for <paramref name="action"/> by <paramref name="channel"/>.</summary>
    internal DraftTemplate? FindDraft(ActionKind action, Channel channel) => Drafts.FirstOrDefault(d => d is not null && d.Action == action && d.Channel == channel);
}
