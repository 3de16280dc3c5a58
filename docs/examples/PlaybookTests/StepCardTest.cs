using FollowUpRules;
using FollowUpRules.Domain;
using FollowUpRules.Engine;
using FollowUpRules.Rules;
using NodaTime;
using Xunit;

namespace MyApp.Tests;

public class StepCardTest
{
    [Fact]
    public void StepCard_StepDueTomorrow_ShowsWhatWhenAndWhy()
    {
        // What the screen is given, built by hand: a thank-you due tomorrow, with an explanation of two lines.
        Recommendation step = FollowUpModelFactory.Recommendation(
            ruleId: "interview-thank-you",
            action: ActionKind.SendThankYouEmail,
            channel: Channel.Email,
            target: FollowUpModelFactory.Target(TargetKind.Person, "ana", "Ana Ruiz", DateTimeZoneProviders.Tzdb["America/New_York"]),
            earliest: new LocalDate(2026, 11, 23),
            due: new LocalDate(2026, 11, 24),
            latest: new LocalDate(2026, 11, 26),
            seekerZone: DateTimeZoneProviders.Tzdb["Europe/London"],
            explanation: ["You interviewed with Ana Ruiz on Mon 2026-11-23.", "Thank each interviewer within a business day."]);

        Assert.Equal(
            """
            Send a thank-you email (Ana Ruiz, by Email), due Tue 2026-11-24
            Send at 14:00 your time (09:00 for Ana Ruiz)
            Why: You interviewed with Ana Ruiz on Mon 2026-11-23. Thank each interviewer within a business day.
            """,
            StepCard.Render(step));
    }

    [Fact]
    public void StepCard_ImpossibleStep_IsRefusedBeforeTheScreenSeesIt()
    {
        // The factory builds only what the engine could give: an email is for a person, not for the seeker.
        ArgumentException e = Assert.ThrowsAny<ArgumentException>(() =>
            FollowUpModelFactory.Recommendation(action: ActionKind.SendThankYouEmail, channel: Channel.Email));
        Assert.Equal("target", e.ParamName);
    }
}

/// <summary>The app's screen: one step as a card of three lines.</summary>
public static class StepCard
{
    public static string Render(Recommendation step) =>
        string.Join("\n",
            step.Summary,
            step.SendAt is { } sendAt
                ? $"Send at {step.SendAtInSeekerZone!.Value.TimeOfDay:HH:mm} your time ({sendAt.TimeOfDay:HH:mm} for {step.Target.Name})"
                : "Any time today",
            "Why: " + string.Join(" ", step.Explanation.Lines));
}
