using FollowUpRules.Engine;
using FollowUpRules.Rules;
using FollowUpRules.Serialization;
using FollowUpRules.Tests.Support;
using FollowUpRules.Validation;
using NodaTime;
using Xunit.Abstractions;

namespace FollowUpRules.Tests.Serialization;

/// <summary>
/// The file formats under fuzzing: mutated copies of the default playbook and of the sample pipeline end in success or a
/// <see cref="FollowUpFileException"/> whose every error has a path or a line (and a readable message), within a second;
/// what loads evaluates without throwing. See docs/testing.md for the counts and how to run more cases.
/// </summary>
public partial class FuzzTest(ITestOutputHelper output)
{
    private static readonly string SamplePipeline = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "examples", "sample-pipeline.json"));

    [Fact]
    public void PlaybookJson_MutatedDefaultPlaybook_LoadsOrGivesTypedErrorsWithPaths()
    {
        output.WriteLine(Fuzz.Run(PlaybookJson.Save(DefaultPlaybook.Instance), defaultCases: 2000, bytes =>
        {
            try
            {
                Playbook playbook = PlaybookJson.Load(new MemoryStream(bytes));
                _ = new FollowUpEngine(playbook, new NodaTime.Testing.FakeClock(Instant.FromUtc(2026, 11, 23, 12, 0)));
                return FuzzOutcome.Ok;
            }
            catch (FollowUpFileException e)
            {
                CheckErrors(e);
                return FuzzOutcome.Typed;
            }
        }));
    }

    [Fact]
    public void PipelineJson_MutatedSamplePipeline_LoadsOrGivesTypedErrorsWithPaths_AndWhatLoadsEvaluates()
    {
        var engine = new FollowUpEngine(DefaultPlaybook.Instance, new NodaTime.Testing.FakeClock(Instant.FromUtc(2026, 11, 23, 12, 0)));
        var today = new LocalDate(2026, 11, 23);
        output.WriteLine(Fuzz.Run(SamplePipeline, defaultCases: 1500, bytes =>
        {
            PipelineFile pipeline;
            try
            {
                pipeline = PipelineJson.Load(new MemoryStream(bytes));
            }
            catch (FollowUpFileException e)
            {
                CheckErrors(e);
                return FuzzOutcome.Typed;
            }

            if (PipelineJson.Validate(pipeline, DefaultPlaybook.Instance, today) is { Count: > 0 } errors)
            {
                errors.ShouldAllBe(error => error.Path.Length > 0 && error.Message.Length < 600);
                return FuzzOutcome.Typed;
            }

            foreach (Domain.EvaluationInput input in pipeline.Inputs())
            {
                try
                {
                    _ = engine.Evaluate(input, today).Recommendations.Count;
                }
                catch (FollowUpValidationException e)
                {
                    throw new ShouldAssertException($"PipelineJson.Validate accepted what the engine refused: {e.Message}");
                }
            }

            return FuzzOutcome.Ok;
        }));
    }

    private static void CheckErrors(FollowUpFileException e)
    {
        e.Errors.ShouldNotBeEmpty();
        foreach (FollowUpFileError error in e.Errors)
        {
            (error.Path.Length > 0 || error.Line is not null || error.Message.StartsWith("The playbook is larger", StringComparison.Ordinal) || error.Message.StartsWith("The pipeline is larger", StringComparison.Ordinal))
                .ShouldBeTrue($"an error with neither a path nor a line: {error}");
            if (error.Message.Length >= 600)
            {
                throw new ShouldAssertException($"An unreadably long message ({error.Message.Length} characters): {error.Message[..300]}...");
            }
        }
    }

    private static string RepositoryRoot([System.Runtime.CompilerServices.CallerFilePath] string file = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, "..", "..", ".."));
}
