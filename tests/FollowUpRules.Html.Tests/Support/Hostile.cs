using System.Text.Json.Nodes;
using FollowUpRules.Domain;
using FollowUpRules.Rules;
using FollowUpRules.Serialization;
using NodaTime;

namespace FollowUpRules.Html.Tests.Support;

/// <summary>
/// A pipeline whose every text is markup or script: the company, the role, the ids, each contact's name and channels,
/// the touchpoints' ids, and the playbook's rule titles and sources (which the explanations quote). Each attack, if it
/// ran, would set <c>window.__pwned</c>.
/// </summary>
public static class Hostile
{
    public static readonly string[] Texts =
    [
        "<script>window.__pwned='script'</script>",
        "<img src=x onerror=\"window.__pwned='img'\">",
        "\"><svg onload=\"window.__pwned='svg'\">",
        "</style></title><script>window.__pwned='style'</script>",
        "'><iframe srcdoc=\"<script>parent.__pwned='iframe'</script>\">",
        "&lt;b&gt; &amp; javascript:window.__pwned='href'",
    ];

    public static string Company => Texts[0];

    public static string ContactName => Texts[1];

    public static string Role => Texts[2];

    /// <summary>Gets the default playbook with every rule's title and source replaced by hostile text.</summary>
    public static Playbook Playbook { get; } = LoadPlaybook();

    public static string PlaybookJsonText { get; } = HostilePlaybookJson();

    public static EvaluationInput Input(LocalDate interviewed)
    {
        var application = new Application(Texts[3], Texts[4], Company, Role, ApplicationStatus.Interviewing, interviewed.PlusDays(-20));
        Contact[] contacts =
        [
            new(Texts[5], Texts[4], ContactName, [ContactRole.HiringManager], email: Texts[0] + "@example.com", linkedInUrl: Texts[4], postalAddress: Texts[2], phone: Texts[5]),
            new(Texts[1], Texts[4], Texts[3], [ContactRole.TeamMember], email: "team@example.com"),
        ];
        Touchpoint[] touchpoints = [new(Texts[2], TouchpointKind.Interview, interviewed, [Texts[5], Texts[1]])];
        return new EvaluationInput(application, contacts, touchpoints, new Seeker(DateTimeZoneProviders.Tzdb["Europe/London"]));
    }

    /// <summary>Gets the pipeline file of <see cref="Input"/>, with the hostile playbook at <paramref name="playbookPath"/>.</summary>
    public static PipelineFile Pipeline(LocalDate interviewed, string playbookPath)
    {
        EvaluationInput input = Input(interviewed);
        return new PipelineFile(input.Seeker, [new PipelineApplication(input.Application, input.Contacts, input.Touchpoints)], playbookPath);
    }

    private static string HostilePlaybookJson()
    {
        JsonNode playbook = JsonNode.Parse(File.ReadAllText(Path.Combine(Sample.RepositoryRoot(), "docs", "default-playbook.json")))!;
        int i = 0;
        foreach (JsonNode? rule in playbook["rules"]!.AsArray())
        {
            rule!["title"] = Texts[i++ % Texts.Length];
            rule["source"] = Texts[i++ % Texts.Length];
        }

        return playbook.ToJsonString();
    }

    private static Playbook LoadPlaybook() => PlaybookJson.Load(HostilePlaybookJson());
}
