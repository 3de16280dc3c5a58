using FollowUpRules.Utility;
using NodaTime;

namespace FollowUpRules.Domain;

/// <summary>One pursuit of one role at one company.</summary>
/// <remarks>
/// An application is immutable and compares by value. Interviews, replies and the rejection itself are
/// <see cref="Touchpoint"/>s; the application holds the lifecycle status and the facts the seeker enters once.
/// Instances are safe to share between threads.
/// </remarks>
public sealed record Application
{
    /// <summary>Initializes a new application.</summary>
    /// <param name="id">The application's identifier, unique among the seeker's applications.</param>
    /// <param name="companyId">The identifier of the company; contacts at the company carry the same identifier.</param>
    /// <param name="companyName">The company's display name.</param>
    /// <param name="role">The role applied for, for display.</param>
    /// <param name="status">The lifecycle status.</param>
    /// <param name="appliedOn">The calendar date the seeker applied, in the seeker's time zone.</param>
    /// <param name="rejectionReason">Why the company turned the seeker down, when known; only meaningful once rejected.</param>
    /// <exception cref="ArgumentNullException">A string argument is <see langword="null"/>.</exception>
    public Application(
        string id,
        string companyId,
        string companyName,
        string role,
        ApplicationStatus status,
        LocalDate appliedOn,
        RejectionReason? rejectionReason = null)
    {
        Id = Preconditions.CheckNotNull(id);
        CompanyId = Preconditions.CheckNotNull(companyId);
        CompanyName = Preconditions.CheckNotNull(companyName);
        Role = Preconditions.CheckNotNull(role);
        Status = status;
        AppliedOn = appliedOn;
        RejectionReason = rejectionReason;
    }

    /// <summary>Gets the application's identifier.</summary>
    /// <value>Unique among the seeker's applications; touchpoints refer to it.</value>
    public string Id { get; }

    /// <summary>Gets the identifier of the company.</summary>
    /// <value>Matches <see cref="Contact.CompanyId"/> of the people who work there.</value>
    public string CompanyId { get; }

    /// <summary>Gets the company's display name.</summary>
    /// <value>Used in explanations.</value>
    public string CompanyName { get; }

    /// <summary>Gets the role applied for.</summary>
    /// <value>Used in explanations.</value>
    public string Role { get; }

    /// <summary>Gets the lifecycle status.</summary>
    /// <value>The status the seeker last recorded.</value>
    public ApplicationStatus Status { get; }

    /// <summary>Gets the date the seeker applied.</summary>
    /// <value>A calendar date in the seeker's time zone; no touchpoint of the application may be earlier.</value>
    public LocalDate AppliedOn { get; }

    /// <summary>Gets why the company turned the seeker down.</summary>
    /// <value><see langword="null"/> when not rejected or not known.</value>
    public RejectionReason? RejectionReason { get; }
}
