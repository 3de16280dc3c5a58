using NodaTime;

namespace FollowUpRules.Engine;

/// <summary>What an anchor event is, for the explanation of the steps that count from it.</summary>
internal enum AnchorOrigin : byte
{
    /// <summary>The application was made.</summary>
    Applied,

    /// <summary>An interview (the source is the touchpoint).</summary>
    Interview,

    /// <summary>The last interview (the source is the touchpoint).</summary>
    LastInterview,

    /// <summary>The rejection, recorded or silent.</summary>
    Rejection,

    /// <summary>A reply (the source is the touchpoint).</summary>
    Reply,

    /// <summary>A new posting was spotted (the source is the touchpoint).</summary>
    Posting,

    /// <summary>The step of the rule waited on was done (the source is that rule).</summary>
    StepDone,

    /// <summary>The step of the rule waited on was due and is not done (the source is that rule).</summary>
    StepDue,

    /// <summary>The step of the rule waited on was dismissed (the source is that rule).</summary>
    StepDismissed,
}

/// <summary>
/// One occurrence of an anchor event: its date, its key (see <see cref="Recommendation.AnchorKey"/>), the date from which
/// touchpoints count as doing steps anchored on it, and what it is (<paramref name="Origin"/>, with the touchpoint or the
/// rule it comes from in <paramref name="Source"/>), which only an explanation reads.
/// </summary>
internal readonly record struct AnchorInstance(LocalDate Date, string Key, LocalDate EvidenceFrom, AnchorOrigin Origin, object? Source);
