namespace FollowUpRules.Cli.Tests;

/// <summary><c>followup draft</c> on the bundled sample, for the fixed date 2026-11-23 in Europe/London, and the lines <c>next</c> and <c>export-ics</c> give drafts.</summary>
public class DraftCommandTest
{
    [Fact]
    public void Draft_UmbrellaNextStep_PrintsTheHandwrittenNoteToHankMoss()
    {
        Result result = Cli.Run(["draft", "umbrella-pm", .. Cli.Fixed]);

        result.ExitCode.ShouldBe(0, result.Error);
        result.Out.ShouldBe("""
            Product Manager at Umbrella (Rejected), Mon 2026-11-23
            Step 1 of 6 (due): Send a handwritten thank-you note to Hank Moss by Postal, due Thu 2026-11-19, send at 09:00 Europe/London

            Dear Hank,

            Thank you for the time you gave me when we met on 22 October to talk about the Product Manager role. I enjoyed the conversation and learning how things work at Umbrella.

            I understand hiring is on hold for now. If the role opens again, I would love to be considered, and either way I would be glad to stay in touch.

            With best wishes,
            Sam Taylor

            """.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Plan_HtmlFormat_ShowsEachStepsDraftInItsDetails()
    {
        Result result = Cli.Run(["plan", "umbrella-pm", "--format", "html", .. Cli.Fixed]);

        result.ExitCode.ShouldBe(0, result.Error);
        // Line breaks are written as character references; the page's text has them as they are.
        System.Net.WebUtility.HtmlDecode(result.Out).ShouldContain("<p class=\"fur-d-sub\">Draft</p>\n<p class=\"fur-draft\">Dear Hank,\n\nThank you for the time you gave me when we met on 22 October");
    }

    [Fact]
    public void Readme_DraftExample_IsWhatTheToolPrints()
    {
        string readme = File.ReadAllText(Path.Combine(Cli.RepositoryRoot(), "README.md")).ReplaceLineEndings("\n");
        System.Text.RegularExpressions.Match example = System.Text.RegularExpressions.Regex.Match(readme, "```sh\n(followup draft [^\n]*)\n```\n\n```text\n(.*?)```", System.Text.RegularExpressions.RegexOptions.Singleline);

        example.Success.ShouldBeTrue("README.md shows a followup draft example");
        Cli.Run(example.Groups[1].Value.Split(' ')[1..]).Out.ShouldBe(example.Groups[2].Value, "README.md: the draft changed; regenerate the block.");
    }

    [Fact]
    public void Draft_ChosenStep_PrintsThatStepsDraftWithItsSubject()
    {
        Result result = Cli.Run(["draft", "umbrella-pm", "--step", "3", .. Cli.Fixed]);

        result.ExitCode.ShouldBe(0, result.Error);
        result.Out.ShouldContain("Step 3 of 6 (due): Congratulate them on the hire and ask to connect on LinkedIn to Hank Moss by Email");
        result.Out.ShouldContain("Subject: Keeping in touch\n\nHi Hank,\n\nI hope things are going well at Umbrella while hiring is on hold.");
        result.Out.ShouldContain("Would it be all right to connect on LinkedIn?");
    }

    [Fact]
    public void Draft_Json_GivesTheStepAndTheDraftsParts()
    {
        Result result = Cli.Run(["draft", "umbrella-pm", "--step", "3", "--format", "json", .. Cli.Fixed]);

        result.ExitCode.ShouldBe(0, result.Error);
        using var json = System.Text.Json.JsonDocument.Parse(result.Out);
        System.Text.Json.JsonElement root = json.RootElement;
        root.GetProperty("application").GetString().ShouldBe("umbrella-pm");
        root.GetProperty("step").GetInt32().ShouldBe(3);
        root.GetProperty("for").GetProperty("who").GetString().ShouldBe("Hank Moss");
        System.Text.Json.JsonElement draft = root.GetProperty("draft");
        draft.GetProperty("kind").GetString().ShouldBe("message");
        draft.GetProperty("channel").GetString().ShouldBe("Email");
        draft.GetProperty("subject").GetString().ShouldBe("Keeping in touch");
        draft.GetProperty("body").GetString()!.ShouldStartWith("Hi Hank,\n\n");
        draft.GetProperty("talkingPoints").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public void Draft_StepThatWritesToNobody_PrintsAHowTo()
    {
        Result result = Cli.Run(["draft", "umbrella-pm", "--step", "2", "--format", "json", .. Cli.Fixed]);

        result.ExitCode.ShouldBe(0, result.Error);
        using var json = System.Text.Json.JsonDocument.Parse(result.Out);
        System.Text.Json.JsonElement draft = json.RootElement.GetProperty("draft");
        draft.GetProperty("kind").GetString().ShouldBe("howTo");
        draft.TryGetProperty("subject", out _).ShouldBeFalse();
        draft.GetProperty("body").GetString()!.ShouldStartWith("Follow Umbrella where it posts:");
    }

    [Fact]
    public void Draft_StepOutOfRange_IsAUsageErrorSayingWhichStepsThereAre()
    {
        Result result = Cli.Run(["draft", "umbrella-pm", "--step", "7", .. Cli.Fixed]);

        result.ExitCode.ShouldBe(2);
        result.Error.ShouldBe("error: --step 7: 'umbrella-pm' has 6 pending steps; choose 1 to 6, in the order 'followup next' lists them.\n");
    }

    [Fact]
    public void Next_StepWithADraft_SaysHowToSeeIt()
    {
        Result result = Cli.Run(["next", "umbrella-pm", .. Cli.Fixed]);

        result.ExitCode.ShouldBe(0, result.Error);
        result.Out.ShouldContain("Next (due): Send a handwritten thank-you note to Hank Moss by Postal, due Thu 2026-11-19, send at 09:00 Europe/London\nDraft: followup draft umbrella-pm\nWhy:");
    }

    [Fact]
    public void ExportIcs_Event_HasTheStepsDraftInItsDescription()
    {
        Result result = Cli.Run(["export-ics", .. Cli.Fixed]);

        result.ExitCode.ShouldBe(0, result.Error);
        List<Dictionary<string, string>> events = Ics.Events(result.Out);
        Ics.Unescape(events.Single(e => Ics.Unescape(e["SUMMARY"]) == "Send a handwritten thank-you note to Hank Moss by Postal (Umbrella)")["DESCRIPTION"])
            .ShouldContain("\n\nDraft:\nDear Hank,\n\nThank you for the time you gave me when we met on 22 October");
        Ics.Unescape(events.Single(e => Ics.Unescape(e["SUMMARY"]) == "Follow the company on its social accounts to Umbrella by Social (Umbrella)")["DESCRIPTION"])
            .ShouldContain("\n\nHow to:\nFollow Umbrella where it posts:");
    }
}
