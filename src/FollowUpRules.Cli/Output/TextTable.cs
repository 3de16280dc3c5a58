using FollowUpRules.Cli.Localization;
using Spectre.Console;

namespace FollowUpRules.Cli.Output;

/// <summary>
/// A table: Spectre.Console's on a terminal, plain aligned columns when the output is redirected. On a terminal too
/// narrow for every column, the <c>why</c> column is left out (each step's reason is one <c>followup next</c> away); when
/// even that is too wide, each row is a block (its dates, status, people, ids on one line, broken only between cells, and
/// its free text wrapped below between words), so a date, a time, an id or a status is never split.
/// </summary>
internal static class TextTable
{
    /// <summary>The columns whose text may wrap on a narrow terminal; every other cell is kept whole.</summary>
    private static readonly HashSet<string> Wrappable = new(StringComparer.Ordinal) { "what", "why", "role", "company", "name", "reach", "notes", "next-step", "details" };

    /// <summary>Writes the rows under the columns named by <paramref name="columns"/>, the <c>Column.*</c> keys (<c>why</c>), headed by their words in the current UI culture.</summary>
    public static void Write(Terminal terminal, IReadOnlyList<string> columns, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        string[] headers = [.. columns.Select(c => CliText.Get("Column." + c))];
        if (terminal.Rich)
        {
            WriteRich(terminal, columns, headers, rows);
            return;
        }

        int[] widths = [.. headers.Select((h, i) => rows.Select(r => r[i].Length).Append(h.Length).Max())];
        terminal.Out.WriteLine(Line(headers, widths));
        foreach (IReadOnlyList<string> row in rows)
        {
            terminal.Out.WriteLine(Line(row, widths));
        }
    }

    private static void WriteRich(Terminal terminal, IReadOnlyList<string> columns, IReadOnlyList<string> headers, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        int[] shown = [.. Enumerable.Range(0, headers.Count)];
        int why = columns.ToList().IndexOf("why");
        bool dropped = false;
        if (terminal.Width is { } width && why >= 0 && Needed(headers, rows, shown) > width)
        {
            shown = [.. shown.Where(i => i != why)];
            dropped = true;
        }

        if (terminal.Width is { } limit && Needed(headers, rows, shown) > limit)
        {
            WriteBlocks(terminal, columns, rows, shown, limit);
            return;
        }

        var table = new Table().Border(TableBorder.Rounded);
        foreach (int i in shown)
        {
            var column = new TableColumn($"[bold]{Markup.Escape(headers[i])}[/]");
            if (!Wrappable.Contains(columns[i]))
            {
                column.NoWrap();
            }

            table.AddColumn(column);
        }

        foreach (IReadOnlyList<string> row in rows)
        {
            table.AddRow([.. shown.Select(i => Colour(columns[i], row[i]))]);
        }

        IAnsiConsole console = terminal.Console();
        console.Write(table);
        if (dropped)
        {
            console.MarkupLine(DroppedNote());
        }
    }

    private static string DroppedNote() => $"[grey]({Markup.Escape(CliText.Get("Table.Dropped"))})[/]";

    /// <summary>
    /// The rows as blocks for a terminal too narrow for a table even without <c>why</c>: a first line of the cells kept
    /// whole (dates, statuses, ids, channels), broken only between cells, then the free text below, wrapped between words.
    /// </summary>
    private static void WriteBlocks(Terminal terminal, IReadOnlyList<string> columns, IReadOnlyList<IReadOnlyList<string>> rows, int[] shown, int width)
    {
        IAnsiConsole console = terminal.Console();
        int[] whole = [.. shown.Where(i => !Wrappable.Contains(columns[i]) || columns[i] is "who" or "company" or "name")];
        int[] text = [.. shown.Where(i => !whole.Contains(i))];
        foreach (IReadOnlyList<string> row in rows)
        {
            var line = new List<string>();
            int length = 0;
            foreach (int i in whole)
            {
                if (length > 0 && length + 2 + row[i].Length > width)
                {
                    console.MarkupLine(string.Join("  ", line));
                    line.Clear();
                    length = 0;
                }

                line.Add(Colour(columns[i], row[i]));
                length += (length > 0 ? 2 : 0) + row[i].Length;
            }

            console.MarkupLine(string.Join("  ", line));
            foreach (int i in text)
            {
                foreach (string wrapped in Wrap(row[i], width - 2))
                {
                    console.MarkupLine("  " + Markup.Escape(wrapped));
                }
            }
        }

        console.MarkupLine(DroppedNote());
    }

    /// <summary>Text cut into lines of at most <paramref name="width"/> characters between words (a longer word has a line of its own).</summary>
    private static IEnumerable<string> Wrap(string text, int width)
    {
        var line = new System.Text.StringBuilder();
        foreach (string word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                yield return line.ToString();
                line.Clear();
            }

            line.Append(line.Length > 0 ? " " : string.Empty).Append(word);
        }

        if (line.Length > 0)
        {
            yield return line.ToString();
        }
    }

    /// <summary>The width a rounded table needs for these columns unwrapped: the cells, a space each side, the borders.</summary>
    private static int Needed(IReadOnlyList<string> headers, IReadOnlyList<IReadOnlyList<string>> rows, int[] columns) =>
        columns.Sum(i => rows.Select(r => r[i].Length).Append(headers[i].Length).Max()) + (3 * columns.Length) + 1;

    private static string Line(IReadOnlyList<string> cells, int[] widths) =>
        string.Join("  ", cells.Select((c, i) => i == cells.Count - 1 ? c : c.PadRight(widths[i]))).TrimEnd();

    /// <summary>A cell as markup: a step's status coloured by its word in the current UI culture, red when overdue or past its deadline, yellow when due or late.</summary>
    private static string Colour(string column, string cell) => column != "status" ? Markup.Escape(cell)
        : Is(cell, "overdue", "past-deadline") ? $"[red]{Markup.Escape(cell)}[/]"
        : Is(cell, "due", "late") ? $"[yellow]{Markup.Escape(cell)}[/]"
        : $"[green]{Markup.Escape(cell)}[/]";

    private static bool Is(string cell, params string[] statuses) => statuses.Any(s => cell == CliText.Get("Status." + s));
}
