using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.RegularExpressions;
using FollowUpRules.Benchmarks;
using FollowUpRules.Domain;
using FollowUpRules.Engine;
using FollowUpRules.Rules;
using FollowUpRules.Serialization;
using FollowUpRules.Tests.Engine.Explaining;
using FollowUpRules.Tests.Support;
using NodaTime;
using static FollowUpRules.Tests.Support.Scenario;

namespace FollowUpRules.Tests.Localization;

/// <summary>What a seeker reads in Spanish and German: every message, a step of every default rule, and no English left.</summary>
public partial class TranslationsTest
{
    private static readonly CultureInfo[] Cultures = [CultureInfo.GetCultureInfo("es-ES"), CultureInfo.GetCultureInfo("de-DE")];

    // English words that are in neither Spanish nor German ("was" is German, "no" Spanish: left out): one of them in a translated sentence is English left over.
    private static readonly Regex English = new(
        @"\b(the|you|your|and|by|due|after|with|from|since|were|is|are|of|send|step|steps|reply|rejection|interview|applied|days?|weeks?|months?|business|latest|earliest)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    public static TheoryData<string> Languages => new() { "es", "de" };

    [Theory]
    [MemberData(nameof(Languages))]
    public void Render_EveryMessage_IsTheGoldenTranslation(string language)
    {
        var culture = CultureInfo.GetCultureInfo(language);
        var text = new StringBuilder();
        foreach (object?[] row in EnglishExplanationsTest.Messages)
        {
            var message = ExplanationMessage.Of(Enum.Parse<MessageId>((string)row[0]!), (object?[])row[1]!);
            text.Append((string)row[0]!).Append(": ").Append(message.Render(culture)).Append('\n');
        }

        GoldenFile.ShouldMatch(GoldenDirectory(), $"messages.{language}.txt", $"messages.{language}", text.ToString());
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Render_AStepOfEachDefaultRule_IsTheGoldenTranslation(string language)
    {
        var culture = CultureInfo.GetCultureInfo(language);
        Dictionary<string, (Recommendation Step, LocalDate Today)> byRule = StepOfEachDefaultRule();
        var text = new StringBuilder();
        foreach (Rule rule in DefaultPlaybook.Instance.Rules)
        {
            text.Append("## ").Append(rule.Id).Append('\n');
            if (byRule.TryGetValue(rule.Id, out var found))
            {
                text.Append(found.Step.Summarize(culture)).Append('\n');
                foreach (string line in found.Step.Explanation.Render(culture))
                {
                    text.Append("    ").Append(line).Append('\n');
                }
            }
        }

        byRule.Keys.Order().ShouldBe(DefaultPlaybook.Instance.Rules.Where(r => r.Action.Kind != ActionKind.StopOutreach).Select(r => r.Id).Order());
        GoldenFile.ShouldMatch(GoldenDirectory(), $"default-rules.{language}.txt", $"default-rules.{language}", text.ToString());
    }

    [Fact]
    public void Render_SamplePipeline_LeavesNoEnglishInTitlesExplanationsOrSummaries()
    {
        PipelineFile pipeline = PipelineJson.LoadFile(Path.Combine(RepositoryRoot(), "docs", "examples", "sample-pipeline.json"));
        var engine = new FollowUpEngine(DefaultPlaybook.Instance, SystemClock.Instance);
        LocalDate today = new(2026, 11, 23);
        Evaluation[] evaluations = [.. pipeline.Inputs().Select(input => engine.Evaluate(input, today))];

        evaluations.SelectMany(e => e.Recommendations).ShouldNotBeEmpty();
        foreach (CultureInfo culture in Cultures)
        {
            foreach (Evaluation evaluation in evaluations)
            {
                ShouldHaveNoEnglish(evaluation, culture);
            }
        }
    }

    [Fact]
    public void Render_GeneratedCases_LeaveNoEnglish()
    {
        Properties.ForAllCases(
            c =>
            {
                Evaluation evaluation = Properties.Engine().Evaluate(c.Input, c.Today);
                foreach (CultureInfo culture in Cultures)
                {
                    ShouldHaveNoEnglish(evaluation, culture);
                }
            },
            runs: 60);
    }

    [Fact]
    public void Render_EightThreadsInMixedCultures_GivesTheTextOfOneThread()
    {
        EvaluationInput[] inputs = AgendaWorkloads.Generate(12);
        var engine = new FollowUpEngine(DefaultPlaybook.Instance, SystemClock.Instance);
        CultureInfo[] cultures = [CultureInfo.InvariantCulture, .. Cultures, CultureInfo.GetCultureInfo("en-GB")];
        string[] alone = [.. cultures.Select(culture => Text(Evaluate(), culture))];

        // Fresh evaluations, so the threads race to write the same explanations in different cultures at once.
        Evaluation[] shared = Evaluate();
        string[] seen = new string[8];
        Parallel.For(0, seen.Length, new ParallelOptions { MaxDegreeOfParallelism = seen.Length }, t => seen[t] = Text(shared, cultures[t % cultures.Length]));

        for (int t = 0; t < seen.Length; t++)
        {
            seen[t].ShouldBe(alone[t % cultures.Length]);
        }

        Evaluation[] Evaluate() => [.. inputs.Select(input => engine.Evaluate(input, Workloads.Today))];

        static string Text(Evaluation[] evaluations, CultureInfo culture)
        {
            var text = new StringBuilder();
            foreach (Recommendation step in evaluations.SelectMany(e => e.Recommendations))
            {
                text.Append(step.Summarize(culture)).Append('\n');
                foreach (string line in step.Explanation.Render(culture))
                {
                    text.Append(line).Append('\n');
                }
            }

            return text.ToString();
        }
    }

    private static void ShouldHaveNoEnglish(Evaluation evaluation, CultureInfo culture)
    {
        IEnumerable<(string Text, Explanation Explanation)> steps =
            evaluation.Recommendations.Select(r => (r.Summarize(culture), r.Explanation))
                .Concat(evaluation.Expired.Select(e => (string.Empty, e.Explanation)))
                .Concat(evaluation.Suppressed.Select(s => (string.Empty, s.Explanation)));
        foreach ((string summary, Explanation explanation) in steps)
        {
            foreach (string line in explanation.Render(culture).Prepend(summary))
            {
                // Names and ids come from the input as written; the check reads the words around them.
                string words = Regex.Replace(line, @"'[^']*'|\([^)]*/[^)]*\)|[A-Z][a-z]+ [A-Z][a-z]+", " ");
                English.Match(words).Success.ShouldBeFalse($"English in '{culture.Name}': {line}");
            }
        }
    }

    private static Dictionary<string, (Recommendation Step, LocalDate Today)> StepOfEachDefaultRule()
    {
        var engine = new FollowUpEngine(DefaultPlaybook.Instance, SystemClock.Instance);
        var byRule = new Dictionary<string, (Recommendation, LocalDate)>(StringComparer.Ordinal);
        foreach (EvaluationInput input in AgendaWorkloads.Generate(80))
        {
            foreach (Recommendation step in engine.Evaluate(input, Workloads.Today).Recommendations)
            {
                byRule.TryAdd(step.RuleId, (step, Workloads.Today));
            }
        }

        // The rules the workload does not reach: a paused hiring, a job found elsewhere, a new posting.
        Scenario story = new Scenario(D(2026, 9, 1))
            .Person("ana", [ContactRole.HiringManager])
            .Person("ben", [ContactRole.TeamMember])
            .Interview(D(2026, 9, 15), "ana", "ben");
        Add(story.Rejected(D(2026, 11, 16), RejectionReason.HiringPaused).Evaluate(D(2026, 11, 23)));
        Add(story.Touch(TouchpointKind.PostingSpotted, D(2026, 11, 20)).Evaluate(D(2026, 11, 23)));
        Add(story.EmployedElsewhereSince(D(2026, 12, 1)).Evaluate(D(2027, 3, 1)));
        return byRule;

        void Add(Evaluation evaluation)
        {
            foreach (Recommendation step in evaluation.Recommendations)
            {
                byRule.TryAdd(step.RuleId, (step, Workloads.Today));
            }
        }
    }

    private static string GoldenDirectory([CallerFilePath] string file = "") => Path.Combine(Path.GetDirectoryName(file)!, "Golden");

    private static string RepositoryRoot([CallerFilePath] string file = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, "..", "..", ".."));
}
