using FollowUpRules.Domain;
using FollowUpRules.Drafts;
using FollowUpRules.Engine;
using FollowUpRules.Rules;
using FollowUpRules.Tests.Support;
using NodaTime;
using static FollowUpRules.Tests.Support.Scenario;

namespace FollowUpRules.Tests.Drafts;

/// <summary>Drafts built by hand, as a host's tests of its draft screen build them: equal to the writer's, and never untidy.</summary>
public class DraftsModelFactoryTest
{
    [Fact]
    public void Draft_BuiltFromTheWritersDraft_EqualsIt_AndPrintsAlike()
    {
        EvaluationInput input = new Scenario(D(2026, 9, 1)).Person("ana", [ContactRole.HiringManager]).Interview(D(2026, 11, 20), "ana").Input();
        Recommendation thanks = new FollowUpEngine(DefaultPlaybook.Instance, Clocks.AtNoon(D(2026, 11, 21), Zone)).Evaluate(input, D(2026, 11, 21)).Single("interview-thank-you", "ana");
        Draft written = new DraftWriter(DefaultPlaybook.Instance).Write(input, thanks)!;

        Draft built = DraftsModelFactory.Draft(written.Kind, written.Channel, written.Subject, written.Body, written.TalkingPoints);

        built.ShouldBe(written);
        built.ToString().ShouldBe(written.ToString());
    }

    [Fact]
    public void Draft_CoffeeTalkingPoints_ArePrintedAfterTheBody()
    {
        Draft coffee = DraftsModelFactory.Draft(channel: Channel.InPerson, body: "Ask Ana for coffee.", talkingPoints: ["The team's plans", "What changed since May"]);

        coffee.Kind.ShouldBe(DraftKind.Message);
        coffee.Subject.ShouldBeNull();
        coffee.TalkingPoints.ShouldBe(["The team's plans", "What changed since May"]);
        coffee.ToString().ShouldStartWith("Ask Ana for coffee.\n");
    }

    [Theory]
    [InlineData("a how-to by email", DraftKind.HowTo, Channel.Email, null, "Write it down.", "channel")]
    [InlineData("a message with no one to reach", DraftKind.Message, Channel.Web, null, "Hello Ana,", "channel")]
    [InlineData("a subject over two lines", DraftKind.Message, Channel.Email, "Thanks\nagain", "Hello Ana,", "subject")]
    [InlineData("a body with a trailing space", DraftKind.Message, Channel.Email, null, "Hello Ana, ", "body")]
    [InlineData("a body with two empty lines in a row", DraftKind.Message, Channel.Email, null, "Hello Ana,\n\n\nThanks", "body")]
    [InlineData("an empty subject", DraftKind.Message, Channel.Email, "", "Hello Ana,", "subject")]
    public void Draft_TextOrChannelAWriterNeverGives_ThrowsNamingTheParameter(string draft, DraftKind kind, Channel channel, string? subject, string body, string parameter)
    {
        Should.Throw<ArgumentException>(() => DraftsModelFactory.Draft(kind, channel, subject, body), draft).ParamName.ShouldBe(parameter, draft);
    }

    [Fact]
    public void Draft_BodyLongerThanTheBound_ThrowsSayingTheBound()
    {
        Should.Throw<ArgumentException>(() => DraftsModelFactory.Draft(body: new string('a', Draft.MaxLength + 1)))
            .Message.ShouldStartWith($"The text is {Draft.MaxLength + 1} characters long; a draft's texts are at most 8000.");
    }
}
