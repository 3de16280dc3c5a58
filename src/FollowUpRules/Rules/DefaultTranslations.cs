using System.Globalization;
using System.Resources;
using FollowUpRules.Localization;

namespace FollowUpRules.Rules;

/// <summary>
/// The default playbook's translations: for each language the library ships besides English, its rules' titles and
/// sources (the <c>Title.&lt;rule id&gt;</c> and <c>Source.&lt;rule id&gt;</c> keys of <c>Text.&lt;language&gt;.resx</c>) and
/// its templates (<c>DefaultDrafts.&lt;language&gt;.resx</c>), as a <see cref="PlaybookTranslation"/> like any playbook's.
/// </summary>
/// <remarks>
/// A language whose resources cannot be read (its satellite assembly left out of a trimmed app, or a process in
/// globalization-invariant mode, which knows no culture but the invariant) is left out: the playbook then reads as
/// written in it, like the library's own sentences. A text missing from a translation's resources is left untranslated;
/// the resource tests fail on it.
/// </remarks>
internal static class DefaultTranslations
{
    /// <summary>Returns the translations of the default playbook's <paramref name="rules"/> and <paramref name="drafts"/>.</summary>
    internal static PlaybookTranslation[] Of(IReadOnlyList<Rule> rules, IReadOnlyList<DraftTemplate> drafts)
    {
        var translations = new List<PlaybookTranslation>();
        foreach (string language in Texts.Languages.Skip(1))
        {
            if (Read(language, Texts.Manager) is not { } words || Read(language, DefaultDrafts.Manager) is not { } templates)
            {
                continue;
            }

            RuleTranslation[] translatedRules =
            [
                .. rules.Select(rule => new RuleTranslation(
                    rule.Id,
                    words.GetString("Title." + rule.Id),
                    rule.Source.Length == 0 ? null : words.GetString("Source." + rule.Id),
                    rule.Drafts.Select(d => DefaultDrafts.Read(rule.Id, null, d.Channel, templates.GetString)).OfType<DraftTemplate>())),
            ];
            DraftTemplate[] translatedDrafts = [.. drafts.Select(d => DefaultDrafts.Read(d.Action!.Value.ToString(), d.Action, d.Channel, templates.GetString)).OfType<DraftTemplate>()];
            translations.Add(new PlaybookTranslation(language, translatedRules, translatedDrafts));
        }

        return [.. translations];
    }

    // The language's own resources, without falling back to the English; null when they cannot be read.
    private static ResourceSet? Read(string language, ResourceManager resources)
    {
        try
        {
            return resources.GetResourceSet(CultureInfo.GetCultureInfo(language), createIfNotExists: true, tryParents: false);
        }
        catch (CultureNotFoundException)
        {
            return null;
        }
    }
}
