using FollowUpRules.Domain;
using FollowUpRules.Engine;
using FollowUpRules.Testing;
using FollowUpRules.Validation;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Xunit;

namespace MyApp.Tests;

public class AppPropertiesTest
{
    [Fact]
    public void CoffeeAfterYes_IsOnlyForTheHiringManagerOrTheTeam()
    {
        // A property of the app's own, over the same generated cases as the one call.
        var engine = new FollowUpEngine(AppPlaybook.Playbook, SystemClock.Instance, AppPlaybook.Conditions);
        Check.One(
            Config.QuickThrowOnFailure.WithMaxTest(100).WithQuietOnSuccess(true),
            Prop.ForAll(FollowUpGenerators.Cases(AppPlaybook.Playbook), (FollowUpCase c) =>
                engine.Evaluate(c.Input, c.Today).Recommendations
                    .Where(r => r.RuleId == "coffee-after-yes")
                    .All(r => c.Input.Contacts.Single(p => p.Id == r.Target.ContactId).Roles
                        .Any(role => role is ContactRole.HiringManager or ContactRole.TeamMember))));
    }

    [Fact]
    public void Validator_ReportsEveryInjectedFaultAtItsPath()
    {
        // Whole playbooks, for code that stores, edits or shows them: faulty ones, each with the error it must give.
        Check.One(
            Config.QuickThrowOnFailure.WithMaxTest(100).WithQuietOnSuccess(true),
            Prop.ForAll(PlaybookFaults.Faults(), (PlaybookFault fault) =>
                new PlaybookValidator().Validate(fault.Playbook).Errors.Any(e => e.PropertyName == fault.ExpectedPath)));
    }
}
