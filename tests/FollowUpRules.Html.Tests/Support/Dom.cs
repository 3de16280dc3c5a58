using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace FollowUpRules.Html.Tests.Support;

/// <summary>The timeline's markup parsed as a browser would (AngleSharp's HTML5 parser), to check its structure without a browser.</summary>
public static class Dom
{
    public static IDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    public static IDocument Document(Timeline timeline) => Parse(timeline.ToHtml());

    /// <summary>Returns the step elements: one list item per step, with its button and details.</summary>
    public static IReadOnlyList<IElement> Steps(IDocument document) => [.. document.QuerySelectorAll("li.fur-step")];

    /// <summary>Returns the text of a step's button, which is its accessible name.</summary>
    public static string Name(IElement step) => step.QuerySelector("button")!.TextContent;
}
