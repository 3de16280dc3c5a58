using FollowUpRules.DependencyInjection;
using FollowUpRules.Domain;
using FollowUpRules.Engine;
using FollowUpRules.Planning;
using FollowUpRules.Rules;
using FollowUpRules.Rules.Conditions;
using FollowUpRules.Serialization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NodaTime;
using NodaTime.Testing;
using FollowUpRules.Tests.Support;

namespace FollowUpRules.Tests.DependencyInjection;

public partial class FollowUpRulesServiceCollectionExtensionsTest
{
    private static readonly DateTimeZone Zone = DateTimeZoneProviders.Tzdb["Europe/London"];

    /// <summary>An interview on Fri 2026-11-20: the default playbook's thank-you email is due Mon 2026-11-23.</summary>
    private static readonly EvaluationInput Interviewed = new(
        new Application("app-1", "acme", "Acme", "Senior Analyst", ApplicationStatus.Interviewing, new LocalDate(2026, 11, 2)),
        [new Contact("ana", "acme", "Ana Ruiz", [ContactRole.HiringManager], email: "ana@acme.example")],
        [new Touchpoint("t1", TouchpointKind.Interview, new LocalDate(2026, 11, 20), ["ana"])],
        new Seeker(Zone));

    private static readonly FakeClock Saturday = Clocks.AtNoon(new LocalDate(2026, 11, 21), Zone);

    internal static ServiceProvider Build(IServiceCollection services) =>
        services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

    /// <summary>A one-rule playbook: journal notes the day of a rejection, for roles containing "Senior".</summary>
    internal static Playbook JournalPlaybook(string id, bool custom = false) => new(id, id, 1,
    [
        new Rule("journal", "Journal notes", Anchor.RejectionReceived, new Timing(StepOffset.Zero), Audience.Seeker, new ActionSpec(ActionKind.WriteJournalNotes, Channel.None),
            custom ? [new CustomCondition("role-contains", [new ConditionParameter("text", "Senior")])] : []),
    ]);

    [Fact]
    public void AddFollowUpRules_NoArguments_RegistersTheDefaultPlaybookWithTheSystemClock()
    {
        using ServiceProvider provider = Build(new ServiceCollection().AddFollowUpRules());

        FollowUpEngine engine = provider.GetRequiredService<FollowUpEngine>();
        engine.Playbook.ShouldBeSameAs(DefaultPlaybook.Instance);
        provider.GetRequiredService<IClock>().ShouldBeSameAs(SystemClock.Instance);
        provider.GetRequiredService<FollowUpPlanner>().ShouldBeSameAs(provider.GetRequiredService<FollowUpPlanner>());
        provider.GetRequiredService<IFollowUpService>().ShouldBeSameAs(provider.GetRequiredService<IFollowUpService>());
        provider.GetRequiredService<FollowUpEngine>().ShouldBeSameAs(engine);
    }

    [Fact]
    public void AddFollowUpRules_EveryServiceIsASingleton()
    {
        IServiceCollection services = new ServiceCollection().AddFollowUpRules().AddFollowUpRules("gentle", o => o.Playbook = JournalPlaybook("gentle"));

        services.Where(d => d.ServiceType == typeof(FollowUpEngine) || d.ServiceType == typeof(FollowUpPlanner) || d.ServiceType == typeof(IFollowUpService) || d.ServiceType == typeof(IClock))
            .Select(d => d.Lifetime).Distinct().ShouldBe([ServiceLifetime.Singleton]);
    }

    [Fact]
    public void AddFollowUpRules_AValidatingContainer_BuildsAndResolvesFromAScope()
    {
        IServiceCollection services = new ServiceCollection().AddFollowUpRules().AddFollowUpRules("gentle", JournalPlaybook("gentle"));

        using ServiceProvider provider = Build(services);
        using IServiceScope scope = provider.CreateScope();

        scope.ServiceProvider.GetRequiredService<IFollowUpService>().ShouldNotBeNull();
        scope.ServiceProvider.GetRequiredKeyedService<IFollowUpService>("gentle").ShouldNotBeNull();
    }

    [Fact]
    public void AddFollowUpRules_AClockRegisteredBefore_IsKeptAndUsed()
    {
        IServiceCollection services = new ServiceCollection().AddSingleton<IClock>(Saturday).AddFollowUpRules();

        using ServiceProvider provider = Build(services);

        services.Count(d => d.ServiceType == typeof(IClock)).ShouldBe(1);
        provider.GetRequiredService<IClock>().ShouldBeSameAs(Saturday);
        provider.GetRequiredService<IFollowUpService>().NextSteps(Interviewed).Today.ShouldBe(new LocalDate(2026, 11, 21));
    }

    [Fact]
    public void AddFollowUpRules_AClockRegisteredAfter_IsTheOneUsed()
    {
        using ServiceProvider provider = Build(new ServiceCollection().AddFollowUpRules().AddSingleton<IClock>(Saturday));

        provider.GetRequiredService<FollowUpEngine>().Today(Zone).ShouldBe(new LocalDate(2026, 11, 21));
    }

    [Fact]
    public void AddFollowUpRules_AnEngineTheAppRegistered_IsNotReplaced()
    {
        var own = new FollowUpEngine(JournalPlaybook("own"), Saturday);

        using ServiceProvider provider = Build(new ServiceCollection().AddSingleton(own).AddFollowUpRules());

        provider.GetRequiredService<FollowUpEngine>().ShouldBeSameAs(own);
        provider.GetRequiredService<IFollowUpService>().Next(Interviewed).ShouldBeNull(); // the journal rule waits for a rejection
    }

    [Fact]
    public void AddFollowUpRules_WithConfigure_RunsTheConfiguredPlaybook()
    {
        using ServiceProvider provider = Build(new ServiceCollection().AddFollowUpRules(o => o.Playbook = JournalPlaybook("configured")));

        provider.GetRequiredService<FollowUpEngine>().Playbook.Id.ShouldBe("configured");
    }

    [Fact]
    public void AddFollowUpRules_WithPlaybook_RunsIt()
    {
        Playbook playbook = JournalPlaybook("given");

        using ServiceProvider provider = Build(new ServiceCollection().AddFollowUpRules(playbook));

        provider.GetRequiredService<FollowUpEngine>().Playbook.ShouldBeSameAs(playbook);
    }

    [Fact]
    public void AddFollowUpRulesFromFile_AValidFile_RunsThePlaybookInIt()
    {
        using var file = new TempFile(PlaybookJson.Save(JournalPlaybook("from-file")));

        using ServiceProvider provider = Build(new ServiceCollection().AddFollowUpRulesFromFile(file.Path));

        Playbook playbook = provider.GetRequiredService<FollowUpEngine>().Playbook;
        playbook.Id.ShouldBe("from-file");
        playbook.Rules.Select(r => r.Id).ShouldBe(["journal"]);
    }

    [Fact]
    public void AddFollowUpRules_ConfigurationWithPlaybookPath_RunsThePlaybookInTheFile()
    {
        using var file = new TempFile(PlaybookJson.Save(JournalPlaybook("configured-file")));
        IConfiguration configuration = Configuration(("FollowUpRules:PlaybookPath", file.Path));

        using ServiceProvider provider = Build(new ServiceCollection().AddFollowUpRules(configuration.GetSection(FollowUpRulesOptions.SectionName)));

        provider.GetRequiredService<FollowUpEngine>().Playbook.Id.ShouldBe("configured-file");
    }

    [Fact]
    public void AddFollowUpRules_ConfigurationWithoutTheSection_RunsTheDefaultPlaybook()
    {
        using ServiceProvider provider = Build(new ServiceCollection().AddFollowUpRules(Configuration().GetSection(FollowUpRulesOptions.SectionName)));

        provider.GetRequiredService<FollowUpEngine>().Playbook.ShouldBeSameAs(DefaultPlaybook.Instance);
    }

    [Fact]
    public void AddFollowUpRules_CustomConditionEvaluatorsRegistered_ArePassedToTheEngine()
    {
        IServiceCollection services = new ServiceCollection()
            .AddSingleton<ICustomConditionEvaluator, RoleContains>()
            .AddFollowUpRules(JournalPlaybook("custom", custom: true))
            .AddSingleton<IClock>(Clocks.AtNoon(new LocalDate(2026, 11, 16), Zone));
        using ServiceProvider provider = Build(services);
        EvaluationInput Rejected(string role) => new(
            new Application("app-1", "acme", "Acme", role, ApplicationStatus.Rejected, new LocalDate(2026, 9, 1)),
            [],
            [new Touchpoint("r", TouchpointKind.Rejection, new LocalDate(2026, 11, 16))],
            new Seeker(Zone));

        IFollowUpService service = provider.GetRequiredService<IFollowUpService>();

        service.Next(Rejected("Senior Analyst"))!.RuleId.ShouldBe("journal");
        service.Next(Rejected("Analyst")).ShouldBeNull();
    }

    [Fact]
    public void AddFollowUpRules_Named_RegistersKeyedServicesBesideTheDefault()
    {
        IServiceCollection services = new ServiceCollection()
            .AddFollowUpRules()
            .AddFollowUpRules("gentle", JournalPlaybook("gentle"))
            .AddFollowUpRules("assertive", o => o.Playbook = JournalPlaybook("assertive"))
            .AddSingleton<Coach>();

        using ServiceProvider provider = Build(services);

        provider.GetRequiredService<FollowUpEngine>().Playbook.ShouldBeSameAs(DefaultPlaybook.Instance);
        provider.GetRequiredKeyedService<FollowUpEngine>("gentle").Playbook.Id.ShouldBe("gentle");
        provider.GetRequiredKeyedService<FollowUpEngine>("assertive").Playbook.Id.ShouldBe("assertive");
        provider.GetRequiredKeyedService<FollowUpPlanner>("gentle").ShouldNotBeSameAs(provider.GetRequiredService<FollowUpPlanner>());
        Coach coach = provider.GetRequiredService<Coach>();
        coach.Gentle.ShouldBeSameAs(provider.GetRequiredKeyedService<IFollowUpService>("gentle"));
        coach.Standard.ShouldBeSameAs(provider.GetRequiredService<IFollowUpService>());
        coach.Gentle.ShouldNotBeSameAs(coach.Standard);
    }

    [Fact]
    public void AddFollowUpRules_NamedFromFileAndConfiguration_LoadsEach()
    {
        using var gentle = new TempFile(PlaybookJson.Save(JournalPlaybook("gentle")));
        using var assertive = new TempFile(PlaybookJson.Save(JournalPlaybook("assertive")));
        IConfiguration configuration = Configuration(("Playbooks:Assertive:PlaybookPath", assertive.Path));

        IServiceCollection services = new ServiceCollection()
            .AddFollowUpRulesFromFile("gentle", gentle.Path)
            .AddFollowUpRules("assertive", configuration.GetSection("Playbooks:Assertive"));
        using ServiceProvider provider = Build(services);

        provider.GetRequiredKeyedService<FollowUpEngine>("gentle").Playbook.Id.ShouldBe("gentle");
        provider.GetRequiredKeyedService<FollowUpEngine>("assertive").Playbook.Id.ShouldBe("assertive");
        provider.GetService<FollowUpEngine>().ShouldBeNull(); // only named playbooks were registered
    }

    [Fact]
    public void AddFollowUpRules_Twice_AddsNothingTwice()
    {
        IServiceCollection services = new ServiceCollection().AddFollowUpRules().AddFollowUpRules("gentle", JournalPlaybook("gentle"));
        ServiceDescriptor[] once = [.. services];

        services.AddFollowUpRules().AddFollowUpRules("gentle", JournalPlaybook("gentle"));

        // Only the second configuration action of "gentle" is new: options accumulate, services do not.
        services.Except(once).ShouldHaveSingleItem().ServiceType.ShouldBe(typeof(IConfigureOptions<FollowUpRulesOptions>));
        services.Count(d => d.ServiceType == typeof(IValidateOptions<FollowUpRulesOptions>)).ShouldBe(1);
        services.Count(d => d.ServiceType == typeof(FollowUpEngine)).ShouldBe(2);
        using ServiceProvider provider = Build(services);
        provider.GetServices<FollowUpEngine>().ShouldHaveSingleItem();
    }

    [Fact]
    public void AddFollowUpRules_NullOrBlankArguments_Throw()
    {
        var services = new ServiceCollection();

        Should.Throw<ArgumentNullException>(() => ((IServiceCollection)null!).AddFollowUpRules()).ParamName.ShouldBe("services");
        Should.Throw<ArgumentNullException>(() => services.AddFollowUpRules((Action<FollowUpRulesOptions>)null!)).ParamName.ShouldBe("configure");
        Should.Throw<ArgumentNullException>(() => services.AddFollowUpRules((Playbook)null!)).ParamName.ShouldBe("playbook");
        Should.Throw<ArgumentNullException>(() => services.AddFollowUpRules((IConfiguration)null!)).ParamName.ShouldBe("configuration");
        Should.Throw<ArgumentException>(() => services.AddFollowUpRulesFromFile(" ")).ParamName.ShouldBe("path");
        Should.Throw<ArgumentException>(() => services.AddFollowUpRules("", JournalPlaybook("x"))).ParamName.ShouldBe("name");
        Should.Throw<ArgumentNullException>(() => services.AddFollowUpRulesFromFile("gentle", null!)).ParamName.ShouldBe("path");
        services.ShouldBeEmpty();
    }

    [Fact]
    public void FollowUpService_AnswersAsTheEngineAndPlannerDoOnTheClocksDay()
    {
        using ServiceProvider provider = Build(new ServiceCollection().AddFollowUpRules().AddSingleton<IClock>(Saturday));
        IFollowUpService service = provider.GetRequiredService<IFollowUpService>();
        var engine = new FollowUpEngine(DefaultPlaybook.Instance, Saturday);
        LocalDate today = new(2026, 11, 21);

        service.NextSteps(Interviewed).ShouldBe(engine.Evaluate(Interviewed, today));
        service.Next(Interviewed)!.Summary.ShouldBe("Send a thank-you email (Ana Ruiz, by Email), due Mon 2026-11-23");
        service.Plan(Interviewed, Period.FromMonths(3)).ShouldBe(new FollowUpPlanner(engine).Project(Interviewed, today, Period.FromMonths(3)));
        Should.Throw<ArgumentNullException>(() => service.Plan(null!, Period.FromMonths(3)));
    }

    internal static IConfiguration Configuration(params (string Key, string? Value)[] settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value))).Build();

    private sealed class Coach([FromKeyedServices("gentle")] IFollowUpService gentle, IFollowUpService standard)
    {
        public IFollowUpService Gentle => gentle;

        public IFollowUpService Standard => standard;
    }

    private sealed class RoleContains : ICustomConditionEvaluator
    {
        public string Name => "role-contains";

        public bool IsSatisfied(CustomCondition condition, ConditionContext context) =>
            context.Input.Application.Role.Contains(condition.GetParameter("text") ?? string.Empty, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>A temporary file, deleted when disposed.</summary>
    internal sealed class TempFile : IDisposable
    {
        public TempFile(string content)
        {
            Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"followup-{Guid.NewGuid():N}.json");
            File.WriteAllText(Path, content);
        }

        public string Path { get; }

        public void Dispose() => File.Delete(Path);
    }
}
