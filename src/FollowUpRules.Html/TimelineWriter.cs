using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using FollowUpRules.Domain;
using FollowUpRules.Engine;
using FollowUpRules.Planning;
using FollowUpRules.Rules;
using NodaTime;

namespace FollowUpRules.Html;

/// <summary>
/// Writes a <see cref="Timeline"/> as HTML. Every text from the pipeline goes through <see cref="Text(string)"/>, which
/// escapes it; ids and style values are the writer's own (a prefix checked by <see cref="Timeline"/>, counters and numbers).
/// </summary>
internal sealed class TimelineWriter
{
    // Escapes markup characters (& < > " ' and a few more) and leaves letters of every script readable.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private readonly Timeline timeline;
    private readonly TextWriter w;
    private readonly string p;
    private readonly CultureInfo c;
    private int companies;
    private int lanes;
    private int steps;

    public TimelineWriter(Timeline timeline, TextWriter writer)
    {
        this.timeline = timeline;
        w = writer;
        p = timeline.Options.IdPrefix;
        c = timeline.Options.Culture ?? CultureInfo.CurrentUICulture;
    }

    private bool Plan => timeline.Kind == TimelineKind.Plan;

    private string Title => timeline.Options.Title ?? Words.Get(Plan ? "Title.Plan" : "Title.Agenda", c);

    public void WriteDocument()
    {
        w.Write($"<!DOCTYPE html>\n<html lang=\"{Words.Language(c)}\">\n<head>\n<meta charset=\"utf-8\">\n");
        w.Write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        w.Write($"<meta http-equiv=\"Content-Security-Policy\" content=\"{Timeline.ContentSecurityPolicy}\">\n");
        w.Write("<meta name=\"color-scheme\" content=\"light\">\n<title>");
        Text(timeline.Today is { } today ? Words.Format(c, "Page.Title", Title, Words.Date(today, c), Words.Date(timeline.Until!.Value, c)) : Title);
        w.Write("</title>\n<style>");
        w.Write(Timeline.Stylesheet);
        w.Write("</style>\n</head>\n<body style=\"margin:0\">\n<main>\n");
        WriteFragment();
        w.Write("</main>\n<script>");
        w.Write(Timeline.Script);
        w.Write("</script>\n</body>\n</html>\n");
    }

    public void WriteFragment()
    {
        DateScale? scale = timeline.Scale;
        string todayStyle = scale is null ? string.Empty : $" style=\"--today:{Percent(scale.At(timeline.Today!.Value))}\"";
        // The fragment says its language, so a host's page in another one still has it read (and hyphenated) right.
        w.Write($"<section class=\"fur\" lang=\"{Words.Language(c)}\" aria-labelledby=\"{p}-title\"{todayStyle}>\n");
        WriteHeader();
        if (scale is null)
        {
            w.Write("<p>");
            Text(Words.Get("Page.None", c));
            w.Write("</p>\n</section>\n");
            return;
        }

        WriteLegend(scale);
        w.Write($"<section class=\"fur-chart\" aria-labelledby=\"{p}-chart\">\n<h2 id=\"{p}-chart\">");
        Text(Words.Get("Page.Chart", c));
        w.Write("</h2>\n");
        WriteAxis(scale);
        w.Write("<div class=\"fur-body\">\n");
        WriteGrid(scale);
        foreach (TimelineCompany company in timeline.Companies)
        {
            WriteCompany(company, scale);
        }

        if (timeline.Companies.Count == 0)
        {
            w.Write("<p class=\"fur-none\">");
            Text(Words.Get("Page.None", c));
            w.Write("</p>\n");
        }

        w.Write("</div>\n</section>\n</section>\n");
    }

    private void WriteHeader()
    {
        w.Write($"<header class=\"fur-head\">\n<h1 id=\"{p}-title\">");
        Text(Title);
        w.Write("</h1>\n");
        if (timeline.Today is not { } today)
        {
            w.Write("</header>\n");
            return;
        }

        w.Write("<p>");
        string from = Words.Date(today, c), to = Words.Date(timeline.Until!.Value, c);
        Text(timeline.Options.Zone is { } zone ? Words.Format(c, "Head.PeriodZone", from, to, zone.Id) : Words.Format(c, "Head.Period", from, to));
        w.Write(' ');
        Text(Counts());
        w.Write("</p>\n");
        if (timeline.Limits is { } limits)
        {
            w.Write("<p>");
            Text(Words.Format(c, "Head.Limits", Words.Count(c, "Count.OutreachSteps", limits.MaxPerDay), Words.Number(limits.MaxPerCompanyPerWeek), Words.Count(c, "Count.Days", limits.MinSpacingPerPerson.Days)));
            w.Write("</p>\n");
        }

        if (timeline.Pauses.Count > 0)
        {
            w.Write("<p>");
            string key = (Plan ? "Pauses.Plan" : "Pauses.Agenda") + (timeline.Pauses.Count == 1 ? ".One" : ".Other");
            Text(Words.Format(c, key, string.Join(", ", timeline.Pauses.OrderBy(x => x.Start).Select(x => Words.Format(c, "Range", Words.Date(x.Start, c), Words.Date(x.End, c))))));
            w.Write("</p>\n");
        }

        w.Write("</header>\n");
    }

    private string Counts()
    {
        List<TimelineStep> all = [.. timeline.Companies.SelectMany(c => c.Lanes).SelectMany(l => l.Steps)];
        int applications = timeline.Companies.Sum(c => c.Lanes.Count);
        string where = Words.Format(c, "Counts.Where", Words.Count(c, "Count.Applications", applications), Words.Count(c, "Count.Companies", timeline.Companies.Count));
        if (all.Count == 0)
        {
            return Words.Format(c, "Counts.Nothing", where);
        }

        string parts = string.Join(", ", new[] { StepStatus.Overdue, StepStatus.PastDeadline, StepStatus.Due, StepStatus.Upcoming }
            .Select(s => (Status: s, Count: all.Count(x => x.Status == s)))
            .Where(x => x.Count > 0)
            .Select(x => Words.Count(c, "Count." + x.Status, x.Count)));
        string steps = Words.Count(c, "Count.Steps", all.Count);
        int moved = all.Count(s => s.Moves.Count > 0);
        return moved > 0 ? Words.Format(c, "Counts.StepsMoved", where, steps, parts, Words.Number(moved)) : Words.Format(c, "Counts.Steps", where, steps, parts);
    }

    private void WriteLegend(DateScale scale)
    {
        bool agenda = timeline.Kind == TimelineKind.Agenda;
        w.Write($"<section class=\"fur-legend\" aria-labelledby=\"{p}-legend\">\n<h2 id=\"{p}-legend\">");
        Text(Words.Get("Legend.Heading", c));
        w.Write("</h2>\n<ul>\n");
        Key(StepStatus.Overdue, "Legend.Overdue");
        Key(StepStatus.Due, "Legend.Due");
        Key(StepStatus.Upcoming, "Legend.Upcoming");
        if (agenda)
        {
            Key(StepStatus.PastDeadline, "Legend.PastDeadline");
            w.Write("<li class=\"fur-moved fur-is-upcoming\"><span class=\"fur-key\" aria-hidden=\"true\"><span class=\"fur-glyph\"><span class=\"fur-shape\"></span></span></span>");
            Line("Legend.Moved");
        }

        w.Write("<li class=\"fur-is-upcoming\"><span class=\"fur-key\" aria-hidden=\"true\"><span class=\"fur-bar\"></span></span>");
        Line("Legend.Bar");
        w.Write("<li><span class=\"fur-key\" aria-hidden=\"true\"><span class=\"fur-key-sched\"></span></span>");
        Line(agenda ? "Legend.Scheduled.Agenda" : "Legend.Scheduled.Plan");
        w.Write("<li><span class=\"fur-key\" aria-hidden=\"true\"><span class=\"fur-key-today\"></span></span>");
        Text(Words.Format(c, "Legend.Today", Words.Date(timeline.Today!.Value, c)));
        w.Write("</li>\n");
        if (timeline.Pauses.Any(x => scale.Span(x.Start, x.End) is not null))
        {
            w.Write("<li><span class=\"fur-key\" aria-hidden=\"true\"><span class=\"fur-key-pause\"></span></span>");
            Line("Legend.Pause");
        }

        w.Write("</ul>\n<p class=\"fur-hint\">");
        Text(Words.Get("Legend.Hint", c));
        w.Write("</p>\n</section>\n");
    }

    private void Key(StepStatus status, string key)
    {
        w.Write($"<li class=\"{Words.StatusClass(status)}\"><span class=\"fur-key\" aria-hidden=\"true\"><span class=\"fur-glyph\"><span class=\"fur-shape\"></span></span></span>");
        Line(key);
    }

    /// <summary>Writes the text of <paramref name="key"/> and closes the list item.</summary>
    private void Line(string key)
    {
        Text(Words.Get(key, c));
        w.Write("</li>\n");
    }

    private void WriteAxis(DateScale scale)
    {
        w.Write("<div class=\"fur-axis\" aria-hidden=\"true\"><div class=\"fur-track\">\n");
        foreach (Tick tick in scale.Ticks(c))
        {
            w.Write($"<span class=\"fur-tick\" style=\"--x:{Percent(tick.X)}\">");
            Text(tick.Label);
            w.Write("</span>\n");
        }

        foreach (DateInterval pause in timeline.Pauses.OrderBy(x => x.Start))
        {
            if (scale.Span(pause.Start, pause.End) is { } span)
            {
                w.Write($"<span class=\"fur-flag fur-flag-pause\" style=\"--x0:{Percent(span.Left)}\">");
                Text(Words.Get("Axis.Paused", c));
                w.Write("</span>\n");
            }
        }

        w.Write($"<span class=\"fur-flag fur-flag-today\" style=\"--x:{Percent(scale.At(timeline.Today!.Value))}\">");
        Text(Words.Get("Axis.Today", c));
        w.Write("</span>\n");
        w.Write("</div></div>\n");
    }

    private void WriteGrid(DateScale scale)
    {
        w.Write("<div class=\"fur-grid\" aria-hidden=\"true\">\n");
        foreach (Tick tick in scale.Ticks(c))
        {
            w.Write($"<span class=\"fur-gridline\" style=\"--x:{Percent(tick.X)}\"></span>\n");
        }

        foreach (DateInterval pause in timeline.Pauses)
        {
            if (scale.Span(pause.Start, pause.End) is { } span)
            {
                w.Write($"<span class=\"fur-pause\" style=\"--x0:{Percent(span.Left)};--x1:{Percent(span.Right)}\"></span>\n");
            }
        }

        w.Write($"<span class=\"fur-today\" style=\"--x:{Percent(scale.At(timeline.Today!.Value))}\"></span>\n</div>\n");
    }

    private void WriteCompany(TimelineCompany company, DateScale scale)
    {
        string id = $"{p}-c{Words.Number(++companies)}";
        w.Write($"<section class=\"fur-company\" aria-labelledby=\"{id}\">\n<h3 id=\"{id}\">");
        Text(company.Name);
        w.Write("</h3>\n");
        foreach (TimelineLane lane in company.Lanes)
        {
            WriteLane(lane, scale);
        }

        w.Write("</section>\n");
    }

    private void WriteLane(TimelineLane lane, DateScale scale)
    {
        string id = $"{p}-a{Words.Number(++lanes)}";
        Application application = lane.Application;
        w.Write($"<section class=\"fur-lane\" aria-labelledby=\"{id}\">\n<h4 id=\"{id}\">");
        Text(application.Role);
        w.Write(" <span class=\"fur-app-status\">");
        Text($"{Words.Status(application.Status, c)}, {application.Id}");
        w.Write("</span></h4>\n");
        if (lane.Steps.Count == 0)
        {
            w.Write("<p class=\"fur-none\">");
            Text(Words.Get(Plan ? "Lane.NothingPlan" : "Lane.NothingAgenda", c));
            w.Write("</p>\n</section>\n");
            return;
        }

        List<Placed> placed = [.. lane.Steps.Select(s => Place(s, scale))];
        int[] rows = LanePacker.Rows([.. placed.Select(x => x.Box)]);
        bool tall = placed.Any(x => x.Note is not null);
        w.Write($"<ol class=\"fur-steps\" style=\"--rows:{Words.Number(rows.DefaultIfEmpty(0).Max() + 1)}{(tall ? ";--row:3.6rem" : string.Empty)}\">\n");
        for (int i = 0; i < placed.Count; i++)
        {
            WriteStep(placed[i], rows[i]);
        }

        w.Write("</ol>\n</section>\n");
    }

    private Placed Place(TimelineStep step, DateScale scale)
    {
        Recommendation r = step.Recommendation;
        double x = scale.At(r.Due);
        var window = scale.Span(r.Earliest, r.Latest);
        double? scheduled = step.Date == r.Due ? null : scale.At(step.Date);
        var box = StepBox.Of(x, window is { } span ? (span.Left, span.Right) : null, scheduled);
        var notes = new List<string>();
        if (step.Moves.Count > 0)
        {
            notes.Add(Words.Format(c, "Note.Moved", string.Join(", ", step.Moves.Select(m => Words.Reason(m.Reason, c)).Distinct())));
        }

        if (!scale.Contains(r.Due))
        {
            notes.Add(Words.Format(c, "Note.Due", Words.ShortDate(r.Due, c)));
        }

        return new Placed(step, x, window, scheduled, box, notes.Count == 0 ? null : string.Join("; ", notes));
    }

    private void WriteStep(Placed placed, int row)
    {
        TimelineStep step = placed.Step;
        Recommendation r = step.Recommendation;
        string id = $"{p}-s{Words.Number(++steps)}";
        string classes = $"fur-step {Words.StatusClass(step.Status)}" + (step.Moves.Count > 0 ? " fur-moved" : string.Empty) + (placed.Box.LabelBeforeMarker ? " fur-before" : string.Empty) + (placed.X > 50 ? " fur-flip" : string.Empty);
        string style = $"--r:{Words.Number(row)};--x:{Percent(placed.X)}";
        if (placed.Window is { } window)
        {
            style += $";--b0:{Percent(window.Left)};--b1:{Percent(window.Right)}";
        }

        if (placed.Scheduled is { } s)
        {
            style += $";--s0:{Percent(Math.Min(s, placed.X))};--s1:{Percent(Math.Max(s, placed.X))}";
        }

        w.Write($"<li class=\"{classes}\" style=\"{style}\">\n<span class=\"fur-line\" aria-hidden=\"true\">");
        if (placed.Window is { } bar)
        {
            w.Write($"<span class=\"fur-bar{(bar.CutAtStart ? " fur-cut-start" : string.Empty)}{(bar.CutAtEnd ? " fur-cut-end" : string.Empty)}\"></span>");
        }

        if (placed.Scheduled is { } day)
        {
            w.Write($"<span class=\"fur-sched {(day > placed.X ? "fur-sched-end" : "fur-sched-start")}\"></span>");
        }

        w.Write("<span class=\"fur-due\"></span></span>\n");
        w.Write($"<button type=\"button\" class=\"fur-marker\" id=\"{id}\" aria-describedby=\"{id}-d\"><span class=\"fur-glyph\" aria-hidden=\"true\"><span class=\"fur-shape\"></span></span><span class=\"fur-text\"><span class=\"fur-label\">");
        Text($"{Words.Who(r.Target, c)} · {Words.ShortAction(r.Action, c)}");
        w.Write("</span> ");
        if (placed.Note is { } note)
        {
            w.Write("<span class=\"fur-label fur-note\">");
            Text(note);
            w.Write("</span> ");
        }

        w.Write("<span class=\"fur-more\">");
        string status = Words.Status(step.Status, c), summary = r.Summarize(c);
        Text(step.Date == r.Due ? $"{status}: {summary}." : Words.Format(c, Plan ? "Step.MorePlan" : "Step.MoreAgenda", status, summary, Words.Date(step.Date, c)));
        w.Write("</span></span></button>\n");
        WriteDetail(step, $"{id}-d");
        w.Write("</li>\n");
    }

    /// <summary>
    /// Writes a step's details: a heading with its status, the facts (who, what, how, when, for which application), the
    /// agenda's moves, the engine's explanation, and the step's draft when <see cref="TimelineOptions.Drafts"/> gives one.
    /// Each part is one block, in this order.
    /// </summary>
    private void WriteDetail(TimelineStep step, string id)
    {
        Recommendation r = step.Recommendation;
        w.Write($"<div class=\"fur-detail\" role=\"tooltip\" id=\"{id}\">\n<p class=\"fur-d-head\"><span class=\"fur-badge\">");
        Text(Words.Status(step.Status, c));
        w.Write("</span>");
        if (step.Moves.Count > 0)
        {
            w.Write("<span class=\"fur-badge fur-badge-moved\">");
            Text(Words.Get("Badge.Moved", c));
            w.Write("</span>");
        }

        string what = ActionKinds.Describe(r.Action, c);
        w.Write(' ');
        Text(what);
        w.Write("</p>\n<dl class=\"fur-facts\">\n");
        Fact("Fact.Who", r.Target.Kind switch
        {
            TargetKind.Seeker => Words.Get("Who.You", c),
            TargetKind.Company => Words.Format(c, "Who.Company", r.Target.Name),
            _ => r.Target.Name,
        });
        Fact("Fact.What", what);
        Fact("Fact.How", Words.How(r.Channel, c));
        string sendAt = r.SendAt is { } at && at.Date == step.Date ? Words.Format(c, "When.SendAt", Words.SendTime(at)) : string.Empty;
        Fact("Fact.When", Words.Format(c, Plan ? "When.Plan" : "When.Agenda", Words.Date(step.Date, c), sendAt, Words.Date(r.Due, c), Words.Date(r.Earliest, c), Words.Date(r.Latest, c)));
        Fact("Fact.For", string.Join("; ", step.Applications.Select(a => Words.Format(c, "For.Application", a.Role, a.CompanyName, a.Id))));
        w.Write("</dl>\n");
        if (step.MoveExplanation?.Render(c) is { Count: > 0 } moves)
        {
            Sub("Detail.WhyMoved");
            w.Write("<ul class=\"fur-moves\">\n");
            foreach (string line in moves)
            {
                Item(line);
            }

            w.Write("</ul>\n");
        }

        Sub("Detail.Why");
        w.Write("<ul class=\"fur-why\">\n");
        foreach (string line in r.Explanation.Render(c))
        {
            Item(line);
        }

        w.Write("</ul>\n");
        if (timeline.Options.Drafts?.Invoke(step.Applications[0], r) is { Length: > 0 } draft)
        {
            Sub("Detail.Draft");
            w.Write("<p class=\"fur-draft\">");
            Text(draft.ReplaceLineEndings("\n"));
            w.Write("</p>\n");
        }

        w.Write("</div>\n");
    }

    private void Fact(string termKey, string value)
    {
        w.Write("<div><dt>");
        Text(Words.Get(termKey, c));
        w.Write("</dt><dd>");
        Text(value);
        w.Write("</dd></div>\n");
    }

    /// <summary>Writes the sub-heading of a part of a step's details.</summary>
    private void Sub(string key)
    {
        w.Write("<p class=\"fur-d-sub\">");
        Text(Words.Get(key, c));
        w.Write("</p>\n");
    }

    private void Item(string line)
    {
        w.Write("<li>");
        Text(line);
        w.Write("</li>\n");
    }

    /// <summary>Writes <paramref name="text"/> escaped: markup in it shows as text.</summary>
    private void Text(string text) => Encoder.Encode(w, text);

    private static string Percent(double value) => Math.Round(value, 3).ToString("0.###", CultureInfo.InvariantCulture) + "%";

    /// <summary>A step with its place on the track.</summary>
    private sealed record Placed(TimelineStep Step, double X, (double Left, double Right, bool CutAtStart, bool CutAtEnd)? Window, double? Scheduled, StepBox Box, string? Note);
}
