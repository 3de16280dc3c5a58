using FluentValidation.Results;
using FollowUpRules.Benchmarks;
using FollowUpRules.Domain;
using FollowUpRules.Engine;
using FollowUpRules.Planning;
using FollowUpRules.Rules;
using FollowUpRules.Serialization;
using NodaTime;

namespace FollowUpRules.Tests.Benchmarks;

// The benchmarks measure nothing useful if the engine refuses their input, so every workload is checked here: valid, of
// the size the benchmark names, the same on every run, and evaluated (and planned) without throwing.
public class WorkloadsTest
{
    private static readonly FollowUpEngine Engine = new(DefaultPlaybook.Instance, SystemClock.Instance);

    private static readonly string[] All = ["typical", "heavy", "scaling-10", "scaling-100", "scaling-1000", "scaling-10000", "contacts-25", "contacts-100", "contacts-400"];

    public static TheoryData<string> Names() => new(All);

    private static Workload Build(string name) => name switch
    {
        "typical" => Workloads.Typical(),
        "heavy" => Workloads.Heavy(),
        _ when name.StartsWith("contacts-", StringComparison.Ordinal) => Workloads.Contacts(int.Parse(name["contacts-".Length..], System.Globalization.CultureInfo.InvariantCulture)),
        _ => Workloads.Scaling(int.Parse(name["scaling-".Length..], System.Globalization.CultureInfo.InvariantCulture)),
    };

    [Theory]
    [MemberData(nameof(Names))]
    public void Workload_IsValidInput_TheEngineEvaluates(string name)
    {
        Workload workload = Build(name);

        ValidationResult result = Engine.Validate(workload.Input, workload.Today);
        result.IsValid.ShouldBeTrue(string.Join(Environment.NewLine, result.Errors));
        Evaluation evaluation = Engine.Evaluate(workload.Input, workload.Today);
        evaluation.Recommendations.ShouldNotBeEmpty();
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Workload_IsTheSameOnEveryRun(string name) =>
        Build(name).Input.ShouldBe(Build(name).Input);

    [Fact]
    public void Sizes_AreThoseTheBenchmarksName()
    {
        Workload typical = Workloads.Typical();
        typical.Input.Contacts.Count.ShouldBe(3);
        typical.Input.Touchpoints.Count.ShouldBe(12);
        Workload heavy = Workloads.Heavy();
        heavy.Input.Contacts.Count.ShouldBe(20);
        heavy.Input.Touchpoints.Count.ShouldBe(1_000);
        foreach (int size in Workloads.ScalingSizes)
        {
            Workloads.Scaling(size).Input.Touchpoints.Count.ShouldBe(size);
        }

        foreach (int size in Workloads.ContactSizes)
        {
            Workloads.Contacts(size).Input.Contacts.Count.ShouldBe(size);
            Workloads.Contacts(size).Input.Touchpoints.Count.ShouldBe(50);
        }
    }

    [Fact]
    public void Workloads_HaveTheStoryTheyClaim()
    {
        // Each generated application is rejected, with exactly one Rejection, interviews with interviewers and replies
        // with outcomes: the shapes the engine's after-rejection rules and stop rules work on.
        foreach (Workload workload in All.Select(Build))
        {
            EvaluationInput input = workload.Input;
            input.Application.Status.ShouldBe(ApplicationStatus.Rejected);
            input.Touchpoints.Count(t => t.Kind == TouchpointKind.Rejection).ShouldBe(1);
            input.Touchpoints.ShouldAllBe(t => t.Date >= input.Application.AppliedOn && t.Date <= workload.Today);
            Touchpoint[] interviews = [.. input.Touchpoints.Where(t => t.Kind == TouchpointKind.Interview)];
            Touchpoint[] replies = [.. input.Touchpoints.Where(t => t.Kind == TouchpointKind.Reply)];
            if (input.Touchpoints.Count >= 100)
            {
                // Below that the story is too short to promise every kind.
                interviews.ShouldNotBeEmpty(workload.Name);
                replies.ShouldNotBeEmpty(workload.Name);
            }

            interviews.ShouldAllBe(t => t.ContactIds.Count > 0);
            replies.ShouldAllBe(t => t.Outcome != null);
        }

        Workloads.Heavy().Input.Touchpoints.ShouldContain(t => t.Kind == TouchpointKind.Interview);
        Workloads.Heavy().Input.Touchpoints.ShouldContain(t => t.Kind == TouchpointKind.Reply);
        Workloads.Typical().Input.Touchpoints.ShouldContain(t => t.Kind == TouchpointKind.Interview);
    }

    [Fact]
    public void PlanWorkload_ProjectsTwentyFourMonths()
    {
        Workload typical = Workloads.Typical();

        Plan plan = new FollowUpPlanner(Engine).Project(typical.Input, typical.Today, Period.FromMonths(24));

        plan.Steps.ShouldNotBeEmpty();
        plan.IsTruncated.ShouldBeFalse();
    }

    [Fact]
    public void PlaybookJsonWorkload_LoadsTheDefaultPlaybook()
    {
        Playbook playbook = PlaybookJson.Load(Workloads.DefaultPlaybookJson());

        playbook.Id.ShouldBe(DefaultPlaybook.Instance.Id);
        playbook.Rules.Count.ShouldBe(DefaultPlaybook.Instance.Rules.Count);
    }
}
