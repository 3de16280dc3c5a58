using FollowUpRules.Domain;
using FollowUpRules.Engine;
using FollowUpRules.Rules;
using FollowUpRules.Rules.Conditions;
using FollowUpRules.Testing;
using FollowUpRules.Validation;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace FollowUpRules.Snippets;

/// <summary>The snippets in docs/testing-playbooks.md.</summary>
public static class TestingKitSnippet
{
    /// <summary>Builds an app's playbook and checks it with the testing kit: the one call, then properties of the app's own.</summary>
    /// <returns>The playbook checked.</returns>
    public static Playbook Run()
    {
        // The app's playbook: the default rules plus one of its own, with a custom condition.
        Rule[] rules =
        [
            .. DefaultPlaybook.Instance.Rules,
            new Rule("coffee-after-yes", "Meet for coffee after a yes", Anchor.ReplyReceived(ReplyOutcome.Yes),
                new Timing(StepOffset.FromWeeks(2), new Window(early: Period.FromDays(7), late: Period.FromDays(7))),
                Audience.Each(ContactRole.HiringManager, ContactRole.TeamMember),
                new ActionSpec(ActionKind.MeetForCoffee, Channel.InPerson),
                conditions: [new CustomCondition("same-time-zone")]),
        ];
        var playbook = new Playbook("my-app", "My app's playbook", 1, rules);
        ICustomConditionEvaluator[] conditions = [new SameTimeZone()];

        // The one call: validates the playbook, then checks every engine invariant on 200 generated cases each.
        // Throws FollowUpValidationException (every problem) or PlaybookPropertyException (every broken invariant).
        PlaybookProperties.Check(playbook, conditions);

        // A property of the app's own, over the same generated cases: coffee is only ever for these two roles.
        var engine = new FollowUpEngine(playbook, SystemClock.Instance, conditions);
        Check.One(
            Config.QuickThrowOnFailure.WithMaxTest(100).WithQuietOnSuccess(true),
            Prop.ForAll(FollowUpGenerators.Cases(playbook), (FollowUpCase c) =>
                engine.Evaluate(c.Input, c.Today).Recommendations
                    .Where(r => r.RuleId == "coffee-after-yes")
                    .All(r => c.Input.Contacts.Single(p => p.Id == r.Target.ContactId).Roles
                        .Any(role => role is ContactRole.HiringManager or ContactRole.TeamMember))));

        // Whole playbooks, for code that stores, edits or shows them: valid ones, and faulty ones with the expected error.
        Check.One(
            Config.QuickThrowOnFailure.WithMaxTest(100).WithQuietOnSuccess(true),
            Prop.ForAll(PlaybookFaults.Faults(), (PlaybookFault fault) =>
                new PlaybookValidator().Validate(fault.Playbook).Errors.Any(e => e.PropertyName == fault.ExpectedPath)));

        return playbook;
    }

    /// <summary>The app's custom condition: the contact works in the seeker's time zone. Pure, as the kit requires.</summary>
    public sealed class SameTimeZone : ICustomConditionEvaluator
    {
        /// <inheritdoc />
        public string Name => "same-time-zone";

        /// <inheritdoc />
        public bool IsSatisfied(CustomCondition condition, ConditionContext context) =>
            context.TargetContact?.TimeZoneId == context.Input.Seeker.Zone.Id;
    }
}
