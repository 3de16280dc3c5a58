using System.Text;
using FollowUpRules.Rules;
using FsCheck;
using FsCheck.Fluent;

namespace FollowUpRules.Testing;

/// <summary>
/// FsCheck generators of draft template text (<see cref="DraftTemplate"/>), for fuzzing a playbook's templates: pieces of
/// Liquid put together at random, valid and not: the allowed values, tags and filters, and what a template may not do
/// (loops over huge ranges, assignments, includes, member access, unknown names, filters that grow text), broken
/// delimiters, unbalanced tags, characters that are not text, and long runs.
/// </summary>
/// <remarks>
/// <para>A playbook holding such a text must be refused when loaded, with the template's path, or render its drafts
/// safely: no other exception, no hang, no draft longer than <c>Draft.MaxLength</c>. Seed FsCheck
/// (<c>Config.WithReplay</c>) to replay a run. The generators are pure and thread-safe; they do not shrink.</para>
/// </remarks>
public static class TemplateTexts
{
    /// <summary>The most pieces one generated text is made of: 40.</summary>
    public const int MaxPieces = 40;

    private static readonly string[] Pieces =
    [
        // What drafts may do.
        "Hi ", "there", ", ", ".", "\n", "\n\n", " ", "{{ first_name }}", "{{ full_name }}", "{{ company }}", "{{ role }}", "{{ interview_date }}",
        "{{ interview_dates }}", "{{ interviewers }}", "{{ rejection_date }}", "{{ rejection_reason }}", "{{ posting_title }}", "{{ last_reply_date }}",
        "{{ applied_date }}", "{{ seeker_name }}", "{{ signature }}", "{{ first_name | default: \"there\" }}", "{{ company | upcase }}",
        "{{ role | append: role }}", "{{ 'x' | prepend: company }}", "{{ role | truncate: 5 }}", "{{ role | truncate: 2147483647 }}",
        "{% if role %}", "{% elsif company %}", "{% else %}", "{% endif %}", "{% unless company %}", "{% endunless %}",
        "{% case rejection_reason %}", "{% when \"HiringPaused\" %}", "{% endcase %}", "{% comment %}", "{% endcomment %}",
        "{% if role == \"x\" and company or first_name %}", "{%- if role -%}", "{{- role -}}",

        // What drafts may not do.
        "{% for i in (1..2147483647) %}", "{% endfor %}", "{% for x in company %}", "{% assign x = company %}", "{% capture x %}", "{% endcapture %}",
        "{% include 'x' %}", "{% render 'x' %}", "{% cycle 'a', 'b' %}", "{% increment n %}", "{% raw %}", "{% endraw %}", "{% liquid echo role %}",
        "{{ company.size }}", "{{ company[0] }}", "{{ first_nme }}", "{{ now }}", "{{ 'now' | date: '%Y' }}", "{{ role | split: ',' }}",
        "{{ role | replace: 'a', 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa' }}", "{{ role | unknown_filter }}", "{{ (1..5) }}", "{{ 1 | plus: 2 }}",

        // Broken Liquid and hostile characters.
        "{{", "}}", "{%", "%}", "{% if %}", "{% endif", "{{ role", "{{ \"unclosed }}", "{% when %}", "{% else %}{% else %}", "\0", "\uFFFF", "\u202E",
        "\t", "\r\n", "{{{{}}}}", "{%%}", "{{ }}", "{% %}",
    ];

    // The values every step for a person can have (all but the posting's title).
    private static readonly string[] PersonValues =
    [
        "first_name", "full_name", "company", "role", "applied_date", "interview_date", "interview_dates", "interviewers",
        "rejection_date", "rejection_reason", "last_reply_date", "seeker_name", "signature",
    ];

    private static readonly string[] Words = ["Hi", "there", "thank you", ",", ".", "\n", "\n\n", " ", "—", "é", "\"quoted\""];

    private static readonly string[] FirstWords = ["Hi", "Thank you", "Notes"];

    private static readonly string[] Filters = ["upcase", "downcase", "capitalize", "strip", "default: \"there\"", "append: \"!\"", "prepend: company", "truncate: 8", "remove: \"a\""];

    /// <summary>
    /// Generates template texts of 0 to <see cref="MaxPieces"/> pieces, sometimes with a long run of one piece: half of
    /// them valid templates for a step for a person (<see cref="Valid()"/>), half a hostile mix of any pieces.
    /// </summary>
    /// <returns>The generator.</returns>
    public static Gen<string> Text() => Gen.OneOf(Valid(), Hostile());

    /// <summary>
    /// Generates valid templates for a step for a person, never empty and within the length allowed: a word, then text,
    /// values (all but <c>posting_title</c>), allowed filters, and <c>if</c>, <c>unless</c> and <c>case</c> blocks nested
    /// up to two deep.
    /// </summary>
    /// <returns>The generator.</returns>
    public static Gen<string> Valid() => Valid(PersonValues);

    /// <summary>
    /// Generates valid templates that name only <paramref name="values"/>, for the steps that have them: as
    /// <see cref="Valid()"/>, with only those values in outputs and in <c>if</c> and <c>unless</c> tags, a <c>case</c> block
    /// only when <c>rejection_reason</c> is one of them, and words alone when there is no value.
    /// </summary>
    /// <param name="values">
    /// Names from <see cref="DraftValues.All"/>: for example all but <c>first_name</c>, <c>full_name</c> and
    /// <c>posting_title</c> for a step for the seeker or the company.
    /// </param>
    /// <returns>The generator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="values"/> names something that is not a draft value.</exception>
    public static Gen<string> Valid(IEnumerable<string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        string[] names = [.. values.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        if (names.Any(n => n is null))
        {
            throw new ArgumentException("A value's name cannot be null.", nameof(values));
        }

        if (names.FirstOrDefault(n => !DraftValues.IsValue(n)) is { } unknown)
        {
            throw new ArgumentException($"'{unknown}' is not a draft value; the values are {string.Join(", ", DraftValues.All)}.", nameof(values));
        }

        // Each text is built from a seed by plain code: a generator per piece would cost a thousand binds a template.
        return from seed in Gen.Choose(0, int.MaxValue)
               from depth in Gen.Sized(size => Gen.Constant(Math.Min(size, 2)))
               select Build(new Random(seed), depth, names);
    }

    // A valid template: a first word, then a block of text, values and tags nested up to depth.
    private static string Build(Random random, int depth, string[] names)
    {
        var text = new StringBuilder(FirstWords[random.Next(FirstWords.Length)]);
        Block(random, depth, names, text);
        return text.ToString();
    }

    // Up to six pieces: a word or a value (filtered half the time), or, above depth 0, an if, unless or case block around
    // smaller blocks, one time in seven each.
    private static void Block(Random random, int depth, string[] names, StringBuilder text)
    {
        bool hasCase = names.Contains(DraftValues.RejectionReason, StringComparer.Ordinal);
        for (int count = random.Next(0, 7); count > 0; count--)
        {
            int roll = depth == 0 || names.Length == 0 ? 0 : random.Next(hasCase ? 7 : 6);
            switch (roll)
            {
                case 4:
                    text.Append("{% if ").Append(names[random.Next(names.Length)]).Append(" %}");
                    Block(random, depth - 1, names, text);
                    text.Append("{% else %}");
                    Block(random, depth - 1, names, text);
                    text.Append("{% endif %}");
                    break;
                case 5:
                    text.Append("{% unless ").Append(names[random.Next(names.Length)]).Append(" %}");
                    Block(random, depth - 1, names, text);
                    text.Append("{% endunless %}");
                    break;
                case 6:
                    text.Append("{% case rejection_reason %}{% when \"HiringPaused\" %}");
                    Block(random, depth - 1, names, text);
                    text.Append("{% else %}");
                    Block(random, depth - 1, names, text);
                    text.Append("{% endcase %}");
                    break;
                default:
                    if (names.Length == 0 || random.Next(2) == 0)
                    {
                        text.Append(Words[random.Next(Words.Length)]);
                    }
                    else
                    {
                        string name = names[random.Next(names.Length)];
                        string filter = Filters[random.Next(Filters.Length)];
                        bool named = !filter.Contains(DraftValues.Company, StringComparison.Ordinal) || names.Contains(DraftValues.Company, StringComparer.Ordinal);
                        text.Append(random.Next(2) == 0 && named ? $"{{{{ {name} | {filter} }}}}" : $"{{{{ {name} }}}}");
                    }

                    break;
            }
        }
    }

    /// <summary>
    /// Generates <paramref name="text"/> in other words, as a translation of a template writes it: every Liquid output and
    /// tag kept as it is, so the text names the same values; each run of text between them that is not blank replaced by one
    /// or two of <paramref name="words"/>; and <paramref name="marker"/> first, so a draft rendered from it shows which
    /// text it came from.
    /// </summary>
    internal static Gen<string> Reworded(string text, string marker, string[] words)
    {
        List<(string Piece, bool IsText)> pieces = Split(text);
        return Gen.Choose(0, int.MaxValue).Select(seed =>
        {
            var random = new Random(seed);
            var reworded = new StringBuilder(marker).Append(' ');
            foreach ((string piece, bool isText) in pieces)
            {
                if (isText && !string.IsNullOrWhiteSpace(piece))
                {
                    reworded.Append(' ').Append(words[random.Next(words.Length)]);
                    if (random.Next(2) == 0)
                    {
                        reworded.Append(' ').Append(words[random.Next(words.Length)]);
                    }

                    reworded.Append(' ');
                }
                else
                {
                    reworded.Append(piece);
                }
            }

            return reworded.ToString();
        });
    }

    /// <summary>
    /// Splits a template into its Liquid (<c>{{ ... }}</c> and <c>{% ... %}</c>, quoted text inside them skipped) and the
    /// runs of text between, in order.
    /// </summary>
    internal static List<(string Piece, bool IsText)> Split(string text)
    {
        var pieces = new List<(string, bool)>();
        int start = 0;
        int i = 0;
        while (i < text.Length - 1)
        {
            if (text[i] != '{' || (text[i + 1] != '{' && text[i + 1] != '%'))
            {
                i++;
                continue;
            }

            char close = text[i + 1] == '{' ? '}' : '%';
            int end = i + 2;
            char quote = '\0';
            while (end < text.Length - 1 && (quote != '\0' || text[end] != close || text[end + 1] != '}'))
            {
                quote = quote == '\0' ? (text[end] is '"' or '\'' ? text[end] : '\0') : (text[end] == quote ? '\0' : quote);
                end++;
            }

            if (end >= text.Length - 1)
            {
                break; // not closed: the rest is text
            }

            if (i > start)
            {
                pieces.Add((text[start..i], true));
            }

            pieces.Add((text[i..(end + 2)], false));
            start = i = end + 2;
        }

        if (start < text.Length)
        {
            pieces.Add((text[start..], true));
        }

        return pieces;
    }

    /// <summary>Generates a hostile mix of 0 to <see cref="MaxPieces"/> pieces, valid and not, or a long run of one piece.</summary>
    /// <returns>The generator.</returns>
    public static Gen<string> Hostile() => Gen.OneOf(
        from count in Gen.Choose(0, MaxPieces)
        from pieces in Gen.ListOf(Gen.Elements(Pieces), count)
        select string.Concat(pieces),
        from piece in Gen.Elements(Pieces)
        from repeat in Gen.Choose(100, 2000)
        select string.Concat(Enumerable.Repeat(piece, repeat)));

    /// <summary>Gets the arbitrary of template texts, for <c>Prop.ForAll</c>; it does not shrink.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<string> Arbitrary() => Arb.From(Text());
}
