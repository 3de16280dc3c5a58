using System.Text;
using FollowUpRules.Cli.Calendar;
using FollowUpRules.Engine;
using FollowUpRules.Planning;
using FollowUpRules.Serialization;
using NodaTime;

namespace FollowUpRules.Cli.Tests;

/// <summary><c>export-ics</c> and the RFC 5545 writer, read back field by field.</summary>
public class IcsTest
{
    [Fact]
    public void ExportIcs_Sample_EveryPlannedStepIsAnEventWithItsFields()
    {
        string folder = Directory.CreateTempSubdirectory("followup-ics").FullName;
        string path = Path.Combine(folder, "followups.ics");

        Result result = Cli.Run(["export-ics", "--output", path, "--months", "3", .. Cli.Fixed]);

        result.ExitCode.ShouldBe(0, result.Error);
        List<Dictionary<string, string>> events = Ics.Events(File.ReadAllText(path));
        List<(string Application, PlannedStep Step)> planned = Planned(months: 3);
        events.Count.ShouldBe(planned.Count);
        result.Error.ShouldBe($"Wrote {planned.Count} events to {path}.\n");
        for (int i = 0; i < planned.Count; i++)
        {
            (string application, PlannedStep step) = planned[i];
            Dictionary<string, string> e = events[i];
            e["UID"].ShouldEndWith("@followuprules");
            e["DTSTAMP"].ShouldBe("20261123T000000Z");
            if (step.Recommendation.SendAt is { } at && at.Date == step.Date)
            {
                e["DTSTART"].ShouldBe(at.ToInstant().ToString("uuuuMMdd'T'HHmmss'Z'", null));
            }
            else
            {
                e["DTSTART;VALUE=DATE"].ShouldBe(step.Date.ToString("uuuuMMdd", null));
                e["DTEND;VALUE=DATE"].ShouldBe(step.Date.PlusDays(1).ToString("uuuuMMdd", null));
            }

            Ics.Unescape(e["SUMMARY"]).ShouldStartWith(char.ToUpperInvariant(ActionKinds(step)[0]) + ActionKinds(step)[1..]);
            // Why, then the step's draft: every step of the default playbook has one.
            string description = Ics.Unescape(e["DESCRIPTION"]);
            string why = string.Join("\n", step.Recommendation.Explanation.Lines);
            (description.Contains(why + "\n\nDraft:\n", StringComparison.Ordinal) || description.Contains(why + "\n\nHow to:\n", StringComparison.Ordinal)).ShouldBeTrue(description);
            Ics.Unescape(e["DESCRIPTION"]).ShouldContain($"({application})");
        }

        events.Select(e => e["UID"]).ShouldBeUnique();
    }

    [Fact]
    public void ExportIcs_TwiceAndAfterALog_KeepsTheUidsOfTheSameSteps()
    {
        string path = Cli.CopyOfSample(out _);
        List<string> first = Uids(Cli.Run(["export-ics", "--file", path, .. Cli.Fixed]).Out);
        List<string> second = Uids(Cli.Run(["export-ics", "--file", path, .. Cli.Fixed]).Out);
        second.ShouldBe(first);

        Cli.Run(["log", "soylent-designer", "JournalEntry", "--file", path, .. Cli.Fixed]).ExitCode.ShouldBe(0);
        List<string> third = Uids(Cli.Run(["export-ics", "--file", path, .. Cli.Fixed]).Out);

        third.ShouldBe(first, "a touchpoint that completes no planned step changes no UID");
    }

    [Fact]
    public void Write_LongUtf8Text_FoldsAt75OctetsWithoutSplittingACharacter()
    {
        string summary = string.Concat(Enumerable.Repeat("Café ☕ 😀 naïve; a, b \\ c ", 8));
        var e = new IcsEvent("u1@followuprules", new LocalDate(2026, 11, 23), null, summary, "line one\nline two, with; punctuation\\");

        string text = IcsWriter.Write([e], Instant.FromUtc(2026, 11, 23, 0, 0));

        byte[] bytes = Encoding.UTF8.GetBytes(text);
        Encoding.UTF8.GetString(bytes).ShouldBe(text);
        new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes).ShouldNotContain("\uFFFD");
        foreach (string line in text.Split("\r\n"))
        {
            Encoding.UTF8.GetByteCount(line).ShouldBeLessThanOrEqualTo(75);
            new UTF8Encoding(false, throwOnInvalidBytes: true).GetByteCount(line).ShouldBeGreaterThanOrEqualTo(0);
        }

        Dictionary<string, string> read = Ics.Events(text).Single();
        Ics.Unescape(read["SUMMARY"]).ShouldBe(summary);
        Ics.Unescape(read["DESCRIPTION"]).ShouldBe("line one\nline two, with; punctuation\\");
        read["DESCRIPTION"].ShouldBe("line one\\nline two\\, with\\; punctuation\\\\");
    }

    [Fact]
    public void Write_TimedEvent_IsUtcWithAHalfHour()
    {
        var e = new IcsEvent("u@x", new LocalDate(2026, 11, 30), Instant.FromUtc(2026, 11, 30, 14, 0), "S", "D");

        Dictionary<string, string> read = Ics.Events(IcsWriter.Write([e], Instant.FromUtc(2026, 11, 23, 0, 0))).Single();

        read["DTSTART"].ShouldBe("20261130T140000Z");
        read["DTEND"].ShouldBe("20261130T143000Z");
    }

    [Fact]
    public void Uid_SameParts_SameUid_DifferentParts_DifferentUid()
    {
        IcsWriter.Uid("a", "r", "person:ana", "t1", "1").ShouldBe(IcsWriter.Uid("a", "r", "person:ana", "t1", "1"));
        IcsWriter.Uid("a", "r", "person:ana", "t1", "1").ShouldNotBe(IcsWriter.Uid("a", "r", "person:ana", "t1", "2"));
        IcsWriter.Uid("ab", "c").ShouldNotBe(IcsWriter.Uid("a", "bc"));
    }

    internal static List<string> Uids(string ics) => [.. Ics.Events(ics).Select(e => e["UID"])];

    internal static List<(string Application, PlannedStep Step)> Planned(int months)
    {
        PipelineFile pipeline = PipelineJson.Load(new MemoryStream(Workspace.SampleBytes()));
        var planner = new FollowUpPlanner(new FollowUpEngine(Rules.DefaultPlaybook.Instance, SystemClock.Instance));
        return [.. pipeline.Inputs().SelectMany(i => planner.Project(i, new LocalDate(2026, 11, 23), Period.FromMonths(months)).Steps.Select(s => (i.Application.Id, s)))];
    }

    private static string ActionKinds(PlannedStep step) => FollowUpRules.Rules.ActionKinds.Describe(step.Recommendation.Action);
}
