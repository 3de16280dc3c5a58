using FollowUpRules.Domain;
using FollowUpRules.Rules;
using FollowUpRules.Rules.Conditions;
using FollowUpRules.Testing;
using NodaTime;
using Xunit;

namespace MyApp.Tests;

public class AppPlaybookTest
{
    [Fact]
    public void AppPlaybook_KeepsEveryEngineInvariant()
    {
        // The one call: validates the playbook, then checks every engine invariant on 200 generated cases each.
        // Throws FollowUpValidationException (every problem) or PlaybookPropertyException (every broken invariant).
        PlaybookProperties.Check(AppPlaybook.Playbook, AppPlaybook.Conditions);
    }
}

/// <summary>The app's playbook: the default rules plus one of its own, with a custom condition.</summary>
public static class AppPlaybook
{
    public static Playbook Playbook { get; } = new Playbook("my-app", "My app's playbook", 1,
    [
        .. DefaultPlaybook.Instance.Rules,
        new Rule("coffee-after-yes", "Meet for coffee after a yes", Anchor.ReplyReceived(ReplyOutcome.Yes),
            new Timing(StepOffset.FromWeeks(2), new Window(early: Period.FromDays(7), late: Period.FromDays(7))),
            Audience.Each(ContactRole.HiringManager, ContactRole.TeamMember),
            new ActionSpec(ActionKind.MeetForCoffee, Channel.InPerson),
            conditions: [new CustomCondition("same-time-zone")]),
    ]);

    public static ICustomConditionEvaluator[] Conditions { get; } = [new SameTimeZone()];
}

/// <summary>The app's custom condition: the contact works in the seeker's time zone. Pure, as the kit requires.</summary>
public sealed class SameTimeZone : ICustomConditionEvaluator
{
    public string Name => "same-time-zone";

    public bool IsSatisfied(CustomCondition condition, ConditionContext context) =>
        context.TargetContact?.TimeZoneId == context.Input.Seeker.Zone.Id;
}
