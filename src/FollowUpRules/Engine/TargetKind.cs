namespace FollowUpRules.Engine;

/// <summary>Whom a recommendation is for.</summary>
public enum TargetKind
{
    /// <summary>The seeker themself.</summary>
    Seeker,

    /// <summary>The company as a whole.</summary>
    Company,

    /// <summary>A person at the company.</summary>
    Person,
}
