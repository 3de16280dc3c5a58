using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using FollowUpRules.Html.Tests.Support;
using FollowUpRules.Tests.Support;

namespace FollowUpRules.Html.Tests;

/// <summary>The page in the seeker's language: every word, the dates, and the <c>lang</c> attribute.</summary>
public partial class TimelineTest
{
    // English words that are in neither Spanish nor German: one of them on a translated page is English left over.
    private static readonly Regex EnglishWord = new(
        @"\b(the|you|your|and|by|due|after|with|from|since|were|is|are|of|to|at|for|send|step|steps|reply|rejection|interview|applied|days?|weeks?|months?|"
        + @"business|latest|earliest|how|read|today|timeline|window|planned|scheduled|overdue|upcoming|moved|company|companies|applications?|nothing|"
        + @"what|who|when|why|draft|hatched|dotted|bar|marker|limits?|yourself|thank|check|coffee|posting|interviewing|rejected|offer)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    public static TheoryData<string, string> TranslatedPages => new()
    {
        { "plan", "es" },
        { "plan", "de" },
        { "agenda", "es" },
        { "agenda", "de" },
    };

    [Theory]
    [MemberData(nameof(TranslatedPages))]
    public void ToHtml_InSpanishOrGerman_LeavesNoEnglishWord(string kind, string language)
    {
        IDocument page = Page(kind, CultureInfo.GetCultureInfo(language));

        // Each text of the page on its own; the pipeline's names, roles, companies and ids, the zone, quoted rule ids and
        // the sources' titles (two capitalized words) are data, shown as written.
        string[] data = [.. Sample.Inputs.SelectMany(i => new[] { i.Application.Role, i.Application.CompanyName, i.Application.Id }.Concat(i.Contacts.Select(c => c.Name))).Append(Sample.Pipeline.Seeker.Zone.Id).OrderByDescending(d => d.Length)];
        var left = new List<string>();
        foreach (string node in page.QuerySelector("main")!.Descendants<IText>().Select(t => t.Data))
        {
            string text = data.Aggregate(node, (t, d) => t.Replace(d, " ", StringComparison.Ordinal));
            text = Regex.Replace(text, @"'[^']*'|\([^)]*/[^)]*\)|[A-Z][a-z]+ [A-Z][a-z]+", " ");
            left.AddRange(EnglishWord.Matches(text).Select(m => $"{m.Value} in: {node}"));
        }

        left.ShouldBeEmpty($"English left on the {kind} page in '{language}'");
        page.QuerySelector("title")!.TextContent.ShouldNotContain(" to ");
    }

    [Theory]
    [MemberData(nameof(TranslatedPages))]
    public void ToHtml_InSpanishOrGerman_SaysItsLanguage(string kind, string language)
    {
        IDocument page = Page(kind, CultureInfo.GetCultureInfo(language));

        page.DocumentElement.GetAttribute("lang").ShouldBe(language);
        page.QuerySelector("section.fur")!.GetAttribute("lang").ShouldBe(language);
    }

    [Fact]
    public void ToHtml_AgendaInGerman_ReadsAsGermanWritesIt()
    {
        IDocument page = Page("agenda", CultureInfo.GetCultureInfo("de-DE"));

        page.QuerySelector("h1")!.TextContent.ShouldBe("Deine Follow-up-Agenda");
        page.QuerySelector("header p")!.TextContent.ShouldStartWith("Vom Mo, 23.11.2026 bis Mo, 30.11.2026, Datumsangaben in Europe/London.");
        page.QuerySelector($"#fur-legend")!.TextContent.ShouldBe("So liest du die Zeitleiste");
        page.QuerySelector(".fur-flag-today")!.TextContent.ShouldBe("Heute");
        IElement thanks = Dom.Steps(page).First(s => Dom.Name(s).StartsWith("Ana Ruiz · Dankes-E-Mail", StringComparison.Ordinal));
        thanks.QuerySelector(".fur-more")!.TextContent.ShouldBe("Fällig: Schick eine Dankes-E-Mail (Ana Ruiz, per E-Mail), fällig Mo, 23.11.2026; eingeplant für Di, 24.11.2026.");
        thanks.QuerySelector("dl")!.TextContent.ShouldContain("WannEingeplant für Di, 24.11.2026. Fällig Mo, 23.11.2026; Zeitfenster Fr, 20.11.2026 bis ");
        thanks.QuerySelectorAll(".fur-d-sub").Select(e => e.TextContent).ShouldContain("Warum");
    }

    [Fact]
    public void ToHtml_PlanInSpanish_WritesSpanishDatesAndWords()
    {
        IDocument page = Page("plan", CultureInfo.GetCultureInfo("es-ES"));

        page.QuerySelector("h1")!.TextContent.ShouldBe("Tu plan de seguimiento");
        page.QuerySelector("title")!.TextContent.ShouldStartWith("Tu plan de seguimiento, del lun 23/11/2026 al ");
        page.QuerySelector(".fur-app-status")!.TextContent.ShouldNotContain("Interviewing");
        page.QuerySelectorAll(".fur-tick").Select(t => t.TextContent).ShouldContain("dic 2026");
    }

    [Fact]
    public void ToHtml_CultureWithNoTranslation_IsEnglishWithLangEn()
    {
        IDocument page = Page("agenda", CultureInfo.GetCultureInfo("fr-FR"));

        page.DocumentElement.GetAttribute("lang").ShouldBe("en");
        page.QuerySelector("h1")!.TextContent.ShouldBe("Your follow-up agenda");
        page.QuerySelector("header p")!.TextContent.ShouldStartWith("From Mon 2026-11-23 to Mon 2026-11-30");
    }

    [Fact]
    public void ToHtml_NoCulture_IsTheCurrentUICultureWhenWritten()
    {
        Timeline timeline = Sample.AgendaTimeline();
        CultureInfo before = CultureInfo.CurrentUICulture;
        string html;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("de-DE");
            html = timeline.ToHtml();
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }

        Dom.Parse(html).QuerySelector("h1")!.TextContent.ShouldBe("Deine Follow-up-Agenda");
    }

    [Theory]
    [InlineData("es")]
    [InlineData("de")]
    public void Resources_EachTranslation_HasEveryKeyWithTheSamePlaceholders(string language)
    {
        Dictionary<string, string> english = Read(CultureInfo.InvariantCulture);
        Dictionary<string, string> translated = Read(CultureInfo.GetCultureInfo(language));

        translated.Keys.Order().ShouldBe(english.Keys.Order());
        english.Keys.Where(k => Placeholders(english[k]) != Placeholders(translated[k])).ShouldBeEmpty();
    }

    private static IDocument Page(string kind, CultureInfo culture) =>
        Dom.Document(kind == "plan" ? Sample.PlanTimeline(culture) : Sample.AgendaTimeline(culture));

    private static string Placeholders(string text) => ResourceTexts.Placeholders(text);

    private static Dictionary<string, string> Read(CultureInfo culture) => ResourceTexts.Read(Words.Manager, culture);
}
