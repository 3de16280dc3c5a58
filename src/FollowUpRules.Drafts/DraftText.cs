using System.Collections.Concurrent;
using System.Globalization;
using System.Resources;
using System.Text;
using NodaTime;
using NodaTime.Text;

namespace FollowUpRules.Drafts;

/// <summary>
/// The words around a draft's templates, from <c>DraftText.resx</c> (English, the neutral resources, with Spanish and
/// German beside it): dates and lists as values, a draft printed as one text; and the tidying every rendered text gets.
/// </summary>
/// <remarks>
/// Words are read in the culture of the template's language: the invariant culture (English) for a template as the
/// playbook writes it, the culture asked for when the playbook's translation words it. All members are pure and
/// thread-safe; each culture's patterns are made once.
/// </remarks>
internal static class DraftText
{
    private static readonly ResourceManager Texts = new("FollowUpRules.Drafts.DraftText", typeof(DraftText).Assembly);

    private static readonly ConcurrentDictionary<CultureInfo, Words> ByCulture = new();

    /// <summary>Gets what ends a cut text.</summary>
    internal static string Ellipsis { get; } = Text("Ellipsis", CultureInfo.InvariantCulture);

    /// <summary>Writes a date for a draft due in <paramref name="year"/>: without the year when it is that year.</summary>
    internal static string Date(LocalDate date, int year, CultureInfo culture)
    {
        Words words = For(culture);
        return (date.Year == year ? words.Date : words.DateWithYear).Format(date);
    }

    /// <summary>
    /// Joins dates, in order, as a list in a sentence: each written out (<c>22 October and 3 November</c>), or when all
    /// fall in one month, its days then the month once (<c>15 and 22 October</c>, <c>15. und 22. Oktober</c>).
    /// </summary>
    internal static string Dates(IReadOnlyList<LocalDate> dates, int year, CultureInfo culture)
    {
        if (dates.Count > 1 && dates.All(d => d.Year == dates[0].Year && d.Month == dates[0].Month))
        {
            Words words = For(culture);
            string[] days = [.. dates.Take(dates.Count - 1).Select(d => string.Format(culture, words.Day, d.Day)), Date(dates[^1], year, culture)];
            return List(days, culture);
        }

        return List([.. dates.Select(d => Date(d, year, culture))], culture);
    }

    /// <summary>Joins items as a list in a sentence: <c>a</c>, <c>a and b</c>, <c>a, b and c</c> (<c>a y b</c>, <c>a e Inés</c>, <c>a und b</c>).</summary>
    internal static string List(IReadOnlyList<string> items, CultureInfo culture)
    {
        if (items.Count < 2)
        {
            return items.Count == 0 ? string.Empty : items[0];
        }

        Words words = For(culture);
        string last = items[^1];
        CompositeFormat lastTwo = SoundsLikeI(last) ? words.ListLastTwoBeforeI : words.ListLastTwo;
        return string.Format(culture, lastTwo, string.Join(words.ListSeparator, items.Take(items.Count - 1)), last);
    }

    /// <summary>Writes a draft as one text: the subject line, the body, then the talking points, labelled in the draft's culture.</summary>
    internal static string Format(Draft draft)
    {
        Words words = For(draft.Culture);
        var text = new StringBuilder();
        if (draft.Subject is { } subject)
        {
            text.AppendFormat(draft.Culture, words.SubjectLine, subject).Append("\n\n");
        }

        text.Append(draft.Body);
        if (draft.TalkingPoints.Count > 0)
        {
            text.Append("\n\n").Append(words.TalkingPointsHeading);
            foreach (string point in draft.TalkingPoints)
            {
                text.Append('\n').AppendFormat(draft.Culture, words.TalkingPoint, point);
            }
        }

        return text.ToString();
    }

    /// <summary>
    /// Tidies a rendered text: <c>\n</c> line ends, no spaces at either end of a line or doubled inside one, no space
    /// before a comma or a full stop that ends a clause, at most one empty line in a row and none at either end; then cuts
    /// it to <paramref name="maxLength"/> characters.
    /// </summary>
    internal static string Tidy(string text, int maxLength)
    {
        var result = new StringBuilder(text.Length);
        bool pendingBlank = false;
        foreach (string raw in text.ReplaceLineEndings("\n").Split('\n'))
        {
            string line = TidyLine(raw);
            if (line.Length == 0)
            {
                pendingBlank = result.Length > 0;
                continue;
            }

            if (result.Length > 0)
            {
                result.Append(pendingBlank ? "\n\n" : "\n");
            }

            pendingBlank = false;
            result.Append(line);
        }

        return Cut(result.ToString(), maxLength);
    }

    /// <summary>Tidies a text meant for one line (a subject): its lines joined with spaces, then tidied and cut.</summary>
    internal static string TidyOneLine(string text, int maxLength) =>
        Cut(TidyLine(text.ReplaceLineEndings(" ").Replace('\t', ' ')), maxLength);

    private static string TidyLine(string line)
    {
        line = line.Trim();
        var result = new StringBuilder(line.Length);
        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            if (c is ' ' or '\t')
            {
                if (result[^1] != ' ')
                {
                    result.Append(' ');
                }

                continue;
            }

            // A comma or full stop that ends a clause takes no space before it (a value left out before it leaves one);
            // one that starts a word (".NET") keeps it.
            bool endsClause = i + 1 == line.Length || line[i + 1] is ' ' or '\t' or '"' or '\'' or ')';
            if (c is ',' or '.' && endsClause && result.Length > 0 && result[^1] == ' ')
            {
                result.Length--;
            }

            result.Append(c);
        }

        return result.ToString();
    }

    private static string Cut(string text, int maxLength) =>
        text.Length <= maxLength ? text : string.Concat(text.AsSpan(0, maxLength - Ellipsis.Length).TrimEnd(), Ellipsis);

    private static Words For(CultureInfo culture) => ByCulture.GetOrAdd(culture, static c => new Words(c));

    // Whether a word starts with the sound of "i" (Inés, Isabel, Hilda; not Hierro, Hialeah): Spanish joins it with "e", not "y".
    private static bool SoundsLikeI(string word)
    {
        string w = word.TrimStart().ToLowerInvariant();
        if (w.StartsWith('h'))
        {
            w = w[1..];
            return w.Length > 1 && w[0] is 'i' or 'í' && w[1] is not ('a' or 'e' or 'o' or 'u');
        }

        return w.Length > 0 && w[0] is 'i' or 'í' && (w.Length == 1 || w[1] is not ('a' or 'e' or 'o' or 'u'));
    }

    private static string Text(string key, CultureInfo culture) =>
        Texts.GetString(key, culture) ?? throw new InvalidOperationException($"The resource '{key}' is missing from DraftText.resx.");

    /// <summary>The words and patterns of one culture, read once.</summary>
    private sealed class Words(CultureInfo culture)
    {
        internal LocalDatePattern Date { get; } = LocalDatePattern.Create(Text("Date", culture), culture);

        internal LocalDatePattern DateWithYear { get; } = LocalDatePattern.Create(Text("DateWithYear", culture), culture);

        internal CompositeFormat Day { get; } = CompositeFormat.Parse(Text("Day", culture));

        internal string ListSeparator { get; } = Text("ListSeparator", culture);

        internal CompositeFormat ListLastTwo { get; } = CompositeFormat.Parse(Text("ListLastTwo", culture));

        internal CompositeFormat ListLastTwoBeforeI { get; } = CompositeFormat.Parse(Text("ListLastTwoBeforeI", culture));

        internal CompositeFormat SubjectLine { get; } = CompositeFormat.Parse(Text("SubjectLine", culture));

        internal string TalkingPointsHeading { get; } = Text("TalkingPointsHeading", culture);

        internal CompositeFormat TalkingPoint { get; } = CompositeFormat.Parse(Text("TalkingPoint", culture));
    }
}
