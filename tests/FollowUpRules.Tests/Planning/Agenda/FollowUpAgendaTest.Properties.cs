using FollowUpRules.Domain;
using FollowUpRules.Engine;
using FollowUpRules.Planning;
using FollowUpRules.Testing;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace FollowUpRules.Tests.Planning;

public partial class FollowUpAgendaTest
{
    private const int Runs = 150;

    [Fact]
    public void Build_NeverExceedsTheDailyOrWeeklyLimits_NorSchedulesTwoAsksToOnePersonTooClose()
    {
        ForAllAgendas((c, agenda) =>
        {
            AgendaItem[] outreach = [.. agenda.Items.Where(i => i.Recommendation.Target.Kind == TargetKind.Person)];
            foreach (IGrouping<LocalDate, AgendaItem> day in outreach.GroupBy(i => i.Date))
            {
                day.Count().ShouldBeLessThanOrEqualTo(c.Settings.Limits.MaxPerDay, $"on {day.Key}");
            }

            foreach (IGrouping<LocalDate, AgendaItem> week in outreach.GroupBy(i => i.Date.With(DateAdjusters.PreviousOrSame(IsoDayOfWeek.Monday))))
            {
                week.Count().ShouldBeLessThanOrEqualTo(c.Settings.Limits.MaxPerCompanyPerWeek, $"in the week of {week.Key}"); // one company: acme
            }

            foreach (IGrouping<string?, AgendaItem> person in outreach.GroupBy(i => i.Recommendation.Target.ContactId))
            {
                LocalDate[] dates = [.. person.Select(i => i.Date).Order()];
                for (int i = 1; i < dates.Length; i++)
                {
                    Period.DaysBetween(dates[i - 1], dates[i]).ShouldBeGreaterThanOrEqualTo(c.Settings.Limits.MinSpacingPerPerson.Days, $"asks to {person.Key} on {dates[i - 1]} and {dates[i]}");
                }
            }
        });
    }

    [Fact]
    public void Build_DropsNoStep_AndSchedulesNothingInAPauseOrBeforeToday()
    {
        ForAllAgendas((c, agenda) =>
        {
            string[] expected =
            [
                .. FollowUpAgenda.ShareTouchpoints(c.Inputs).SelectMany(input => Engine.Evaluate(input, c.Today).Recommendations
                    .Where(r => r.Due <= c.Until)
                    .Select(r => $"{input.Application.Id} {r.RuleId} {r.Target.Key}")).Order(StringComparer.Ordinal),
            ];
            string[] scheduled = [.. agenda.Items.SelectMany(i => i.ApplicationIds.Select(a => $"{a} {i.Recommendation.RuleId} {i.Recommendation.Target.Key}")).Order(StringComparer.Ordinal)];
            scheduled.ShouldBe(expected);

            foreach (AgendaItem item in agenda.Items)
            {
                item.Date.ShouldBeGreaterThanOrEqualTo(c.Today);
                c.Settings.Pauses.ShouldNotContain(p => p.Contains(item.Date), $"{item} is in a pause");
                item.IsLate.ShouldBe(item.Recommendation.Urgency == Urgency.Overdue);
                item.PastDeadline.ShouldBe(!item.IsLate && item.Date > item.Recommendation.Latest);
                (item.Explanation.Lines.Count > 0).ShouldBe(item.Date > (item.Recommendation.Due > c.Today ? item.Recommendation.Due : c.Today), item.ToString());
            }

            agenda.Days.Select(d => d.Date).ShouldBe(agenda.Days.Select(d => d.Date).Order().Distinct());
        });
    }

    [Fact]
    public void Build_IsDeterministic_WhateverTheOrderOfTheApplications_AndHoweverManyThreadsEvaluateThem()
    {
        ForAllAgendas((c, agenda) =>
        {
            Agendas.Build(c.Inputs, c.Today, c.Until, c.Settings).ShouldBe(agenda);
            Agendas.Build(c.Inputs.Reverse(), c.Today, c.Until, c.Settings).ShouldBe(agenda);
            new FollowUpAgenda(Engine, maxDegreeOfParallelism: 4).Build(c.Inputs, c.Today, c.Until, c.Settings).ShouldBe(agenda);
        });
    }

    [Fact]
    public void Project_EqualsSteppingThroughTheAgendaDayByDay_DoingEachDaysSteps()
    {
        Check.One(
            Config.QuickThrowOnFailure.WithMaxTest(100).WithQuietOnSuccess(true),
            Prop.ForAll(FollowUpGenerators.AgendaCases(), (AgendaCase c) =>
            {
                int days = Period.DaysBetween(c.Today, c.Until) + 1;
                Agenda projected = Agendas.Project(c.Inputs, c.Today, Period.FromDays(days), c.Settings);

                // The naive walk: every day, build the agenda from that day, and do what it puts on that day.
                List<EvaluationInput> current = [.. c.Inputs];
                var stepped = new List<AgendaDay>();
                int done = 0;
                for (LocalDate day = c.Today; day <= projected.Until; day = day.PlusDays(1))
                {
                    AgendaDay? first = Agendas.Build(current, day, projected.Until, c.Settings).Days.FirstOrDefault(d => d.Date == day);
                    if (first is null)
                    {
                        continue;
                    }

                    stepped.Add(first);
                    foreach (AgendaItem item in first.Items)
                    {
                        done++;
                        foreach (string id in item.ApplicationIds)
                        {
                            int at = current.FindIndex(i => i.Application.Id == id);
                            current[at] = FollowUpPlanner.WithDone(current[at], item.Recommendation, day, $"agenda-plan:{done}:{item.Recommendation.RuleId}");
                        }
                    }
                }

                // The same steps on the same days; only the sentences of steps moved on an earlier day are kept in the projection.
                projected.Items.Select(Line).ShouldBe(stepped.SelectMany(d => d.Items).Select(Line), c.ToString());
                projected.Items.Zip(stepped.SelectMany(d => d.Items)).ShouldAllBe(pair => pair.First.Explanation.Lines.Count >= pair.Second.Explanation.Lines.Count);
                projected.Days.ShouldAllBe(d => d.Date >= c.Today && d.Date <= projected.Until);
                return true;
            }));
    }

    private static void ForAllAgendas(Action<AgendaCase, Agenda> property) =>
        Check.One(
            Config.QuickThrowOnFailure.WithMaxTest(Runs).WithQuietOnSuccess(true),
            Prop.ForAll(FollowUpGenerators.AgendaCases(), (AgendaCase c) =>
            {
                property(c, Agendas.Build(c.Inputs, c.Today, c.Until, c.Settings));
                return true;
            }));
}
