using FollowUpRules.Utility;

namespace FollowUpRules.Tests.Utility;

public class PreconditionsTest
{
    [Fact]
    public void CheckArgument_Holding_DoesNotWriteTheMessage()
    {
        var part = new CountingPart();

        Preconditions.CheckArgument(true, "value", $"never written: {part}");

        part.Written.ShouldBe(0);
    }

    [Fact]
    public void CheckArgument_Failing_ThrowsWithTheWholeMessage_AndTheArgument()
    {
        var part = new CountingPart();

        ArgumentException e = Should.Throw<ArgumentException>(() => Preconditions.CheckArgument(false, "value", $"Two applications have the id '{part}' and {3:D2} more."));

        e.ParamName.ShouldBe("value");
        e.Message.ShouldStartWith("Two applications have the id 'part' and 03 more.");
        part.Written.ShouldBe(1);
    }

    private sealed class CountingPart
    {
        public int Written { get; private set; }

        public override string ToString()
        {
            Written++;
            return "part";
        }
    }
}
