using FollowUpRules.DependencyInjection;
using FollowUpRules.Domain;
using FollowUpRules.Engine;
using FollowUpRules.Rules;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NodaTime;

HostApplicationBuilder builder = Host.CreateApplicationBuilder(args);

// The default playbook, or the file named by "FollowUpRules:PlaybookPath" in appsettings.json.
builder.Services.AddFollowUpRules(builder.Configuration.GetSection(FollowUpRulesOptions.SectionName));

// A named playbook: keyed services under "gentle", here the default playbook without its silent-rejection rule.
builder.Services.AddFollowUpRules("gentle", PlaybookBuilder.From(DefaultPlaybook.Instance).RemoveRule("silent-rejection").Build());
builder.Services.AddSingleton<Coach>();

using IHost host = builder.Build();
await host.StartAsync(); // loads and validates every playbook: a bad one fails here, with every problem listed

// One application, interviewed yesterday; an app reads it from its own store.
DateTimeZone london = DateTimeZoneProviders.Tzdb["Europe/London"];
LocalDate yesterday = host.Services.GetRequiredService<IClock>().GetCurrentInstant().InZone(london).Date.PlusDays(-1);
var input = new EvaluationInput(
    new Application("app-1", "acme", "Acme", "Data Analyst", ApplicationStatus.Interviewing, yesterday.PlusDays(-20)),
    [new Contact("ana", "acme", "Ana Ruiz", [ContactRole.HiringManager], email: "ana@acme.example")],
    [new Touchpoint("t1", TouchpointKind.Interview, yesterday, ["ana"])],
    new Seeker(london));

IFollowUpService followUps = host.Services.GetRequiredService<IFollowUpService>();
Recommendation? next = followUps.Next(input); // today, in the seeker's time zone
Recommendation? gentle = host.Services.GetRequiredService<Coach>().Advise(input);
Console.WriteLine($"Next: {next}");           // Next: Send a thank-you email (Ana Ruiz, by Email), due ...
Console.WriteLine($"Gentle: {gentle}");

await host.StopAsync();

/// <summary>A service of the app's that asks the "gentle" playbook.</summary>
public sealed class Coach([FromKeyedServices("gentle")] IFollowUpService gentle)
{
    /// <summary>Returns the application's next step under the gentle playbook.</summary>
    public Recommendation? Advise(EvaluationInput input) => gentle.Next(input);
}
