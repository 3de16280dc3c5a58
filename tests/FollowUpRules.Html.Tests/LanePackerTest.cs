namespace FollowUpRules.Html.Tests;

public class LanePackerTest
{
    [Fact]
    public void Of_RoomOnTheRight_PutsTheLabelAfterTheMarker_AndTheBarOverTheWindow()
    {
        StepBox box = StepBox.Of(50, (45, 55), null);

        box.ShouldBe(new StepBox(45, 55, 50 - StepBox.MarkerShare, 50 + StepBox.LabelShare));
        box.LabelBeforeMarker.ShouldBeFalse();
    }

    [Fact]
    public void Of_NearTheRightEdge_PutsTheLabelBeforeTheMarker()
    {
        StepBox box = StepBox.Of(90, null, null);

        box.LabelBeforeMarker.ShouldBeTrue();
        box.LabelLeft.ShouldBe(90 - StepBox.LabelShare);
        box.LabelRight.ShouldBe(90 + StepBox.MarkerShare);
    }

    [Fact]
    public void Of_ScheduledAwayFromTheDueDate_TakesTheLineToThatDay()
    {
        StepBox box = StepBox.Of(5, (2, 8), 30);

        box.BarLeft.ShouldBe(2);
        box.BarRight.ShouldBe(30 + StepBox.MarkerShare);
    }

    [Fact]
    public void Rows_StepsFarApart_ShareARow()
    {
        LanePacker.Rows([StepBox.Of(10, (5, 15), null), StepBox.Of(40, (35, 45), null), StepBox.Of(70, null, null)]).ShouldBe([0, 0, 0]);
    }

    [Fact]
    public void Rows_LabelsThatWouldOverlap_GoOnRowsOfTheirOwn()
    {
        LanePacker.Rows([StepBox.Of(10, null, null), StepBox.Of(20, null, null), StepBox.Of(40, null, null)]).ShouldBe([0, 1, 0]);
    }

    [Fact]
    public void Rows_WindowsThatWouldOverlap_GoOnRowsOfTheirOwn()
    {
        // Labels clear of each other (at 10 and 40), windows not (0 to 45 and 30 to 50).
        LanePacker.Rows([StepBox.Of(10, (0, 45), null), StepBox.Of(40, (30, 50), null)]).ShouldBe([0, 1]);
    }

    [Fact]
    public void Rows_ABarUnderAnotherStepsLabel_SharesTheRow()
    {
        // The label line is below the bar line: a window under an earlier step's label does not touch it.
        LanePacker.Rows([StepBox.Of(10, (9, 11), null), StepBox.Of(25, (20, 30), null)]).ShouldBe([0, 1], "labels overlap here");
        LanePacker.Rows([StepBox.Of(10, (9, 11), null), StepBox.Of(35, (15, 40), null)]).ShouldBe([0, 0]);
    }

    [Fact]
    public void Rows_SameDay_EachStepItsOwnRow_FirstFreeRowAfter()
    {
        LanePacker.Rows([StepBox.Of(30, null, null), StepBox.Of(30, null, null), StepBox.Of(30, null, null), StepBox.Of(60, null, null)]).ShouldBe([0, 1, 2, 0]);
    }
}
