using FollowUpRules.Benchmarks;
using FollowUpRules.Benchmarks.Floor;
using FollowUpRules.Engine;
using FollowUpRules.Rules;
using FollowUpRules.Testing;
using FollowUpRules.Tests.Support;

namespace FollowUpRules.Tests.Benchmarks;

// The floor is only a fair baseline if it computes what the engine computes: the same pending steps (every field but the
// explanation), in the same order, and so the same next step, on generated cases and on every benchmark workload.
public class FloorTest
{
    private static readonly FollowUpEngine Engine = Properties.Engine();

    public static TheoryData<string> Workloads() => new(["typical", "heavy", "scaling-10", "scaling-100", "scaling-1000", "scaling-10000"]);

    [Fact]
    public void Floor_GivesTheEnginesPendingSteps_OnGeneratedCases()
    {
        Properties.ForAllCases(c => ShouldAgree(c.Input, c.Today), DefaultPlaybook.Instance, runs: 500);
    }

    [Fact]
    public void Floor_AnInterviewRecordedTwice_CountsItOnceAsTheEngineDoes()
    {
        // The case a generated run found: the same interview recorded twice gives one thank-you, not two.
        var ana = new Domain.Contact("c2", "acme", "Ana", [Domain.ContactRole.HiringManager], email: "ana@acme.example");
        var application = new Domain.Application("app-1", "acme", "Acme", "Data Analyst", Domain.ApplicationStatus.Applied, new NodaTime.LocalDate(2028, 9, 9));
        Domain.Touchpoint interview(string id) => new(id, Domain.TouchpointKind.Interview, new NodaTime.LocalDate(2028, 9, 14), ["c2"]);
        var input = new Domain.EvaluationInput(application, [ana], [interview("t2"), interview("t5")], new Domain.Seeker(NodaTime.DateTimeZoneProviders.Tzdb["Australia/Sydney"]));

        ShouldAgree(input, new NodaTime.LocalDate(2028, 9, 14));
        DefaultPlaybookFloor.Evaluate(input, new NodaTime.LocalDate(2028, 9, 14)).Pending.Count(s => s.RuleId == "interview-thank-you").ShouldBe(1);
    }

    [Theory]
    [MemberData(nameof(Workloads))]
    public void Floor_GivesTheEnginesPendingSteps_OnEveryWorkload(string name)
    {
        Workload workload = name switch
        {
            "typical" => FollowUpRules.Benchmarks.Workloads.Typical(),
            "heavy" => FollowUpRules.Benchmarks.Workloads.Heavy(),
            _ => FollowUpRules.Benchmarks.Workloads.Scaling(int.Parse(name["scaling-".Length..], System.Globalization.CultureInfo.InvariantCulture)),
        };

        ShouldAgree(workload.Input, workload.Today);
    }

    private static void ShouldAgree(Domain.EvaluationInput input, NodaTime.LocalDate today)
    {
        Evaluation evaluation = Engine.Evaluate(input, today);
        FloorEvaluation floor = DefaultPlaybookFloor.Evaluate(input, today);

        FloorStep[] expected = [.. evaluation.Recommendations.Select(ToFloor)];
        floor.Pending.ShouldBe(expected, new FollowUpCase(input, today).ToString());
        floor.Next.ShouldBe(evaluation.Next is { } next ? ToFloor(next) : null);
    }

    private static FloorStep ToFloor(Recommendation r) =>
        new(r.RuleId, r.Target.Kind, r.Target.ContactId, r.Earliest, r.Due, r.Latest, r.Action, r.Channel, r.Urgency, r.Priority, r.SendAt);
}
