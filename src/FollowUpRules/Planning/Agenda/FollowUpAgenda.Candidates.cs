using FollowUpRules.Engine;
using FollowUpRules.Utility;
using NodaTime;

namespace FollowUpRules.Planning;

/// <summary>Collecting each application's candidates: the steps due by the agenda's end, evaluated on the agenda's threads.</summary>
public sealed partial class FollowUpAgenda
{
    private PooledList<Candidate> Candidates(Portfolio portfolio, LocalDate today, LocalDate until)
    {
        // Only each evaluation's steps due by `until` are kept, as candidates that carry what the merge and the sort compare,
        // read while the step is at hand on the evaluating thread: those later one-thread passes then read compact values
        // rather than follow references all over a large heap, and the rest of each evaluation is garbage at once.
        int count = portfolio.Inputs.Length;
        var candidates = new PooledList<Candidate>(count * 4);
        if (parallel.MaxDegreeOfParallelism == 1 || count < 2)
        {
            for (int i = 0; i < count; i++)
            {
                Take(portfolio, i, today, until, candidates);
            }

            return candidates;
        }

        // Each worker adds to its own list and each application notes where its steps went, so they are put together in
        // application order afterwards: the same candidates in the same order however many threads evaluated them.
        using var placed = new PooledList<(PooledList<Candidate>? List, int Start, int Count)>(count, default);
        using var failures = new PooledList<Exception?>(count, null);
        var lists = new List<PooledList<Candidate>>();
        try
        {
            Parallel.For(
                0,
                count,
                parallel,
                () => new PooledList<Candidate>(4 * count / parallel.MaxDegreeOfParallelism),
                (i, _, list) =>
                {
                    try
                    {
                        int start = list.Count;
                        Take(portfolio, i, today, until, list);
                        placed.Items[i] = (list, start, list.Count - start);
                    }
                    catch (Exception e)
                    {
                        failures.Items[i] = e;
                    }

                    return list;
                },
                list =>
                {
                    lock (lists)
                    {
                        lists.Add(list);
                    }
                });

            // An invalid application throws as it would one after another: the first one's exception, unwrapped.
            foreach (Exception? failure in failures.Items)
            {
                if (failure is not null)
                {
                    candidates.Dispose();
                    System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);
                }
            }

            foreach ((PooledList<Candidate>? list, int start, int taken) in placed.Items)
            {
                candidates.AddRange(list!.Items.Slice(start, taken));
            }

            return candidates;
        }
        finally
        {
            foreach (PooledList<Candidate> list in lists)
            {
                list.Dispose();
            }
        }
    }

    /// <summary>Evaluates application <paramref name="index"/> and adds its steps due by <paramref name="until"/> to <paramref name="candidates"/>.</summary>
    private void Take(Portfolio portfolio, int index, LocalDate today, LocalDate until, PooledList<Candidate> candidates)
    {
        // Taken from the thread while in use, so that an agenda built from inside this evaluation (by a custom condition)
        // gets a list of its own.
        List<Recommendation> steps = takenSteps ?? [];
        takenSteps = null;
        try
        {
            engine.Recommend(portfolio.Shared(index), today, steps);
            foreach (Recommendation recommendation in steps)
            {
                if (recommendation.Due <= until)
                {
                    candidates.Add(new Candidate(recommendation, index, portfolio.CompanyOf[index], rulePositions[recommendation.Rule]));
                }
            }
        }
        finally
        {
            steps.Clear();
            takenSteps = steps;
        }
    }
}
