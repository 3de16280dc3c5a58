using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using FollowUpRules.Html.Tests.Support;
using Microsoft.Playwright;

namespace FollowUpRules.Html.Tests.Browser;

/// <summary>The bundled sample's agenda, as <c>followup agenda --format html</c> writes it, in a real browser.</summary>
public class SampleAgendaPageTest(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [BrowserFact]
    public async Task Open_SampleAgenda_EveryItemIsAButton_TheMovesAreShownBesideThem_AndAxeFindsNothingSerious()
    {
        await using OpenPage open = await Pages.Open(browser.Browser, Pages.SampleAgenda.Value);
        IPage page = open.Page;

        (await page.GetByRole(AriaRole.Button).CountAsync()).ShouldBe(Sample.Agenda.Items.Count());
        ILocator gwen = page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Gwen Park · congratulations Moved: spacing" });
        (await gwen.CountAsync()).ShouldBe(1);
        (await gwen.Locator(".fur-note").IsVisibleAsync()).ShouldBeTrue("the limit that moved a step is written beside it");
        await gwen.FocusAsync();
        (await page.Locator("#" + await gwen.GetAttributeAsync("aria-describedby")).InnerTextAsync())
            .ShouldContain("Moved from Mon 2026-11-23 to Thu 2026-11-26: Gwen Park was asked something on Mon 2026-11-23; at least 3 days between asks.");

        AxeResult axe = await page.RunAxe();
        SamplePlanPageTest.Serious(axe).ShouldBeEmpty();
        open.Problems.ShouldBeEmpty();
    }
}
