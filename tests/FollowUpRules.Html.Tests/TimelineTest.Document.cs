using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using AngleSharp.Dom;
using FollowUpRules.Html.Tests.Support;

namespace FollowUpRules.Html.Tests;

public partial class TimelineTest
{
    [Fact]
    public void ToHtml_CarriesAPolicyThatLetsOnlyItsOwnScriptRun()
    {
        string hash = Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(Timeline.Script)));

        PlanPage.QuerySelector("meta[http-equiv='Content-Security-Policy']")!.GetAttribute("content").ShouldBe(Timeline.ContentSecurityPolicy);
        Timeline.ContentSecurityPolicy.ShouldBe($"default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-{hash}'; img-src data:; base-uri 'none'; form-action 'none'");
    }

    [Fact]
    public void ToHtml_IsSelfContained_NothingLoadedFromElsewhere()
    {
        PlanPage.QuerySelectorAll("[src], [href], link, object, embed, iframe, img").ShouldBeEmpty();
        Timeline.Stylesheet.ShouldNotContain("url(");
        Timeline.Stylesheet.ShouldNotContain("@import");
        Timeline.Stylesheet.ShouldNotContain("@font-face");
        PlanPage.QuerySelector("style")!.TextContent.ShouldBe(Timeline.Stylesheet);
        PlanPage.DocumentElement.GetAttribute("lang").ShouldBe("en");
        PlanPage.QuerySelector("meta[name=viewport]")!.GetAttribute("content").ShouldBe("width=device-width, initial-scale=1");
    }

    [Fact]
    public void Stylesheet_EverySelectorNamesATimelineClass_SoAHostPageKeepsItsOwnStyles()
    {
        string css = System.Text.RegularExpressions.Regex.Replace(Timeline.Stylesheet, @"/\*.*?\*/", string.Empty, System.Text.RegularExpressions.RegexOptions.Singleline);
        string[] selectors =
        [
            .. System.Text.RegularExpressions.Regex.Matches(css, @"([^{}]+)\{")
                .Select(m => m.Groups[1].Value.Trim())
                .Where(s => !s.StartsWith('@'))
                .SelectMany(s => s.Split(','))
                .Select(s => s.Trim()),
        ];

        selectors.Length.ShouldBeGreaterThan(50);
        selectors.ShouldAllBe(s => s.StartsWith(".fur", StringComparison.Ordinal));
    }

    [Fact]
    public void WriteFragment_IsOneSectionWithoutPageOrScript()
    {
        var writer = new StringWriter();
        Sample.PlanTimeline(CultureInfo.GetCultureInfo("en-GB")).WriteFragment(writer);

        string fragment = writer.ToString();
        fragment.ShouldStartWith("<section class=\"fur\" lang=\"en\" aria-labelledby=\"fur-title\"");
        fragment.TrimEnd().ShouldEndWith("</section>");
        fragment.ShouldNotContain("<script");
        fragment.ShouldNotContain("<html");
        Sample.PlanTimeline(CultureInfo.GetCultureInfo("en-GB")).ToHtml().ShouldContain(fragment);
    }

    [Fact]
    public void ToHtml_IdPrefix_StartsEveryId_SoTwoTimelinesShareAPage()
    {
        IDocument mine = Dom.Document(Timeline.ForPlans(Sample.Applications, Sample.Plans, options: new TimelineOptions { IdPrefix = "mine" }));

        string[] ids = [.. mine.QuerySelectorAll("[id]").Select(e => e.Id!)];
        ids.ShouldAllBe(id => id.StartsWith("mine-", StringComparison.Ordinal));
        ids.Distinct().Count().ShouldBe(ids.Length);
        PlanPage.QuerySelectorAll("[id]").Select(e => e.Id!).ShouldAllBe(id => id.StartsWith("fur-", StringComparison.Ordinal));
    }

    [Fact]
    public void ToHtml_EveryReferencedIdExists()
    {
        foreach (IDocument page in new[] { PlanPage, AgendaPage })
        {
            foreach (IElement element in page.QuerySelectorAll("[aria-labelledby], [aria-describedby]"))
            {
                string id = element.GetAttribute("aria-labelledby") ?? element.GetAttribute("aria-describedby")!;
                page.GetElementById(id).ShouldNotBeNull($"{element.LocalName} refers to #{id}");
            }
        }
    }
}
