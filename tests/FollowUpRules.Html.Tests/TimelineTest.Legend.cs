using AngleSharp.Dom;
using FollowUpRules.Html.Tests.Support;

namespace FollowUpRules.Html.Tests;

public partial class TimelineTest
{
    private static string[] Legend(IDocument page) => [.. page.QuerySelectorAll(".fur-legend li").Select(l => l.TextContent)];

    [Fact]
    public void ForPlans_Legend_ExplainsEveryMarkOfAPlan_WithThePauseInView()
    {
        Legend(PlanPage).ShouldBe(
        [
            "Overdue: after its latest date, do it now",
            "Due: within its window now",
            "Upcoming: its window opens later",
            "Bar: the window, from the earliest to the latest date; the marker is at the due date",
            "Dotted line: to the day the plan does it, when that is not the due date",
            "Today, Mon 2026-11-23",
            "Hatched: your pause",
        ]);
        PlanPage.QuerySelectorAll(".fur-legend li .fur-key").ShouldAllBe(k => k.GetAttribute("aria-hidden") == "true");
    }

    [Fact]
    public void ForAgenda_Legend_AddsPastDeadlineAndMoved_AndLeavesOutAPauseNotInView()
    {
        Legend(AgendaPage).ShouldBe(
        [
            "Overdue: after its latest date, do it now",
            "Due: within its window now",
            "Upcoming: its window opens later",
            "Past deadline: the limits or your pause pushed it past its latest date",
            "Dashed ring: moved to a later day by a limit or your pause (it says which)",
            "Bar: the window, from the earliest to the latest date; the marker is at the due date",
            "Dotted line: to the day the agenda schedules it, when that is not the due date",
            "Today, Mon 2026-11-23",
        ]);
    }

    [Fact]
    public void ForAgenda_Header_NamesTheLimitsAndThePause()
    {
        AgendaPage.QuerySelectorAll(".fur-head p").Select(p => p.TextContent).ShouldBe(
        [
            "From Mon 2026-11-23 to Mon 2026-11-30, dates in Europe/London. 5 applications at 5 companies; 13 steps: 5 overdue, 1 past deadline, 7 due; 4 moved by the limits or a pause.",
            "The agenda's limits: at most 4 outreach steps a day, 3 to one company a week, and 3 days between two asks to one person.",
            "Your pause: Mon 2026-12-21 to Sun 2027-01-03; the agenda schedules nothing then.",
        ]);
    }

    [Fact]
    public void ForPlans_Header_NamesThePause_AndNoLimits()
    {
        PlanPage.QuerySelectorAll(".fur-head p").Select(p => p.TextContent).Skip(1).ShouldBe(
            ["Your pause: Mon 2026-12-21 to Sun 2027-01-03; the plan does not move steps out of a pause, the agenda does."]);
        PlanPage.QuerySelectorAll(".fur-pause").Length.ShouldBe(1);
    }
}
