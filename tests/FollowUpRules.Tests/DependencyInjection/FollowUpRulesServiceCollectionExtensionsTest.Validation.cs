using FollowUpRules.DependencyInjection;
using FollowUpRules.Domain;
using FollowUpRules.Engine;
using FollowUpRules.Rules;
using FollowUpRules.Rules.Conditions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace FollowUpRules.Tests.DependencyInjection;

public partial class FollowUpRulesServiceCollectionExtensionsTest
{
    /// <summary>A playbook file with two problems: version 0 and no rules.</summary>
    private const string BrokenJson = """{ "formatVersion": 1, "id": "x", "name": "X", "version": 0, "rules": [] }""";

    private static void ShouldListEveryProblem(OptionsValidationException error, string path)
    {
        error.OptionsType.ShouldBe(typeof(FollowUpRulesOptions));
        error.Failures.ShouldBe(
        [
            "FollowUpRules: 'FollowUpRules:Playbok' is not a FollowUpRules setting; the settings are 'PlaybookPath' and 'Culture'.",
            $"FollowUpRules: The playbook file '{path}': version: The playbook's version must be 1 or more; it is 0.",
            $"FollowUpRules: The playbook file '{path}': rules: The playbook has no rules.",
        ]);
    }

    [Fact]
    public async Task StartAsync_ABrokenPlaybookFileInConfiguration_FailsWithEveryProblem()
    {
        using var file = new TempFile(BrokenJson);
        HostApplicationBuilder builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection([new("FollowUpRules:PlaybookPath", file.Path), new("FollowUpRules:Playbok", "typo.json")]);
        builder.Services.AddFollowUpRules(builder.Configuration.GetSection(FollowUpRulesOptions.SectionName));
        using IHost host = builder.Build(); // nothing is validated yet: the host validates when it starts

        OptionsValidationException error = await Should.ThrowAsync<OptionsValidationException>(() => host.StartAsync());

        ShouldListEveryProblem(error, file.Path);
    }

    [Fact]
    public void StartupValidator_ABrokenPlaybookFileInConfiguration_FailsWithEveryProblemBeforeAnyRequest()
    {
        using var file = new TempFile(BrokenJson);
        IConfiguration configuration = Configuration(("FollowUpRules:PlaybookPath", file.Path), ("FollowUpRules:Playbok", "typo.json"));
        using ServiceProvider provider = Build(new ServiceCollection().AddFollowUpRules(configuration.GetSection(FollowUpRulesOptions.SectionName)));

        OptionsValidationException error = Should.Throw<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        ShouldListEveryProblem(error, file.Path);
        ShouldListEveryProblem(Should.Throw<OptionsValidationException>(provider.GetRequiredService<IFollowUpService>), file.Path);
    }

    [Fact]
    public async Task StartAsync_ABrokenNamedPlaybook_FailsNamingIt()
    {
        HostApplicationBuilder builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Services.AddFollowUpRules().AddFollowUpRulesFromFile("gentle", "/no/such/playbook.json");
        using IHost host = builder.Build();

        OptionsValidationException error = await Should.ThrowAsync<OptionsValidationException>(() => host.StartAsync());

        error.OptionsName.ShouldBe("gentle");
        error.Failures.ShouldHaveSingleItem().ShouldStartWith("FollowUpRules 'gentle': The playbook file '/no/such/playbook.json' cannot be read: ");
    }

    [Fact]
    public async Task StartAsync_AValidPlaybook_StartsAndServes()
    {
        HostApplicationBuilder builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Services.AddFollowUpRules(JournalPlaybook("valid")).AddSingleton<NodaTime.IClock>(Saturday);
        using IHost host = builder.Build();

        await host.StartAsync();

        host.Services.GetRequiredService<IFollowUpService>().Next(Interviewed).ShouldBeNull();
        await host.StopAsync();
    }

    [Fact]
    public void StartupValidator_InvalidCombinationsAndPlaybooks_AreEachReported()
    {
        var invalid = new Playbook("bad", "Bad", 1,
        [
            new Rule("r", "R", Anchor.RejectionReceived, new Timing(StepOffset.Zero), Audience.Seeker, new ActionSpec(ActionKind.WriteJournalNotes, Channel.None), [new CustomCondition("role-contains")]),
        ]);
        IServiceCollection services = new ServiceCollection()
            .AddFollowUpRules("both", o => (o.Playbook, o.PlaybookPath) = (DefaultPlaybook.Instance, "playbook.json"))
            .AddFollowUpRules("blank", o => o.PlaybookPath = " ")
            .AddFollowUpRules("unknown-condition", invalid);
        using ServiceProvider provider = Build(services);

        // Several failing names come as one AggregateException, one OptionsValidationException per name.
        AggregateException error = Should.Throw<AggregateException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        error.InnerExceptions.Cast<OptionsValidationException>().Select(e => (e.OptionsName, e.Failures.Single())).ShouldBe(
        [
            ("both", "FollowUpRules 'both': Set Playbook or PlaybookPath, not both."),
            ("blank", "FollowUpRules 'blank': PlaybookPath is blank; give the path of a playbook JSON file, or leave it unset for the default playbook."),
            ("unknown-condition", "FollowUpRules 'unknown-condition': Playbook 'bad': Rules[0].Conditions[0].Name: No custom condition is registered under the name 'role-contains' (none is registered)."),
        ]);
    }

    [Fact]
    public void StartupValidator_TwoEvaluatorsWithOneName_IsReported()
    {
        IServiceCollection services = new ServiceCollection()
            .AddSingleton<ICustomConditionEvaluator, RoleContains>()
            .AddSingleton<ICustomConditionEvaluator, RoleContains>()
            .AddFollowUpRules();
        using ServiceProvider provider = Build(services);

        Should.Throw<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate())
            .Failures.ShouldBe(["FollowUpRules: Two custom condition evaluators are named 'role-contains'; names must be unique."]);
    }

    [Fact]
    public void StartupValidator_ValidPlaybooks_Passes()
    {
        using ServiceProvider provider = Build(new ServiceCollection().AddFollowUpRules().AddFollowUpRules("gentle", JournalPlaybook("gentle")));

        Should.NotThrow(() => provider.GetRequiredService<IStartupValidator>().Validate());
        provider.GetRequiredService<FollowUpEngine>().ShouldNotBeNull();
    }
}
