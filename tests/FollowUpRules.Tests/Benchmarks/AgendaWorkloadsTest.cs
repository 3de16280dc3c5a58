using FluentValidation.Results;
using FollowUpRules.Benchmarks;
using FollowUpRules.Domain;
using FollowUpRules.Engine;
using FollowUpRules.Planning;
using FollowUpRules.Rules;
using NodaTime;

namespace FollowUpRules.Tests.Benchmarks;

// The agenda benchmarks measure nothing useful if the engine refuses their applications or finds nothing to do, so the
// generator is checked here on a smaller count (the same code makes the 10,000 and 100,000 of the benchmarks).
public class AgendaWorkloadsTest
{
    private static readonly FollowUpEngine Engine = new(DefaultPlaybook.Instance, SystemClock.Instance);

    [Fact]
    public void Generate_GivesValidApplicationsWithDistinctIds_FourToACompany()
    {
        EvaluationInput[] inputs = AgendaWorkloads.Generate(2_000);

        inputs.Length.ShouldBe(2_000);
        inputs.Select(i => i.Application.Id).Distinct().Count().ShouldBe(2_000);
        inputs.Select(i => i.Application.CompanyId).Distinct().Count().ShouldBeInRange(400, 500);
        foreach (EvaluationInput input in inputs)
        {
            ValidationResult result = Engine.Validate(input, Workloads.Today);
            result.IsValid.ShouldBeTrue($"{input.Application.Id}: {string.Join(Environment.NewLine, result.Errors)}");
        }
    }

    [Fact]
    public void Generate_RecordsEveryTouchpointWithItsApplication_SoTheAgendaEvaluatesTheInputsAsGiven()
    {
        // The agenda benchmarks' floor evaluates the inputs as given; the agenda adds the company-wide touchpoints of the
        // other applications at the company, and there are none.
        EvaluationInput[] inputs = AgendaWorkloads.Generate(2_000);

        inputs.SelectMany(i => i.Touchpoints).ShouldNotBeEmpty();
        inputs.SelectMany(i => i.Touchpoints).ShouldAllBe(t => t.ApplicationId != null);
    }

    [Fact]
    public void Generate_IsTheSameOnEveryRun() =>
        AgendaWorkloads.Generate(500).ShouldBe(AgendaWorkloads.Generate(500));

    [Fact]
    public void Generate_CoversTheStatesOfARealSearch_AndTheAgendaHasStepsFromEach()
    {
        EvaluationInput[] inputs = AgendaWorkloads.Generate(500);
        var agenda = new FollowUpAgenda(Engine).Build(inputs, Workloads.Today, Workloads.Today.PlusYears(1));

        string[] rules = [.. agenda.Items.Select(i => i.Recommendation.RuleId).Distinct()];
        rules.ShouldContain("status-follow-up");         // just applied
        rules.ShouldContain("interview-thank-you");      // interviewed last week
        rules.ShouldContain("rejection-thank-you-note"); // rejected within ten days
        rules.ShouldContain("nurture-hiring-manager");   // rejected months ago: the long-term cadence
        rules.ShouldContain("silent-rejection");         // ghosted
        inputs.Select(i => i.Application.Status).Distinct().Order().ShouldBe([ApplicationStatus.Applied, ApplicationStatus.Interviewing, ApplicationStatus.Rejected]);
        agenda.Items.Where(i => i.ApplicationIds.Count > 1).ShouldNotBeEmpty("applications at one company share steps to the same person");
    }
}
