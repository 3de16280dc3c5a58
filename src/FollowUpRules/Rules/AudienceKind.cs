namespace FollowUpRules.Rules;

/// <summary>Who a rule's step is for.</summary>
public enum AudienceKind
{
    /// <summary>The seeker themself (journal notes, a decision).</summary>
    Seeker,

    /// <summary>The company as a whole (follow its accounts, check its openings).</summary>
    Company,

    /// <summary>Each person who interviewed the seeker for the application (the contacts of its interview touchpoints).</summary>
    Interviewers,

    /// <summary>Contacts at the company with one of <see cref="Audience.Roles"/>.</summary>
    Contacts,
}
