using FluentValidation.Results;
using FollowUpRules.Domain;
using FollowUpRules.Engine;
using FollowUpRules.Rules;
using FollowUpRules.Tests.Support;
using FollowUpRules.Validation;
using static FollowUpRules.Tests.Support.Scenario;

namespace FollowUpRules.Tests.Engine;

/// <summary>The engine refuses bad input with every problem at once, and says so without evaluating when asked to validate.</summary>
public partial class FollowUpEngineTest
{
    [Fact]
    public void Validate_TwoProblems_ReportsBothWithTheirPaths()
    {
        // A thank-you naming a contact the application does not have, and one dated after today.
        EvaluationInput input = new Scenario(D(2026, 3, 2)).Person("ana")
            .Touch(TouchpointKind.ThankYouEmail, D(2026, 3, 3), "zoe")
            .Touch(TouchpointKind.ThankYouEmail, D(2026, 3, 9), "ana")
            .Input();
        var engine = new FollowUpEngine(DefaultPlaybook.Instance, Clocks.AtNoon(D(2026, 3, 5), Zone));

        ValidationResult result = engine.Validate(input, D(2026, 3, 5));

        result.Errors.Select(e => e.PropertyName).ShouldBe(["Touchpoints[0].ContactIds[0]", "Touchpoints[1].Date"], ignoreOrder: true);
        FollowUpValidationException error = Should.Throw<FollowUpValidationException>(() => engine.Evaluate(input, D(2026, 3, 5)));
        error.Message.ShouldStartWith("The input for application 'app-1' is invalid");
        error.Errors.Count().ShouldBe(2);
        engine.Validate(input, D(2026, 3, 9)).Errors.ShouldHaveSingleItem().PropertyName.ShouldBe("Touchpoints[0].ContactIds[0]");
    }

    [Fact]
    public void Validate_ValidInput_HasNoProblem()
    {
        EvaluationInput input = new Scenario(D(2026, 3, 2)).Person("ana").Interview(D(2026, 3, 2), "ana").Input();
        var engine = new FollowUpEngine(DefaultPlaybook.Instance, Clocks.AtNoon(D(2026, 3, 5), Zone));

        engine.Validate(input, D(2026, 3, 5)).IsValid.ShouldBeTrue();
        Should.Throw<ArgumentNullException>(() => engine.Validate(null!, D(2026, 3, 5)));
        Should.Throw<ArgumentNullException>(() => engine.Evaluate(null!));
        Should.Throw<ArgumentNullException>(() => engine.Today(null!));
    }
}
