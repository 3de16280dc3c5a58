namespace FollowUpRules.Domain;

/// <summary>What a contact's reply said.</summary>
public enum ReplyOutcome
{
    /// <summary>Neither yes nor no: a thanks, a "keep in touch".</summary>
    Neutral,

    /// <summary>Yes: to connecting, to a coffee, to a chat.</summary>
    Yes,

    /// <summary>No. A contact who says no is not contacted again by the default playbook.</summary>
    No,
}
