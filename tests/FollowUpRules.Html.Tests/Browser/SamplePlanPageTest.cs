using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using FollowUpRules.Html.Tests.Support;
using FollowUpRules.Planning;
using Microsoft.Playwright;

namespace FollowUpRules.Html.Tests.Browser;

/// <summary>The bundled sample's plan, as <c>followup plan --format html</c> writes it, in a real browser.</summary>
public class SamplePlanPageTest(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static readonly PlannedStep[] Steps = [.. Sample.Plans.SelectMany(p => p.Steps)];

    [BrowserFact]
    public async Task Open_SamplePlan_EveryStepIsAButtonNamedWithItsSummary_AndNothingLogsAnError()
    {
        await using OpenPage open = await Pages.Open(browser.Browser, Pages.SamplePlan.Value);

        (await open.Page.GetByRole(AriaRole.Button).CountAsync()).ShouldBe(Steps.Length);
        foreach (IGrouping<string, PlannedStep> same in Steps.GroupBy(s => s.Recommendation.Summary))
        {
            // A step's name: who and what, its status, and the engine's summary with the due date.
            ILocator named = open.Page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = same.Key });
            (await named.CountAsync()).ShouldBe(same.Count(), $"buttons named '{same.Key}'");
        }

        open.Problems.ShouldBeEmpty();
    }

    [BrowserFact]
    public async Task Tab_SamplePlan_ReachesEveryStepInTurn_AndShowsItsWholeExplanation_EscHidesIt()
    {
        await using OpenPage open = await Pages.Open(browser.Browser, Pages.SamplePlan.Value);
        IPage page = open.Page;
        string[] buttons = await page.Locator("button.fur-marker").EvaluateAllAsync<string[]>("all => all.map(b => b.id)");
        buttons.Length.ShouldBe(Steps.Length);

        foreach (string id in buttons)
        {
            await page.Keyboard.PressAsync("Tab");
            (await page.EvaluateAsync<string>("() => document.activeElement.id")).ShouldBe(id, "focus goes from step to step in the page's order");
            ILocator details = page.Locator($"#{id}-d");
            (await details.IsVisibleAsync()).ShouldBeTrue($"the details of {id} show while it has focus");
            string name = await page.Locator($"#{id}").TextContentAsync() ?? string.Empty;
            PlannedStep step = Steps.First(s => name.Contains(s.Recommendation.Summary, StringComparison.Ordinal));
            string shown = await details.InnerTextAsync();
            foreach (string line in step.Recommendation.Explanation.Lines)
            {
                shown.ShouldContain(line, customMessage: $"the details of {id} ({step.Recommendation.Summary})");
            }
        }

        await page.Keyboard.PressAsync("Escape");
        (await page.Locator($"#{buttons[^1]}-d").IsVisibleAsync()).ShouldBeFalse("Esc hides the details of the step in focus");
        await page.Keyboard.PressAsync("Shift+Tab");
        (await page.Locator($"#{buttons[^2]}-d").IsVisibleAsync()).ShouldBeTrue("the next step in focus shows its details again");
        open.Problems.ShouldBeEmpty();
    }

    [BrowserFact]
    public async Task Axe_SamplePlan_AtDesktopAndPhoneWidth_WithAStepsDetailsShown_FindsNothingSeriousOrCritical()
    {
        foreach ((int width, int height) in new[] { (1280, 900), (390, 844) })
        {
            await using OpenPage open = await Pages.Open(browser.Browser, Pages.SamplePlan.Value, width, height);

            AxeResult plain = await open.Page.RunAxe();
            await open.Page.Locator("button.fur-marker").Nth(2).FocusAsync();
            AxeResult focused = await open.Page.RunAxe();

            Serious(plain).ShouldBeEmpty($"axe at {width} px");
            Serious(focused).ShouldBeEmpty($"axe at {width} px, a step's details shown");
            plain.Passes.Select(p => p.Id).ShouldContain("color-contrast", "axe checked the contrast of the text");
            open.Problems.ShouldBeEmpty();
        }
    }

    [BrowserFact]
    public async Task Statuses_SamplePlan_DifferInShapeAsWellAsColour()
    {
        await using OpenPage open = await Pages.Open(browser.Browser, Pages.SamplePlan.Value);

        string[] shapes = await open.Page.Locator(".fur-legend .fur-shape").EvaluateAllAsync<string[]>(
            "all => all.map(s => { const c = getComputedStyle(s); return [c.borderRadius, c.transform, c.clipPath, c.backgroundColor].join(' | '); })");
        string[] shapesWithoutColour = [.. shapes.Select(s => s[..s.LastIndexOf(" | ", StringComparison.Ordinal)])];

        shapes.Length.ShouldBe(3, "overdue, due and upcoming");
        shapesWithoutColour.Distinct().Count().ShouldBe(3, string.Join(Environment.NewLine, shapes));
    }

    [BrowserFact]
    public async Task PhoneWidth_SamplePlan_FitsTheScreen_AndEachStepShowsItsWordsAndItsBar()
    {
        await using OpenPage open = await Pages.Open(browser.Browser, Pages.SamplePlan.Value, 390, 844);
        IPage page = open.Page;

        (await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(390, "nothing scrolls sideways");
        ILocator first = page.Locator("li.fur-step").First;
        (await first.Locator(".fur-more").IsVisibleAsync()).ShouldBeTrue("the status and summary are written out");
        (await first.Locator(".fur-bar").IsVisibleAsync()).ShouldBeTrue();
        (await first.Locator(".fur-detail").IsVisibleAsync()).ShouldBeFalse();
        await first.Locator("button").TapAsync();
        (await first.Locator(".fur-detail").IsVisibleAsync()).ShouldBeTrue("a tap shows the step's details");
        open.Problems.ShouldBeEmpty();
    }

    [BrowserFact]
    public async Task Print_SamplePlan_ShowsEveryStepsDetails_InOnePdf()
    {
        await using OpenPage open = await Pages.Open(browser.Browser, Pages.SamplePlan.Value);
        IPage page = open.Page;

        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        bool[] visible = await page.Locator(".fur-detail").EvaluateAllAsync<bool[]>("all => all.map(d => d.checkVisibility())");
        byte[] pdf = await page.PdfAsync(new PagePdfOptions { Format = "A4", PrintBackground = true });

        visible.Length.ShouldBe(Steps.Length);
        visible.ShouldAllBe(v => v, "on paper nothing can be hovered: every step's details are printed");
        pdf.Length.ShouldBeGreaterThan(10_000);
        System.Text.Encoding.ASCII.GetString(pdf, 0, 5).ShouldBe("%PDF-");
    }

    internal static string[] Serious(AxeResult result) =>
    [
        .. result.Violations
            .Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Impact} {v.Id}: {v.Help} at {string.Join(", ", v.Nodes.Take(3).Select(n => n.Html))}"),
    ];
}
