using AngleSharp.Dom;
using FollowUpRules.Html.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NodaTime;
using NodaTime.Testing;

namespace FollowUpRules.Html.Tests;

/// <summary>The minimal web app of docs/examples/MinimalApi serves its sample application's timeline at /plan.</summary>
public class MinimalApiTest
{
    [Fact]
    public async Task GetPlan_OnMon20261123_IsTheTimelinePage_WithTheThankYouEmailDue()
    {
        await using WebApplicationFactory<Program> app = new WebApplicationFactory<Program>().WithWebHostBuilder(host =>
            host.ConfigureServices(services => services.Replace(ServiceDescriptor.Singleton<IClock>(new FakeClock(Instant.FromUtc(2026, 11, 23, 12, 0))))));
        using HttpClient client = app.CreateClient();

        HttpResponseMessage response = await client.GetAsync(new Uri("/plan", UriKind.Relative));

        response.EnsureSuccessStatusCode();
        response.Content.Headers.ContentType!.ToString().ShouldBe("text/html; charset=utf-8");
        IDocument page = Dom.Parse(await response.Content.ReadAsStringAsync());
        page.QuerySelector("h1")!.TextContent.ShouldBe("Your follow-up plan");
        page.QuerySelector(".fur-head p")!.TextContent.ShouldStartWith("From Mon 2026-11-23 to Tue 2027-02-23, dates in Europe/London. 1 application at 1 company;");
        page.QuerySelectorAll(".fur-company > h3").Select(h => h.TextContent).ShouldBe(["Acme"]);
        Dom.Steps(page).Select(Dom.Name).ShouldContain(n => n.StartsWith("Ana Ruiz · thank-you email Due: Send a thank-you email (Ana Ruiz, by Email), due Mon 2026-11-23", StringComparison.Ordinal));
        page.QuerySelector("meta[http-equiv='Content-Security-Policy']")!.GetAttribute("content").ShouldBe(Timeline.ContentSecurityPolicy);
    }
}
