using AngleSharp.Dom;
using FollowUpRules.Html.Tests.Support;

namespace FollowUpRules.Html.Tests;

public partial class TimelineTest
{
    [Theory]
    [InlineData("Sara Lind · check-in", null, "fur-is-overdue", "Overdue")]              // due Mon 2026-09-28, latest Wed 2026-10-28
    [InlineData("You · count as rejected", "Wed 2026-11-04", "fur-is-overdue", "Overdue")] // Hooli: no decision 30 days after the interview
    [InlineData("Ana Ruiz · thank-you email", null, "fur-is-due", "Due")]                 // interview Fri 2026-11-20: window to Thu 2026-11-26
    [InlineData("Tom Reyes · coffee", null, "fur-is-due", "Due")]                         // due Mon 2026-10-26, but its window is still open
    [InlineData("Ana Ruiz · thank-you note", null, "fur-is-upcoming", "Upcoming")]        // after Initech's silent rejection on Sun 2026-12-20
    public void ForPlans_SamplePlan_StatusIsWhereTodayFallsInTheWindow_InClassAndWords(string label, string? due, string statusClass, string word)
    {
        IElement step = Step(PlanPage, label, due);

        step.ClassList.ShouldContain(statusClass);
        step.QuerySelector(".fur-more")!.TextContent.ShouldStartWith(word + ": ");
        step.QuerySelector(".fur-badge")!.TextContent.ShouldBe(word);
    }

    [Fact]
    public void ForPlans_SamplePlan_HeaderCountsTheStatuses()
    {
        PlanPage.QuerySelector(".fur-head p")!.TextContent.ShouldBe(
            "From Mon 2026-11-23 to Tue 2027-02-23, dates in Europe/London. 5 applications at 5 companies; 25 steps: 2 overdue, 10 due, 13 upcoming.");
        Dom.Steps(PlanPage).Count.ShouldBe(Sample.Plans.Sum(p => p.Steps.Count));
    }

    [Fact]
    public void ForAgenda_SampleAgenda_AStepPushedPastItsLatestDate_IsPastDeadline()
    {
        // Gwen Park's congratulations waits three days after the thank-you email asked of her on Mon 2026-11-23.
        IElement gwen = Step(AgendaPage, "Gwen Park · congratulations");

        gwen.ClassList.ShouldContain("fur-is-past");
        gwen.QuerySelector(".fur-more")!.TextContent.ShouldStartWith("Past deadline: ");
        gwen.QuerySelector(".fur-moves")!.TextContent.ShouldContain("to Thu 2026-11-26: Gwen Park was asked something on Mon 2026-11-23; at least 3 days between asks.");
    }

    [Theory]
    [InlineData("Tom Reyes · coffee", "Moved: daily limit")]
    [InlineData("Ana Ruiz · thank-you email", "Moved: daily limit")]
    [InlineData("Ben Okafor · thank-you email", "Moved: daily limit")]
    [InlineData("Gwen Park · congratulations", "Moved: spacing")]
    public void ForAgenda_SampleAgenda_AMovedStepNamesTheLimitBesideItsMarker(string label, string note)
    {
        IElement step = Step(AgendaPage, label);

        step.ClassList.ShouldContain("fur-moved");
        step.QuerySelector(".fur-note")!.TextContent.ShouldStartWith(note);
        step.QuerySelector(".fur-sched").ShouldNotBeNull("a dotted line leads from the due date to the day it is scheduled");
        step.QuerySelector(".fur-badge-moved")!.TextContent.ShouldBe("Moved");
    }

    [Fact]
    public void ForAgenda_SampleAgenda_StepsNotMovedHaveNoRingAndNoMoveNote()
    {
        IElement[] unmoved = [.. Dom.Steps(AgendaPage).Where(s => !s.ClassList.Contains("fur-moved"))];

        unmoved.Length.ShouldBe(Sample.Agenda.Items.Count(i => i.Moves.Count == 0));
        foreach (IElement step in unmoved)
        {
            step.QuerySelector(".fur-moves").ShouldBeNull();
            (step.QuerySelector(".fur-note")?.TextContent ?? string.Empty).ShouldNotStartWith("Moved");
        }
    }
}
