using FollowUpRules.Domain;
using FollowUpRules.Engine;
using FollowUpRules.Rules;
using FollowUpRules.Tests.Support;
using static FollowUpRules.Tests.Support.Scenario;

namespace FollowUpRules.Tests.Engine;

/// <summary>Whom a "first of" audience falls back on when nobody can be reached: the first candidate, who says why.</summary>
public partial class FollowUpEngineTest
{
    [Fact]
    public void Evaluate_FirstOf_NobodyReachable_TheFirstInTheListOfTheFirstRole_SaysWhy()
    {
        // Neither recruiter has an email address: the step is Ana's, the first of them in the seeker's list.
        Scenario scenario = new Scenario(D(2026, 3, 2))
            .Person("ana", [ContactRole.Recruiter], email: false)
            .Person("rua", [ContactRole.Recruiter], email: false);

        Evaluation evaluation = scenario.Evaluate(D(2026, 3, 9), FirstOfPlaybook);

        evaluation.For("ask").ShouldBeEmpty();
        SuppressedStep step = evaluation.Suppressed.ShouldHaveSingleItem();
        (step.RuleId, step.Target.ContactId, step.Reason).ShouldBe(("ask", "ana", SuppressionReason.Unreachable));
    }
}
