using FollowUpRules.Domain;
using FollowUpRules.Rules.Conditions;

namespace FollowUpRules.Tests.Rules.Conditions;

// Explanations quote a rule's conditions: "when ..." for one that holds, and its negation for one that stops a step.
public class ConditionTest
{
    public static TheoryData<Condition, string, string> Sentences() => new()
    {
        { Condition.StatusIs(ApplicationStatus.Applied, ApplicationStatus.Interviewing), "the application's status is Applied or Interviewing", "the application's status is not Applied or Interviewing" },
        { Condition.RejectionReasonIs(RejectionReason.HiringPaused, RejectionReason.InternalCandidate), "the rejection reason is HiringPaused or InternalCandidate", "the rejection reason is not HiringPaused or InternalCandidate" },
        { Condition.HasChannel(Channel.Postal), "they can be reached by Postal", "they cannot be reached by Postal" },
        { Condition.LinkedInConnected, "you are connected on LinkedIn", "you are not connected on LinkedIn" },
        { Condition.LinkedInStateIs(LinkedInConnection.None, LinkedInConnection.Pending, LinkedInConnection.Connected), "your LinkedIn connection with them is not started or pending or made", "your LinkedIn connection with them is not not started or pending or made" },
        { Condition.DoNotContact, "they asked not to be contacted", "they have not asked not to be contacted" },
        { Condition.EmployedElsewhere, "you have accepted a job elsewhere", "you have not accepted a job elsewhere" },
        { Condition.ReplyReceived(), "a reply came from them", "no reply came from them" },
        { Condition.ReplyReceived(ReplyOutcome.Yes, ConditionScope.Anyone, sinceAnchor: true), "a reply saying Yes came from anyone at the company since the anchor date", "no reply saying Yes came from anyone at the company since the anchor date" },
        { Condition.TouchpointRecorded(TouchpointKind.ThankYouNote), "a handwritten thank-you note was recorded with them", "no handwritten thank-you note was recorded with them" },
        { Condition.TouchpointRecorded(TouchpointKind.Interview, ConditionScope.Anyone, sinceAnchor: true), "an interview was recorded since the anchor date", "no interview was recorded since the anchor date" },
        { Condition.Not(Condition.DoNotContact), "they have not asked not to be contacted", "they asked not to be contacted" },
        { Condition.AnyOf(Condition.DoNotContact, Condition.EmployedElsewhere), "they asked not to be contacted, or you have accepted a job elsewhere", "they have not asked not to be contacted, and you have not accepted a job elsewhere" },
        { new CustomCondition("is-remote"), "'is-remote' holds", "'is-remote' does not hold" },
        { new CustomCondition("min-salary", [new ConditionParameter("amount", "90000"), new ConditionParameter("currency", "EUR")]), "'min-salary' holds for amount=90000, currency=EUR", "'min-salary' does not hold for amount=90000, currency=EUR" },
    };

    [Theory]
    [MemberData(nameof(Sentences))]
    public void Describe_AndDescribeNegation_ReadAsExplanationsQuoteThem(Condition condition, string describe, string negation)
    {
        condition.Describe().ShouldBe(describe);
        condition.DescribeNegation().ShouldBe(negation);
    }

    [Fact]
    public void GetParameter_ByExactName_ElseNull()
    {
        var condition = new CustomCondition("min-salary", [new ConditionParameter("amount", "90000"), new ConditionParameter("Currency", "EUR")]);

        condition.GetParameter("amount").ShouldBe("90000");
        condition.GetParameter("Currency").ShouldBe("EUR");
        condition.GetParameter("currency").ShouldBeNull();
        new CustomCondition("is-remote").Parameters.ShouldBeEmpty();
    }

    [Fact]
    public void Constructors_NullParts_Throw()
    {
        Should.Throw<ArgumentNullException>(() => new CustomCondition(null!)).ParamName.ShouldBe("name");
        Should.Throw<ArgumentNullException>(() => new ConditionParameter(null!, "1")).ParamName.ShouldBe("name");
        Should.Throw<ArgumentNullException>(() => new ConditionParameter("amount", null!)).ParamName.ShouldBe("value");
        Should.Throw<ArgumentNullException>(() => Condition.Not(null!)).ParamName.ShouldBe("inner");
    }
}
