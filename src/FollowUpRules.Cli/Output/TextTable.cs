using Spectre.Console;

namespace FollowUpRules.Cli.Output;

/// <summary>A table: Spectre.Console's on a terminal, plain aligned columns when the output is redirected.</summary>
internal static class TextTable
{
    public static void Write(Terminal terminal, IReadOnlyList<string> headers, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        if (terminal.Rich)
        {
            var table = new Table().Border(TableBorder.Rounded);
            foreach (string header in headers)
            {
                table.AddColumn(new TableColumn($"[bold]{Markup.Escape(header)}[/]"));
            }

            foreach (IReadOnlyList<string> row in rows)
            {
                table.AddRow([.. row.Select((cell, i) => Colour(headers[i], cell))]);
            }

            terminal.Console().Write(table);
            return;
        }

        int[] widths = [.. headers.Select((h, i) => rows.Select(r => r[i].Length).Append(h.Length).Max())];
        terminal.Out.WriteLine(Line(headers, widths));
        foreach (IReadOnlyList<string> row in rows)
        {
            terminal.Out.WriteLine(Line(row, widths));
        }
    }

    private static string Line(IReadOnlyList<string> cells, int[] widths) =>
        string.Join("  ", cells.Select((c, i) => i == cells.Count - 1 ? c : c.PadRight(widths[i]))).TrimEnd();

    private static string Colour(string header, string cell) => (header, cell) switch
    {
        ("status", "overdue" or "past deadline") => $"[red]{Markup.Escape(cell)}[/]",
        ("status", "due" or "late") => $"[yellow]{Markup.Escape(cell)}[/]",
        ("status", _) => $"[green]{Markup.Escape(cell)}[/]",
        _ => Markup.Escape(cell),
    };
}
