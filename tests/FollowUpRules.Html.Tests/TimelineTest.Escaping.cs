using AngleSharp.Dom;
using FollowUpRules.Html.Tests.Support;
using FollowUpRules.Planning;
using NodaTime;

namespace FollowUpRules.Html.Tests;

public partial class TimelineTest
{
    private static readonly LocalDate Interviewed = new(2026, 11, 20);

    private static Timeline HostileTimeline(TimelineOptions? options = null)
    {
        var engine = new Engine.FollowUpEngine(Hostile.Playbook, SystemClock.Instance);
        Domain.EvaluationInput input = Hostile.Input(Interviewed);
        Plan plan = new FollowUpPlanner(engine).Project(input, Sample.Today, Period.FromMonths(3));
        return Timeline.ForPlans([input.Application], [plan], options: options);
    }

    [Fact]
    public void ToHtml_MarkupInEveryTextOfThePipeline_IsText_AndMakesNoElement()
    {
        string html = HostileTimeline().ToHtml();
        IDocument page = Dom.Parse(html);

        page.QuerySelectorAll("script").Select(s => s.TextContent).ShouldBe([Timeline.Script], "the page's own script, and no other");
        page.QuerySelectorAll("img, svg, iframe, style:not(head > style)").ShouldBeEmpty();
        page.QuerySelectorAll("*").SelectMany(e => e.Attributes).Select(a => a.Name).Distinct().ShouldBeSubsetOf(
            ["lang", "charset", "name", "content", "http-equiv", "style", "class", "id", "aria-labelledby", "aria-hidden", "aria-describedby", "type", "role"]);
        string text = page.Body!.TextContent;
        foreach (string hostile in Hostile.Texts)
        {
            text.ShouldContain(hostile, customMessage: "each hostile text shows as it was written");
        }

        html.ShouldNotContain("<script>window", customMessage: "no hostile text reaches the markup unescaped");
        html.ShouldNotContain("<img");
    }

    [Fact]
    public void ToHtml_HostileSample_EveryStepStillHasItsButtonAndDetails()
    {
        IDocument page = Dom.Document(HostileTimeline());

        IElement thanks = Dom.Steps(page).Single(s => Dom.Name(s).StartsWith(Hostile.ContactName + " · thank-you email ", StringComparison.Ordinal));
        Rules.Rule rule = Hostile.Playbook.FindRule("interview-thank-you")!;
        thanks.QuerySelector(".fur-detail")!.TextContent.ShouldContain($"Rule 'interview-thank-you': {rule.Title}. Source: {rule.Source}.");
        Hostile.Texts.ShouldContain(rule.Title);
    }

    [Fact]
    public void ToHtml_HostileTitle_IsTextInTheHeadingAndTheWindowTitle()
    {
        IDocument page = Dom.Document(HostileTimeline(new TimelineOptions { Title = Hostile.Texts[3] }));

        page.QuerySelector("h1")!.TextContent.ShouldBe(Hostile.Texts[3]);
        page.Title!.ShouldStartWith(Hostile.Texts[3] + ", Mon 2026-11-23 to ");
        page.QuerySelectorAll("script").Length.ShouldBe(1);
    }
}
