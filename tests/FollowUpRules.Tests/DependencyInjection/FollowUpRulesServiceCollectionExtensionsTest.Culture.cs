using System.Globalization;
using FollowUpRules.DependencyInjection;
using FollowUpRules.Engine;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NodaTime;

namespace FollowUpRules.Tests.DependencyInjection;

/// <summary>The options' culture: the language of the text the service writes for the seeker.</summary>
public partial class FollowUpRulesServiceCollectionExtensionsTest
{
    [Fact]
    public void Summarize_OptionsInGerman_WritesGermanWhateverTheCurrentCulture()
    {
        using ServiceProvider provider = Build(new ServiceCollection().AddSingleton<IClock>(Saturday).AddFollowUpRules(o => o.Culture = CultureInfo.GetCultureInfo("de-DE")));
        IFollowUpService service = provider.GetRequiredService<IFollowUpService>();
        Recommendation step = service.Next(Interviewed)!;

        string summary = InCulture("es-ES", () => service.Summarize(step));

        summary.ShouldBe("Schick eine Dankes-E-Mail (Ana Ruiz, per E-Mail), fällig Mo, 23.11.2026");
        service.Culture.Name.ShouldBe("de-DE");
    }

    [Fact]
    public void Explain_NoCultureInOptions_IsTheCurrentUICultureAtEachCall()
    {
        using ServiceProvider provider = Build(new ServiceCollection().AddSingleton<IClock>(Saturday).AddFollowUpRules());
        IFollowUpService service = provider.GetRequiredService<IFollowUpService>();
        Recommendation step = service.Next(Interviewed)!;

        string spanish = InCulture("es-ES", () => service.Explain(step.Explanation)[0]);
        string english = InCulture("en-GB", () => service.Explain(step.Explanation)[0]);

        spanish.ShouldStartWith("Regla 'interview-thank-you': Da las gracias por correo a cada persona que te entrevistó.");
        english.ShouldStartWith("Rule 'interview-thank-you': Thank each interviewer by email.");
        InCulture("de-AT", () => service.Culture.Name).ShouldBe("de-AT");
    }

    [Fact]
    public void AddFollowUpRules_CultureInConfiguration_IsTheServicesCulture()
    {
        IConfiguration configuration = new ConfigurationBuilder().AddInMemoryCollection([new("FollowUpRules:Culture", "es")]).Build();
        using ServiceProvider provider = Build(new ServiceCollection().AddSingleton<IClock>(Saturday).AddFollowUpRules(configuration.GetSection(FollowUpRulesOptions.SectionName)));

        IFollowUpService service = provider.GetRequiredService<IFollowUpService>();

        service.Culture.Name.ShouldBe("es");
        service.Summarize(service.Next(Interviewed)!).ShouldBe("Envía un correo de agradecimiento (Ana Ruiz, por correo electrónico), para el lun 23/11/2026");
    }

    [Fact]
    public void AddFollowUpRules_UnknownCultureInConfiguration_FailsNamingTheSetting()
    {
        IConfiguration configuration = new ConfigurationBuilder().AddInMemoryCollection([new("FollowUpRules:Culture", "xx-nowhere")]).Build();
        using ServiceProvider provider = Build(new ServiceCollection().AddFollowUpRules(configuration.GetSection(FollowUpRulesOptions.SectionName)));

        OptionsValidationException error = Should.Throw<OptionsValidationException>(() => provider.GetRequiredService<IFollowUpService>());

        error.Failures.ShouldBe(["FollowUpRules: 'FollowUpRules:Culture' is 'xx-nowhere', which is not a culture name; use for example en, es, de or de-DE."]);
    }

    [Fact]
    public void AddFollowUpRules_NamedPlaybooksInTwoCultures_EachWritesItsOwn()
    {
        using ServiceProvider provider = Build(new ServiceCollection().AddSingleton<IClock>(Saturday)
            .AddFollowUpRules("de", o => o.Culture = CultureInfo.GetCultureInfo("de"))
            .AddFollowUpRules("es", o => o.Culture = CultureInfo.GetCultureInfo("es")));

        IFollowUpService german = provider.GetRequiredKeyedService<IFollowUpService>("de");
        IFollowUpService spanish = provider.GetRequiredKeyedService<IFollowUpService>("es");

        german.Summarize(german.Next(Interviewed)!).ShouldStartWith("Schick eine Dankes-E-Mail");
        spanish.Summarize(spanish.Next(Interviewed)!).ShouldStartWith("Envía un correo de agradecimiento");
    }

    private static T InCulture<T>(string name, Func<T> read)
    {
        CultureInfo before = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);
            return read();
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }
}
