using FollowUpRules.DependencyInjection;
using FollowUpRules.Domain;
using FollowUpRules.Engine;
using FollowUpRules.Rules;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace FollowUpRules.Snippets;

/// <summary>The snippets in docs/dependency-injection.md.</summary>
public static class DependencyInjectionSnippet
{
    /// <summary>A console app with a generic host: registers the default and a named playbook, starts, and asks for the next step.</summary>
    /// <param name="args">The command line; <c>--FollowUpRules:PlaybookPath=ours.json</c> sets the playbook file.</param>
    /// <param name="input">The application to ask about.</param>
    /// <returns>The next step of the default playbook and of the "gentle" one.</returns>
    public static async Task<(Recommendation? Next, Recommendation? Gentle)> RunAsync(string[] args, EvaluationInput input)
    {
        HostApplicationBuilder builder = Host.CreateApplicationBuilder(args);

        // The default playbook, or the file named by "FollowUpRules:PlaybookPath" in appsettings.json.
        builder.Services.AddFollowUpRules(builder.Configuration.GetSection(FollowUpRulesOptions.SectionName));

        // A named playbook: keyed services under "gentle", here the default playbook without its silent-rejection rule.
        builder.Services.AddFollowUpRules("gentle", PlaybookBuilder.From(DefaultPlaybook.Instance).RemoveRule("silent-rejection").Build());
        builder.Services.AddSingleton<Coach>();

        using IHost host = builder.Build();
        await host.StartAsync(); // loads and validates every playbook: a bad one fails here, with every problem listed

        IFollowUpService followUps = host.Services.GetRequiredService<IFollowUpService>();
        Recommendation? next = followUps.Next(input); // today, in the seeker's time zone
        Recommendation? gentle = host.Services.GetRequiredService<Coach>().Advise(input);

        await host.StopAsync();
        return (next, gentle);
    }

    /// <summary>An app without a host: validate at startup by hand.</summary>
    /// <param name="playbookPath">The playbook file.</param>
    /// <returns>The service.</returns>
    public static IFollowUpService WithoutAHost(string playbookPath)
    {
        ServiceProvider provider = new ServiceCollection()
            .AddFollowUpRulesFromFile(playbookPath)
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

        // Without a host nothing runs the startup validation: call it before serving, so a bad playbook fails now.
        provider.GetRequiredService<IStartupValidator>().Validate(); // throws OptionsValidationException, every problem listed

        return provider.GetRequiredService<IFollowUpService>();
    }

    /// <summary>A consumer of the named playbook.</summary>
    /// <param name="gentle">The service of the "gentle" playbook.</param>
    public sealed class Coach([FromKeyedServices("gentle")] IFollowUpService gentle)
    {
        public Recommendation? Advise(EvaluationInput input) => gentle.Next(input);
    }
}
