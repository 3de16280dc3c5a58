using System.Globalization;
using FollowUpRules.Domain;
using FollowUpRules.Drafts;
using FollowUpRules.Engine;
using FollowUpRules.Rules;
using FollowUpRules.Tests.Support;
using NodaTime;
using static FollowUpRules.Tests.Support.Scenario;

namespace FollowUpRules.Tests.Drafts;

/// <summary>
/// One story with concrete dates for every rule of the default playbook that makes a step, and the step's draft checked
/// in full against a golden file in <c>Drafts/Golden</c>, named for the rule: read them to review what the playbook writes.
/// </summary>
public partial class DraftScenarioTest
{
    private static readonly ContactRole[] HiringManager = [ContactRole.HiringManager];
    private static readonly ContactRole[] TeamMember = [ContactRole.TeamMember];
    private static readonly ContactRole[] Recruiter = [ContactRole.Recruiter];

    public static TheoryData<string> DraftedRules => [.. DefaultPlaybook.Instance.Rules.Where(r => !r.IsStopRule).Select(r => r.Id)];

    [Fact]
    public void Stories_CoverEveryRuleOfTheDefaultPlaybookThatMakesAStep()
    {
        Stories.Keys.Order(StringComparer.Ordinal).ShouldBe(DefaultPlaybook.Instance.Rules.Where(r => !r.IsStopRule).Select(r => r.Id).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(DraftedRules))]
    public void Draft_DefaultRuleStory_IsTheGoldenFile(string ruleId)
    {
        (Scenario story, LocalDate today, string? contactId) = Stories[ruleId];
        var engine = new FollowUpEngine(DefaultPlaybook.Instance, Clocks.AtNoon(today, Zone));
        EvaluationInput input = story.Input();
        Recommendation step = engine.Evaluate(input, today).Single(ruleId, contactId);

        var drafts = new DraftWriter(DefaultPlaybook.Instance);
        drafts.HasDraft(step).ShouldBeTrue();
        Draft draft = drafts.Write(input, step).ShouldNotBeNull();

        string text = $"{ruleId} on {today:uuuu-MM-dd}: {step.Summary} ({step.Action} by {step.Channel}, {draft.Kind})\n\n{draft}\n";
        GoldenFile.ShouldMatch(GoldenDirectory(), ruleId + ".txt", ruleId, text);
    }

    public static TheoryData<string, string> DraftedRulesInSpanishAndGerman()
    {
        var data = new TheoryData<string, string>();
        foreach (Rule rule in DefaultPlaybook.Instance.Rules.Where(r => !r.IsStopRule))
        {
            data.Add(rule.Id, "es");
            data.Add(rule.Id, "de");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(DraftedRulesInSpanishAndGerman))]
    public void Draft_DefaultRuleStoryInSpanishAndGerman_IsTheGoldenFile(string ruleId, string language)
    {
        (Scenario story, LocalDate today, string? contactId) = Stories[ruleId];
        var culture = CultureInfo.GetCultureInfo(language);
        var engine = new FollowUpEngine(DefaultPlaybook.Instance, Clocks.AtNoon(today, Zone));
        EvaluationInput input = story.Input();
        Recommendation step = engine.Evaluate(input, today).Single(ruleId, contactId);

        Draft draft = new DraftWriter(DefaultPlaybook.Instance).Write(input, step, culture).ShouldNotBeNull();

        draft.Culture.ShouldBe(culture);
        string text = $"{ruleId} on {today:uuuu-MM-dd}: {step.RuleTitleIn(culture)}\n{step.Summarize(culture)} ({step.Action} by {step.Channel}, {draft.Kind})\n\n{draft}\n";
        GoldenFile.ShouldMatch(GoldenDirectory(), $"{ruleId}.{language}.txt", $"{ruleId}.{language}", text);
    }

    [Fact]
    public void Draft_CultureWithoutATranslation_IsTheEnglishInEnglishWords()
    {
        (Scenario story, LocalDate today, string? contactId) = Stories["rejection-thank-you-note"];
        var engine = new FollowUpEngine(DefaultPlaybook.Instance, Clocks.AtNoon(today, Zone));
        EvaluationInput input = story.Input();
        Recommendation step = engine.Evaluate(input, today).Single("rejection-thank-you-note", contactId);
        var drafts = new DraftWriter(DefaultPlaybook.Instance);

        Draft french = drafts.Write(input, step, CultureInfo.GetCultureInfo("fr-FR")).ShouldNotBeNull();
        Draft austrian = drafts.Write(input, step, CultureInfo.GetCultureInfo("de-AT")).ShouldNotBeNull();

        french.ShouldBe(drafts.Write(input, step, CultureInfo.InvariantCulture));
        french.Culture.ShouldBe(CultureInfo.InvariantCulture);
        french.Body.ShouldContain("when we met on 20 and 29 October");
        austrian.Body.ShouldContain("am 20. und 29. Oktober");
        austrian.Culture.Name.ShouldBe("de-AT");
    }

    /// <summary>The story behind each rule's step: the application, the day it is drafted, and whom the step is for.</summary>
    private static Dictionary<string, (Scenario Story, LocalDate Today, string? ContactId)> Stories { get; } = new(StringComparer.Ordinal)
    {
        ["status-follow-up"] = (
            new Scenario(D(2026, 11, 2)).Seeker("Sam Taylor").Person("rita", Recruiter, name: "Rita Chen"),
            D(2026, 11, 9),
            "rita"),
        ["interview-thank-you"] = (
            new Scenario(D(2026, 10, 26)).Seeker("Sam Taylor", "Sam Taylor\n07700 900123").Person("ana", HiringManager, name: "Ana Ruiz").Person("ben", TeamMember, name: "Ben Okafor")
                .Interview(D(2026, 11, 10), "ana", "ben"),
            D(2026, 11, 10),
            "ana"),
        ["silent-rejection"] = (
            new Scenario(D(2026, 9, 7)).Seeker("Sam Taylor").Person("ana", HiringManager, name: "Ana Ruiz")
                .Interview(D(2026, 9, 28), "ana"),
            D(2026, 10, 28),
            null),
        ["journal-notes"] = (
            new Scenario(D(2026, 10, 5)).Seeker("Sam Taylor").Person("ana", HiringManager, name: "Ana Ruiz").Person("ben", TeamMember, name: "Ben Okafor")
                .Interview(D(2026, 10, 20), "ana").Interview(D(2026, 10, 29), "ana", "ben").Rejected(D(2026, 11, 16)),
            D(2026, 11, 16),
            null),
        ["rejection-thank-you-note"] = (
            new Scenario(D(2026, 10, 5)).Seeker("Sam Taylor").Person("ana", HiringManager, postal: true, name: "Ana Ruiz").Person("ben", TeamMember, name: "Ben Okafor")
                .Interview(D(2026, 10, 20), "ana").Interview(D(2026, 10, 29), "ana", "ben").Rejected(D(2026, 11, 16), RejectionReason.InternalCandidate),
            D(2026, 11, 19),
            "ana"),
        ["congratulate-and-connect"] = (
            new Scenario(D(2026, 10, 5)).Seeker("Sam Taylor").Person("ana", HiringManager, postal: true, name: "Ana Ruiz")
                .Interview(D(2026, 10, 29), "ana").Rejected(D(2026, 11, 16)).Touch(TouchpointKind.ThankYouNote, D(2026, 11, 19), "ana"),
            D(2026, 11, 26),
            "ana"),
        ["send-linkedin-invitation"] = (
            new Scenario(D(2026, 10, 5)).Seeker("Sam Taylor").Person("ana", HiringManager, linkedIn: true, name: "Ana Ruiz")
                .Interview(D(2026, 10, 29), "ana").Rejected(D(2026, 11, 16)).Touch(TouchpointKind.Congratulations, D(2026, 11, 26), "ana")
                .Reply(D(2026, 11, 27), "ana", ReplyOutcome.Yes),
            D(2026, 11, 30),
            "ana"),
        ["follow-company-social"] = (
            new Scenario(D(2026, 10, 5)).Seeker("Sam Taylor").Person("ana", HiringManager, name: "Ana Ruiz")
                .Interview(D(2026, 10, 29), "ana").Rejected(D(2026, 11, 16)),
            D(2026, 11, 23),
            null),
        ["check-back-on-company"] = (
            new Scenario(D(2026, 7, 6)).Seeker("Sam Taylor").Person("ana", HiringManager, name: "Ana Ruiz").Person("ben", TeamMember, name: "Ben Okafor")
                .Interview(D(2026, 7, 22), "ana", "ben").Rejected(D(2026, 8, 14)),
            D(2026, 11, 16),
            null),
        ["check-back-hiring-paused"] = (
            new Scenario(D(2026, 9, 24)).Seeker("Sam Taylor").Person("hank", HiringManager, name: "Hank Moss")
                .Interview(D(2026, 10, 22), "hank").Rejected(D(2026, 11, 16), RejectionReason.HiringPaused),
            D(2026, 12, 28),
            null),
        ["nurture-hiring-manager"] = (
            new Scenario(D(2026, 7, 6)).Seeker("Sam Taylor").Person("ana", HiringManager, name: "Ana Ruiz")
                .Interview(D(2026, 7, 22), "ana").Rejected(D(2026, 8, 14)),
            D(2026, 11, 16),
            "ana"),
        ["coffee-with-team-member"] = (
            new Scenario(D(2026, 6, 8)).Seeker("Sam Taylor").Person("ana", HiringManager, name: "Ana Ruiz").Person("ben", TeamMember, name: "Ben Okafor")
                .Interview(D(2026, 6, 24), "ana", "ben").Rejected(D(2026, 7, 14)),
            D(2026, 11, 16),
            "ben"),
        ["reach-out-on-new-posting"] = (
            new Scenario(D(2026, 7, 6)).Seeker("Sam Taylor").Person("ana", HiringManager, name: "Ana Ruiz")
                .Interview(D(2026, 7, 22), "ana").Interview(D(2026, 8, 3), "ana").Rejected(D(2026, 8, 14)).Posting(D(2026, 11, 20), "Senior Data Analyst"),
            D(2026, 11, 24),
            "ana"),
        ["coffee-with-team-member-employed"] = (
            new Scenario(D(2026, 4, 6)).Seeker("Sam Taylor").Person("ana", HiringManager, name: "Ana Ruiz").Person("ben", TeamMember, name: "Ben Okafor")
                .Interview(D(2026, 4, 22), "ana", "ben").Rejected(D(2026, 5, 14)).EmployedElsewhereSince(D(2026, 9, 1)),
            D(2026, 11, 16),
            "ben"),
        ["nurture-hiring-manager-employed"] = (
            new Scenario(D(2026, 4, 6)).Seeker("Sam Taylor").Person("ana", HiringManager, name: "Ana Ruiz")
                .Interview(D(2026, 4, 22), "ana").Rejected(D(2026, 5, 14)).EmployedElsewhereSince(D(2026, 9, 1)),
            D(2026, 11, 16),
            "ana"),
    };

    private static string GoldenDirectory([System.Runtime.CompilerServices.CallerFilePath] string file = "") =>
        Path.Combine(Path.GetDirectoryName(file)!, "Golden");
}
