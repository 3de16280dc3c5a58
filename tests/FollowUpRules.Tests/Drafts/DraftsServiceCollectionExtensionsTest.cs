using FollowUpRules.DependencyInjection;
using FollowUpRules.Domain;
using FollowUpRules.Drafts;
using FollowUpRules.Engine;
using FollowUpRules.Rules;
using FollowUpRules.Serialization;
using FollowUpRules.Tests.DependencyInjection;
using FollowUpRules.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using NodaTime;
using NodaTime.Testing;

namespace FollowUpRules.Tests.Drafts;

/// <summary>AddFollowUpDrafts: a writer per registered playbook, and template problems reported at startup with the rest.</summary>
public class DraftsServiceCollectionExtensionsTest
{
    private static readonly DateTimeZone Zone = DateTimeZoneProviders.Tzdb["Europe/London"];
    private static readonly FakeClock Saturday = Clocks.AtNoon(new LocalDate(2026, 11, 21), Zone);

    private static readonly EvaluationInput Interviewed = new(
        new Application("a1", "acme", "Acme", "Senior Analyst", ApplicationStatus.Interviewing, new LocalDate(2026, 11, 2)),
        [new Contact("ana", "acme", "Ana Ruiz", [ContactRole.HiringManager], email: "ana@acme.example")],
        [new Touchpoint("t1", TouchpointKind.Interview, new LocalDate(2026, 11, 20), ["ana"])],
        new Seeker(Zone));

    [Fact]
    public void AddFollowUpDrafts_DefaultRegistration_GivesTheWriterOfTheEnginesPlaybook()
    {
        using ServiceProvider provider = FollowUpRulesServiceCollectionExtensionsTest.Build(
            new ServiceCollection().AddFollowUpRules().AddFollowUpDrafts().AddSingleton<IClock>(Saturday));
        Recommendation next = provider.GetRequiredService<IFollowUpService>().Next(Interviewed)!;

        DraftWriter writer = provider.GetRequiredService<DraftWriter>();
        Draft draft = writer.Write(Interviewed, next).ShouldNotBeNull();

        writer.Playbook.ShouldBeSameAs(provider.GetRequiredService<FollowUpEngine>().Playbook);
        draft.ShouldBe(new DraftWriter(DefaultPlaybook.Instance).Write(Interviewed, next));
        draft.Subject.ShouldBe("Thank you: Senior Analyst interview");
        draft.Body.ShouldStartWith("Hi Ana,\n\nThank you for taking the time to talk with me on 20 November about the Senior Analyst role.");
    }

    [Fact]
    public void AddFollowUpDrafts_Named_GivesTheKeyedWriterOfThatPlaybook()
    {
        Playbook gentle = PlaybookBuilder.From(DefaultPlaybook.Instance).WithId("gentle").Build();
        using ServiceProvider provider = FollowUpRulesServiceCollectionExtensionsTest.Build(
            new ServiceCollection().AddFollowUpRules("gentle", gentle).AddFollowUpDrafts("gentle"));

        provider.GetRequiredKeyedService<DraftWriter>("gentle").Playbook.ShouldBeSameAs(gentle);
        provider.GetService<DraftWriter>().ShouldBeNull();
    }

    [Fact]
    public void Startup_PlaybookFileWithABadTemplate_FailsWithItsPathOnlyWhenDraftsAreAdded()
    {
        var document = System.Text.Json.Nodes.JsonNode.Parse(PlaybookJson.Save(DefaultPlaybook.Instance))!;
        document["drafts"]![0]!["body"] = "Hi {{ frist_name }}";
        document["version"] = 0;
        using var file = new FollowUpRulesServiceCollectionExtensionsTest.TempFile(document.ToJsonString());

        using ServiceProvider drafted = FollowUpRulesServiceCollectionExtensionsTest.Build(new ServiceCollection().AddFollowUpRulesFromFile(file.Path).AddFollowUpDrafts());
        using ServiceProvider plain = FollowUpRulesServiceCollectionExtensionsTest.Build(new ServiceCollection().AddFollowUpRulesFromFile(file.Path));

        OptionsValidationException withDrafts = Should.Throw<OptionsValidationException>(() => drafted.GetRequiredService<IStartupValidator>().Validate());
        OptionsValidationException without = Should.Throw<OptionsValidationException>(() => plain.GetRequiredService<IStartupValidator>().Validate());

        // Every problem at once: the core's (the version) and the template's, each with the file's path.
        withDrafts.Failures.Count().ShouldBe(2);
        withDrafts.Failures.ShouldContain(f => f.Contains("drafts[0].body: 'frist_name' is not a draft value; did you mean 'first_name'?", StringComparison.Ordinal));
        withDrafts.Failures.ShouldContain(f => f.Contains("version", StringComparison.Ordinal));
        without.Failures.Count().ShouldBe(1);
    }
}
