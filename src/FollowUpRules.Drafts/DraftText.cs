using System.Globalization;
using System.Resources;
using System.Text;
using NodaTime;
using NodaTime.Text;

namespace FollowUpRules.Drafts;

/// <summary>
/// The words around a draft's templates, from <c>DraftText.resx</c> (read in the neutral culture, English): dates and
/// lists as values, a draft printed as one text; and the tidying every rendered text gets.
/// </summary>
/// <remarks>All members are pure and thread-safe.</remarks>
internal static class DraftText
{
    private static readonly ResourceManager Texts = new("FollowUpRules.Drafts.DraftText", typeof(DraftText).Assembly);

    private static readonly LocalDatePattern DatePattern = LocalDatePattern.Create(Text("Date"), CultureInfo.InvariantCulture);
    private static readonly LocalDatePattern DateWithYearPattern = LocalDatePattern.Create(Text("DateWithYear"), CultureInfo.InvariantCulture);
    private static readonly string ListSeparator = Text("ListSeparator");
    private static readonly CompositeFormat ListLastTwo = CompositeFormat.Parse(Text("ListLastTwo"));
    private static readonly CompositeFormat SubjectLine = CompositeFormat.Parse(Text("SubjectLine"));
    private static readonly string TalkingPointsHeading = Text("TalkingPointsHeading");
    private static readonly CompositeFormat TalkingPoint = CompositeFormat.Parse(Text("TalkingPoint"));

    /// <summary>Gets what ends a cut text.</summary>
    internal static string Ellipsis { get; } = Text("Ellipsis");

    /// <summary>Writes a date for a draft due in <paramref name="year"/>: without the year when it is that year.</summary>
    internal static string Date(LocalDate date, int year) => (date.Year == year ? DatePattern : DateWithYearPattern).Format(date);

    /// <summary>
    /// Joins dates, in order, as a list in a sentence: each written out (<c>22 October and 3 November</c>), or when all
    /// fall in one month, its days then the month once (<c>15 and 22 October</c>).
    /// </summary>
    internal static string Dates(IReadOnlyList<LocalDate> dates, int year)
    {
        if (dates.Count > 1 && dates.All(d => d.Year == dates[0].Year && d.Month == dates[0].Month))
        {
            string[] days = [.. dates.Take(dates.Count - 1).Select(d => d.Day.ToString(CultureInfo.InvariantCulture)), Date(dates[^1], year)];
            return List(days);
        }

        return List([.. dates.Select(d => Date(d, year))]);
    }

    /// <summary>Joins items as a list in a sentence: <c>a</c>, <c>a and b</c>, <c>a, b and c</c>.</summary>
    internal static string List(IReadOnlyList<string> items) => items.Count switch
    {
        0 => string.Empty,
        1 => items[0],
        _ => string.Format(CultureInfo.InvariantCulture, ListLastTwo, string.Join(ListSeparator, items.Take(items.Count - 1)), items[^1]),
    };

    /// <summary>Writes a draft as one text: the subject line, the body, then the talking points.</summary>
    internal static string Format(Draft draft)
    {
        var text = new StringBuilder();
        if (draft.Subject is { } subject)
        {
            text.AppendFormat(CultureInfo.InvariantCulture, SubjectLine, subject).Append("\n\n");
        }

        text.Append(draft.Body);
        if (draft.TalkingPoints.Count > 0)
        {
            text.Append("\n\n").Append(TalkingPointsHeading);
            foreach (string point in draft.TalkingPoints)
            {
                text.Append('\n').AppendFormat(CultureInfo.InvariantCulture, TalkingPoint, point);
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

    private static string Text(string key) =>
        Texts.GetString(key, CultureInfo.InvariantCulture) ?? throw new InvalidOperationException($"The resource '{key}' is missing from DraftText.resx.");
}
