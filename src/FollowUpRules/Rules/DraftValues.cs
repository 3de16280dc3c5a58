using FollowUpRules.Domain;

namespace FollowUpRules.Rules;

/// <summary>
/// The closed set of values a <see cref="DraftTemplate"/> can name, each a short text (dates are written out, lists of
/// names joined), and which steps can have them.
/// </summary>
/// <remarks>
/// <para>Every value may be missing when a draft is rendered (no interview recorded, no name given): a missing value is
/// empty and falsy, so a template words around it with <c>{% if value %}...{% endif %}</c> or
/// <c>{{ value | default: "..." }}</c>. Two values are known only for some steps, and a template that names one where the
/// step cannot have it is refused when the playbook's templates are checked (with an
/// <see cref="Validation.IDraftTemplateChecker"/>, which says what a text reads): <see cref="FirstName"/> and
/// <see cref="FullName"/> (steps for a person) and <see cref="PostingTitle"/> (rules anchored on a new posting).</para>
/// <para>All members are pure and thread-safe.</para>
/// </remarks>
public static class DraftValues
{
    /// <summary><c>first_name</c>: the contact's first name (the first word of <see cref="Contact.Name"/>). Steps for a person only.</summary>
    public const string FirstName = "first_name";

    /// <summary><c>full_name</c>: the contact's name as the seeker wrote it. Steps for a person only.</summary>
    public const string FullName = "full_name";

    /// <summary><c>company</c>: the company's name.</summary>
    public const string Company = "company";

    /// <summary><c>role</c>: the role applied for.</summary>
    public const string Role = "role";

    /// <summary><c>applied_date</c>: the date the seeker applied, written out (<c>13 November</c>).</summary>
    public const string AppliedDate = "applied_date";

    /// <summary>
    /// <c>interview_date</c>: the interview the step is about: the one it counts from, else the last one the contact was in,
    /// else the last one; written out (<c>22 October</c>, with the year when it is not the year the step is due).
    /// </summary>
    public const string InterviewDate = "interview_date";

    /// <summary><c>interview_dates</c>: every interview's date, joined (<c>15 and 22 October</c>); the contact's own for a person.</summary>
    public const string InterviewDates = "interview_dates";

    /// <summary><c>interviewers</c>: the names of the people the seeker met in the interviews, joined (<c>Ana Ruiz and Ben Okafor</c>).</summary>
    public const string Interviewers = "interviewers";

    /// <summary><c>rejection_date</c>: the date of the rejection, recorded or silent, written out.</summary>
    public const string RejectionDate = "rejection_date";

    /// <summary>
    /// <c>rejection_reason</c>: the reason, where the seeker knows it, as its name (<c>HiringPaused</c>,
    /// <c>InternalCandidate</c>, <c>Compensation</c>, <c>Overqualified</c>, <c>SkillsGap</c>), for a template to branch on;
    /// missing when not known (<c>Unknown</c>, <c>NoResponse</c>, or none given).
    /// </summary>
    public const string RejectionReason = "rejection_reason";

    /// <summary><c>posting_title</c>: the title of the new posting the step is about (<see cref="Touchpoint.Title"/>). Rules anchored on a new posting only.</summary>
    public const string PostingTitle = "posting_title";

    /// <summary><c>last_reply_date</c>: the date of the contact's last reply (anyone's at the company for other steps), written out.</summary>
    public const string LastReplyDate = "last_reply_date";

    /// <summary><c>seeker_name</c>: the seeker's own name (<see cref="Seeker.Name"/>).</summary>
    public const string SeekerName = "seeker_name";

    /// <summary><c>signature</c>: the seeker's sign-off block (<see cref="Seeker.Signature"/>), else their name.</summary>
    public const string Signature = "signature";

    /// <summary>Gets every value's name.</summary>
    /// <value>The names above, in that order.</value>
    public static ValueList<string> All { get; } = ValueList<string>.Wrap(
    [
        FirstName, FullName, Company, Role, AppliedDate, InterviewDate, InterviewDates, Interviewers, RejectionDate,
        RejectionReason, PostingTitle, LastReplyDate, SeekerName, Signature,
    ]);

    /// <summary>Returns whether <paramref name="name"/> is a value's name.</summary>
    /// <param name="name">The name (ordinal comparison: names are lower case).</param>
    /// <returns><see langword="true"/> for one of <see cref="All"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    public static bool IsValue(string name) => All.Contains(Utility.Preconditions.CheckNotNull(name));
}
