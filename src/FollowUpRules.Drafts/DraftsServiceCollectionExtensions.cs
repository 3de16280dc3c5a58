using FollowUpRules.Engine;
using FollowUpRules.Validation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FollowUpRules.Drafts;

/// <summary>
/// Registers drafts with Microsoft.Extensions.DependencyInjection, beside the services of FollowUpRules.DependencyInjection
/// (<c>AddFollowUpRules</c>): a <see cref="DraftWriter"/> for the registered playbook, and the Liquid checker, so that
/// startup validation reports the playbook's template problems with its other problems.
/// </summary>
/// <remarks>
/// <code>
/// services.AddFollowUpRulesFromFile("playbook.json").AddFollowUpDrafts();
/// // later: DraftWriter drafts = provider.GetRequiredService&lt;DraftWriter&gt;(); drafts.Write(input, step)
/// </code>
/// <para>Services are added with <c>TryAdd</c>: what the app registered first wins. Call it once per playbook name.</para>
/// </remarks>
public static class DraftsServiceCollectionExtensions
{
    /// <summary>Registers the <see cref="DraftWriter"/> for the default playbook registration, and the template checker.</summary>
    /// <param name="services">The service collection, where <c>AddFollowUpRules</c> registers the <see cref="FollowUpEngine"/>.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is <see langword="null"/>.</exception>
    /// <remarks>
    /// The writer is a singleton built from the engine's playbook. With the checker registered, the options validation
    /// that <c>AddFollowUpRules</c> runs at startup checks every template too, so a bad template fails startup with the
    /// other problems, each with its path.
    /// </remarks>
    public static IServiceCollection AddFollowUpDrafts(this IServiceCollection services)
    {
        AddChecker(services);
        services.TryAddSingleton(provider => new DraftWriter(provider.GetRequiredService<FollowUpEngine>().Playbook));
        return services;
    }

    /// <summary>Registers the <see cref="DraftWriter"/> for the playbook registered under <paramref name="name"/> (a keyed service), and the template checker.</summary>
    /// <param name="services">The service collection, where <c>AddFollowUpRules(name, ...)</c> registers the keyed <see cref="FollowUpEngine"/>.</param>
    /// <param name="name">The registration's name, the key of its services.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static IServiceCollection AddFollowUpDrafts(this IServiceCollection services, string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        AddChecker(services);
        services.TryAddKeyedSingleton(name, (provider, key) => new DraftWriter(provider.GetRequiredKeyedService<FollowUpEngine>(key).Playbook));
        return services;
    }

    private static void AddChecker(IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDraftTemplateChecker>(LiquidTemplateChecker.Instance));
    }
}
