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

    private static readonly string[] Filters = ["upcase", "downcase", "capitalize", "strip", "default: \"there\"", "append: \"!\"", "prepend: company", "truncate: 8", "remove: \"a\""];

    /// <summary>
    /// Generates template texts of 0 to <see cref="MaxPieces"/> pieces, sometimes with a long run of one piece: half of
    /// them valid templates for a step for a person (<see cref="Valid"/>), half a hostile mix of any pieces.
    /// </summary>
    /// <returns>The generator.</returns>
    public static Gen<string> Text() => Gen.OneOf(Valid(), Hostile());

    /// <summary>
    /// Generates valid templates for a step for a person, never empty and within the length allowed: a word, then text,
    /// values (all but <c>posting_title</c>), allowed filters, and <c>if</c>, <c>unless</c> and <c>case</c> blocks nested
    /// up to two deep.
    /// </summary>
    /// <returns>The generator.</returns>
    public static Gen<string> Valid() =>
        from first in Gen.Elements("Hi", "Thank you", "Notes")
        from rest in Gen.Sized(size => Block(Math.Min(size, 2)))
        select first + rest;

    private static Gen<string> Block(int depth)
    {
        Gen<string> value = from name in Gen.Elements(PersonValues)
                            from filtered in Gen.Elements(true, false)
                            from filter in Gen.Elements(Filters)
                            select filtered ? $"{{{{ {name} | {filter} }}}}" : $"{{{{ {name} }}}}";
        Gen<string> leaf = Gen.OneOf(Gen.Elements(Words), value);
        Gen<string> piece = depth == 0 ? leaf : Gen.Frequency(
            (4, leaf),
            (1, from name in Gen.Elements(PersonValues) from then in Block(depth - 1) from otherwise in Block(depth - 1)
                select $"{{% if {name} %}}{then}{{% else %}}{otherwise}{{% endif %}}"),
            (1, from name in Gen.Elements(PersonValues) from then in Block(depth - 1)
                select $"{{% unless {name} %}}{then}{{% endunless %}}"),
            (1, from then in Block(depth - 1) from otherwise in Block(depth - 1)
                select $"{{% case rejection_reason %}}{{% when \"HiringPaused\" %}}{then}{{% else %}}{otherwise}{{% endcase %}}"));
        return from count in Gen.Choose(0, 6)
               from pieces in Gen.ListOf(piece, count)
               select string.Concat(pieces);
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
