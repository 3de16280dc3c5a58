using FollowUpRules.Domain;
using FollowUpRules.Engine;
using FollowUpRules.Tests.Support;
using static FollowUpRules.Tests.Support.Scenario;

namespace FollowUpRules.Tests.Engine.Explaining;

/// <summary>Explanations as data: the public message ids and typed arguments a host renders itself.</summary>
public class ExplanationMessageTest
{
    [Fact]
    public void Messages_ThankYouAfterInterview_NameTheRuleTheAnchorAndTheDatesAsTypedArguments()
    {
        Evaluation evaluation = new Scenario(D(2026, 11, 2), ApplicationStatus.Interviewing)
            .Person("ana")
            .Interview(D(2026, 11, 20), "ana")
            .Evaluate(D(2026, 11, 23));

        Explanation explanation = evaluation.Single("interview-thank-you", "ana").Explanation;

        ExplanationMessage rule = explanation.Messages[0];
        rule.Id.ShouldBe(MessageId.RuleWithSource);
        rule.Arguments[0].ShouldBe("interview-thank-you");
        ExplanationMessage anchor = explanation.Messages[1].Arguments[0].ShouldBeOfType<ExplanationMessage>();
        anchor.Id.ShouldBe(MessageId.InterviewOn);
        anchor.Arguments[0].ShouldBe(D(2026, 11, 20));
        anchor.Arguments[1].ShouldBe(ValueList<string>.From(["Ana"]));
        explanation.Messages.Select(m => m.Id).ShouldContain(MessageId.Window);
    }

    [Fact]
    public void Messages_EachOne_RendersAsItsLine()
    {
        Explanation explanation = new Scenario(D(2026, 11, 2), ApplicationStatus.Interviewing)
            .Person("ana")
            .Interview(D(2026, 11, 20), "ana")
            .Evaluate(D(2026, 11, 23))
            .Single("interview-thank-you", "ana").Explanation;

        explanation.Messages.Select(m => m.ToString()).ShouldBe(explanation.Lines);
    }
}
