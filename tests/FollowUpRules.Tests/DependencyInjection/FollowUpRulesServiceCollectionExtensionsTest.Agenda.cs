using FollowUpRules.DependencyInjection;
using FollowUpRules.Domain;
using FollowUpRules.Engine;
using FollowUpRules.Planning;
using FollowUpRules.Rules;
using FollowUpRules.Testing;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace FollowUpRules.Tests.DependencyInjection;

public partial class FollowUpRulesServiceCollectionExtensionsTest
{
    private static EvaluationInput Application(string id, string company, DateTimeZone zone) => new(
        new Application(id, company, company, "Analyst", ApplicationStatus.Interviewing, new LocalDate(2026, 11, 2)),
        [new Contact("ana-" + id, company, "Ana " + id, email: $"ana@{company}.example")],
        [new Touchpoint("t-" + id, TouchpointKind.Interview, new LocalDate(2026, 11, 20), ["ana-" + id])],
        new Seeker(zone));

    [Fact]
    public void Service_Agenda_IsTheAgendaOfTodayInTheSeekersZone_ForDefaultAndNamedPlaybooks()
    {
        using ServiceProvider provider = new ServiceCollection()
            .AddSingleton<IClock>(Saturday)
            .AddFollowUpRules()
            .AddFollowUpRules("gentle", DefaultPlaybook.Instance)
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        EvaluationInput[] applications = [Application("a1", "acme", Zone), Application("a2", "globex", Zone)];

        Agenda agenda = provider.GetRequiredService<IFollowUpService>().Agenda(Zone, applications, Period.FromWeeks(1), new AgendaSettings(maxOutreachPerDay: 1));

        Agenda expected = new FollowUpAgenda(provider.GetRequiredService<FollowUpEngine>()).Build(applications, new LocalDate(2026, 11, 21), new LocalDate(2026, 11, 28), new AgendaSettings(maxOutreachPerDay: 1));
        agenda.ShouldBe(expected);
        agenda.From.ShouldBe(new LocalDate(2026, 11, 21));
        agenda.Days.SelectMany(d => d.Items).Count(i => i.Recommendation.RuleId == "interview-thank-you").ShouldBe(2);
        agenda.Days.ShouldAllBe(d => d.Items.Count(i => i.Recommendation.Target.Kind == TargetKind.Person) <= 1);
        provider.GetRequiredKeyedService<IFollowUpService>("gentle").Agenda(Zone, applications, Period.FromWeeks(1), new AgendaSettings(maxOutreachPerDay: 1)).ShouldBe(expected);
        provider.GetRequiredService<FollowUpAgenda>().ShouldNotBeNull();
        provider.GetRequiredKeyedService<FollowUpAgenda>("gentle").ShouldNotBeSameAs(provider.GetRequiredService<FollowUpAgenda>());
    }

    [Fact]
    public void Service_Agenda_ApplicationsOfASeekerInAnotherZone_AreRefused()
    {
        using ServiceProvider provider = new ServiceCollection().AddSingleton<IClock>(Saturday).AddFollowUpRules().BuildServiceProvider();
        IFollowUpService service = provider.GetRequiredService<IFollowUpService>();

        Should.Throw<ArgumentException>(() => service.Agenda(Zone, [Application("a1", "acme", DateTimeZoneProviders.Tzdb["Asia/Tokyo"])], Period.FromWeeks(1)))
            .Message.ShouldStartWith("Application 'a1' is for a seeker in Asia/Tokyo, not Europe/London: an agenda is one seeker's.");
        Should.Throw<ArgumentException>(() => service.Agenda(Zone, [], Period.Zero)).ParamName.ShouldBe("horizon");
    }
}
