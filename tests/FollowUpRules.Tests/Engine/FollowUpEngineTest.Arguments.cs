using FollowUpRules.Domain;
using FollowUpRules.Engine;
using FollowUpRules.Rules;
using FollowUpRules.Rules.Conditions;
using FollowUpRules.Tests.Support;
using FollowUpRules.Validation;
using static FollowUpRules.Tests.Support.Scenario;

namespace FollowUpRules.Tests.Engine;

/// <summary>What the engine refuses before it evaluates anything: a missing argument, an invalid playbook, bad input on every path.</summary>
public partial class FollowUpEngineTest
{
    [Fact]
    public void Evaluate_NullInputWithADate_ThrowsNamingTheInput()
    {
        var engine = new FollowUpEngine(DefaultPlaybook.Instance, Clocks.AtNoon(D(2026, 3, 5), Zone));

        Should.Throw<ArgumentNullException>(() => engine.Evaluate(null!, D(2026, 3, 5))).ParamName.ShouldBe("input");
        Should.Throw<ArgumentNullException>(() => engine.Evaluate(null!)).ParamName.ShouldBe("input");
    }

    [Fact]
    public void Validate_NullInput_ThrowsNamingTheInput()
    {
        var engine = new FollowUpEngine(DefaultPlaybook.Instance, Clocks.AtNoon(D(2026, 3, 5), Zone));

        Should.Throw<ArgumentNullException>(() => engine.Validate(null!, D(2026, 3, 5))).ParamName.ShouldBe("input");
    }

    [Fact]
    public void Constructor_NullCustomConditionEvaluator_ThrowsNamingTheCustomConditions()
    {
        ICustomConditionEvaluator[] evaluators = [new RoleContains(), null!];

        ArgumentNullException error = Should.Throw<ArgumentNullException>(() => new FollowUpEngine(DefaultPlaybook.Instance, Clocks.AtNoon(D(2026, 3, 5), Zone), evaluators));

        error.ParamName.ShouldBe("customConditions");
    }

    [Fact]
    public void Constructor_InvalidPlaybook_ThrowsNamingThePlaybookAndEveryProblem()
    {
        // Version 0, and no rules.
        var playbook = new Playbook("broken", "Broken", 0, []);

        FollowUpValidationException error = Should.Throw<FollowUpValidationException>(() => new FollowUpEngine(playbook, Clocks.AtNoon(D(2026, 3, 5), Zone)));

        error.Message.ShouldStartWith("Playbook 'broken' is invalid:");
        error.Errors.Count().ShouldBe(2);
    }

    [Fact]
    public void Recommend_InvalidInput_ThrowsAndAddsNothing()
    {
        // The agenda and the planner ask for the recommendations alone: a thank-you dated after today is refused there too.
        EvaluationInput input = new Scenario(D(2026, 3, 2)).Person("ana").Interview(D(2026, 3, 2), "ana")
            .Touch(TouchpointKind.ThankYouEmail, D(2026, 3, 9), "ana")
            .Input();
        var engine = new FollowUpEngine(DefaultPlaybook.Instance, Clocks.AtNoon(D(2026, 3, 5), Zone));
        var into = new List<Recommendation>();

        FollowUpValidationException error = Should.Throw<FollowUpValidationException>(() => engine.Recommend(input, D(2026, 3, 5), into));

        error.Errors.ShouldHaveSingleItem().PropertyName.ShouldBe("Touchpoints[1].Date");
        into.ShouldBeEmpty();
    }
}
