using System.Runtime.CompilerServices;
using System.Text;
using FollowUpRules.Benchmarks;
using FollowUpRules.Domain;
using FollowUpRules.Engine;
using FollowUpRules.Planning;
using FollowUpRules.Rules;
using FollowUpRules.Tests.Support;
using NodaTime;

namespace FollowUpRules.Tests.Planning;

// The agenda of a year for 80 applications of the benchmark workload, item by item with every sentence, compared with a
// golden file: the scheduling code is tuned for speed, and this pins what it decides (order, merges, moves, flags, wording)
// on a case large enough for every limit to bite. A difference writes the new text next to the golden file.
public class FollowUpAgendaGoldenTest
{
    private static readonly FollowUpEngine Engine = new(DefaultPlaybook.Instance, SystemClock.Instance);

    [Fact]
    public void Build_BenchmarkApplications_DefaultLimits_IsTheGoldenAgenda() =>
        Check("default-limits", null);

    [Fact]
    public void Build_BenchmarkApplications_TightLimitsAndAPause_IsTheGoldenAgenda() =>
        Check("tight-limits-and-a-pause", new AgendaSettings(
            new OutreachLimits(maxPerDay: 3, maxPerCompanyPerWeek: 2, minSpacingPerPerson: Period.FromDays(10)),
            [new DateInterval(Workloads.Today.PlusDays(10), Workloads.Today.PlusDays(30))]));

    private static void Check(string name, AgendaSettings? settings, [CallerFilePath] string source = "")
    {
        EvaluationInput[] inputs = AgendaWorkloads.Generate(80);
        Agenda agenda = new FollowUpAgenda(Engine).Build(inputs, Workloads.Today, Workloads.Today.PlusYears(1), settings);

        var text = new StringBuilder();
        foreach (AgendaItem item in agenda.Items)
        {
            Recommendation r = item.Recommendation;
            text.Append(item).Append(" | ").Append(r.RuleId).Append(' ').Append(r.Target.Key).Append(' ').Append(r.AnchorKey)
                .Append('#').Append(r.Occurrence).Append(" due ").Append(r.Due.ToString("uuuu-MM-dd", null))
                .Append(" latest ").Append(r.Latest.ToString("uuuu-MM-dd", null)).Append('\n');
            foreach (string line in item.Explanation.Lines)
            {
                text.Append("    ").Append(line).Append('\n');
            }
        }

        GoldenFile.ShouldMatch(Path.Combine(Path.GetDirectoryName(source)!, "AgendaGolden"), name + ".txt", name, text.ToString());
    }
}
