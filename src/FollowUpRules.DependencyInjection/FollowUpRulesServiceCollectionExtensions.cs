using System.Globalization;
using FollowUpRules.Engine;
using FollowUpRules.Planning;
using FollowUpRules.Rules;
using FollowUpRules.Rules.Conditions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using NodaTime;

namespace FollowUpRules.DependencyInjection;

/// <summary>
/// Registers FollowUpRules with an <see cref="IServiceCollection"/>: per playbook, a singleton <see cref="FollowUpEngine"/>,
/// <see cref="FollowUpPlanner"/>, <see cref="FollowUpAgenda"/> and <see cref="IFollowUpService"/>, with the playbook loaded and validated at startup.
/// </summary>
/// <remarks>
/// <para>The unnamed overloads register the default services (resolved without a key); the overloads taking a
/// <c>name</c> register keyed services under that name (resolve them with <c>[FromKeyedServices("name")]</c> or
/// <c>GetRequiredKeyedService</c>), each with its own <see cref="FollowUpRulesOptions"/> of the same name.</para>
/// <para>Every service is added with <c>TryAdd</c>: what the app registered first wins, including its own
/// <see cref="IClock"/> (the default is <see cref="SystemClock.Instance"/>). The engines receive every
/// <see cref="ICustomConditionEvaluator"/> the app registered; register them as singletons. Registering the same name
/// twice adds no service twice; configuration actions accumulate as with any options, the later winning.</para>
/// <para>Hosts validate the options when they start; apps without a host call
/// <c>provider.GetRequiredService&lt;IStartupValidator&gt;().Validate()</c> after building the provider. In both cases
/// a bad playbook fails with an <see cref="OptionsValidationException"/> that lists every problem.</para>
/// </remarks>
public static class FollowUpRulesServiceCollectionExtensions
{
    /// <summary>Registers the default services with <see cref="DefaultPlaybook.Instance"/>.</summary>
    /// <param name="services">The service collection.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is <see langword="null"/>.</exception>
    public static IServiceCollection AddFollowUpRules(this IServiceCollection services) =>
        Register(services, Options.DefaultName, configure: null);

    /// <summary>Registers the default services, with options set by <paramref name="configure"/>.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the playbook, or its file.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static IServiceCollection AddFollowUpRules(this IServiceCollection services, Action<FollowUpRulesOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        return Register(services, Options.DefaultName, configure);
    }

    /// <summary>Registers the default services with <paramref name="playbook"/>.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="playbook">The playbook, for example built with <see cref="PlaybookBuilder"/>.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static IServiceCollection AddFollowUpRules(this IServiceCollection services, Playbook playbook)
    {
        ArgumentNullException.ThrowIfNull(playbook);
        return Register(services, Options.DefaultName, options => options.Playbook = playbook);
    }

    /// <summary>Registers the default services with the playbook in a JSON file, loaded and validated at startup.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="path">The playbook file's path, relative to the current directory or absolute.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty or white space.</exception>
    public static IServiceCollection AddFollowUpRulesFromFile(this IServiceCollection services, string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return Register(services, Options.DefaultName, options => options.PlaybookPath = path);
    }

    /// <summary>
    /// Registers the default services with options read from a configuration section (for example
    /// <c>configuration.GetSection("FollowUpRules")</c>): <c>PlaybookPath</c>, or nothing for the default playbook.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The section; any key other than <c>PlaybookPath</c> is a validation error.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static IServiceCollection AddFollowUpRules(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return Register(services, Options.DefaultName, options => Bind(configuration, options));
    }

    /// <summary>Registers keyed services under <paramref name="name"/>, with options set by <paramref name="configure"/>.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="name">The playbook's name, the key of its services, for example <c>"gentle"</c>.</param>
    /// <param name="configure">Sets the playbook, or its file; with neither, the default playbook.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or white space.</exception>
    public static IServiceCollection AddFollowUpRules(this IServiceCollection services, string name, Action<FollowUpRulesOptions> configure)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(configure);
        return Register(services, name, configure);
    }

    /// <summary>Registers keyed services under <paramref name="name"/> with <paramref name="playbook"/>.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="name">The playbook's name, the key of its services, for example <c>"gentle"</c>.</param>
    /// <param name="playbook">The playbook.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or white space.</exception>
    public static IServiceCollection AddFollowUpRules(this IServiceCollection services, string name, Playbook playbook)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(playbook);
        return Register(services, name, options => options.Playbook = playbook);
    }

    /// <summary>Registers keyed services under <paramref name="name"/> with the playbook in a JSON file.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="name">The playbook's name, the key of its services, for example <c>"assertive"</c>.</param>
    /// <param name="path">The playbook file's path, relative to the current directory or absolute.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> or <paramref name="path"/> is empty or white space.</exception>
    public static IServiceCollection AddFollowUpRulesFromFile(this IServiceCollection services, string name, string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return Register(services, name, options => options.PlaybookPath = path);
    }

    /// <summary>Registers keyed services under <paramref name="name"/> with options read from a configuration section.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="name">The playbook's name, the key of its services.</param>
    /// <param name="configuration">The section; any key other than <c>PlaybookPath</c> is a validation error.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or white space.</exception>
    public static IServiceCollection AddFollowUpRules(this IServiceCollection services, string name, IConfiguration configuration)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(configuration);
        return Register(services, name, options => Bind(configuration, options));
    }

    private static IServiceCollection Register(IServiceCollection services, string name, Action<FollowUpRulesOptions>? configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        OptionsBuilder<FollowUpRulesOptions> builder = services.AddOptions<FollowUpRulesOptions>(name);
        if (configure is not null)
        {
            builder.Configure(configure);
        }

        // The services and the startup validation are added once per name, however often the name is registered.
        if (services.Any(d => d.ServiceType == typeof(Registration) && Equals(d.ServiceKey, name)))
        {
            return services;
        }

        services.Add(ServiceDescriptor.KeyedSingleton(name, new Registration()));
        builder.ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<FollowUpRulesOptions>, FollowUpRulesOptionsValidator>());
        services.TryAddSingleton<IClock>(SystemClock.Instance);
        if (name == Options.DefaultName)
        {
            services.TryAddSingleton(provider => CreateEngine(provider, name));
            services.TryAddSingleton(provider => new FollowUpPlanner(provider.GetRequiredService<FollowUpEngine>()));
            services.TryAddSingleton(provider => new FollowUpAgenda(provider.GetRequiredService<FollowUpEngine>()));
            services.TryAddSingleton<IFollowUpService>(provider => new FollowUpService(provider.GetRequiredService<FollowUpEngine>(), provider.GetRequiredService<FollowUpPlanner>(), provider.GetRequiredService<FollowUpAgenda>(), CultureOf(provider, name)));
        }
        else
        {
            services.TryAddKeyedSingleton(name, (provider, _) => CreateEngine(provider, name));
            services.TryAddKeyedSingleton(name, (provider, key) => new FollowUpPlanner(provider.GetRequiredKeyedService<FollowUpEngine>(key)));
            services.TryAddKeyedSingleton(name, (provider, key) => new FollowUpAgenda(provider.GetRequiredKeyedService<FollowUpEngine>(key)));
            services.TryAddKeyedSingleton<IFollowUpService>(name, (provider, key) => new FollowUpService(provider.GetRequiredKeyedService<FollowUpEngine>(key), provider.GetRequiredKeyedService<FollowUpPlanner>(key), provider.GetRequiredKeyedService<FollowUpAgenda>(key), CultureOf(provider, name)));
        }

        return services;
    }

    private static FollowUpEngine CreateEngine(IServiceProvider provider, string name)
    {
        // Getting the options runs the validator, which throws with every problem or leaves the playbook it checked.
        FollowUpRulesOptions options = provider.GetRequiredService<IOptionsMonitor<FollowUpRulesOptions>>().Get(name);
        Playbook playbook = options.ValidatedPlaybook
            ?? throw new InvalidOperationException($"The FollowUpRules options '{name}' were not validated; register them with AddFollowUpRules.");
        return new FollowUpEngine(playbook, provider.GetRequiredService<IClock>(), provider.GetServices<ICustomConditionEvaluator>());
    }

    private static CultureInfo? CultureOf(IServiceProvider provider, string name) =>
        provider.GetRequiredService<IOptionsMonitor<FollowUpRulesOptions>>().Get(name).Culture;

    private static void Bind(IConfiguration configuration, FollowUpRulesOptions options)
    {
        foreach (IConfigurationSection setting in configuration.GetChildren())
        {
            if (string.Equals(setting.Key, nameof(FollowUpRulesOptions.PlaybookPath), StringComparison.OrdinalIgnoreCase))
            {
                options.PlaybookPath = setting.Value;
            }
            else if (string.Equals(setting.Key, nameof(FollowUpRulesOptions.Culture), StringComparison.OrdinalIgnoreCase))
            {
                options.Culture = Culture(setting, options);
            }
            else
            {
                options.ConfigurationErrors.Add($"'{setting.Path}' is not a FollowUpRules setting; the settings are '{nameof(FollowUpRulesOptions.PlaybookPath)}' and '{nameof(FollowUpRulesOptions.Culture)}'.");
            }
        }
    }

    private static CultureInfo? Culture(IConfigurationSection setting, FollowUpRulesOptions options)
    {
        if (string.IsNullOrWhiteSpace(setting.Value))
        {
            return null;
        }

        try
        {
            return CultureInfo.GetCultureInfo(setting.Value.Trim(), predefinedOnly: true);
        }
        catch (CultureNotFoundException)
        {
            options.ConfigurationErrors.Add($"'{setting.Path}' is '{setting.Value}', which is not a culture name; use for example en, es, de or de-DE.");
            return null;
        }
    }

    /// <summary>Marks a name as registered, so that registering it again adds no service twice.</summary>
    private sealed class Registration;
}
