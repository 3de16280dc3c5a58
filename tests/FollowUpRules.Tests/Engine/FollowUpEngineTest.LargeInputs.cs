using FollowUpRules.Engine;
using FollowUpRules.Tests.Support;
using static FollowUpRules.Tests.Support.Scenario;

namespace FollowUpRules.Tests.Engine;

/// <summary>An evaluation's answer does not depend on what the thread evaluated before, a very large input included.</summary>
public partial class FollowUpEngineTest
{
    [Fact]
    public void Evaluate_AfterAnInputOfThousandsOfContacts_TheNextInputGetsTheSameAnswer()
    {
        // Each evaluation reuses its thread's arrays; those a very large input grew are dropped, not kept half-full.
        Scenario small = new Scenario(D(2026, 3, 2)).Person("ana");
        Scenario large = Enumerable.Range(0, 1100).Aggregate(new Scenario(D(2026, 3, 2)), (s, i) => s.Person($"c{i}"));

        Evaluation before = small.Evaluate(D(2026, 3, 9), TwinsPlaybook);
        large.Evaluate(D(2026, 3, 9), TwinsPlaybook).For("ask").Length.ShouldBe(1100);
        Evaluation after = small.Evaluate(D(2026, 3, 9), TwinsPlaybook);

        Recommendation ask = after.Single("ask");
        ask.Target.ContactId.ShouldBe("ana");
        ask.Target.Name.ShouldBe("Ana");
        after.Recommendations.ShouldBe(before.Recommendations);
        after.Expired.ShouldBe(before.Expired);
        after.Suppressed.ShouldBe(before.Suppressed);
    }
}
