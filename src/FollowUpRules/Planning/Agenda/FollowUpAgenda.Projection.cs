using FollowUpRules.Domain;
using FollowUpRules.Engine;
using FollowUpRules.Utility;
using FollowUpRules.Validation;
using NodaTime;

namespace FollowUpRules.Planning;

/// <summary>The agenda stepped through day by day: <see cref="Project"/>.</summary>
public sealed partial class FollowUpAgenda
{
    /// <summary>
    /// Projects the whole agenda forward over <paramref name="horizon"/>, assuming the seeker does every step on the day the
    /// agenda puts it: a timeline of the steps of every application, day by day, within the limits and outside the pauses.
    /// </summary>
    /// <param name="applications">The applications, as for <see cref="Build(IEnumerable{EvaluationInput}, LocalDate, LocalDate, AgendaSettings?)"/>.</param>
    /// <param name="today">The first day of the projection.</param>
    /// <param name="horizon">How far ahead, for example <c>Period.FromMonths(3)</c>: a positive period of years, months, weeks and days.</param>
    /// <param name="settings">The limits and pauses; <see langword="null"/> for the engine's playbook's <see cref="Rules.Playbook.OutreachLimits"/> and no pauses.</param>
    /// <returns>
    /// An agenda whose days run from <paramref name="today"/> to <paramref name="today"/> plus <paramref name="horizon"/>:
    /// each day holds what <see cref="Build(IEnumerable{EvaluationInput}, LocalDate, LocalDate, AgendaSettings?)"/> would
    /// put on it on that day, given the steps done on the days before.
    /// </returns>
    /// <remarks>
    /// <para>This is the agenda stepped through day by day: on each day the agenda is built from that day to the end of the
    /// horizon, the steps it puts on that day are recorded as done that day (with <see cref="Recommendation.DoneOn"/>,
    /// for each application the step serves), and the next day follows. Days on which no application has a step due are
    /// skipped without changing the result. A step that a limit or a pause moved keeps the sentence that says so, from the
    /// day it was moved. The real applications are never changed. For one application without limits, see
    /// <see cref="FollowUpPlanner.Project"/>.</para>
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="applications"/>, one of its elements, or <paramref name="horizon"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Two applications share an id, or <paramref name="horizon"/> is not a positive date period or ends after <see cref="Limits.MaxDate"/>.</exception>
    /// <exception cref="FollowUpValidationException">The settings are invalid, or an application's input is; the exception lists every problem.</exception>
    public Agenda Project(IEnumerable<EvaluationInput> applications, LocalDate today, Period horizon, AgendaSettings? settings = null)
    {
        Preconditions.CheckNotNull(applications);
        LocalDate until = Horizon.End(today, horizon);
        settings = Checked(settings, today, until);
        EvaluationInput[] current = Shared(applications); // checks the ids; sorted by id
        var position = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < current.Length; i++)
        {
            position[current[i].Application.Id] = i;
        }

        var days = new List<AgendaDay>();
        var movedBefore = new Dictionary<string, AgendaItem>(StringComparer.Ordinal);
        int done = 0;
        LocalDate day = today;
        while (day <= until)
        {
            var portfolio = Portfolio.Of(current, parallel);
            using PooledList<Candidate> candidates = Candidates(portfolio, day, until);
            if (candidates.Count == 0)
            {
                break;
            }

            // Nothing can be put on a day before the first due date: step straight to it.
            LocalDate firstDue = candidates[0].Due;
            foreach (Candidate candidate in candidates.Items)
            {
                firstDue = candidate.Due < firstDue ? candidate.Due : firstDue;
            }

            if (firstDue > day)
            {
                day = firstDue;
                continue;
            }

            Agenda agenda;
            using (PooledList<Pending> pending = Merge(candidates, portfolio))
            {
                agenda = Schedule(pending, portfolio, day, until, settings);
            }

            if (agenda.Days.Count > 0 && agenda.Days[0].Date == day)
            {
                AgendaDay first = Explained(agenda.Days[0], movedBefore);
                days.Add(first);
                foreach (AgendaItem item in first.Items)
                {
                    done++;
                    foreach (string id in item.ApplicationIds)
                    {
                        int at = position[id];
                        current[at] = FollowUpPlanner.WithDone(current[at], item.Recommendation, day, $"agenda-plan:{done}:{item.Recommendation.RuleId}");
                    }
                }
            }

            // A step the limits moved to a later day keeps the reason: built from that day, it would seem simply due then.
            movedBefore.Clear();
            foreach (AgendaItem item in agenda.Items)
            {
                if (item.MoveExplanation is not null && item.Date > day)
                {
                    movedBefore[Key(item)] = item;
                }
            }

            day = day.PlusDays(1);
        }

        return new Agenda(today, until, days);
    }

    private static string Key(AgendaItem item)
    {
        Recommendation r = item.Recommendation;
        return $"{string.Join(",", item.ApplicationIds)}|{r.RuleId}|{r.Target.Key}|{r.AnchorKey}|{r.Occurrence}|{r.Due:uuuu-MM-dd}|{r.Latest:uuuu-MM-dd}";
    }

    /// <summary>Gives each item of <paramref name="day"/> that has no move of its own the moves that put it there when the agenda was built on an earlier day.</summary>
    private static AgendaDay Explained(AgendaDay day, Dictionary<string, AgendaItem> movedBefore)
    {
        if (movedBefore.Count == 0)
        {
            return day;
        }

        var items = new AgendaItem[day.Items.Count];
        int at = 0;
        foreach (AgendaItem item in day.Items)
        {
            items[at++] = item.MoveExplanation is null && movedBefore.TryGetValue(Key(item), out AgendaItem? earlier) && earlier.Date == item.Date
                ? new AgendaItem(item.Date, item.Recommendation, item.ApplicationIds, item.IsLate, earlier.PastDeadline && !item.IsLate, earlier.MoveExplanation)
                : item;
        }

        return new AgendaDay(day.Date, ValueList<AgendaItem>.Wrap(items));
    }
}
