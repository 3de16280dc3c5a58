using System.Security.Cryptography;
using System.Text;
using FollowUpRules.Domain;
using FollowUpRules.Planning;
using FollowUpRules.Rules;
using FollowUpRules.Engine;
using NodaTime;

namespace FollowUpRules.Html;

/// <summary>
/// A plan or an agenda as a picture: one lane per application, grouped by company, each step a marker at its due date
/// with its window as a bar, today marked and the seeker's pauses shaded; written as one self-contained HTML page (no
/// external scripts, fonts or requests) or as a fragment for a host's own page.
/// </summary>
/// <remarks>
/// <para>Every text that comes from the pipeline (names, roles, companies, ids, explanations) is HTML-escaped, and the page
/// carries a content security policy (<see cref="ContentSecurityPolicy"/>) that lets no script run but its own.</para>
/// <para>Each step is a button whose accessible name says who, what, its status and due date; focusing or hovering it shows
/// who, what, how, when and the engine's full explanation (and, for the agenda, why it moved). Statuses differ in
/// colour, shape and text. On a narrow screen and on paper the lanes become lists with the same bars.</para>
/// <para>Immutable and thread-safe: a timeline can be written any number of times, from any thread.</para>
/// </remarks>
public sealed class Timeline
{
    private static readonly string StylesheetText = Resource("Timeline.css");
    private static readonly string ScriptText = Resource("Timeline.js");

    internal Timeline(TimelineKind kind, LocalDate? today, LocalDate? until, DateScale? scale, IReadOnlyList<TimelineCompany> companies, IReadOnlyList<DateInterval> pauses, OutreachLimits? limits, TimelineOptions options)
    {
        Kind = kind;
        Today = today;
        Until = until;
        Scale = scale;
        Companies = companies;
        Pauses = pauses;
        Limits = limits;
        Options = options;
        StepCount = companies.Sum(c => c.Lanes.Sum(l => l.Steps.Count));
    }

    /// <summary>Gets the style sheet the markup needs: include it once in a page that holds fragments (<see cref="WriteFragment(TextWriter)"/>).</summary>
    /// <value>CSS whose selectors all name the timeline's own classes (each starts with <c>fur</c>), so it leaves the rest of a host's page alone.</value>
    public static string Stylesheet => StylesheetText;

    /// <summary>Gets the small script that lets Esc hide a step's details; a page of fragments may include it once.</summary>
    /// <value>JavaScript with no dependencies; the timeline works without it, but then only moving focus or the pointer away hides the details.</value>
    public static string Script => ScriptText;

    /// <summary>Gets the content security policy the page of <see cref="WriteHtml(TextWriter)"/> carries.</summary>
    /// <value>Nothing from anywhere (no requests, frames or forms); inline styles; only the page's own script, by its hash.</value>
    public static string ContentSecurityPolicy { get; } =
        $"default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(ScriptText)))}'; img-src data:; base-uri 'none'; form-action 'none'";

    /// <summary>Gets the number of steps drawn.</summary>
    /// <value>Every step of the plans or the agenda.</value>
    public int StepCount { get; }

    internal TimelineKind Kind { get; }

    /// <summary>Gets the day the plans or the agenda were made on; <see langword="null"/> for a timeline of no plans.</summary>
    internal LocalDate? Today { get; }

    /// <summary>Gets the last due date the plans or the agenda cover; <see langword="null"/> for a timeline of no plans.</summary>
    internal LocalDate? Until { get; }

    /// <summary>Gets the period shown; <see langword="null"/> for a timeline of no plans.</summary>
    internal DateScale? Scale { get; }

    internal IReadOnlyList<TimelineCompany> Companies { get; }

    internal IReadOnlyList<DateInterval> Pauses { get; }

    /// <summary>Gets the agenda's limits; <see langword="null"/> for plans, which do not keep them.</summary>
    internal OutreachLimits? Limits { get; }

    internal TimelineOptions Options { get; }

    /// <summary>Returns the timeline of the plans of several applications, for example every application of a pipeline over the next three months.</summary>
    /// <param name="applications">The applications planned (others are ignored); each plan's application must be among them.</param>
    /// <param name="plans">The plans, all made on the same day (<see cref="Plan.From"/>), at most one per application; their steps keep their order within each lane.</param>
    /// <param name="pauses">The seeker's pauses, shaded: the plan itself does not keep them, the agenda does.</param>
    /// <param name="options">The title, zone, id prefix, culture and drafts; <see langword="null"/> for <see cref="TimelineOptions.Default"/>.</param>
    /// <returns>The timeline: a lane per plan, grouped by company (companies by name, then applications by role).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="applications"/> or <paramref name="plans"/> is <see langword="null"/>, or holds a <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Two applications share an id; a plan's application is not given, or has two plans; the plans start on different days; or the options' id prefix is not valid.</exception>
    public static Timeline ForPlans(IEnumerable<Application> applications, IEnumerable<Plan> plans, IEnumerable<DateInterval>? pauses = null, TimelineOptions? options = null)
    {
        Dictionary<string, Application> byId = ById(applications);
        ArgumentNullException.ThrowIfNull(plans);
        List<Plan> all = [.. plans];
        options = Checked(options);
        ValueList<DateInterval> shaded = ValueList<DateInterval>.From(pauses);
        if (all.Count == 0)
        {
            return new Timeline(TimelineKind.Plan, null, null, null, [], shaded, null, options);
        }

        var planned = new HashSet<string>(StringComparer.Ordinal);
        LocalDate today = (all[0] ?? throw new ArgumentNullException(nameof(plans), "A plan is null.")).From;
        foreach (Plan plan in all)
        {
            if (plan is null)
            {
                throw new ArgumentNullException(nameof(plans), "A plan is null.");
            }

            if (!byId.ContainsKey(plan.ApplicationId))
            {
                throw new ArgumentException($"The plan of '{plan.ApplicationId}' has no application among those given.", nameof(plans));
            }

            if (!planned.Add(plan.ApplicationId))
            {
                throw new ArgumentException($"The application '{plan.ApplicationId}' has two plans; give one.", nameof(plans));
            }

            if (plan.From != today)
            {
                throw new ArgumentException($"The plans start on different days ({Words.Date(today)} and {Words.Date(plan.From)}); a timeline shows plans made on one day.", nameof(plans));
            }
        }

        LocalDate until = all.Max(p => p.Until);
        DateScale scale = DateScale.For(today, until, all.SelectMany(p => p.Steps.Select(s => s.Date)));
        var lanes = all.Select(plan =>
        {
            Application application = byId[plan.ApplicationId];
            var steps = plan.Steps.Select(s => new TimelineStep(s.Recommendation, s.Date, [application], TimelineStep.StatusOn(today, s.Recommendation.Earliest, s.Recommendation.Latest), [], null));
            return new TimelineLane(application, InDueOrder(steps));
        });
        return new Timeline(TimelineKind.Plan, today, until, scale, Grouped(lanes), shaded, null, options);
    }

    /// <summary>Returns the timeline of an agenda: what to do on each day across many applications, within the limits.</summary>
    /// <param name="applications">The applications the agenda was built from: each gets a lane, with or without steps.</param>
    /// <param name="agenda">The agenda.</param>
    /// <param name="settings">The settings it was built with: their limits are named and their pauses shaded; <see langword="null"/> to show neither.</param>
    /// <param name="options">The title, zone, id prefix, culture and drafts; <see langword="null"/> for <see cref="TimelineOptions.Default"/>.</param>
    /// <returns>The timeline: a lane per application, grouped by company (companies by name, then applications by role); a step that serves several applications sits in the first one's lane (by id) and names the others.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="applications"/> or <paramref name="agenda"/> is <see langword="null"/>, or <paramref name="applications"/> holds a <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Two applications share an id; an item's application is not given; or the options' id prefix is not valid.</exception>
    public static Timeline ForAgenda(IEnumerable<Application> applications, Agenda agenda, AgendaSettings? settings = null, TimelineOptions? options = null)
    {
        Dictionary<string, Application> byId = ById(applications);
        ArgumentNullException.ThrowIfNull(agenda);
        options = Checked(options);
        LocalDate today = agenda.From;
        var byLane = byId.Values.ToDictionary(a => a.Id, _ => new List<TimelineStep>(), StringComparer.Ordinal);
        foreach (AgendaItem item in agenda.Items)
        {
            List<Application> served = [.. item.ApplicationIds.Select(id => byId.TryGetValue(id, out Application? a) ? a : throw new ArgumentException($"The agenda has a step for '{id}', which is not among the applications given.", nameof(agenda)))];
            Recommendation recommendation = item.Recommendation;
            StepStatus status = item.PastDeadline ? StepStatus.PastDeadline : TimelineStep.StatusOn(today, recommendation.Earliest, recommendation.Latest);
            byLane[served[0].Id].Add(new TimelineStep(recommendation, item.Date, served, status, [.. item.Moves], item.Explanation));
        }

        DateScale scale = DateScale.For(today, agenda.Until, agenda.Items.Select(i => i.Date));
        var lanes = byId.Values.Select(a => new TimelineLane(a, InDueOrder(byLane[a.Id])));
        return new Timeline(TimelineKind.Agenda, today, agenda.Until, scale, Grouped(lanes), settings?.Pauses ?? ValueList<DateInterval>.Empty, settings?.Limits, options);
    }

    /// <summary>Returns the self-contained page: the timeline, its styles and its script, with a content security policy.</summary>
    /// <returns>An HTML5 document.</returns>
    public string ToHtml()
    {
        var writer = new StringWriter();
        WriteHtml(writer);
        return writer.ToString();
    }

    /// <summary>Writes the self-contained page: the timeline, its styles and its script, with a content security policy.</summary>
    /// <param name="writer">Where to write; it is not closed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is <see langword="null"/>.</exception>
    public void WriteHtml(TextWriter writer) => new TimelineWriter(this, writer ?? throw new ArgumentNullException(nameof(writer))).WriteDocument();

    /// <summary>Writes the timeline alone, as one <c>section</c> element for a host's page, which includes <see cref="Stylesheet"/> (and may include <see cref="Script"/>) once.</summary>
    /// <param name="writer">Where to write; it is not closed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is <see langword="null"/>.</exception>
    /// <remarks>The fragment's headings start at <c>h1</c>; its ids start with <see cref="TimelineOptions.IdPrefix"/>.</remarks>
    public void WriteFragment(TextWriter writer) => new TimelineWriter(this, writer ?? throw new ArgumentNullException(nameof(writer))).WriteFragment();

    private static Dictionary<string, Application> ById(IEnumerable<Application> applications)
    {
        var byId = new Dictionary<string, Application>(StringComparer.Ordinal);
        ArgumentNullException.ThrowIfNull(applications);
        foreach (Application application in applications)
        {
            if (application is null)
            {
                throw new ArgumentNullException(nameof(applications), "An application is null.");
            }

            if (!byId.TryAdd(application.Id, application))
            {
                throw new ArgumentException($"Two applications have the id '{application.Id}'; ids must be unique.", nameof(applications));
            }
        }

        return byId;
    }

    private static TimelineOptions Checked(TimelineOptions? options)
    {
        options ??= TimelineOptions.Default;
        string prefix = options.IdPrefix ?? string.Empty;
        bool valid = prefix.Length is > 0 and <= TimelineOptions.MaxIdPrefixLength
            && char.IsAsciiLetter(prefix[0])
            && prefix.All(c => char.IsAsciiLetterOrDigit(c) || c == '-');
        return valid
            ? options
            : throw new ArgumentException($"The id prefix '{prefix}' is not valid: it must be a letter, then letters, digits or hyphens, up to {TimelineOptions.MaxIdPrefixLength} characters in all.", nameof(options));
    }

    // By due date (where the marker goes), then in the order given: the focus order follows the markers left to right.
    private static List<TimelineStep> InDueOrder(IEnumerable<TimelineStep> steps) => [.. steps.OrderBy(s => s.Recommendation.Due)];

    private static List<TimelineCompany> Grouped(IEnumerable<TimelineLane> lanes) =>
    [
        .. lanes
            .GroupBy(l => l.Application.CompanyId, StringComparer.Ordinal)
            .Select(g => new TimelineCompany(g.First().Application.CompanyName, [.. g.OrderBy(l => l.Application.Role, StringComparer.OrdinalIgnoreCase).ThenBy(l => l.Application.Id, StringComparer.Ordinal)]))
            .OrderBy(c => c.Name, StringComparer.OrdinalIgnoreCase)
            .ThenBy(c => c.Lanes[0].Application.CompanyId, StringComparer.Ordinal),
    ];

    private static string Resource(string name)
    {
        using Stream stream = typeof(Timeline).Assembly.GetManifestResourceStream("FollowUpRules.Html." + name)
            ?? throw new InvalidOperationException($"The resource {name} is missing from the assembly.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}

/// <summary>What a timeline shows.</summary>
internal enum TimelineKind
{
    Plan,
    Agenda,
}
