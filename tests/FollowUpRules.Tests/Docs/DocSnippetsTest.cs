using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using FollowUpRules.Snippets;

namespace FollowUpRules.Tests.Docs;

/// <summary>
/// Keeps the docs honest: every C# block in README.md, docs/*.md and the packages' READMEs (src/*/README.md) must appear,
/// line for line, in a compiled file under docs/examples, with that file's <c>using</c> directives when it shows any (so a
/// block that shows its usings shows all it needs); and the snippets must run. The blocks that are whole programs are
/// also compiled from the docs against the packed packages, by the consumer projects in tests/Consumers (.ci/run).
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
        string[] usings = Usings(block);

        string[] sources = Directory.GetFiles(Path.Combine(RepositoryRoot(), "docs", "examples"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToArray();
        string[] matching = [.. sources.Where(file => ContainsRun(Significant(File.ReadAllText(file)), wanted))];

        matching.ShouldNotBeEmpty($"C# block {index + 1} of {doc} does not match any file under docs/examples; copy it from (or into) a compiled example.");
        if (usings.Length > 0)
        {
            matching.ShouldContain(
                file => Usings(File.ReadAllText(file)).Order(StringComparer.Ordinal).SequenceEqual(usings.Order(StringComparer.Ordinal)),
                $"C# block {index + 1} of {doc} shows using directives, but not exactly those of the compiled file it comes from ({string.Join(", ", matching.Select(Path.GetFileName))}).");
        }
    }

    [Fact]
    public void DependencyInjectionDoc_EveryBlockShowsItsUsings()
    {
        foreach (Match block in CSharpBlock().Matches(File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "dependency-injection.md"))))
        {
            Usings(block.Groups[1].Value).ShouldContain("using FollowUpRules.DependencyInjection;", block.Groups[1].Value);
        }
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
    public void ConceptsSnippet_PrintsEachStepAndItsExplanation()
    {
        // The snippet evaluates as of today (the system clock), so what it prints changes with the date; its shape does not.
        var printed = new StringWriter();
        TextWriter console = Console.Out;
        FollowUpRules.Engine.Evaluation evaluation;
        Console.SetOut(printed);
        try
        {
            evaluation = ConceptsSnippet.Run();
        }
        finally
        {
            Console.SetOut(console);
        }

        // The default playbook keeps in touch with the hiring manager for years: something is always pending.
        evaluation.Recommendations.ShouldNotBeEmpty();
        foreach (FollowUpRules.Engine.Recommendation step in evaluation.Recommendations)
        {
            // Each WriteLine is whole even if another test writes to the console at the same time.
            printed.ToString().ShouldContain($"{step.Urgency}: {step.Summary}{Environment.NewLine}", Case.Sensitive);
            printed.ToString().ShouldContain($"{step.Explanation}{Environment.NewLine}", Case.Sensitive);
        }

        evaluation.Recommendations.ShouldAllBe(step => step.Explanation.Lines[0].StartsWith("Rule '", StringComparison.Ordinal));
        printed.ToString().ShouldContain("Anchor: the rejection arrived on Mon 2026-11-16", Case.Sensitive);
    }

    [Fact]
    public void DraftsSnippet_PrintsTheDraftTheConceptsPageShows()
    {
        string doc = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "concepts.md")).ReplaceLineEndings("\n");
        string section = doc[doc.IndexOf("\n## Drafts\n", StringComparison.Ordinal)..];
        Match shown = Regex.Match(section, "```text\n(.*?)```", RegexOptions.Singleline);

        shown.Success.ShouldBeTrue("docs/concepts.md#drafts shows the snippet's output in a text block");
        DraftsSnippet.Run().ShouldBe(shown.Groups[1].Value, "docs/concepts.md#drafts: the draft changed; copy the snippet's output into the page");
    }

    [Fact]
    public void DraftsReadmeSnippet_PrintsWhatItsCommentSays()
    {
        var printed = new StringWriter { NewLine = "\n" };
        TextWriter console = Console.Out;
        Console.SetOut(printed);
        try
        {
            DraftsReadmeSnippet.Run().ShouldNotBeNull();
        }
        finally
        {
            Console.SetOut(console);
        }

        // The consumer check in .ci/run (tests/Consumers/DraftsReadme) looks for the body's first sentence.
        printed.ToString().ShouldStartWith("Subject: Thank you: Data Analyst interview\n\nHi Ana,\n\nThank you for taking the time to talk with me on 20 November about the Data Analyst role.");
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
    public void PlaybookFileSnippet_GivesAnEngineForAGoodFile_AndNullForABadOne()
    {
        FollowUpRules.Engine.FollowUpEngine? engine = PlaybookFileSnippet.LoadEngine(Path.Combine(RepositoryRoot(), "docs", "default-playbook.json"));
        string broken = Path.Combine(Directory.CreateTempSubdirectory("followup-snippet").FullName, "broken.json");
        File.WriteAllText(broken, "{ \"formatVersion\": 1 }");

        engine.ShouldNotBeNull().Playbook.ShouldBe(FollowUpRules.Rules.DefaultPlaybook.Instance);
        PlaybookFileSnippet.LoadEngine(broken).ShouldBeNull();
    }

    [Fact]
    public void DependencyInjectionSnippet_WithoutAHost_FailsAtStartupForABadFile()
    {
        Should.Throw<Microsoft.Extensions.Options.OptionsValidationException>(() => DependencyInjectionSnippet.WithoutAHost("/no/such/playbook.json"))
            .Failures.ShouldHaveSingleItem().ShouldStartWith("FollowUpRules: The playbook file '/no/such/playbook.json' cannot be read: ");
    }

    private static IEnumerable<string> DocFiles() =>
        new[] { "README.md" }
            .Concat(Directory.GetFiles(Path.Combine(RepositoryRoot(), "docs"), "*.md").Select(f => Path.Combine("docs", Path.GetFileName(f))).Order(StringComparer.Ordinal))
            .Concat(Directory.GetDirectories(Path.Combine(RepositoryRoot(), "src")).Select(d => Path.Combine("src", Path.GetFileName(d), "README.md")).Order(StringComparer.Ordinal))
            .Where(f => File.Exists(Path.Combine(RepositoryRoot(), f)));

    private static string[] Significant(string code) =>
        [.. Lines(code).Where(l => l.Length > 0 && !IsUsing(l))];

    private static string[] Usings(string code) => [.. Lines(code).Where(IsUsing)];

    private static IEnumerable<string> Lines(string code) => code.ReplaceLineEndings("\n").Split('\n').Select(l => l.Trim());

    // A using directive, not a using statement or declaration ("using IHost host = ...", "using (...)").
    private static bool IsUsing(string line) => line.StartsWith("using ", StringComparison.Ordinal) && line.EndsWith(';') && line.IndexOf(' ', 6) < 0;

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
