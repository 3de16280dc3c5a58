using FluentValidation;
using FollowUpRules.Domain;
using FollowUpRules.Rules;

namespace FollowUpRules.Validation;

/// <content>The translations of the templates: each translates a template the playbook has, with its parts and its values.</content>
public sealed partial class DraftTemplatesValidator
{
    private void ValidateTranslatedDrafts(Playbook playbook, ValidationContext<Playbook> context)
    {
        void Add(string path, string message) => context.AddFailure(path, message);

        foreach (PlaybookTranslation translation in playbook.Translations)
        {
            if (translation is null)
            {
                continue; // reported by the PlaybookValidator
            }

            string at = PlaybookValidator.TranslationPath(translation);
            var seen = new HashSet<(ActionKind?, Channel)>();
            for (int i = 0; i < translation.Drafts.Count; i++)
            {
                DraftTemplate template = translation.Drafts[i];
                string path = $"{at}.Drafts[{i}]";
                if (template is null)
                {
                    Add(path, "A template cannot be null.");
                    continue;
                }

                if (template.Action is not { } action)
                {
                    Add(path + ".Action", "A translated template of the playbook names the action of the template it translates; a rule's own template is translated in that rule's translation.");
                    continue;
                }

                if (!Enum.IsDefined(action) || !Enum.IsDefined(template.Channel))
                {
                    Add(path + (Enum.IsDefined(action) ? ".Channel" : ".Action"), Enum.IsDefined(action) ? $"'{template.Channel}' is not a channel." : $"'{action}' is not an action.");
                    continue;
                }

                if (playbook.Drafts.FirstOrDefault(d => d is not null && d.Action == action && d.Channel == template.Channel) is not { } original)
                {
                    Add(path, $"The playbook has no template for {action} by {template.Channel} to translate; a translation words the playbook's own templates in another language, so add the template to the playbook's drafts first.");
                    continue;
                }

                if (!seen.Add((action, template.Channel)))
                {
                    Add(path, $"The translation has two templates for {action} by {template.Channel}; keep one.");
                    continue;
                }

                ValidateTranslation(original, template, path, Add);
            }

            foreach (RuleTranslation rule in translation.Rules)
            {
                if (rule is null || playbook.FindRule(rule.RuleId) is not { } owner)
                {
                    continue; // reported by the PlaybookValidator
                }

                var channels = new HashSet<Channel>();
                for (int i = 0; i < rule.Drafts.Count; i++)
                {
                    DraftTemplate template = rule.Drafts[i];
                    string rulePath = PlaybookValidator.RulePath(at, rule) + ".Drafts";
                    if (template is null)
                    {
                        Add($"{rulePath}[{i}]", "A template cannot be null.");
                        continue;
                    }

                    string path = $"{rulePath}.{template.Channel}";
                    if (template.Action is not null)
                    {
                        Add(path + ".Action", $"A rule's template drafts every step of the rule by {template.Channel}, so its translation names no action either.");
                    }

                    if (owner.Drafts.FirstOrDefault(d => d is not null && d.Channel == template.Channel) is not { } original)
                    {
                        Add(path, $"The rule has no template of its own for {template.Channel} to translate"
                            + (owner.Drafts.Count == 0 ? "; its steps take the playbook's templates, which the translation's drafts translate." : $"; it has its own for {string.Join(", ", owner.Drafts.Select(d => d.Channel))}."));
                        continue;
                    }

                    if (!channels.Add(template.Channel))
                    {
                        Add(path, $"The translation has two templates of the rule for {template.Channel}; keep one.");
                        continue;
                    }

                    ValidateTranslation(original, template, path, Add);
                }
            }
        }
    }

    /// <summary>
    /// Checks a translated template against its original: its texts as any template's are checked, the same parts, and
    /// with a checker, the same values named in each text.
    /// </summary>
    private void ValidateTranslation(DraftTemplate original, DraftTemplate translation, string path, Action<string, string> add)
    {
        // What the values may be is the original's to answer: a translation names the same ones.
        ValidateTexts(translation, path, add, static (_, _) => null);

        if ((original.Subject is null) != (translation.Subject is null) && translation.Channel is Channel.Email or Channel.InPerson)
        {
            add(path + ".Subject", original.Subject is null
                ? "The original has no subject, so its translation has none."
                : "The original has a subject: translate it too.");
        }

        if (original.TalkingPoints.Count != translation.TalkingPoints.Count)
        {
            add(path + ".TalkingPoints", $"The original has {original.TalkingPoints.Count} talking point(s) and the translation {translation.TalkingPoints.Count}: translate each, in the same order.");
        }

        if (checker is null)
        {
            return;
        }

        if (original.Subject is { } subject && translation.Subject is { } translatedSubject)
        {
            CompareValues(subject, translatedSubject, path + ".Subject", add);
        }

        CompareValues(original.Body, translation.Body, path + ".Body", add);
        for (int i = 0; i < Math.Min(original.TalkingPoints.Count, translation.TalkingPoints.Count); i++)
        {
            if (original.TalkingPoints[i] is { } point && translation.TalkingPoints[i] is { } translatedPoint)
            {
                CompareValues(point, translatedPoint, $"{path}.TalkingPoints[{i}]", add);
            }
        }
    }

    private void CompareValues(string original, string translation, string path, Action<string, string> add)
    {
        if (original.Length > DraftTemplate.MaxLength || translation.Length > DraftTemplate.MaxLength)
        {
            return; // reported on its own
        }

        DraftTemplateCheck theirs = checker!.Check(original);
        DraftTemplateCheck ours = checker.Check(translation);
        if (theirs.Problems.Count > 0 || ours.Problems.Count > 0)
        {
            return; // reported on its own
        }

        string[] missing = [.. theirs.Values.Except(ours.Values, StringComparer.Ordinal)];
        string[] extra = [.. ours.Values.Except(theirs.Values, StringComparer.Ordinal)];
        if (missing.Length > 0 || extra.Length > 0)
        {
            string lacks = missing.Length == 0 ? string.Empty : $"it does not name {string.Join(", ", missing)}";
            string adds = extra.Length == 0 ? string.Empty : $"it names {string.Join(", ", extra)}, which the original does not";
            add(path, $"The translation's values differ from the original's: {lacks}{(lacks.Length > 0 && adds.Length > 0 ? "; " : string.Empty)}{adds}. A translation names the same values as the text it translates.");
        }
    }
}
