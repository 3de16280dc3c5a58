namespace FollowUpRules.Rules;

/// <summary>What a rule recommends doing. A closed vocabulary: each action is done when a touchpoint of a matching kind is recorded (see <see cref="ActionKinds.EvidenceOf"/>).</summary>
public enum ActionKind
{
    /// <summary>Ask politely about the status of the application.</summary>
    SendStatusFollowUp,

    /// <summary>Email a thank-you.</summary>
    SendThankYouEmail,

    /// <summary>Post a handwritten thank-you note.</summary>
    SendThankYouNote,

    /// <summary>Write journal notes about the interviews while memory is fresh.</summary>
    WriteJournalNotes,

    /// <summary>Congratulate the contact on making the hire and ask whether it is all right to connect on LinkedIn.</summary>
    SendCongratulations,

    /// <summary>Send a LinkedIn invitation.</summary>
    SendLinkedInInvitation,

    /// <summary>Follow the company's social accounts.</summary>
    FollowOnSocial,

    /// <summary>Check the company for new openings and news.</summary>
    CheckOnCompany,

    /// <summary>Check in with the contact to keep the relationship alive.</summary>
    SendCheckIn,

    /// <summary>Meet the contact for coffee.</summary>
    MeetForCoffee,

    /// <summary>Reach out to the contact about a new posting before applying.</summary>
    ReachOutAboutPosting,

    /// <summary>
    /// Treat a long silence as a rejection. When such a step falls due with no rejection recorded before it, the engine
    /// takes its due date as the rejection date (reason <see cref="Domain.RejectionReason.NoResponse"/>), which starts every
    /// rule anchored on <see cref="AnchorKind.RejectionReceived"/>. Done when a rejection is recorded any time after its anchor,
    /// whatever the step's window.
    /// </summary>
    TreatAsRejected,

    /// <summary>
    /// Not a step: while the rule's conditions hold for a person, no rule recommends anything to that person.
    /// The explanation of every step it blocks names the rule.
    /// </summary>
    StopOutreach,
}
