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
    private int companies;
    private int lanes;
    private int steps;

    public TimelineWriter(Timeline timeline, TextWriter writer)
    {
        this.timeline = timeline;
        w = writer;
        p = timeline.Options.IdPrefix;
    }

    private string Verb => timeline.Kind == TimelineKind.Plan ? "Planned for" : "Scheduled for";

    public void WriteDocument()
    {
        w.Write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        w.Write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        w.Write($"<meta http-equiv=\"Content-Security-Policy\" content=\"{Timeline.ContentSecurityPolicy}\">\n");
        w.Write("<meta name=\"color-scheme\" content=\"light\">\n<title>");
        Text(timeline.Title + (timeline.Today is { } today ? $", {Words.Date(today)} to {Words.Date(timeline.Until!.Value)}" : string.Empty));
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
        w.Write($"<section class=\"fur\" aria-labelledby=\"{p}-title\"{todayStyle}>\n");
        WriteHeader();
        if (scale is null)
        {
            w.Write("<p>No applications to show.</p>\n</section>\n");
            return;
        }

        WriteLegend(scale);
        w.Write($"<section class=\"fur-chart\" aria-labelledby=\"{p}-chart\">\n<h2 id=\"{p}-chart\">Timeline</h2>\n");
        WriteAxis(scale);
        w.Write("<div class=\"fur-body\">\n");
        WriteGrid(scale);
        foreach (TimelineCompany company in timeline.Companies)
        {
            WriteCompany(company, scale);
        }

        if (timeline.Companies.Count == 0)
        {
            w.Write("<p class=\"fur-none\">No applications to show.</p>\n");
        }

        w.Write("</div>\n</section>\n</section>\n");
    }

    private void WriteHeader()
    {
        w.Write($"<header class=\"fur-head\">\n<h1 id=\"{p}-title\">");
        Text(timeline.Title);
        w.Write("</h1>\n");
        if (timeline.Today is not { } today)
        {
            w.Write("</header>\n");
            return;
        }

        w.Write("<p>");
        Text($"From {Words.Date(today)} to {Words.Date(timeline.Until!.Value)}" + (timeline.Options.Zone is { } zone ? $", dates in {zone.Id}." : "."));
        w.Write(' ');
        Text(Counts());
        w.Write("</p>\n");
        if (timeline.Limits is { } limits)
        {
            w.Write("<p>");
            Text($"The agenda's limits: at most {Words.Count(limits.MaxPerDay, "outreach step")} a day, {Words.Number(limits.MaxPerCompanyPerWeek)} to one company a week, and {Words.Count(limits.MinSpacingPerPerson.Days, "day")} between two asks to one person.");
            w.Write("</p>\n");
        }

        if (timeline.Pauses.Count > 0)
        {
            w.Write("<p>");
            Text($"Your {(timeline.Pauses.Count == 1 ? "pause" : "pauses")}: {string.Join(", ", timeline.Pauses.OrderBy(x => x.Start).Select(x => $"{Words.Date(x.Start)} to {Words.Date(x.End)}"))}"
                + (timeline.Kind == TimelineKind.Plan ? "; the plan does not move steps out of a pause, the agenda does." : "; the agenda schedules nothing then."));
            w.Write("</p>\n");
        }

        w.Write("</header>\n");
    }

    private string Counts()
    {
        List<TimelineStep> all = [.. timeline.Companies.SelectMany(c => c.Lanes).SelectMany(l => l.Steps)];
        int applications = timeline.Companies.Sum(c => c.Lanes.Count);
        string where = $"{Words.Count(applications, "application")} at {Words.Count(timeline.Companies.Count, "company", "companies")}";
        if (all.Count == 0)
        {
            return $"{where}; nothing to do.";
        }

        IEnumerable<string> parts = new[] { StepStatus.Overdue, StepStatus.PastDeadline, StepStatus.Due, StepStatus.Upcoming }
            .Select(s => (Status: s, Count: all.Count(x => x.Status == s)))
            .Where(x => x.Count > 0)
            .Select(x => $"{Words.Number(x.Count)} {Words.Status(x.Status).ToLowerInvariant()}");
        int moved = all.Count(s => s.Moves.Count > 0);
        return $"{where}; {Words.Count(all.Count, "step")}: {string.Join(", ", parts)}" + (moved > 0 ? $"; {Words.Number(moved)} moved by the limits or a pause." : ".");
    }

    private void WriteLegend(DateScale scale)
    {
        bool agenda = timeline.Kind == TimelineKind.Agenda;
        w.Write($"<section class=\"fur-legend\" aria-labelledby=\"{p}-legend\">\n<h2 id=\"{p}-legend\">How to read it</h2>\n<ul>\n");
        Key(StepStatus.Overdue, "Overdue: after its latest date, do it now");
        Key(StepStatus.Due, "Due: within its window now");
        Key(StepStatus.Upcoming, "Upcoming: its window opens later");
        if (agenda)
        {
            Key(StepStatus.PastDeadline, "Past deadline: the limits or your pause pushed it past its latest date");
            w.Write("<li class=\"fur-moved fur-is-upcoming\"><span class=\"fur-key\" aria-hidden=\"true\"><span class=\"fur-glyph\"><span class=\"fur-shape\"></span></span></span>Dashed ring: moved to a later day by a limit or your pause (it says which)</li>\n");
        }

        w.Write("<li class=\"fur-is-upcoming\"><span class=\"fur-key\" aria-hidden=\"true\"><span class=\"fur-bar\"></span></span>Bar: the window, from the earliest to the latest date; the marker is at the due date</li>\n");
        w.Write($"<li><span class=\"fur-key\" aria-hidden=\"true\"><span class=\"fur-key-sched\"></span></span>Dotted line: to the day the {(agenda ? "agenda schedules it" : "plan does it")}, when that is not the due date</li>\n");
        w.Write("<li><span class=\"fur-key\" aria-hidden=\"true\"><span class=\"fur-key-today\"></span></span>");
        Text($"Today, {Words.Date(timeline.Today!.Value)}");
        w.Write("</li>\n");
        if (timeline.Pauses.Any(x => scale.Span(x.Start, x.End) is not null))
        {
            w.Write("<li><span class=\"fur-key\" aria-hidden=\"true\"><span class=\"fur-key-pause\"></span></span>Hatched: your pause</li>\n");
        }

        w.Write("</ul>\n<p class=\"fur-hint\">Point at a step, tap it, or move to it with Tab, for who, what, how, when and why; Esc hides it again.</p>\n</section>\n");
    }

    private void Key(StepStatus status, string text)
    {
        w.Write($"<li class=\"{Words.StatusClass(status)}\"><span class=\"fur-key\" aria-hidden=\"true\"><span class=\"fur-glyph\"><span class=\"fur-shape\"></span></span></span>");
        Text(text);
        w.Write("</li>\n");
    }

    private void WriteAxis(DateScale scale)
    {
        w.Write("<div class=\"fur-axis\" aria-hidden=\"true\"><div class=\"fur-track\">\n");
        foreach (Tick tick in scale.Ticks())
        {
            w.Write($"<span class=\"fur-tick\" style=\"--x:{Percent(tick.X)}\">");
            Text(tick.Label);
            w.Write("</span>\n");
        }

        foreach (DateInterval pause in timeline.Pauses.OrderBy(x => x.Start))
        {
            if (scale.Span(pause.Start, pause.End) is { } span)
            {
                w.Write($"<span class=\"fur-flag fur-flag-pause\" style=\"--x0:{Percent(span.Left)}\">Paused</span>\n");
            }
        }

        w.Write($"<span class=\"fur-flag fur-flag-today\" style=\"--x:{Percent(scale.At(timeline.Today!.Value))}\">Today</span>\n");
        w.Write("</div></div>\n");
    }

    private void WriteGrid(DateScale scale)
    {
        w.Write("<div class=\"fur-grid\" aria-hidden=\"true\">\n");
        foreach (Tick tick in scale.Ticks())
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
        Text($"{application.Status}, {application.Id}");
        w.Write("</span></h4>\n");
        if (lane.Steps.Count == 0)
        {
            w.Write("<p class=\"fur-none\">");
            Text(timeline.Kind == TimelineKind.Plan ? "Nothing planned in this period." : "Nothing on the agenda.");
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
            notes.Add("Moved: " + string.Join(", ", step.Moves.Select(m => Words.Reason(m.Reason)).Distinct()));
        }

        if (!scale.Contains(r.Due))
        {
            notes.Add($"Due {Words.ShortDate(r.Due)}");
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
        Text($"{Words.Who(r.Target)} · {Words.ShortAction(r.Action)}");
        w.Write("</span> ");
        if (placed.Note is { } note)
        {
            w.Write("<span class=\"fur-label fur-note\">");
            Text(note);
            w.Write("</span> ");
        }

        w.Write("<span class=\"fur-more\">");
        Text($"{Words.Status(step.Status)}: {r.Summary}" + (step.Date == r.Due ? "." : $"; {Verb.ToLowerInvariant()} {Words.Date(step.Date)}."));
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
        Text(Words.Status(step.Status));
        w.Write("</span>");
        if (step.Moves.Count > 0)
        {
            w.Write("<span class=\"fur-badge fur-badge-moved\">Moved</span>");
        }

        w.Write(' ');
        Text(ActionKinds.Describe(r.Action));
        w.Write("</p>\n<dl class=\"fur-facts\">\n");
        Fact("Who", r.Target.Kind switch
        {
            TargetKind.Seeker => "You",
            TargetKind.Company => $"{r.Target.Name} (the company)",
            _ => r.Target.Name,
        });
        Fact("What", ActionKinds.Describe(r.Action));
        Fact("How", Words.How(r.Channel));
        string sendAt = r.SendAt is { } at && at.Date == step.Date ? $", send at {Words.SendTime(at)}" : string.Empty;
        Fact("When", $"{Verb} {Words.Date(step.Date)}{sendAt}. Due {Words.Date(r.Due)}; window {Words.Date(r.Earliest)} to {Words.Date(r.Latest)}.");
        Fact("For", string.Join("; ", step.Applications.Select(a => $"{a.Role} at {a.CompanyName} ({a.Id})")));
        w.Write("</dl>\n");
        if (step.MoveSentences.Count > 0)
        {
            w.Write("<p class=\"fur-d-sub\">Why it moved</p>\n<ul class=\"fur-moves\">\n");
            foreach (string line in step.MoveSentences)
            {
                Item(line);
            }

            w.Write("</ul>\n");
        }

        w.Write("<p class=\"fur-d-sub\">Why</p>\n<ul class=\"fur-why\">\n");
        foreach (string line in r.Explanation.Lines)
        {
            Item(line);
        }

        w.Write("</ul>\n");
        if (timeline.Options.Drafts?.Invoke(step.Applications[0], r) is { Length: > 0 } draft)
        {
            w.Write("<p class=\"fur-d-sub\">Draft</p>\n<p class=\"fur-draft\">");
            Text(draft.ReplaceLineEndings("\n"));
            w.Write("</p>\n");
        }

        w.Write("</div>\n");
    }

    private void Fact(string term, string value)
    {
        w.Write($"<div><dt>{term}</dt><dd>");
        Text(value);
        w.Write("</dd></div>\n");
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
