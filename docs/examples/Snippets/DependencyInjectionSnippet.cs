using FollowUpRules.DependencyInjection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FollowUpRules.Snippets;

/// <summary>The snippet in docs/dependency-injection.md, "Validation at startup": an app without a host.</summary>
public static class DependencyInjectionSnippet
{
    /// <summary>Registers a playbook file, builds the provider and validates at startup by hand.</summary>
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
}
