using FollowUpRules.Calendar;
using FollowUpRules.Engine;
using FollowUpRules.Rules;
using FollowUpRules.Testing;
using FsCheck.Fluent;
using NodaTime;
using NodaTime.Testing;

namespace FollowUpRules.Tests.Engine;

public partial class FollowUpEngineTest
{
    [Fact]
    public void Evaluate_SharedBetweenThreads_GivesTheSameAnswersAsOneThread()
    {
        // A fresh engine whose holiday calendars have computed no year yet, so the threads race to fill the caches.
        static Playbook Build() => PlaybookBuilder.From(DefaultPlaybook.Instance).WithHolidays(new HolidayCalendar("uk", "England and Wales",
            [new AnnualHoliday("Christmas Day", 12, 25, ObservedRule.NearestWeekday), new NthWeekdayHoliday("Early May bank holiday", 5, IsoDayOfWeek.Monday, 1)])).Build();

        Playbook reference = Build();
        FollowUpCase[] cases = [.. Gen.Sample(FollowUpGenerators.Case(reference), 200)];
        Evaluation[] expected = [.. cases.Select(c => new FollowUpEngine(reference, new FakeClock(default)).Evaluate(c.Input, c.Today))];

        var shared = new FollowUpEngine(Build(), new FakeClock(default)); // equal playbook, caches still empty
        var results = new Evaluation[8][];
        Parallel.For(0, 8, new ParallelOptions { MaxDegreeOfParallelism = 8 }, t =>
        {
            results[t] = new Evaluation[cases.Length];
            for (int i = 0; i < cases.Length; i++)
            {
                int index = (i + (t * 25)) % cases.Length; // each thread walks the cases from a different start
                results[t][index] = shared.Evaluate(cases[index].Input, cases[index].Today);
            }
        });

        foreach (Evaluation[] thread in results)
        {
            thread.ShouldBe(expected);
        }
    }

    [Fact]
    public void Explanation_FirstReadFromManyThreadsAtOnce_IsOneObjectEveryoneSees()
    {
        FollowUpCase[] cases = [.. Gen.Sample(FollowUpGenerators.Case(DefaultPlaybook.Instance), 60)];
        var engine = new FollowUpEngine(DefaultPlaybook.Instance, new FakeClock(default));
        foreach (FollowUpCase c in cases)
        {
            Evaluation evaluation = engine.Evaluate(c.Input, c.Today);
            Evaluation again = engine.Evaluate(c.Input, c.Today);
            foreach (Recommendation step in evaluation.Recommendations)
            {
                var seen = new Explanation[4];
                Parallel.For(0, seen.Length, new ParallelOptions { MaxDegreeOfParallelism = seen.Length }, t => seen[t] = step.Explanation);

                foreach (Explanation explanation in seen)
                {
                    explanation.ShouldBeSameAs(step.Explanation);
                }

                step.Explanation.RuleId.ShouldBe(step.RuleId);
            }

            // Reading explanations changes nothing a caller can see: equal to, and hashed as, a fresh evaluation's steps.
            evaluation.ShouldBe(again);
            evaluation.Recommendations.Select(r => r.GetHashCode()).ShouldBe(again.Recommendations.Select(r => r.GetHashCode()));
            evaluation.Expired.Select(r => r.GetHashCode()).ShouldBe(again.Expired.Select(r => r.GetHashCode()));
            evaluation.Suppressed.Select(r => r.GetHashCode()).ShouldBe(again.Suppressed.Select(r => r.GetHashCode()));
        }
    }

    [Fact]
    public void Evaluate_RightAfterAVeryLargeEvaluationOnTheSameThread_GivesTheSameAnswersAsOnAFreshThread()
    {
        // A thread keeps its working lists between evaluations, but gives back the arrays of any that grew past 1,024 steps.
        // Whatever the large evaluation left behind must not show in the next one.
        FollowUpRules.Benchmarks.Workload large = FollowUpRules.Benchmarks.Workloads.Scaling(10_000);
        FollowUpCase[] cases = [.. Gen.Sample(FollowUpGenerators.Case(DefaultPlaybook.Instance), 40)];
        var engine = new FollowUpEngine(DefaultPlaybook.Instance, new FakeClock(default));

        var expected = new Evaluation[cases.Length];
        OnNewThread(() =>
        {
            for (int i = 0; i < cases.Length; i++)
            {
                expected[i] = engine.Evaluate(cases[i].Input, cases[i].Today);
            }
        });

        var actual = new Evaluation[cases.Length];
        int largestList = 0;
        OnNewThread(() =>
        {
            for (int i = 0; i < cases.Length; i++)
            {
                Evaluation big = engine.Evaluate(large.Input, large.Today);
                largestList = Math.Max(largestList, Math.Max(big.Suppressed.Count, Math.Max(big.Recommendations.Count, big.Expired.Count)));
                actual[i] = engine.Evaluate(cases[i].Input, cases[i].Today);
            }
        });

        largestList.ShouldBeGreaterThan(1024);
        actual.ShouldBe(expected);

        // A new thread has no working lists yet; its exception, if any, is thrown here.
        static void OnNewThread(Action work)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo? failure = null;
            var thread = new Thread(() =>
            {
                try
                {
                    work();
                }
                catch (Exception e)
                {
                    failure = System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e);
                }
            });
            thread.Start();
            thread.Join();
            failure?.Throw();
        }
    }
}
