using FollowUpRules.Domain;
using FollowUpRules.Rules;
using FsCheck;
using FsCheck.Fluent;

namespace FollowUpRules.Testing;

/// <content>Faults in a playbook's translations: cultures, the rules and templates translated, and their texts.</content>
public static partial class PlaybookFaults
{
    /// <summary>The most faults <see cref="TranslationFaults"/> puts into one playbook: 4.</summary>
    public const int MaxTranslationFaults = 4;

    // The faults a validator finds without a template checker; Fault() injects them too.
    private static readonly Func<Playbook, int, PlaybookFault>[] TranslationInjectors =
    [
        EmptyCulture, UnknownCulture, DuplicateCulture, TranslatedMissingRule, RuleTranslatedTwice, BlankTranslatedTitle, SourceOfRuleWithoutSource,
        TranslatedMissingTemplate, TranslatedTemplateWithoutAction, TranslatedMissingRuleTemplate, SubjectDiffers, TalkingPointsDiffer, BlankTranslatedBody,
    ];

    // The faults only a template checker (the Drafts package's LiquidTemplateChecker) finds: the values a text names.
    private static readonly Func<Playbook, int, PlaybookFault>[] ValueInjectors = [ValueLeftOut, ValueAdded, RuleTemplateValueLeftOut];

    private static readonly ActionKind[] PersonActions = [.. Enum.GetValues<ActionKind>().Where(k => ActionKinds.TargetsPerson(k) && k != ActionKind.StopOutreach)];

    private static readonly ActionKind[] OwnActions = [ActionKind.WriteJournalNotes, ActionKind.FollowOnSocial, ActionKind.CheckOnCompany];

    /// <summary>Gets how many kinds of fault <see cref="TranslationFaults"/> injects.</summary>
    /// <value>Sixteen: thirteen that any validator finds (and <see cref="Fault"/> injects too), and three that need a template checker.</value>
    public static int TranslationKindCount => TranslationInjectors.Length + ValueInjectors.Length;

    /// <summary>
    /// Generates one to <see cref="MaxTranslationFaults"/> faults in the translations of one generated playbook
    /// (<see cref="PlaybookGenerators.Playbook"/>, given a translation when it has none), each with the path of the error the
    /// validator must report for it: an empty culture name, a name that is not a culture, a culture given twice (in
    /// another case), a translation of a rule or a template the playbook does not have, a rule translated twice, a blank
    /// title or body, a source for a rule that has none, a translated template of the playbook with no action, a subject or
    /// talking points the original does not have, and a value the original names left out or one it does not name added.
    /// </summary>
    /// <returns>
    /// The generator. The faults of one list share one playbook, which holds them all: a validator that reports every
    /// problem at once reports each of their paths (among others: a rule translated twice may be a rule whose title is
    /// blank too).
    /// </returns>
    /// <remarks>
    /// The values a text names are read by a template checker: validate with
    /// <c>new PlaybookValidator(templates: LiquidTemplateChecker.Instance)</c> (the FollowUpRules.Drafts package) to find the
    /// faults whose description says "(needs a template checker)"; every other fault is found without one.
    /// </remarks>
    public static Gen<IReadOnlyList<PlaybookFault>> TranslationFaults() =>
        from playbook in PlaybookGenerators.Playbook()
        from count in Gen.Choose(1, MaxTranslationFaults)
        from injectors in Gen.ArrayOf(Gen.Elements([.. TranslationInjectors, .. ValueInjectors]), count)
        from picks in Gen.ArrayOf(Gen.Choose(0, 9999), count)
        select Inject(playbook, injectors, picks);

    private static IReadOnlyList<PlaybookFault> Inject(Playbook playbook, Func<Playbook, int, PlaybookFault>[] injectors, int[] picks)
    {
        var faults = new List<PlaybookFault>();
        for (int i = 0; i < injectors.Length; i++)
        {
            PlaybookFault fault = injectors[i](playbook, picks[i]);
            faults.Add(fault);
            playbook = fault.Playbook;
        }

        return [.. faults.Select(f => f with { Playbook = playbook })];
    }

    // Cultures ----------------------------------------------------------------------------------------------------------

    private static PlaybookFault EmptyCulture(Playbook p, int pick)
    {
        string culture = pick % 2 == 0 ? string.Empty : " ";
        return Added(p, new PlaybookTranslation(culture, [new RuleTranslation(p.Rules[pick % p.Rules.Count].Id, "Titel")]), "a translation with an empty culture name", $"Translations[{culture}]");
    }

    private static PlaybookFault UnknownCulture(Playbook p, int pick)
    {
        string culture = (pick % 3) switch
        {
            0 => "english",
            1 => "Not.A.Culture",
            _ => "de DE",
        };
        return Added(p, new PlaybookTranslation(culture, [new RuleTranslation(p.Rules[pick % p.Rules.Count].Id, "Titel")]), "a translation for a name that is not a culture", $"Translations[{culture}]");
    }

    private static PlaybookFault DuplicateCulture(Playbook p, int pick)
    {
        (p, int index) = WithTranslation(p, pick);
        string culture = p.Translations[index].Culture.ToUpperInvariant();
        return Added(p, new PlaybookTranslation(culture, [new RuleTranslation(p.Rules[pick % p.Rules.Count].Id, "Titel")]), "a culture translated twice, in another case", $"Translations[{culture}]");
    }

    private static PlaybookFault Added(Playbook p, PlaybookTranslation translation, string description, string path) =>
        new($"{description} ('{translation.Culture}')", PlaybookGenerators.Rebuild(p, translations: [.. p.Translations, translation]), path);

    // Rules -------------------------------------------------------------------------------------------------------------

    private static PlaybookFault TranslatedMissingRule(Playbook p, int pick)
    {
        (p, int index) = WithTranslation(p, pick);
        PlaybookTranslation t = p.Translations[index];
        string id = "missing-" + (pick % 10);
        return InTranslation(p, index, new PlaybookTranslation(t.Culture, [.. t.Rules, new RuleTranslation(id, "Titel")], t.Drafts), $"a translation of a rule the playbook does not have ('{t.Culture}', '{id}')", $"Rules[{id}]");
    }

    private static PlaybookFault RuleTranslatedTwice(Playbook p, int pick)
    {
        (p, int index) = WithTranslation(p, pick);
        PlaybookTranslation t = p.Translations[index];
        Rule rule = p.Rules[pick % p.Rules.Count];
        RuleTranslation again = new(rule.Id, "Titel");
        RuleTranslation[] rules = t.FindRule(rule.Id) is null ? [.. t.Rules, again, again] : [.. t.Rules, again];
        return InTranslation(p, index, new PlaybookTranslation(t.Culture, rules, t.Drafts), $"a rule translated twice ('{t.Culture}', '{rule.Id}')", $"Rules[{rule.Id}]");
    }

    private static PlaybookFault BlankTranslatedTitle(Playbook p, int pick) =>
        OnRuleTranslation(p, pick, _ => true, "a blank translated title", r => new RuleTranslation(r.RuleId, pick % 2 == 0 ? string.Empty : "  ", r.Source, r.Drafts), "Title");

    private static PlaybookFault SourceOfRuleWithoutSource(Playbook p, int pick)
    {
        if (!p.Rules.Any(r => r.Source.Length == 0))
        {
            p = PlaybookGenerators.Rebuild(p, [.. p.Rules, StepFallback($"fault-{p.Rules.Count}")]);
        }

        return OnRuleTranslation(p, pick, r => r.Source.Length == 0, "a translated source for a rule without one", r => new RuleTranslation(r.RuleId, r.Title, "Quelle", r.Drafts), "Source");
    }

    private static PlaybookFault TranslatedMissingRuleTemplate(Playbook p, int pick) =>
        OnRuleTranslation(p, pick, _ => true, "a translated template of a rule for a channel it has no template for", r =>
        {
            Channel[] own = [.. p.FindRule(r.RuleId)!.Drafts.Select(d => d.Channel)];
            Channel channel = Enum.GetValues<Channel>().Where(c => !own.Contains(c)).ElementAt(pick % (Enum.GetValues<Channel>().Length - own.Length));
            return new RuleTranslation(r.RuleId, r.Title, r.Source, [.. r.Drafts, new DraftTemplate(null, channel, "Hallo.")]);
        }, null);

    // Applies change to the first translation of a rule (added, with a title, when the translation has none) that passes filter.
    private static PlaybookFault OnRuleTranslation(Playbook p, int pick, Func<Rule, bool> filter, string description, Func<RuleTranslation, RuleTranslation> change, string? part)
    {
        (p, int index) = WithTranslation(p, pick);
        PlaybookTranslation t = p.Translations[index];
        Rule[] candidates = [.. p.Rules.Where(filter)];
        Rule rule = candidates[pick % candidates.Length];
        RuleTranslation[] rules = [.. t.Rules];
        int at = Array.FindIndex(rules, r => r is not null && r.RuleId == rule.Id);
        if (at < 0)
        {
            rules = [.. rules, new RuleTranslation(rule.Id, "Titel")];
            at = rules.Length - 1;
        }

        rules[at] = change(rules[at]);
        string path = part is not null ? $"Rules[{rule.Id}].{part}" : $"Rules[{rule.Id}].Drafts.{rules[at].Drafts[^1].Channel}";
        return InTranslation(p, index, new PlaybookTranslation(t.Culture, rules, t.Drafts), $"{description} ('{t.Culture}', '{rule.Id}')", path);
    }

    // Templates ---------------------------------------------------------------------------------------------------------

    private static PlaybookFault TranslatedMissingTemplate(Playbook p, int pick)
    {
        (p, int index) = WithTranslation(p, pick);
        (ActionKind action, Channel channel) = FreePair(p, pick, PersonChannelsAndOwn);
        PlaybookTranslation t = p.Translations[index];
        return InTranslation(p, index, new PlaybookTranslation(t.Culture, t.Rules, [.. t.Drafts, new DraftTemplate(action, channel, "Hallo.")]),
            $"a translated template the playbook has no original for ('{t.Culture}', {action} by {channel})", $"Drafts[{t.Drafts.Count}]");
    }

    private static PlaybookFault TranslatedTemplateWithoutAction(Playbook p, int pick)
    {
        (p, int index) = WithTranslation(p, pick);
        PlaybookTranslation t = p.Translations[index];
        return InTranslation(p, index, new PlaybookTranslation(t.Culture, t.Rules, [.. t.Drafts, new DraftTemplate(null, Channel.Email, "Hallo.")]),
            $"a translated template of the playbook without an action ('{t.Culture}')", $"Drafts[{t.Drafts.Count}].Action");
    }

    private static PlaybookFault SubjectDiffers(Playbook p, int pick) => pick % 2 == 0
        ? Pair(p, pick, [Channel.Email, Channel.InPerson], "a translated template with a subject where the original has none, or none where it has one", (a, c) => new DraftTemplate(a, c, "Hi {{ company }}.", "Hello"), (a, c) => new DraftTemplate(a, c, "Hallo {{ company }}."), "Subject")
        : Pair(p, pick, [Channel.Email, Channel.InPerson], "a translated template with a subject where the original has none, or none where it has one", (a, c) => new DraftTemplate(a, c, "Hi {{ company }}."), (a, c) => new DraftTemplate(a, c, "Hallo {{ company }}.", "Hallo"), "Subject");

    private static PlaybookFault TalkingPointsDiffer(Playbook p, int pick) =>
        Pair(p, pick, [Channel.Phone, Channel.InPerson], "a translated template with another number of talking points",
            (a, c) => new DraftTemplate(a, c, "Hi.", talkingPoints: ["What is new at {{ company }}.", "The team."]),
            (a, c) => new DraftTemplate(a, c, "Hallo.", talkingPoints: pick % 2 == 0 ? ["Was es Neues bei {{ company }} gibt."] : ["Was es Neues bei {{ company }} gibt.", "Das Team.", "Noch etwas."]),
            "TalkingPoints");

    private static PlaybookFault BlankTranslatedBody(Playbook p, int pick) =>
        Pair(p, pick, PersonChannelsAndOwn, "a translated template with a blank body", (a, c) => new DraftTemplate(a, c, "Hi."), (a, c) => new DraftTemplate(a, c, pick % 2 == 0 ? string.Empty : " \n "), "Body");

    private static PlaybookFault ValueLeftOut(Playbook p, int pick) =>
        Pair(p, pick, PersonChannelsAndOwn, "a translated template that leaves out a value of the original (needs a template checker)",
            (a, c) => new DraftTemplate(a, c, "Hi, about {{ role }} at {{ company }}."), (a, c) => new DraftTemplate(a, c, "Hallo, zu {{ company }}."), "Body");

    private static PlaybookFault ValueAdded(Playbook p, int pick) =>
        Pair(p, pick, PersonChannelsAndOwn, "a translated template that names a value the original does not (needs a template checker)",
            (a, c) => new DraftTemplate(a, c, "Hi, about {{ company }}."), (a, c) => new DraftTemplate(a, c, "Hallo, zu {{ role }} bei {{ company }}{% if applied_date %}, seit {{ applied_date }}{% endif %}."), "Body");

    private static PlaybookFault RuleTemplateValueLeftOut(Playbook p, int pick)
    {
        // A rule of its own (so no other fault touches its template), with a template, and a translation of it that leaves out the role.
        (p, int index) = WithTranslation(p, pick);
        Rule rule = PlaybookGenerators.Copy(StepFallback($"fault-{p.Rules.Count}"), drafts: [new DraftTemplate(null, Channel.None, "Notes about {{ company }} and {{ role }}.")]);
        p = PlaybookGenerators.Rebuild(p, [.. p.Rules, rule]);
        PlaybookTranslation t = p.Translations[index];
        RuleTranslation translated = new(rule.Id, drafts: [new DraftTemplate(null, Channel.None, "Notizen zu {{ company }}.")]);
        return InTranslation(p, index, new PlaybookTranslation(t.Culture, [.. t.Rules, translated], t.Drafts),
            $"a translated template of a rule that leaves out a value of the original (needs a template checker) ('{t.Culture}', '{rule.Id}')", $"Rules[{rule.Id}].Drafts.None.Body");
    }

    // Adds a template of the playbook for a free action and one of channels, and its translation (with the fault) to a translation.
    private static PlaybookFault Pair(Playbook p, int pick, Channel[] channels, string description, Func<ActionKind, Channel, DraftTemplate> original, Func<ActionKind, Channel, DraftTemplate> translated, string part)
    {
        (p, int index) = WithTranslation(p, pick);
        (ActionKind action, Channel channel) = FreePair(p, pick, channels);
        p = PlaybookGenerators.Rebuild(p, drafts: [.. p.Drafts, original(action, channel)]);
        PlaybookTranslation t = p.Translations[index];
        return InTranslation(p, index, new PlaybookTranslation(t.Culture, t.Rules, [.. t.Drafts, translated(action, channel)]),
            $"{description} ('{t.Culture}', {action} by {channel})", $"Drafts[{t.Drafts.Count}].{part}");
    }

    private static Channel[] PersonChannelsAndOwn => [Channel.Email, Channel.LinkedIn, Channel.Postal, Channel.Phone, Channel.InPerson, Channel.None, Channel.Social, Channel.Web];

    // An action and one of channels that no template of the playbook, nor of any of its translations, is for yet.
    private static (ActionKind Action, Channel Channel) FreePair(Playbook p, int pick, Channel[] channels)
    {
        (ActionKind, Channel)[] free = [.. channels
            .SelectMany(c => (c is Channel.None or Channel.Social or Channel.Web ? OwnActions : PersonActions).Select(a => (a, c)))
            .Where(pair => !p.Drafts.Concat(p.Translations.SelectMany(t => t.Drafts)).Any(d => d is not null && d.Action == pair.a && d.Channel == pair.c))];
        return free.Length > 0 ? free[pick % free.Length] : throw new InvalidOperationException("Every action and channel has a template already.");
    }

    // The playbook with at least one translation, and the index of one: one it has, or one added for its first rule.
    private static (Playbook Playbook, int Index) WithTranslation(Playbook p, int pick)
    {
        int[] valid = [.. Enumerable.Range(0, p.Translations.Count).Where(i => p.Translations[i] is not null)];
        if (valid.Length > 0)
        {
            return (p, valid[pick % valid.Length]);
        }

        return (PlaybookGenerators.Rebuild(p, translations: [.. p.Translations, new PlaybookTranslation("de", [new RuleTranslation(p.Rules[0].Id, "Regel")])]), p.Translations.Count);
    }

    private static PlaybookFault InTranslation(Playbook p, int index, PlaybookTranslation changed, string description, string part) =>
        new(description, PlaybookGenerators.Rebuild(p, translations: [.. p.Translations.Select((t, k) => k == index ? changed : t)]), $"Translations[{changed.Culture}].{part}");
}
