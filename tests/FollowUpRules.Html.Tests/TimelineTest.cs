using AngleSharp.Dom;
using FollowUpRules.Html.Tests.Support;

namespace FollowUpRules.Html.Tests;

/// <summary>The timeline's markup, parsed without a browser; the browser tests (Browser/) check what a person sees and reaches.</summary>
public partial class TimelineTest
{
    private static readonly IDocument PlanPage = Dom.Document(Sample.PlanTimeline());
    private static readonly IDocument AgendaPage = Dom.Document(Sample.AgendaTimeline());

    /// <summary>Returns the one step whose button's text starts with <paramref name="label"/> (who · what).</summary>
    private static IElement Step(IDocument page, string label, string? due = null) =>
        Dom.Steps(page).Single(s => Dom.Name(s).StartsWith(label + " ", StringComparison.Ordinal) && (due is null || Dom.Name(s).Contains($"due {due}", StringComparison.Ordinal)));
}
