using System.Globalization;
using System.Text;
using FollowUpRules.Serialization;

namespace FollowUpRules.Cli.Input;

/// <summary>
/// The ids the tool makes so a person never has to: lower-case words joined by dashes, accents dropped
/// ("Société Générale" is <c>societe-generale</c>), made unique with <c>-2</c>, <c>-3</c>, ... Applications are
/// <c>company-role</c>; a company keeps the id its other applications have; a person keeps the id they have at the
/// company.
/// </summary>
internal static class Ids
{
    /// <summary>The longest id made from a name: 40 characters.</summary>
    public const int MaxLength = 40;

    public static string Slug(string text, string fallback)
    {
        var slug = new StringBuilder(text.Length);
        foreach (char c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            char lower = char.ToLowerInvariant(c);
            if (lower is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                slug.Append(lower);
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        string result = slug.ToString().Trim('-');
        result = result.Length > MaxLength ? result[..MaxLength].TrimEnd('-') : result;
        return result.Length == 0 ? fallback : result;
    }

    /// <summary><paramref name="id"/>, or the first of <c>id-2</c>, <c>id-3</c>, ... that <paramref name="taken"/> does not hold.</summary>
    public static string Unique(string id, Func<string, bool> taken)
    {
        if (!taken(id))
        {
            return id;
        }

        for (int n = 2; ; n++)
        {
            string candidate = $"{id}-{n.ToString(CultureInfo.InvariantCulture)}";
            if (!taken(candidate))
            {
                return candidate;
            }
        }
    }

    /// <summary>The company id of the pipeline's applications at a company of that name (any case), else one made from it.</summary>
    public static string CompanyId(PipelineFile pipeline, string companyName) =>
        pipeline.Applications.FirstOrDefault(a => string.Equals(a.Application.CompanyName.Trim(), companyName.Trim(), StringComparison.OrdinalIgnoreCase))?.Application.CompanyId
        ?? Slug(companyName, "company");

    public static string ApplicationId(PipelineFile pipeline, string companyId, string role) =>
        Unique($"{companyId}-{Slug(role, "role")}", id => pipeline.Find(id) is not null);
}
