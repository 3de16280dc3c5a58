using Microsoft.Playwright;

namespace FollowUpRules.Html.Tests.Browser;

/// <summary>The pages the browser tests open, written by the followup tool as a user runs it, and a page opened with its problems recorded.</summary>
public static class Pages
{
    private static readonly Lazy<string> Folder = new(() => Directory.CreateTempSubdirectory("followup-html-").FullName);

    /// <summary>Gets the bundled sample's plan on Mon 2026-11-23: <c>followup plan --today 2026-11-23 --format html --output plan.html</c>.</summary>
    public static Lazy<string> SamplePlan { get; } = new(() => Write("plan", "--today", "2026-11-23"));

    /// <summary>Gets the bundled sample's agenda on Mon 2026-11-23.</summary>
    public static Lazy<string> SampleAgenda { get; } = new(() => Write("agenda", "--today", "2026-11-23"));

    /// <summary>Runs the tool in-process with <c>--format html --output</c> a new file, and returns the file's path.</summary>
    public static string Write(string command, params string[] arguments)
    {
        string path = Path.Combine(Folder.Value, $"{command}-{Guid.NewGuid():N}.html");
        var output = new StringWriter();
        var error = new StringWriter();
        int exit = FollowUpRules.Cli.Program.Run([command, .. arguments, "--format", "html", "--output", path], output, error);
        exit.ShouldBe(0, $"followup {command} failed: {error}");
        return path;
    }

    /// <summary>Opens <paramref name="path"/> in a new context of <paramref name="width"/> by <paramref name="height"/> pixels (a touch screen below 600), recording every console error and uncaught script error.</summary>
    public static async Task<OpenPage> Open(IBrowser browser, string path, int width = 1280, int height = 900, bool bypassCsp = false)
    {
        IBrowserContext context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            BypassCSP = bypassCsp,
            IsMobile = width < 600, // a phone: touch, and the viewport's width as the layout's
            HasTouch = width < 600,
            Offline = true,
        });
        IPage page = await context.NewPageAsync();
        var problems = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                problems.Add("console error: " + message.Text);
            }
        };
        page.PageError += (_, error) => problems.Add("script error: " + error);
        page.Dialog += async (_, dialog) =>
        {
            problems.Add("dialog: " + dialog.Message);
            await dialog.DismissAsync();
        };
        await page.GotoAsync(new Uri(path).AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        return new OpenPage(context, page, problems);
    }
}

/// <summary>A page open in its own browser context, and the problems it reported.</summary>
public sealed record OpenPage(IBrowserContext Context, IPage Page, List<string> Problems) : IAsyncDisposable
{
    public async ValueTask DisposeAsync() => await Context.DisposeAsync();
}

