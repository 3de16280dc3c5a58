using AngleSharp.Dom;
using FollowUpRules.Html.Tests.Support;
using FollowUpRules.Planning;

namespace FollowUpRules.Html.Tests;

public partial class TimelineTest
{
    [Fact]
    public void ForPlans_Sample_OneLanePerApplication_GroupedByCompanyInNameOrder()
    {
        PlanPage.QuerySelectorAll(".fur-company > h3").Select(h => h.TextContent).ShouldBe(["Globex", "Hooli", "Initech", "Soylent", "Umbrella"]);
        PlanPage.QuerySelectorAll(".fur-lane h4").Select(h => h.TextContent).ShouldBe(
        [
            "Data Analyst Applied, globex-analyst",
            "Business Analyst Interviewing, hooli-analyst",
            "Software Engineer Interviewing, initech-engineer",
            "UX Designer Rejected, soylent-designer",
            "Product Manager Rejected, umbrella-pm",
        ]);
    }

    [Fact]
    public void ForPlans_ApplicationsAndPlansInAnotherOrder_WriteTheSamePage()
    {
        string reversed = Timeline.ForPlans(Sample.Applications.Reverse(), Sample.Plans.Reverse(), Sample.Pipeline.Settings.Pauses, new TimelineOptions { Zone = Sample.Pipeline.Seeker.Zone }).ToHtml();

        reversed.ShouldBe(Sample.PlanTimeline().ToHtml());
    }

    [Fact]
    public void ForPlans_Sample_EachMarkerSitsAtItsDueDate_AndItsBarOverItsWindow()
    {
        // The plan shows Sun 2026-11-15 (8 days before today) to Tue 2027-02-23: 101 day columns.
        IElement ana = Step(PlanPage, "Ana Ruiz · thank-you email"); // due Mon 2026-11-23, window Fri 2026-11-20 to Thu 2026-11-26

        string style = ana.GetAttribute("style")!;
        style.ShouldContain($"--x:{8.5 * 100 / 101:0.###}%");
        style.ShouldContain($"--b0:{5 * 100.0 / 101:0.###}%;--b1:{12 * 100.0 / 101:0.###}%");
        ana.QuerySelector(".fur-sched").ShouldBeNull("it is planned on its due date");
    }

    [Fact]
    public void ForPlans_Sample_AStepDueBeforeTheFirstDayShown_IsPinnedToTheEdge_AndSaysWhenItWasDue()
    {
        IElement sara = Step(PlanPage, "Sara Lind · check-in"); // due Mon 2026-09-28, planned today

        sara.GetAttribute("style")!.ShouldStartWith("--r:0;--x:0%;");
        sara.QuerySelector(".fur-note")!.TextContent.ShouldBe("Due 28 Sep");
        sara.QuerySelector(".fur-sched.fur-sched-end").ShouldNotBeNull("a dotted line to today, the day the plan does it");
        sara.QuerySelector(".fur-detail")!.TextContent.ShouldContain("Planned for Mon 2026-11-23. Due Mon 2026-09-28; window Mon 2026-09-14 to Wed 2026-10-28.");
    }

    [Fact]
    public void ForPlans_Sample_StepsOfALaneComeInDueOrder_SoFocusMovesLeftToRight()
    {
        foreach (IElement lane in PlanPage.QuerySelectorAll(".fur-lane"))
        {
            double[] xs = [.. lane.QuerySelectorAll("li.fur-step").Select(s => double.Parse(s.GetAttribute("style")!.Split(";--x:")[1].Split('%')[0], System.Globalization.CultureInfo.InvariantCulture))];
            xs.ShouldBe(xs.Order().ToArray());
        }
    }

    [Fact]
    public void ForPlans_Sample_StepsOnOneRowNeverOverlap()
    {
        foreach (IElement lane in PlanPage.QuerySelectorAll(".fur-lane"))
        {
            var steps = lane.QuerySelectorAll("li.fur-step").Select(s => s.GetAttribute("style")!).ToList();
            int rows = int.Parse(lane.QuerySelector(".fur-steps")!.GetAttribute("style")!.Split("--rows:")[1].Split(';')[0], System.Globalization.CultureInfo.InvariantCulture);
            steps.Select(s => int.Parse(s.Split("--r:")[1].Split(';')[0], System.Globalization.CultureInfo.InvariantCulture)).ShouldAllBe(r => r >= 0 && r < rows);
        }

        PlanPage.QuerySelectorAll(".fur-lane .fur-steps").Select(l => l.GetAttribute("style")).ShouldBe(
        [
            "--rows:2", // Globex: two follow-ups a week apart, their labels would overlap
            "--rows:5;--row:3.6rem",
            "--rows:7",
            "--rows:2;--row:3.6rem",
            "--rows:3",
        ]);
    }

    [Fact]
    public void ForPlans_EveryStep_DescribedByItsDetails_WithTheWholeExplanation()
    {
        Dictionary<string, Engine.Recommendation> bySummary = Sample.Plans.SelectMany(p => p.Steps).GroupBy(s => s.Recommendation.Summary).ToDictionary(g => g.Key, g => g.First().Recommendation);

        foreach (IElement step in Dom.Steps(PlanPage))
        {
            IElement button = step.QuerySelector("button")!;
            IElement detail = PlanPage.GetElementById(button.GetAttribute("aria-describedby")!)!;
            detail.ParentElement.ShouldBe(step);
            detail.GetAttribute("role").ShouldBe("tooltip");
            string summary = bySummary.Keys.Single(k => Dom.Name(step).Contains(k, StringComparison.Ordinal));
            detail.QuerySelectorAll(".fur-why li").Select(l => l.TextContent).ShouldBe(bySummary[summary].Explanation.Lines);
            detail.QuerySelectorAll(".fur-facts dt").Select(d => d.TextContent).ShouldBe(["Who", "What", "How", "When", "For"]);
        }
    }

    [Fact]
    public void ForAgenda_AStepForTwoApplicationsOfOneCompany_SitsInTheFirstLane_AndNamesBoth()
    {
        Domain.EvaluationInput analyst = Sample.Inputs.Single(i => i.Application.Id == "hooli-analyst");
        var pm = new Domain.EvaluationInput(
            new Domain.Application("hooli-pm", "hooli", "Hooli", "Product Manager", Domain.ApplicationStatus.Interviewing, analyst.Application.AppliedOn),
            analyst.Contacts,
            [.. analyst.Touchpoints.Select(t => new Domain.Touchpoint("pm-" + t.Id, t.Kind, t.Date, t.ContactIds))],
            analyst.Seeker);
        Agenda agenda = new FollowUpAgenda(Sample.Engine).Build([analyst, pm], Sample.Today, NodaTime.Period.FromWeeks(1), Sample.AgendaSettings);
        agenda.Items.ShouldContain(i => i.ApplicationIds.Count == 2, "the same person step for both is merged");

        IDocument page = Dom.Document(Timeline.ForAgenda([analyst.Application, pm.Application], agenda, Sample.AgendaSettings));

        IElement[] lanes = [.. page.QuerySelectorAll(".fur-lane")];
        lanes.Select(l => l.QuerySelector("h4")!.TextContent).ShouldBe(["Business Analyst Interviewing, hooli-analyst", "Product Manager Interviewing, hooli-pm"]);
        IElement merged = lanes[0].QuerySelectorAll("li.fur-step").First(s => s.QuerySelector(".fur-detail")!.TextContent.Contains("hooli-pm", StringComparison.Ordinal));
        merged.QuerySelector(".fur-facts")!.TextContent.ShouldContain("Business Analyst at Hooli (hooli-analyst); Product Manager at Hooli (hooli-pm)");
        Dom.Steps(page).Count.ShouldBe(agenda.Items.Count());
    }

    [Fact]
    public void ForAgenda_AnApplicationWithNothingToDo_HasALaneThatSaysSo()
    {
        Agenda empty = new FollowUpAgenda(Sample.Engine).Build([], Sample.Today, NodaTime.Period.FromWeeks(1));

        IDocument page = Dom.Document(Timeline.ForAgenda(Sample.Applications, empty));

        page.QuerySelectorAll(".fur-lane").Length.ShouldBe(5);
        page.QuerySelectorAll(".fur-none").Select(p => p.TextContent).Distinct().ShouldBe(["Nothing on the agenda."]);
        page.QuerySelector(".fur-head p")!.TextContent.ShouldEndWith("5 applications at 5 companies; nothing to do.");
    }
}
