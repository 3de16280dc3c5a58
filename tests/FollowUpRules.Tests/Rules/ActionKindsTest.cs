using FollowUpRules.Domain;
using FollowUpRules.Rules;

namespace FollowUpRules.Tests.Rules;

// What each action is called in the agenda, whom it is for, and which logged touchpoint says it was done.
public class ActionKindsTest
{
    [Theory]
    [InlineData(ActionKind.SendStatusFollowUp, "Send a polite status follow-up", true, new[] { TouchpointKind.StatusFollowUp })]
    [InlineData(ActionKind.SendThankYouEmail, "Send a thank-you email", true, new[] { TouchpointKind.ThankYouEmail })]
    [InlineData(ActionKind.SendThankYouNote, "Send a handwritten thank-you note", true, new[] { TouchpointKind.ThankYouNote })]
    [InlineData(ActionKind.WriteJournalNotes, "Write journal notes about the interviews", false, new[] { TouchpointKind.JournalEntry })]
    [InlineData(ActionKind.SendCongratulations, "Congratulate them on the hire and ask to connect on LinkedIn", true, new[] { TouchpointKind.Congratulations })]
    [InlineData(ActionKind.SendLinkedInInvitation, "Send the LinkedIn invitation", true, new[] { TouchpointKind.LinkedInRequestSent, TouchpointKind.LinkedInRequestAccepted })]
    [InlineData(ActionKind.FollowOnSocial, "Follow the company on its social accounts", false, new[] { TouchpointKind.SocialFollow })]
    [InlineData(ActionKind.CheckOnCompany, "Check back on the company (new openings, news)", false, new[] { TouchpointKind.CompanyCheck })]
    [InlineData(ActionKind.SendCheckIn, "Check in to keep in touch", true, new[] { TouchpointKind.CheckIn })]
    [InlineData(ActionKind.MeetForCoffee, "Meet for coffee", true, new[] { TouchpointKind.Coffee })]
    [InlineData(ActionKind.ReachOutAboutPosting, "Reach out about the new posting before applying", true, new[] { TouchpointKind.PostingOutreach })]
    [InlineData(ActionKind.TreatAsRejected, "Treat the silence as a rejection and move on to the after-rejection steps", false, new[] { TouchpointKind.Rejection })]
    [InlineData(ActionKind.StopOutreach, "Contact them no more", true, new TouchpointKind[0])]
    public void EachKind_HasItsWordsItsTargetAndItsEvidence(ActionKind kind, string words, bool forAPerson, TouchpointKind[] evidence)
    {
        ActionKinds.Describe(kind).ShouldBe(words);
        ActionKinds.TargetsPerson(kind).ShouldBe(forAPerson);
        ActionKinds.EvidenceOf(kind).ShouldBe(evidence);
    }

    [Fact]
    public void UndefinedKind_Throws()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => ActionKinds.Describe((ActionKind)99)).Message.ShouldStartWith("Not a defined action kind.");
        Should.Throw<ArgumentOutOfRangeException>(() => ActionKinds.EvidenceOf((ActionKind)99)).ParamName.ShouldBe("kind");
        Should.Throw<ArgumentOutOfRangeException>(() => ActionKinds.EvidenceOf((ActionKind)99)).Message.ShouldStartWith("Not a defined action kind.");
        Enum.GetValues<ActionKind>().ShouldAllBe(k => ActionKinds.Describe(k).Length > 0);
    }
}
