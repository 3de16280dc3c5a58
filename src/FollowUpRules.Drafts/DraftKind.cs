namespace FollowUpRules.Drafts;

/// <summary>What a <see cref="Draft"/> is.</summary>
public enum DraftKind
{
    /// <summary>A message to a person, to edit and send: a subject where the channel has one, a body, and for meetings talking points.</summary>
    Message,

    /// <summary>A short how-to for a step that writes to nobody (journal notes, following the company, checking on it).</summary>
    HowTo,
}
