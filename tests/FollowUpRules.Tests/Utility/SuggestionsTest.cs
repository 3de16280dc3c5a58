using FollowUpRules.Utility;

namespace FollowUpRules.Tests.Utility;

public class SuggestionsTest
{
    private static readonly string[] Commands = ["agenda", "next", "plan", "log", "validate", "export-ics", "init", "add", "status", "list", "show", "import", "undo"];

    [Theory]
    [InlineData("agnda", "agenda")]
    [InlineData("AGENDA", "agenda")]
    [InlineData("staus", "status")]
    [InlineData("imprt", "import")]
    [InlineData("exportics", "export-ics")]
    public void Nearest_Misspelt_IsTheCommandMeant(string text, string expected) =>
        Suggestions.Nearest(text, Commands).ShouldBe(expected);

    [Theory]
    [InlineData("calendar")]
    [InlineData("x")]
    [InlineData("")]
    public void Nearest_NothingClose_IsNull(string text) =>
        Suggestions.Nearest(text, Commands).ShouldBeNull();

    [Fact]
    public void Nearest_Tie_IsTheFirstKnown() =>
        Suggestions.Nearest("lst", ["list", "last"]).ShouldBe("list");

    [Theory]
    [InlineData("ben", "bne", 1)]
    [InlineData("agenda", "agnda", 1)]
    [InlineData("Agenda", "agenda", 0)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("", "abc", 3)]
    public void Distance_SwapOfNeighboursIsOneEdit(string a, string b, int expected)
    {
        Suggestions.Distance(a, b).ShouldBe(expected);
        Suggestions.Distance(b, a).ShouldBe(expected);
    }

    [Theory]
    [InlineData("email", "emial", 2, true)]
    [InlineData("email", "e", 2, false)]
    [InlineData("email", "emails", 1, true)]
    public void Within_ComparesOnlyTextsOfNearLengths(string a, string b, int limit, bool expected) =>
        Suggestions.Within(a, b, limit).ShouldBe(expected);
}
