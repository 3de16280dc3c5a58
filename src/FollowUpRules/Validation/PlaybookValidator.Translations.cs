using System.Globalization;
using System.Text.RegularExpressions;
using FluentValidation;
using FollowUpRules.Rules;
using FollowUpRules.Utility;

namespace FollowUpRules.Validation;

/// <content>The playbook's translations: their cultures, the rules they name, and the titles and sources they give.</content>
public sealed partial class PlaybookValidator
{
    // Whether this process knows cultures at all: in globalization-invariant mode it knows only the invariant one, and a
    // culture name is then checked by its shape alone.
    private static readonly bool KnowsCultures = CanCreate("en-US");

    /// <summary>Returns whether <paramref name="name"/> names a culture: one .NET knows, or in globalization-invariant mode, one shaped like a language tag.</summary>
    internal static bool IsCultureName(string name)
    {
        if (name.Length == 0 || name.Trim().Length != name.Length)
        {
            return false;
        }

        return KnowsCultures ? CanCreate(name) : LanguageTag().IsMatch(name);
    }

    /// <summary>Returns the path of a translation, by its culture as written: <c>Translations[de]</c>.</summary>
    internal static string TranslationPath(PlaybookTranslation translation) => $"Translations[{translation.Culture}]";

    /// <summary>Returns the path of a rule's translation, by its id as written: <c>Translations[de].Rules[status-follow-up]</c>.</summary>
    internal static string RulePath(string translationPath, RuleTranslation rule) => $"{translationPath}.Rules[{rule.RuleId}]";

    [GeneratedRegex("^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$", RegexOptions.CultureInvariant)]
    private static partial Regex LanguageTag();

    private static bool CanCreate(string name)
    {
        try
        {
            return CultureInfo.GetCultureInfo(name, predefinedOnly: true).Name.Length > 0;
        }
        catch (CultureNotFoundException)
        {
            return false;
        }
    }

    private static void ValidateTranslations(Playbook playbook, ValidationContext<Playbook> context)
    {
        var cultures = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        string[] ruleIds = [.. playbook.Rules.Where(r => r is not null).Select(r => r.Id)];
        for (int i = 0; i < playbook.Translations.Count; i++)
        {
            PlaybookTranslation translation = playbook.Translations[i];
            if (translation is null)
            {
                context.AddFailure($"Translations[{i}]", "A translation cannot be null.");
                continue;
            }

            string path = TranslationPath(translation);
            if (!IsCultureName(translation.Culture))
            {
                context.AddFailure(path, $"{Echo.Quote(translation.Culture)} is not a culture name; name a language, such as \"de\", or a language and region, such as \"de-AT\".");
            }
            else if (!cultures.TryAdd(translation.Culture, translation.Culture))
            {
                context.AddFailure(path, $"The playbook already has a translation for {Echo.Quote(cultures[translation.Culture])}; culture names ignore case, so merge the two.");
            }

            var translated = new HashSet<string>(StringComparer.Ordinal);
            for (int r = 0; r < translation.Rules.Count; r++)
            {
                RuleTranslation rule = translation.Rules[r];
                if (rule is null)
                {
                    context.AddFailure($"{path}.Rules[{r}]", "A rule's translation cannot be null.");
                    continue;
                }

                string at = RulePath(path, rule);
                if (playbook.FindRule(rule.RuleId) is not { } original)
                {
                    string? near = Suggestions.Nearest(rule.RuleId, ruleIds);
                    context.AddFailure(at, $"The playbook has no rule {Echo.Quote(rule.RuleId)} to translate" + (near is null ? "." : $"; did you mean '{near}'?"));
                    continue;
                }

                if (!translated.Add(rule.RuleId))
                {
                    context.AddFailure(at, "The translation has this rule twice; keep one.");
                    continue;
                }

                if (rule.Title is { } title && string.IsNullOrWhiteSpace(title))
                {
                    context.AddFailure(at + ".Title", "The title is empty: give the translated title, or leave it out to show the rule's own.");
                }

                if (rule.Source is { } source)
                {
                    if (original.Source.Length == 0)
                    {
                        context.AddFailure(at + ".Source", "The rule has no source to translate.");
                    }
                    else if (string.IsNullOrWhiteSpace(source))
                    {
                        context.AddFailure(at + ".Source", "The source is empty: give the translated source, or leave it out to show the rule's own.");
                    }
                }
            }
        }
    }
}
