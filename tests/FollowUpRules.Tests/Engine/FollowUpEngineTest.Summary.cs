using FollowUpRules.Domain;
using FollowUpRules.Engine;
using FollowUpRules.Rules;
using FollowUpRules.Tests.Support;
using NodaTime;
using static FollowUpRules.Tests.Support.Scenario;

namespace FollowUpRules.Tests.Engine;

/// <summary>A step's one-line summary: what to do, for whom and by which channel (the seeker's own steps name neither), and when.</summary>
public partial class FollowUpEngineTest
{
    private static readonly Playbook SummaryPlaybook = PlaybookBuilder.Create("summary", "Summary")
        .AddRule("notes", "Write notes", rule => rule
            .After(Anchor.InterviewHeld).Due(StepOffset.FromDays(1)).For(Audience.Seeker).Do(ActionKind.WriteJournalNotes, Channel.None))
        .AddRule("follow", "Follow the company", rule => rule
            .After(Anchor.InterviewHeld).Due(StepOffset.FromDays(1)).For(Audience.Company).Do(ActionKind.FollowOnSocial, Channel.Social))
        .AddRule("thanks", "Thank each interviewer", rule => rule
            .After(Anchor.InterviewHeld).Due(StepOffset.FromDays(1)).For(Audience.EachInterviewer).Do(ActionKind.SendThankYouEmail, Channel.Email))
        .Build();

    [Theory]
    [InlineData("notes", "Write journal notes about the interviews, due Tue 2026-03-03")]
    [InlineData("follow", "Follow the company on its social accounts (Acme, by Social), due Tue 2026-03-03")]
    [InlineData("thanks", "Send a thank-you email (Ana Ruiz, by Email), due Tue 2026-03-03")]
    public void Summary_SaysWhatForWhomByWhichChannelAndWhen(string ruleId, string expected)
    {
        Scenario scenario = new Scenario(D(2026, 2, 2)).Person("ana", name: "Ana Ruiz").Interview(D(2026, 3, 2), "ana");

        Recommendation step = scenario.Evaluate(D(2026, 3, 2), SummaryPlaybook).Single(ruleId);

        step.Summary.ShouldBe(expected);
        step.ToString().ShouldBe(expected);
    }
}
