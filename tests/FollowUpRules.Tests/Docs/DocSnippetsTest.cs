using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using FollowUpRules.Snippets;

namespace FollowUpRules.Tests.Docs;

/// <summary>
/// Keeps the docs honest: every C# block in README.md and docs/*.md must appear, line for line, in a compiled file under
/// docs/examples, and the snippets must run.
/// </summary>
public partial class DocSnippetsTest
{
    public static TheoryData<string, int> Blocks()
    {
        var data = new TheoryData<string, int>();
        foreach (string doc in DocFiles())
        {
            int count = CSharpBlock().Matches(File.ReadAllText(Path.Combine(RepositoryRoot(), doc))).Count;
            for (int i = 0; i < count; i++)
            {
                data.Add(doc, i);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Blocks))]
    public void CSharpBlock_IsCopiedFromACompiledExample(string doc, int index)
    {
        string block = CSharpBlock().Matches(File.ReadAllText(Path.Combine(RepositoryRoot(), doc)))[index].Groups[1].Value;
        string[] wanted = Significant(block);

        string[] sources = Directory.GetFiles(Path.Combine(RepositoryRoot(), "docs", "examples"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToArray();
        bool found = sources.Any(file => ContainsRun(Significant(File.ReadAllText(file)), wanted));

        found.ShouldBeTrue($"C# block {index + 1} of {doc} does not match any file under docs/examples; copy it from (or into) a compiled example.");
    }

    [Fact]
    public void Docs_HaveBlocksToCheck()
    {
        Blocks().Count().ShouldBeGreaterThanOrEqualTo(3);
    }

    [Fact]
    public void ReadmeSnippet_PrintsWhatItsCommentsSay()
    {
        FollowUpRules.Engine.Evaluation evaluation = ReadmeSnippet.Run();

        evaluation.Next!.Summary.ShouldBe("Send a thank-you email (Ana Ruiz, by Email), due Mon 2026-11-23");
    }

    [Fact]
    public void ConceptsSnippet_Runs()
    {
        Should.NotThrow(ConceptsSnippet.Run);
    }

    [Fact]
    public void ChangingDefaultsSnippet_BuildsTheChangedPlaybook()
    {
        var engine = ChangingDefaultsSnippet.Run();

        engine.Playbook.FindRule("silent-rejection")!.Timing!.Offset.ShouldBe(FollowUpRules.Rules.StepOffset.FromDays(45));
        engine.Playbook.WorkingWeek.IsWorkingDay(new NodaTime.LocalDate(2026, 11, 22)).ShouldBeTrue();
    }

    [Fact]
    public void BuilderSnippet_BuildsAValidPlaybook()
    {
        FollowUpRules.Rules.Playbook playbook = BuilderSnippet.Run();

        new FollowUpRules.Validation.PlaybookValidator().Validate(playbook).Errors.ShouldBeEmpty();
        playbook.Rules.Select(r => r.Id).ShouldBe(["respect-a-no", "interview-thank-you", "status-follow-up"]);
        Should.NotThrow(() => new FollowUpRules.Engine.FollowUpEngine(playbook, NodaTime.SystemClock.Instance));
    }

    [Fact]
    public void TestingKitSnippet_ChecksTheAppsPlaybook()
    {
        FollowUpRules.Rules.Playbook playbook = TestingKitSnippet.Run();

        playbook.FindRule("coffee-after-yes").ShouldNotBeNull();
    }

    [Fact]
    public async Task DependencyInjectionSnippet_AnswersAsEnginesBuiltByHand()
    {
        NodaTime.DateTimeZone london = NodaTime.DateTimeZoneProviders.Tzdb["Europe/London"];
        NodaTime.LocalDate interviewed = NodaTime.SystemClock.Instance.GetCurrentInstant().InZone(london).Date.PlusDays(-1);
        var input = new FollowUpRules.Domain.EvaluationInput(
            new FollowUpRules.Domain.Application("app-1", "acme", "Acme", "Data Analyst", FollowUpRules.Domain.ApplicationStatus.Interviewing, interviewed.PlusDays(-20)),
            [new FollowUpRules.Domain.Contact("ana", "acme", "Ana Ruiz", [FollowUpRules.Domain.ContactRole.HiringManager], email: "ana@acme.example")],
            [new FollowUpRules.Domain.Touchpoint("t1", FollowUpRules.Domain.TouchpointKind.Interview, interviewed, ["ana"])],
            new FollowUpRules.Domain.Seeker(london));
        FollowUpRules.Rules.Playbook gentle = FollowUpRules.Rules.PlaybookBuilder.From(FollowUpRules.Rules.DefaultPlaybook.Instance).RemoveRule("silent-rejection").Build();

        (FollowUpRules.Engine.Recommendation? next, FollowUpRules.Engine.Recommendation? gentleNext) = await DependencyInjectionSnippet.RunAsync([], input);

        next.ShouldBe(new FollowUpRules.Engine.FollowUpEngine(FollowUpRules.Rules.DefaultPlaybook.Instance, NodaTime.SystemClock.Instance).Evaluate(input).Next);
        gentleNext.ShouldBe(new FollowUpRules.Engine.FollowUpEngine(gentle, NodaTime.SystemClock.Instance).Evaluate(input).Next);
        next!.RuleId.ShouldBe("interview-thank-you"); // interviewed yesterday
    }

    [Fact]
    public void DependencyInjectionSnippet_WithoutAHost_FailsAtStartupForABadFile()
    {
        Should.Throw<Microsoft.Extensions.Options.OptionsValidationException>(() => DependencyInjectionSnippet.WithoutAHost("/no/such/playbook.json"))
            .Failures.ShouldHaveSingleItem().ShouldStartWith("FollowUpRules: The playbook file '/no/such/playbook.json' cannot be read: ");
    }

    private static IEnumerable<string> DocFiles() =>
        new[] { "README.md" }.Concat(Directory.GetFiles(Path.Combine(RepositoryRoot(), "docs"), "*.md").Select(f => Path.Combine("docs", Path.GetFileName(f))).Order(StringComparer.Ordinal))
            .Where(f => File.Exists(Path.Combine(RepositoryRoot(), f)));

    private static string[] Significant(string code) =>
        [.. code.ReplaceLineEndings("\n").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith("using ", StringComparison.Ordinal))];

    private static bool ContainsRun(string[] haystack, string[] needle)
    {
        for (int start = 0; start + needle.Length <= haystack.Length; start++)
        {
            if (haystack.AsSpan(start, needle.Length).SequenceEqual(needle))
            {
                return true;
            }
        }

        return false;
    }

    private static string RepositoryRoot([CallerFilePath] string file = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, "..", "..", ".."));

    [GeneratedRegex("```csharp\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex CSharpBlock();
}
