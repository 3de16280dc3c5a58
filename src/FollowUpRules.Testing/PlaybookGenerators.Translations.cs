using FollowUpRules.Domain;
using FollowUpRules.Rules;
using FsCheck;
using FsCheck.Fluent;

namespace FollowUpRules.Testing;

/// <content>
/// The words of generated playbooks: draft templates (the playbook's and the rules' own) and translations of titles,
/// sources and templates into other cultures, each template naming exactly the values its original names.
/// </content>
public static partial class PlaybookGenerators
{
    // The longest generated template text: its translation, a word or two for each run of text, stays within DraftTemplate.MaxLength.
    private const int MaxTemplateText = 1000;

    // The values every step can have; a step for a person has its name too, and a rule anchored on a posting the posting's title.
    private static readonly string[] CommonValues = [.. DraftValues.All.Except([DraftValues.FirstName, DraftValues.FullName, DraftValues.PostingTitle])];

    private static readonly string[] PersonValues = [.. CommonValues, DraftValues.FirstName, DraftValues.FullName];

    // Each culture's words: its marker (the first word of every translated template, so a draft shows which text it came
    // from), the word that starts a translated title, a translated source, and the words of the texts. A language and one of
    // its regions each, so that a region falls back to its language.
    private static readonly Language[] Languages =
    [
        new("es", "Hola", "Regla", "Fuente: práctica habitual", ["gracias", "por", "tu", "tiempo", "saludos", "cordiales", ",", "."]),
        new("es-MX", "Quihubo", "Regla mexicana", "Fuente: práctica en México", ["gracias", "por", "platicar", "saludos", ","]),
        new("de", "Hallo", "Regel", "Quelle: übliche Praxis", ["vielen", "Dank", "für", "das", "Gespräch", "Grüße", ",", "."]),
        new("de-AT", "Servus", "Regel in Österreich", "Quelle: Praxis in Österreich", ["danke", "vielmals", "Grüße", "aus", "Wien", ","]),
        new("fr", "Bonjour", "Règle", "Source : pratique courante", ["merci", "pour", "votre", "temps", "cordialement", ",", "."]),
        new("pt-BR", "Olá", "Regra", "Fonte: prática comum", ["obrigado", "pelo", "seu", "tempo", "abraços", ",", "."]),
    ];

    /// <summary>Gets the cultures of generated translations: a language and one of its regions, and languages alone.</summary>
    /// <value><c>es</c>, <c>es-MX</c>, <c>de</c>, <c>de-AT</c>, <c>fr</c> and <c>pt-BR</c>.</value>
    public static ValueList<string> TranslationCultures { get; } = ValueList<string>.From(Languages.Select(l => l.Culture));

    /// <summary>
    /// Generates <paramref name="playbook"/> with translations of its own words, in place of any it has: one to three of
    /// <see cref="TranslationCultures"/>, each translating every rule or only some, and in a rule its title, its source
    /// (for a rule that has one) and some of its own templates, and some of the playbook's templates.
    /// </summary>
    /// <param name="playbook">A valid playbook; its templates may be any the Drafts package accepts.</param>
    /// <returns>The generator. Every playbook it makes is valid, with the template checker too.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="playbook"/> is <see langword="null"/>.</exception>
    /// <remarks>
    /// <para>A translated title is the culture's word for "rule" and the rule's id (<c>Regla r1</c>, <c>Regel in Österreich
    /// r1</c>), so no English title is left in it. A translated template keeps every Liquid output and tag of its original
    /// as written, so it names exactly the same values, and words each run of text between them in the culture; it starts
    /// with the culture's own greeting (<c>Hola</c>, <c>Quihubo</c>, <c>Hallo</c>, <c>Servus</c>, <c>Bonjour</c>,
    /// <c>Olá</c>), so a draft shows which translation, or the original, it was written from.</para>
    /// <para>Use it for a playbook of your own, to test what your app shows in other languages:
    /// <c>Prop.ForAll(Arb.From(PlaybookGenerators.Translated(myPlaybook)), ...)</c>.</para>
    /// </remarks>
    public static Gen<Playbook> Translated(Playbook playbook)
    {
        ArgumentNullException.ThrowIfNull(playbook);
        return from count in Gen.Frequency((3, Gen.Constant(1)), (2, Gen.Constant(2)), (1, Gen.Constant(3)))
               from languages in Gen.Shuffle(Languages)
               from translations in Gen.CollectToArray(languages.Take(count).Select(l => Translation(playbook, l)))
               select Rebuild(playbook, translations: translations);
    }

    /// <summary>
    /// Generates <paramref name="playbook"/> with templates of its own: some rules get their own for a channel of their
    /// actions, and the playbook some for the actions and channels its rules' steps take; each names only values its steps
    /// can have (a person's name for steps for a person, the posting's title for a rule anchored on a posting).
    /// </summary>
    internal static Gen<Playbook> Drafted(Playbook playbook)
    {
        (ActionKind Action, Channel Channel)[] steps = [.. playbook.Rules
            .Where(r => !r.IsStopRule)
            .SelectMany(r => r.Action.Chain().Concat(r.Late.TurnInto?.Chain() ?? []))
            .Select(a => (a.Kind, a.Channel))
            .Distinct()];
        return from rules in Gen.CollectToArray(playbook.Rules.Select(r => r.IsStopRule ? Gen.Constant(r) : WithOwnDrafts(r)))
               from shared in Gen.CollectToArray(steps.Select(s => Maybe(Template(s.Action, s.Channel, ActionKinds.TargetsPerson(s.Action) ? PersonValues : CommonValues), 1, 2)))
               select Rebuild(playbook, rules, drafts: shared.OfType<DraftTemplate>());
    }

    // A rule with a template of its own for some of the channels of its action and alternatives (not of its late
    // replacement: a shrunk rule that keeps its late steps open still takes every template it has).
    private static Gen<Rule> WithOwnDrafts(Rule rule)
    {
        string[] values = rule.Audience.IsPeople ? PersonValues : CommonValues;
        if (rule.Anchor?.Kind == AnchorKind.PostingSpotted)
        {
            values = [.. values, DraftValues.PostingTitle];
        }

        Channel[] channels = [.. rule.Action.Chain().Select(a => a.Channel).Distinct()];
        return from templates in Gen.CollectToArray(channels.Select(c => Maybe(Template(null, c, values), 1, 3)))
               select templates.All(t => t is null) ? rule : Copy(rule, drafts: templates.OfType<DraftTemplate>());
    }

    private static Gen<DraftTemplate> Template(ActionKind? action, Channel channel, string[] values)
    {
        Gen<string> text = TemplateTexts.Valid(values).Where(t => t.Length <= MaxTemplateText);
        return from body in text
               from subject in channel is Channel.Email or Channel.InPerson ? Maybe(text, 2, 1) : Gen.Constant<string?>(null)
               from count in channel is Channel.Phone or Channel.InPerson ? Gen.Choose(0, 3) : Gen.Constant(0)
               from points in Gen.ArrayOf(text, count)
               select new DraftTemplate(action, channel, body, subject, points);
    }

    private static Gen<PlaybookTranslation> Translation(Playbook playbook, Language language) =>
        from everyRule in Gen.Elements(true, false)
        from rules in Gen.CollectToArray(playbook.Rules.Select(r => Maybe(TranslatedRule(r, language), 1, everyRule ? 0 : 1)))
        from drafts in Gen.CollectToArray(playbook.Drafts.Select(d => Maybe(TranslatedTemplate(d, language), 2, 1)))
        select new PlaybookTranslation(language.Culture, rules.OfType<RuleTranslation>(), drafts.OfType<DraftTemplate>());

    private static Gen<RuleTranslation> TranslatedRule(Rule rule, Language language) =>
        from title in Gen.Elements(true, true, true, false)
        from source in rule.Source.Length == 0 ? Gen.Constant(false) : Gen.Elements(true, false)
        from drafts in Gen.CollectToArray(rule.Drafts.Select(d => Maybe(TranslatedTemplate(d, language), 2, 1)))
        let translated = drafts.OfType<DraftTemplate>().ToArray()
        select new RuleTranslation(
            rule.Id,
            title || (!source && translated.Length == 0) ? $"{language.Title} {rule.Id}" : null,
            source ? language.Source : null,
            translated);

    private static Gen<DraftTemplate> TranslatedTemplate(DraftTemplate template, Language language)
    {
        Gen<string> Reworded(string text) => TemplateTexts.Reworded(text, language.Marker, language.Words);
        return from body in Reworded(template.Body)
               from subject in template.Subject is { } s ? Reworded(s).Select(t => (string?)t) : Gen.Constant<string?>(null)
               from points in Gen.CollectToArray(template.TalkingPoints.Select(Reworded))
               select new DraftTemplate(template.Action, template.Channel, body, subject, points);
    }

    // The value of gen, or null: gen with weight yes, null with weight no.
    private static Gen<T?> Maybe<T>(Gen<T> gen, int yes, int no)
        where T : class =>
        yes == 0 ? Gen.Constant<T?>(null) : no == 0 ? gen.Select(v => (T?)v) : Gen.Frequency((yes, gen.Select(v => (T?)v)), (no, Gen.Constant<T?>(null)));

    /// <summary>Returns <paramref name="playbook"/> with some parts replaced; the others as they are.</summary>
    internal static Playbook Rebuild(
        Playbook playbook,
        IEnumerable<Rule>? rules = null,
        FollowUpRules.Calendar.WorkingWeek? workingWeek = null,
        bool officeHours = false,
        bool noHolidays = false,
        bool defaultLimits = false,
        IEnumerable<DraftTemplate>? drafts = null,
        IEnumerable<PlaybookTranslation>? translations = null) =>
        new(
            playbook.Id,
            playbook.Name,
            playbook.Version,
            rules ?? playbook.Rules,
            workingWeek ?? playbook.WorkingWeek,
            officeHours ? null : playbook.SendWindow,
            noHolidays ? null : playbook.Holidays,
            defaultLimits ? null : playbook.OutreachLimits,
            drafts ?? playbook.Drafts,
            translations ?? playbook.Translations);

    // Smaller playbooks in their words: without translations, one translation fewer, without templates.
    private static IEnumerable<Playbook> ShrinkWords(Playbook playbook)
    {
        if (playbook.Translations.Count > 0)
        {
            yield return Rebuild(playbook, translations: []);
            for (int i = playbook.Translations.Count - 1; playbook.Translations.Count > 1 && i >= 0; i--)
            {
                yield return Rebuild(playbook, translations: playbook.Translations.Where((_, k) => k != i));
            }
        }

        if (playbook.Drafts.Count > 0 || playbook.Rules.Any(r => r.Drafts.Count > 0))
        {
            yield return Rebuild(
                playbook,
                [.. playbook.Rules.Select(r => r.Drafts.Count == 0 ? r : Copy(r, drafts: []))],
                drafts: [],
                translations: [.. playbook.Translations.Select(t => new PlaybookTranslation(
                    t.Culture,
                    t.Rules.Where(r => r.Title is not null || r.Source is not null).Select(r => new RuleTranslation(r.RuleId, r.Title, r.Source))))]);
        }
    }

    private sealed record Language(string Culture, string Marker, string Title, string Source, string[] Words);
}
