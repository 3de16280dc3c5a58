using FollowUpRules.DependencyInjection;
using FollowUpRules.Domain;
using FollowUpRules.Html;
using FollowUpRules.Planning;
using FollowUpRules.Rules;
using NodaTime;

WebApplicationBuilder builder = WebApplication.CreateBuilder(args);

// The default playbook, or the file named by "FollowUpRules:PlaybookPath" in appsettings.json.
builder.Services.AddFollowUpRules(builder.Configuration.GetSection(FollowUpRulesOptions.SectionName));
builder.Services.AddFollowUpRules("gentle", PlaybookBuilder.From(DefaultPlaybook.Instance).RemoveRule("silent-rejection").Build());

WebApplication app = builder.Build();

// Each endpoint asks the service for the application's next step; "today" is read in the seeker's time zone.
app.MapGet("/next-step", (IFollowUpService followUps) => followUps.Next(Sample.Input)?.Summary ?? "Nothing to do.");
app.MapGet("/gentle/next-step", ([FromKeyedServices("gentle")] IFollowUpService gentle) => gentle.Next(Sample.Input)?.Summary ?? "Nothing to do.");

// The next three months as a timeline: one self-contained page (FollowUpRules.Html), every name in it escaped.
app.MapGet("/plan", (IFollowUpService followUps) =>
{
    Plan plan = followUps.Plan(Sample.Input, Period.FromMonths(3));
    Timeline timeline = Timeline.ForPlans([Sample.Input.Application], [plan], options: new TimelineOptions { Zone = Sample.Input.Seeker.Zone });
    return Results.Content(timeline.ToHtml(), "text/html; charset=utf-8");
});

app.Run(); // starts the host, which validates every playbook before the first request: a bad one stops it, every problem listed

/// <summary>Stands in for the app's own store of applications.</summary>
internal static class Sample
{
    /// <summary>Gets one application, interviewed on Fri 2026-11-20.</summary>
    public static EvaluationInput Input { get; } = new(
        new Application("app-1", "acme", "Acme", "Data Analyst", ApplicationStatus.Interviewing, new LocalDate(2026, 11, 2)),
        [new Contact("ana", "acme", "Ana Ruiz", [ContactRole.HiringManager], email: "ana@acme.example")],
        [new Touchpoint("t1", TouchpointKind.Interview, new LocalDate(2026, 11, 20), ["ana"])],
        new Seeker(DateTimeZoneProviders.Tzdb["Europe/London"]));
}
