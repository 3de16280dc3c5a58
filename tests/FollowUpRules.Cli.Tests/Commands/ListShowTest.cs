using System.Text.Json;

namespace FollowUpRules.Cli.Tests.Commands;

/// <summary><c>list</c> and <c>show</c>, as text and as JSON.</summary>
public class ListShowTest
{
    [Fact]
    public void List_Sample_HasEveryApplicationWithItsLastTouchAndNextStep()
    {
        Result result = Cli.Run(["list", .. Cli.Fixed]);

        result.ExitCode.ShouldBe(0, result.Error);
        string[] lines = result.Out.Split('\n');
        lines[0].ShouldBe("5 applications in the bundled sample pipeline on Mon 2026-11-23");
        lines[2].ShouldBe("id                company   role               status                        applied     last touch                next step");
        lines[4].ShouldBe("initech-engineer  Initech   Software Engineer  Interviewing                  2026-11-02  2026-11-20 Interview      2026-11-23 Send a thank-you email (Ana Ruiz)");
        lines[5].ShouldBe("umbrella-pm       Umbrella  Product Manager    Rejected (HiringPaused)       2026-09-24  2026-11-16 JournalEntry   2026-11-19 Send a handwritten thank-you note (Hank Moss)");
    }

    [Fact]
    public void List_Json_GivesEachApplicationAsData()
    {
        Result result = Cli.Run(["list", "--format", "json", .. Cli.Fixed]);

        using var json = JsonDocument.Parse(result.Out);
        json.RootElement.GetProperty("today").GetString().ShouldBe("2026-11-23");
        JsonElement initech = json.RootElement.GetProperty("applications")[1];
        initech.GetProperty("id").GetString().ShouldBe("initech-engineer");
        initech.GetProperty("status").GetString().ShouldBe("Interviewing");
        initech.GetProperty("lastTouch").GetProperty("kind").GetString().ShouldBe("Interview");
        initech.GetProperty("lastTouch").GetProperty("who").EnumerateArray().Select(w => w.GetString()).ShouldBe(["Ana Ruiz", "Ben Okafor"]);
        initech.GetProperty("next").GetProperty("ruleId").GetString().ShouldBe("interview-thank-you");
    }

    [Fact]
    public void List_EmptyPipeline_SaysHowToAddApplications()
    {
        string path = Cli.EmptyPipeline(out _);

        Result result = Cli.Run(["list", "--file", path, .. Cli.Fixed]);

        result.Out.ShouldBe($"0 applications in {path} on Mon 2026-11-23\nAdd one with 'followup add application <company> <role>', or many with 'followup import <file.csv>'.\n");
    }

    [Fact]
    public void Show_Application_ListsContactsTouchpointsInDateOrderAndPendingSteps()
    {
        Result result = Cli.Run(["show", "soylent-designer", .. Cli.Fixed]);

        result.ExitCode.ShouldBe(0, result.Error);
        result.Out.ShouldStartWith("UX Designer at Soylent (soylent-designer): Rejected (InternalCandidate), applied Mon 2026-05-04\n\nContacts:\n");
        string[] dates = [.. result.Out.Split("Touchpoints:\n")[1].Split("\n\n")[0].Split('\n').Skip(1).Where(l => l.Length > 0).Select(l => l[..10])];
        dates.ShouldBe([.. dates.Order(StringComparer.Ordinal)]);
        dates.Length.ShouldBe(11);
        result.Out.ShouldContain("2026-06-25  t12  Reply                    Sara Lind             Yes");
        result.Out.ShouldContain("Pending:\ndue ");
    }

    [Fact]
    public void Show_Json_HasContactsWithTheOtherApplicationsTheyAreListedWith()
    {
        string path = Cli.CopyOfSample(out _);
        Cli.Run(["add", "application", "Initech", "Tech Lead", "--file", path, .. Cli.Fixed]).ExitCode.ShouldBe(0);
        Cli.Run(["add", "contact", "initech-tech-lead", "Ana Ruiz", "--file", path, .. Cli.Fixed]).ExitCode.ShouldBe(0);

        Result result = Cli.Run(["show", "initech-engineer", "--format", "json", "--file", path, .. Cli.Fixed]);

        using var json = JsonDocument.Parse(result.Out);
        JsonElement ana = json.RootElement.GetProperty("contacts")[0];
        ana.GetProperty("name").GetString().ShouldBe("Ana Ruiz");
        ana.GetProperty("alsoWith").EnumerateArray().Select(a => a.GetString()).ShouldBe(["initech-tech-lead"]);
        json.RootElement.GetProperty("touchpoints")[0].GetProperty("contactIds").GetArrayLength().ShouldBe(2);
        json.RootElement.GetProperty("pending").GetArrayLength().ShouldBeGreaterThan(0);
    }
}
