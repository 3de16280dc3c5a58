using System.Globalization;
using FollowUpRules.Domain;
using FollowUpRules.Rules;
using NodaTime;

namespace FollowUpRules.Drafts;

/// <summary>
/// The facts behind one step that its draft can name: the input, whom the step is for, the anchor it counts from, its due
/// date, and the rejection date the evaluation found (recorded, or silent).
/// </summary>
/// <param name="Input">The evaluation's input.</param>
/// <param name="ContactId">The id of the person the step is for, or <see langword="null"/> for the seeker's and the company's steps.</param>
/// <param name="ContactName">The name of the person the step is for, or <see langword="null"/>.</param>
/// <param name="AnchorKey">The step's anchor key: the anchoring touchpoint's id (an interview, a posting) or the anchor kind.</param>
/// <param name="Due">The step's due date: dates in its year are written without the year.</param>
/// <param name="Rejection">The rejection date the evaluation took, or <see langword="null"/> when there is none.</param>
/// <param name="Culture">The culture the values are written in: the template's language.</param>
internal sealed record DraftFacts(EvaluationInput Input, string? ContactId, string? ContactName, string AnchorKey, LocalDate Due, LocalDate? Rejection, CultureInfo Culture)
{
    /// <summary>Returns the values a draft of a step of <paramref name="rule"/> can name, each present only when known, in the order of <see cref="DraftValues.All"/>.</summary>
    internal IReadOnlyList<KeyValuePair<string, string>> Values(Rule rule)
    {
        var values = new List<KeyValuePair<string, string>>(DraftValues.All.Count);
        void Add(string name, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                values.Add(new(name, Bounded(value)));
            }
        }

        Application application = Input.Application;
        string? name = ContactName?.Trim();
        Add(DraftValues.FirstName, name?.Split((char[]?)null, 2, StringSplitOptions.RemoveEmptyEntries).FirstOrDefault());
        Add(DraftValues.FullName, name);
        Add(DraftValues.Company, application.CompanyName);
        Add(DraftValues.Role, application.Role);
        Add(DraftValues.AppliedDate, DraftText.Date(application.AppliedOn, Due.Year, Culture));

        // The interviews the step is about: a person's own, else all; each by date then id.
        Touchpoint[] interviews = [.. Input.Touchpoints
            .Where(t => t.Kind == TouchpointKind.Interview && (ContactId is null || t.ContactIds.Contains(ContactId)))
            .OrderBy(t => t.Date).ThenBy(t => t.Id, StringComparer.Ordinal)];
        Touchpoint? anchor = Array.Find(interviews, t => string.Equals(t.Id, AnchorKey, StringComparison.Ordinal));
        if ((anchor ?? interviews.LastOrDefault()) is { } interview)
        {
            Add(DraftValues.InterviewDate, DraftText.Date(interview.Date, Due.Year, Culture));
        }

        Add(DraftValues.InterviewDates, DraftText.Dates([.. interviews.Select(t => t.Date).Distinct()], Due.Year, Culture));
        var interviewerIds = Input.Touchpoints.Where(t => t.Kind == TouchpointKind.Interview).SelectMany(t => t.ContactIds).ToHashSet(StringComparer.Ordinal);
        Add(DraftValues.Interviewers, DraftText.List([.. Input.Contacts.Where(c => interviewerIds.Contains(c.Id)).Select(c => c.Name.Trim()).Distinct(StringComparer.Ordinal)], Culture));

        if (Rejection is { } rejected)
        {
            Add(DraftValues.RejectionDate, DraftText.Date(rejected, Due.Year, Culture));
            if (application.RejectionReason is { } reason and not (RejectionReason.Unknown or RejectionReason.NoResponse))
            {
                Add(DraftValues.RejectionReason, reason.ToString());
            }
        }

        if (rule.Anchor?.Kind == AnchorKind.PostingSpotted)
        {
            Add(DraftValues.PostingTitle, Input.Touchpoints.FirstOrDefault(t => t.Kind == TouchpointKind.PostingSpotted && string.Equals(t.Id, AnchorKey, StringComparison.Ordinal))?.Title);
        }

        Touchpoint? reply = Input.Touchpoints
            .Where(t => t.Kind == TouchpointKind.Reply && (ContactId is null || t.ContactIds.Contains(ContactId)))
            .OrderBy(t => t.Date).ThenBy(t => t.Id, StringComparer.Ordinal).LastOrDefault();
        if (reply is not null)
        {
            Add(DraftValues.LastReplyDate, DraftText.Date(reply.Date, Due.Year, Culture));
        }

        Add(DraftValues.SeekerName, Input.Seeker.Name);
        Add(DraftValues.Signature, string.IsNullOrWhiteSpace(Input.Seeker.Signature) ? Input.Seeker.Name : Input.Seeker.Signature);
        return values;
    }

    /// <summary>Returns a value trimmed and cut to <see cref="DraftWriter.MaxValueLength"/> characters, ending with "…" when cut.</summary>
    internal static string Bounded(string value)
    {
        value = value.Trim();
        return value.Length <= DraftWriter.MaxValueLength ? value : string.Concat(value.AsSpan(0, DraftWriter.MaxValueLength - DraftText.Ellipsis.Length), DraftText.Ellipsis);
    }
}
