using FollowUpRules.Html.Tests.Support;
using FollowUpRules.Serialization;
using Microsoft.Playwright;
using NodaTime;

namespace FollowUpRules.Html.Tests.Browser;

/// <summary>
/// A pipeline and a playbook with markup and script in every text, through the followup tool into a browser. The page is
/// opened with its content security policy switched off, so what is tested is the escaping: had any text become markup,
/// its script would run and set <c>window.__pwned</c>.
/// </summary>
public class HostilePageTest(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static readonly Lazy<string> Page = new(() =>
    {
        string folder = Directory.CreateTempSubdirectory("followup-hostile-").FullName;
        File.WriteAllText(Path.Combine(folder, "playbook.json"), Hostile.PlaybookJsonText);
        string pipeline = Path.Combine(folder, "pipeline.json");
        PipelineJson.SaveFile(Hostile.Pipeline(new LocalDate(2026, 11, 20), "playbook.json"), pipeline);
        return Pages.Write("plan", "--file", pipeline, "--today", "2026-11-23");
    });

    [BrowserFact]
    public async Task Open_HostilePipeline_RunsNoScript_AndShowsEveryTextAsWritten()
    {
        await using OpenPage open = await Pages.Open(browser.Browser, Page.Value, bypassCsp: true);
        IPage page = open.Page;
        await page.Locator("button.fur-marker").First.FocusAsync(); // show one step's details too
        await page.WaitForTimeoutAsync(300);

        (await page.EvaluateAsync<string?>("() => window.__pwned ?? null")).ShouldBeNull();
        (await page.Locator("script").CountAsync()).ShouldBe(1, "the page's own script only");
        (await page.Locator("img, svg, iframe").CountAsync()).ShouldBe(0);
        string text = await page.Locator("body").TextContentAsync() ?? string.Empty;
        foreach (string hostile in Hostile.Texts)
        {
            text.ShouldContain(hostile);
        }

        (await page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Name = Hostile.Company, Exact = true }).CountAsync()).ShouldBe(1);
        (await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = Hostile.ContactName + " · thank-you email" }).CountAsync()).ShouldBe(1);
        open.Problems.ShouldBeEmpty();
    }

    [BrowserFact]
    public async Task Open_HostilePipeline_WithItsPolicy_LogsNoViolation()
    {
        await using OpenPage open = await Pages.Open(browser.Browser, Page.Value);

        await open.Page.Keyboard.PressAsync("Tab");
        await open.Page.Keyboard.PressAsync("Escape"); // the page's own script runs under the policy, by its hash

        (await open.Page.Locator("#fur-s1-d").IsVisibleAsync()).ShouldBeFalse();
        open.Problems.ShouldBeEmpty("a script blocked by the policy would log an error");
    }
}
