namespace FollowUpRules.Domain;

/// <summary>What happened at a touchpoint. Each kind has a fixed <see cref="Direction"/> (see <see cref="TouchpointKinds.DirectionOf"/>).</summary>
public enum TouchpointKind
{
    /// <summary>An interview was held; the touchpoint's contacts are the interviewers. Mutual.</summary>
    Interview,

    /// <summary>The seeker emailed a thank-you. Outbound.</summary>
    ThankYouEmail,

    /// <summary>The seeker posted a handwritten thank-you note. Outbound.</summary>
    ThankYouNote,

    /// <summary>The seeker asked about the status of the application. Outbound.</summary>
    StatusFollowUp,

    /// <summary>The seeker congratulated the contact on the hire and asked to connect. Outbound.</summary>
    Congratulations,

    /// <summary>The seeker sent a LinkedIn invitation. Outbound.</summary>
    LinkedInRequestSent,

    /// <summary>The contact accepted the seeker's LinkedIn invitation. Inbound.</summary>
    LinkedInRequestAccepted,

    /// <summary>The seeker checked in to keep the relationship alive. Outbound.</summary>
    CheckIn,

    /// <summary>The seeker reached out about a new posting before applying. Outbound.</summary>
    PostingOutreach,

    /// <summary>Any other message the seeker sent. Outbound.</summary>
    MessageSent,

    /// <summary>The contact replied; <see cref="Touchpoint.Outcome"/> says what the reply said. Inbound.</summary>
    Reply,

    /// <summary>The seeker and the contact met for coffee. Mutual.</summary>
    Coffee,

    /// <summary>The seeker and the contact spoke on the phone or a video call. Mutual.</summary>
    Call,

    /// <summary>The company turned the application down. Inbound, company-wide.</summary>
    Rejection,

    /// <summary>The seeker followed the company's social accounts. Internal.</summary>
    SocialFollow,

    /// <summary>The seeker checked the company for openings and news. Internal.</summary>
    CompanyCheck,

    /// <summary>The seeker wrote journal notes about the interviews. Internal.</summary>
    JournalEntry,

    /// <summary>The seeker spotted a new job posting at the company. Internal.</summary>
    PostingSpotted,

    /// <summary>The seeker snoozed a recommendation until <see cref="Touchpoint.SnoozeUntil"/>. Internal.</summary>
    Snooze,

    /// <summary>The seeker dismissed a recommendation for good. Internal.</summary>
    Dismissal,
}
