using FollowUpRules.DependencyInjection;
using FollowUpRules.Engine;
using FollowUpRules.Planning;
using FollowUpRules.Rules;
using FollowUpRules.Testing;
using FsCheck.Fluent;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using FollowUpRules.Tests.Support;

namespace FollowUpRules.Tests.DependencyInjection;

public partial class FollowUpRulesServiceCollectionExtensionsTest
{
    [Fact]
    public void FollowUpService_SharedBetweenThreads_GivesTheSameAnswersAsOneThread()
    {
        FollowUpCase[] cases = [.. Gen.Sample(FollowUpGenerators.Case(), 120)];
        var clock = Clocks.AtNoon(cases.Max(c => c.Today), Zone); // every case is valid on the latest day, in every zone
        var engine = new FollowUpEngine(DefaultPlaybook.Instance, clock);
        var planner = new FollowUpPlanner(engine);
        Evaluation[] expected = [.. cases.Select(c => engine.Evaluate(c.Input))];
        Plan[] expectedPlans = [.. cases.Take(30).Select(c => planner.Project(c.Input, engine.Today(c.Input.Seeker.Zone), Period.FromMonths(3)))];
        using ServiceProvider provider = Build(new ServiceCollection().AddFollowUpRules().AddSingleton<IClock>(clock));
        IFollowUpService shared = provider.GetRequiredService<IFollowUpService>();

        var results = new Evaluation[8][];
        var plans = new Plan[8][];
        Parallel.For(0, 8, new ParallelOptions { MaxDegreeOfParallelism = 8 }, t =>
        {
            results[t] = new Evaluation[cases.Length];
            plans[t] = new Plan[expectedPlans.Length];
            for (int i = 0; i < cases.Length; i++)
            {
                int index = (i + (t * 15)) % cases.Length; // each thread walks the cases from a different start
                results[t][index] = shared.NextSteps(cases[index].Input);
                if (index < plans[t].Length)
                {
                    plans[t][index] = shared.Plan(cases[index].Input, Period.FromMonths(3));
                }
            }
        });

        foreach (Evaluation[] thread in results)
        {
            thread.ShouldBe(expected);
        }

        foreach (Plan[] thread in plans)
        {
            thread.ShouldBe(expectedPlans);
        }
    }
}
