namespace FollowUpRules.Html;

/// <summary>
/// The room one step takes in its lane on a wide screen, as percentages of the track: on the bar line, its window bar
/// and its marker; on the label line below, its label, beside the marker on the side where it fits.
/// </summary>
internal readonly record struct StepBox(double BarLeft, double BarRight, double LabelLeft, double LabelRight)
{
    /// <summary>The share of the track a label may take: its text is cut with an ellipsis beyond that.</summary>
    public const double LabelShare = 18;

    /// <summary>The share of the track kept on either side of a marker.</summary>
    public const double MarkerShare = 1.2;

    /// <summary>The share of the track kept clear between two labels or two bars on one row.</summary>
    public const double Gap = 0.6;

    /// <summary>Gets whether the label ends at the marker (it would not fit after it).</summary>
    public bool LabelBeforeMarker { get; init; }

    /// <summary>Returns the room of a step whose marker is at <paramref name="x"/>, with its window (if shown) and the day it is scheduled.</summary>
    public static StepBox Of(double x, (double Left, double Right)? window, double? scheduled)
    {
        double barLeft = x - MarkerShare;
        double barRight = x + MarkerShare;
        if (window is { } w)
        {
            barLeft = Math.Min(barLeft, w.Left);
            barRight = Math.Max(barRight, w.Right);
        }

        if (scheduled is { } s)
        {
            barLeft = Math.Min(barLeft, s - MarkerShare);
            barRight = Math.Max(barRight, s + MarkerShare);
        }

        bool before = x + LabelShare > 100;
        return before
            ? new StepBox(barLeft, barRight, x - LabelShare, x + MarkerShare) { LabelBeforeMarker = true }
            : new StepBox(barLeft, barRight, x - MarkerShare, x + LabelShare);
    }
}

/// <summary>Puts the steps of one lane on rows so that no two bars and no two labels on a row overlap.</summary>
internal static class LanePacker
{
    /// <summary>Returns the row of each box, in the order given: each goes on the first row where it fits.</summary>
    public static int[] Rows(IReadOnlyList<StepBox> boxes)
    {
        var rows = new List<List<StepBox>>();
        int[] result = new int[boxes.Count];
        for (int i = 0; i < boxes.Count; i++)
        {
            StepBox box = boxes[i];
            int row = rows.FindIndex(r => r.TrueForAll(other => !Overlap(box, other)));
            if (row < 0)
            {
                row = rows.Count;
                rows.Add([]);
            }

            rows[row].Add(box);
            result[i] = row;
        }

        return result;
    }

    private static bool Overlap(StepBox a, StepBox b) =>
        (a.BarLeft < b.BarRight + StepBox.Gap && b.BarLeft < a.BarRight + StepBox.Gap)
        || (a.LabelLeft < b.LabelRight + StepBox.Gap && b.LabelLeft < a.LabelRight + StepBox.Gap);
}
