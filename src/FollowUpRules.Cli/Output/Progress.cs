using Spectre.Console;

namespace FollowUpRules.Cli.Output;

/// <summary>
/// A progress bar for a command that works through many applications (plan and export-ics on thousands take seconds):
/// drawn by Spectre.Console on standard error when it is a terminal (left at 100% when done); nothing at all when standard
/// error is redirected, so piped output and logs stay clean.
/// </summary>
internal static class Progress
{
    /// <summary>Below this many applications the work is quick enough to need no bar: 200.</summary>
    public const int Threshold = 200;

    public static List<TResult> Each<T, TResult>(Terminal terminal, string description, IReadOnlyList<T> items, Func<T, TResult> work)
    {
        if (terminal.Progress is not { } console || items.Count < Threshold)
        {
            return [.. items.Select(work)];
        }

        return console.Progress()
            .AutoClear(false)
            .HideCompleted(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(context =>
            {
                ProgressTask task = context.AddTask(Markup.Escape(description), maxValue: items.Count);
                var results = new List<TResult>(items.Count);
                foreach (T item in items)
                {
                    results.Add(work(item));
                    task.Increment(1);
                }

                return results;
            });
    }
}
