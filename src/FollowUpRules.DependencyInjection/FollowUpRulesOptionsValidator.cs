using FluentValidation.Results;
using FollowUpRules.Rules;
using FollowUpRules.Rules.Conditions;
using FollowUpRules.Serialization;
using FollowUpRules.Validation;
using Microsoft.Extensions.Options;

namespace FollowUpRules.DependencyInjection;

/// <summary>
/// Loads and checks the playbook each <see cref="FollowUpRulesOptions"/> names, reporting every problem at once. Runs at
/// startup through <c>ValidateOnStart</c>, and in any case before an engine is built from the options.
/// </summary>
/// <remarks>
/// The playbook it validated is kept on the options instance, which the options monitor caches, so a playbook file is
/// read once per name. When an <see cref="IDraftTemplateChecker"/> is registered (FollowUpRules.Drafts'
/// <c>AddFollowUpDrafts</c> registers one), the draft templates' texts are checked with the rest.
/// </remarks>
internal sealed class FollowUpRulesOptionsValidator(IEnumerable<ICustomConditionEvaluator> evaluators, IEnumerable<IDraftTemplateChecker> checkers) : IValidateOptions<FollowUpRulesOptions>
{
    private readonly IDraftTemplateChecker? templates = checkers.FirstOrDefault();

    public ValidateOptionsResult Validate(string? name, FollowUpRulesOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        string label = string.IsNullOrEmpty(name) ? "FollowUpRules" : $"FollowUpRules '{name}'";
        var errors = new List<string>(options.ConfigurationErrors);
        string[] names = [.. evaluators.Select(e => e.Name)];
        errors.AddRange(names.GroupBy(n => n, StringComparer.Ordinal).Where(g => g.Count() > 1)
            .Select(g => $"Two custom condition evaluators are named '{g.Key}'; names must be unique."));

        Playbook? playbook = null;
        if (options.Playbook is not null && options.PlaybookPath is not null)
        {
            errors.Add("Set Playbook or PlaybookPath, not both.");
        }
        else if (options.PlaybookPath is { } path)
        {
            playbook = Load(path, names, templates, errors);
        }
        else
        {
            playbook = options.Playbook ?? DefaultPlaybook.Instance;
            ValidationResult result = new PlaybookValidator(names, templates).Validate(playbook);
            errors.AddRange(result.Errors.Select(e => $"Playbook '{playbook.Id}': {e.PropertyName}: {e.ErrorMessage}"));
        }

        if (errors.Count > 0)
        {
            return ValidateOptionsResult.Fail(errors.Select(e => $"{label}: {e}"));
        }

        options.ValidatedPlaybook = playbook;
        return ValidateOptionsResult.Success;
    }

    private static Playbook? Load(string path, string[] customConditionNames, IDraftTemplateChecker? templates, List<string> errors)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            errors.Add("PlaybookPath is blank; give the path of a playbook JSON file, or leave it unset for the default playbook.");
            return null;
        }

        try
        {
            return PlaybookJson.LoadFile(path, customConditionNames, templates);
        }
        catch (FollowUpFileException e)
        {
            errors.AddRange(e.Errors.Select(error => $"The playbook file '{path}': {error}"));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            errors.Add($"The playbook file '{path}' cannot be read: {e.Message}");
        }

        return null;
    }
}
