using AngleSharp.Dom;
using FollowUpRules.Html.Tests.Support;

namespace FollowUpRules.Html.Tests;

public partial class TimelineTest
{
    [Fact]
    public void ToHtml_DefaultOptions_ShowsNoDraft()
    {
        IDocument page = Dom.Document(HostileTimeline());

        page.QuerySelectorAll(".fur-draft").ShouldBeEmpty();
    }

    [Fact]
    public void ToHtml_DraftsGiven_EndEachStepsDetailsAsText_WithTheirLineBreaks()
    {
        var asked = new List<(string Application, string Rule)>();
        Timeline timeline = HostileTimeline(new TimelineOptions
        {
            Drafts = (application, step) =>
            {
                lock (asked)
                {
                    asked.Add((application.Id, step.RuleId));
                }

                return step.RuleId == "journal-notes" ? null : $"Hi {Hostile.ContactName},\n<script>window.x = 1</script>\nfor {step.RuleId}";
            },
        });

        string html = timeline.ToHtml();
        IDocument page = Dom.Parse(html);

        IElement[] details = [.. page.QuerySelectorAll(".fur-detail")];
        asked.Count.ShouldBe(details.Length, "one call per step drawn");
        asked.ShouldAllBe(a => a.Application == asked[0].Application);
        IElement[] drafts = [.. page.QuerySelectorAll(".fur-draft")];
        drafts.Length.ShouldBe(asked.Count(a => a.Rule != "journal-notes"));
        foreach (IElement draft in drafts)
        {
            draft.ParentElement!.LastElementChild.ShouldBeSameAs(draft, "the draft is the last part of the details");
            draft.PreviousElementSibling!.TextContent.ShouldBe("Draft");
            draft.TextContent.ShouldStartWith($"Hi {Hostile.ContactName},\n<script>window.x = 1</script>\nfor ");
        }

        page.QuerySelectorAll("script").Select(s => s.TextContent).ShouldBe([Timeline.Script], "a draft's markup is text");
        html.ShouldNotContain("<script>window.x");
    }
}
