using FollowUpRules.Domain;
using FollowUpRules.Utility;

namespace FollowUpRules.Cli.Input;

/// <summary>
/// The domain's closed words as a person types them, on the command line and in imported spreadsheets: the enum names in
/// any case, with or without spaces, dashes and underscores ("hiring paused", "HiringPaused", "hiring-paused"), and the
/// common words job trackers use for them ("phone screen" is Interviewing, "ghosted" a rejection without a response).
/// A word that is none of them is an error that lists the valid ones and suggests the nearest.
/// </summary>
internal static class Vocabulary
{
    private static readonly Dictionary<string, ApplicationStatus> StatusWords = Words<ApplicationStatus>(
        ("submitted", ApplicationStatus.Applied), ("sent", ApplicationStatus.Applied), ("in progress", ApplicationStatus.Applied),
        ("interview", ApplicationStatus.Interviewing), ("interviewed", ApplicationStatus.Interviewing), ("phone screen", ApplicationStatus.Interviewing),
        ("screening", ApplicationStatus.Interviewing), ("onsite", ApplicationStatus.Interviewing), ("final round", ApplicationStatus.Interviewing),
        ("offered", ApplicationStatus.Offer), ("declined", ApplicationStatus.Rejected), ("not selected", ApplicationStatus.Rejected),
        ("turned down", ApplicationStatus.Rejected), ("rejection", ApplicationStatus.Rejected), ("ghosted", ApplicationStatus.Rejected),
        ("withdrew", ApplicationStatus.Withdrawn), ("accepted", ApplicationStatus.Hired), ("archived", ApplicationStatus.Closed));

    private static readonly Dictionary<string, RejectionReason> ReasonWords = Words<RejectionReason>(
        ("unknown", RejectionReason.Unknown), ("none given", RejectionReason.Unknown), ("hiring freeze", RejectionReason.HiringPaused),
        ("paused", RejectionReason.HiringPaused), ("position cancelled", RejectionReason.HiringPaused), ("internal", RejectionReason.InternalCandidate),
        ("preselected", RejectionReason.InternalCandidate), ("salary", RejectionReason.Compensation), ("pay", RejectionReason.Compensation),
        ("skills", RejectionReason.SkillsGap), ("experience", RejectionReason.SkillsGap), ("ghosted", RejectionReason.NoResponse),
        ("no reply", RejectionReason.NoResponse));

    private static readonly Dictionary<string, ContactRole> RoleWords = Words<ContactRole>(
        ("manager", ContactRole.HiringManager), ("talent acquisition", ContactRole.Recruiter), ("sourcer", ContactRole.Recruiter),
        ("team", ContactRole.TeamMember), ("colleague", ContactRole.TeamMember), ("peer", ContactRole.TeamMember), ("referral", ContactRole.Referrer));

    private static readonly Dictionary<string, TouchpointKind> KindWords = Words<TouchpointKind>();

    /// <summary>"Ghosted" as a status is a rejection whose reason is that nobody answered.</summary>
    public static RejectionReason? ImpliedReason(string statusText) =>
        Key(statusText) == "ghosted" ? RejectionReason.NoResponse : null;

    public static bool TryStatus(string text, out ApplicationStatus status) => StatusWords.TryGetValue(Key(text), out status);

    public static bool TryReason(string text, out RejectionReason reason) => ReasonWords.TryGetValue(Key(text), out reason);

    public static bool TryRole(string text, out ContactRole role) => RoleWords.TryGetValue(Key(text), out role);

    public static ApplicationStatus Status(string text, string where) =>
        TryStatus(text, out ApplicationStatus status) ? status : throw CliException.Usage(Unknown(text, where, "an application status", StatusWords.Keys, Enum.GetNames<ApplicationStatus>()));

    public static RejectionReason Reason(string text, string where) =>
        TryReason(text, out RejectionReason reason) ? reason : throw CliException.Usage(Unknown(text, where, "a rejection reason", ReasonWords.Keys, Enum.GetNames<RejectionReason>()));

    public static ContactRole Role(string text, string where)
    {
        if (TryRole(text, out ContactRole role))
        {
            return role;
        }

        if (Key(text) == "interviewer")
        {
            throw CliException.Usage($"{where}: 'interviewer' is not a role: who interviewed you is read from the interview itself; add the person, then record it with 'followup log <application> Interview --contact <id>'.");
        }

        throw CliException.Usage(Unknown(text, where, "a contact role", RoleWords.Keys, Enum.GetNames<ContactRole>()));
    }

    public static TouchpointKind Kind(string text, string where) =>
        KindWords.TryGetValue(Key(text), out TouchpointKind kind) ? kind : throw CliException.Usage(Unknown(text, where, "a touchpoint kind", KindWords.Keys, Enum.GetNames<TouchpointKind>()));

    /// <summary>The message for a word that is not in the vocabulary: what it is not, the valid names, the nearest one.</summary>
    public static string Unknown(string text, string where, string what, IEnumerable<string> words, string[] names)
    {
        string? near = Suggestions.Nearest(Key(text), words);
        string suggestion = near is null ? string.Empty : $" Did you mean '{Name(near, names)}'?";
        return $"{where}: '{text}' is not {what}; use one of: {string.Join(", ", names)}.{suggestion}";
    }

    /// <summary>Lower case without spaces, dashes, underscores and dots: the form words are compared in.</summary>
    public static string Key(string text) =>
        new([.. text.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant)]);

    /// <summary>The enum name a key stands for (itself when it is an alias).</summary>
    private static string Name(string key, string[] names) => names.FirstOrDefault(n => Key(n) == key) ?? key;

    private static Dictionary<string, T> Words<T>(params (string Word, T Value)[] aliases)
        where T : struct, Enum
    {
        var words = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (T value in Enum.GetValues<T>())
        {
            words[Key(value.ToString())] = value;
        }

        foreach ((string word, T value) in aliases)
        {
            words.TryAdd(Key(word), value);
        }

        return words;
    }
}
