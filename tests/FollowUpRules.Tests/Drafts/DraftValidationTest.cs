using FollowUpRules.Domain;
using FollowUpRules.Drafts;
using FollowUpRules.Rules;
using FollowUpRules.Serialization;
using FollowUpRules.Validation;

namespace FollowUpRules.Tests.Drafts;

/// <summary>A playbook's templates are checked when it is loaded or built: every problem at once, each with its path.</summary>
public partial class DraftValidationTest
{
    [Fact]
    public void Load_BadTemplates_ReportsEveryProblemWithItsPath()
    {
        string json = BadTemplates(out int thankYou, out int hiringPaused);

        FollowUpFileException e = Should.Throw<FollowUpFileException>(() => PlaybookJson.Load(json, templates: LiquidTemplateChecker.Instance));

        e.Errors.Select(x => x.ToString()).ShouldBe(
        [
            $"rules[{thankYou}].drafts.email.subject: 'first_nme' is not a draft value; did you mean 'first_name'?",
            $"rules[{thankYou}].drafts.email.body: The template is not valid Liquid: " + e.Errors[1].Message["The template is not valid Liquid: ".Length..],
            $"rules[{hiringPaused}].drafts.web.body: The 'for' tag is not allowed in a draft; use {{{{ value }}}}, if, elsif, else, unless, case and comment.",
            $"rules[{hiringPaused}].drafts.web.body: 'posting_title' is not a value this step can have: only a rule anchored on a new posting (PostingSpotted) knows the posting's title.",
            $"rules[{hiringPaused}].drafts.web.body: 'first_name' is not a value this step can have: only a step for a person has it, and the rule's audience is Company.",
        ],
        ignoreOrder: true);
        e.Errors[1].Message.ShouldContain("valid Liquid");
    }

    [Fact]
    public void DraftWriter_PlaybookLoadedWithoutAChecker_RefusesItsBadTemplatesWithTheirModelPaths()
    {
        // Without a checker the core checks the templates' structure only, so the file loads; the writer checks the texts.
        Playbook playbook = PlaybookJson.Load(BadTemplates(out int thankYou, out int hiringPaused));

        FollowUpValidationException e = Should.Throw<FollowUpValidationException>(() => new DraftWriter(playbook));

        e.Errors.Select(x => x.PropertyName).ShouldBe(
        [
            $"Rules[{thankYou}].Drafts.Email.Subject",
            $"Rules[{thankYou}].Drafts.Email.Body",
            $"Rules[{hiringPaused}].Drafts.Web.Body",
            $"Rules[{hiringPaused}].Drafts.Web.Body",
            $"Rules[{hiringPaused}].Drafts.Web.Body",
        ],
        ignoreOrder: true);
        e.Message.ShouldStartWith("Playbook 'default' has invalid draft templates:");
    }

    [Fact]
    public void Load_TemplateTooLongWithoutAChecker_IsRefusedByTheCore()
    {
        var document = System.Text.Json.Nodes.JsonNode.Parse(PlaybookJson.Save(DefaultPlaybook.Instance))!;
        document["drafts"]![0]!["body"] = new string('x', DraftTemplate.MaxLength + 1);

        FollowUpFileException e = Should.Throw<FollowUpFileException>(() => PlaybookJson.Load(document.ToJsonString()));

        e.Errors.Select(x => x.ToString()).ShouldBe([$"drafts[0].body: The template is {DraftTemplate.MaxLength + 1} characters long; at most {DraftTemplate.MaxLength} are allowed."]);
    }

    private static string BadTemplates(out int thankYou, out int hiringPaused)
    {
        string json = PlaybookJson.Save(DefaultPlaybook.Instance);
        var document = System.Text.Json.Nodes.JsonNode.Parse(json)!;
        var rules = document["rules"]!.AsArray();
        thankYou = rules.Select((r, i) => (r, i)).Single(x => (string?)x.r!["id"] == "interview-thank-you").i;
        hiringPaused = rules.Select((r, i) => (r, i)).Single(x => (string?)x.r!["id"] == "check-back-hiring-paused").i;
        int thank = thankYou, paused = hiringPaused;
        rules[thank]!["drafts"] = System.Text.Json.Nodes.JsonNode.Parse("""
            { "email": { "subject": "Thanks {{ first_nme }}", "body": "Hi {% if role %}{{ role }}" } }
            """);
        rules[paused]!["drafts"] = System.Text.Json.Nodes.JsonNode.Parse("""
            { "web": { "body": "Look at {{ posting_title }} for {{ first_name }}{% for i in (1..9) %}x{% endfor %}" } }
            """);

        return document.ToJsonString();
    }

    [Fact]
    public void FormatDoc_DraftsExample_LoadsInTheDefaultPlaybookInPlaceOfItsOwn()
    {
        string doc = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "playbook-format.md")).ReplaceLineEndings("\n");
        string example = System.Text.RegularExpressions.Regex.Matches(doc, "```json\n(.*?)```", System.Text.RegularExpressions.RegexOptions.Singleline)
            .Select(m => m.Groups[1].Value).Single(b => b.Contains("\"drafts\": [", StringComparison.Ordinal) && !b.Contains("\"translations\"", StringComparison.Ordinal));
        var document = System.Text.Json.Nodes.JsonNode.Parse(PlaybookJson.Save(DefaultPlaybook.Instance))!;
        var drafts = document["drafts"]!.AsArray();
        foreach (var template in System.Text.Json.Nodes.JsonNode.Parse(example)!["drafts"]!.AsArray().ToList())
        {
            drafts.Remove(drafts.Single(d => (string?)d!["action"] == (string?)template!["action"] && (string?)d!["channel"] == (string?)template["channel"]));
            drafts.Add(template!.DeepClone());

            // The default translations translate the template replaced, not this one: they go with it.
            foreach (var translation in document["translations"]!.AsObject().Select(p => p.Value!["drafts"]!.AsArray()))
            {
                translation.Remove(translation.Single(d => (string?)d!["action"] == (string?)template!["action"] && (string?)d!["channel"] == (string?)template["channel"]));
            }
        }

        Playbook playbook = PlaybookJson.Load(document.ToJsonString());

        playbook.DraftFor(playbook.FindRule("nurture-hiring-manager")!, ActionKind.SendCheckIn, Channel.Email)!.Subject.ShouldBe("{% if company %}How are things at {{ company }}?{% else %}Checking in{% endif %}");
        playbook.Drafts.Single(d => d.Action == ActionKind.MeetForCoffee && d.Channel == Channel.Phone).TalkingPoints.Count.ShouldBe(2);
    }

    [Fact]
    public void Build_PlaybookTemplateForAnActionByAChannelItNeverTakes_IsRefusedWithItsPath()
    {
        PlaybookBuilder builder = PlaybookBuilder.From(DefaultPlaybook.Instance)
            .WithDraft(ActionKind.SendCheckIn, Channel.Web, "Look at {{ company }}.")
            .WithDraft(ActionKind.WriteJournalNotes, Channel.None, "Notes for {{ first_name }}.", subject: "Notes");

        FollowUpValidationException e = Should.Throw<FollowUpValidationException>(() => builder.Build(templates: LiquidTemplateChecker.Instance));

        // The journal notes' template replaces the default one in its place; the check-in's by Web is added at the end.
        int journal = DefaultPlaybook.Instance.Drafts.ToList().FindIndex(d => d.Action == ActionKind.WriteJournalNotes);
        int added = DefaultPlaybook.Instance.Drafts.Count;
        e.Errors.Select(x => $"{x.PropertyName}: {x.ErrorMessage}").ShouldBe(
        [
            $"Drafts[{journal}].Subject: A message by None has no subject; only Email (and InPerson, arranged by email) has one.",
            $"Drafts[{journal}].Body: 'first_name' is not a value this step can have: only a step for a person has it, and WriteJournalNotes is not one.",
            $"Drafts[{added}]: SendCheckIn reaches a person, so it is never done by Web; draft it for Email, LinkedIn, Postal, Phone or InPerson.",
        ]);
    }

    [Fact]
    public void Build_RuleTemplateOverridingThePlaybooks_IsUsedForTheRulesSteps()
    {
        Playbook playbook = PlaybookBuilder.From(DefaultPlaybook.Instance)
            .ReplaceRule("interview-thank-you", rule => rule.Draft(Channel.Email, "Thanks, {{ first_name | default: \"there\" }}!", subject: "Thanks"))
            .WithDraft(ActionKind.SendThankYouEmail, Channel.LinkedIn, "Thank you{% if first_name %}, {{ first_name }}{% endif %}.")
            .Build();

        Rule rule = playbook.FindRule("interview-thank-you")!;
        playbook.DraftFor(rule, ActionKind.SendThankYouEmail, Channel.Email)!.Body.ShouldBe("Thanks, {{ first_name | default: \"there\" }}!");
        playbook.DraftFor(rule, ActionKind.SendThankYouEmail, Channel.LinkedIn)!.Body.ShouldBe("Thank you{% if first_name %}, {{ first_name }}{% endif %}.");
        playbook.DraftFor(playbook.FindRule("rejection-thank-you-note")!, ActionKind.SendThankYouEmail, Channel.LinkedIn)!.Body.ShouldStartWith("Hi {{ first_name");
    }

    private static string RepositoryRoot([System.Runtime.CompilerServices.CallerFilePath] string file = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, "..", "..", ".."));
}
