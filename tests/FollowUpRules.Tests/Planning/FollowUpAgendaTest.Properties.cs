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
                (item.Explanation.Count > 0).ShouldBe(item.Date > (item.Recommendation.Due > c.Today ? item.Recommendation.Due : c.Today), item.ToString());
            }

            agenda.Days.Select(d => d.Date).ShouldBe(agenda.Days.Select(d => d.Date).Order().Distinct());
        });
    }

    [Fact]
    public void Build_IsDeterministic_WhateverTheOrderOfTheApplications()
    {
        ForAllAgendas((c, agenda) =>
        {
            Agendas.Build(c.Inputs, c.Today, c.Until, c.Settings).ShouldBe(agenda);
            Agendas.Build(c.Inputs.Reverse(), c.Today, c.Until, c.Settings).ShouldBe(agenda);
        });
    }

    private static void ForAllAgendas(Action<AgendaCase, Agenda> property) =>
        Check.One(
            Config.QuickThrowOnFailure.WithMaxTest(Runs).WithQuietOnSuccess(true),
            Prop.ForAll(Arb.From(AgendaCases()), (AgendaCase c) =>
            {
                property(c, Agendas.Build(c.Inputs, c.Today, c.Until, c.Settings));
                return true;
            }));

    /// <summary>One to five generated applications at the same company, with distinct ids, on the latest of their days, with random limits and pauses.</summary>
    private static Gen<AgendaCase> AgendaCases() =>
        from count in Gen.Choose(1, 5)
        from cases in Gen.CollectToArray(Enumerable.Repeat(FollowUpGenerators.Case(), count))
        let today = cases.Max(c => c.Today)
        from perDay in Gen.Choose(1, 3)
        from perWeek in Gen.Choose(1, 4)
        from spacing in Gen.Choose(0, 5)
        from pauseCount in Gen.Choose(0, 2)
        from pauses in Gen.CollectToArray(Enumerable.Repeat(
            from start in Gen.Choose(-5, 40)
            from length in Gen.Choose(0, 15)
            select new DateInterval(today.PlusDays(start), today.PlusDays(start + length)), pauseCount))
        from horizon in Gen.Choose(0, 90)
        select new AgendaCase(
            [.. cases.Select((c, i) => Renamed(c.Input, $"app-{i + 1}"))],
            today,
            today.PlusDays(horizon),
            new AgendaSettings(perDay, perWeek, Period.FromDays(spacing), pauses));

    private static EvaluationInput Renamed(EvaluationInput input, string id)
    {
        Application a = input.Application;
        return new EvaluationInput(new Application(id, a.CompanyId, a.CompanyName, a.Role, a.Status, a.AppliedOn, a.RejectionReason), input.Contacts, input.Touchpoints, input.Seeker);
    }

    private sealed record AgendaCase(EvaluationInput[] Inputs, LocalDate Today, LocalDate Until, AgendaSettings Settings)
    {
        public override string ToString() =>
            $"today {Today}, until {Until}, {Settings}, pauses {Settings.Pauses}{Environment.NewLine}" +
            string.Join(Environment.NewLine, Inputs.Select(i => new FollowUpCase(i, Today).ToString()));
    }
}
