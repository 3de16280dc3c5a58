using FollowUpRules.Engine;
using NodaTime;

namespace FollowUpRules.Planning;

/// <summary>
/// A pending step of the application numbered <c>Application</c> in the <see cref="Portfolio"/>, with the values the merge
/// and the sort compare, read once from the recommendation.
/// </summary>
internal readonly struct Candidate
{
    public Candidate(Recommendation recommendation, int application, int company, int rule)
    {
        Recommendation = recommendation;
        Application = application;
        Company = company;
        Rule = rule;
        Due = recommendation.Due;
        Latest = recommendation.Latest;
        Urgency = recommendation.Urgency;
        UrgencyKey = StepOrder.UrgencyKey(recommendation);
        Target target = recommendation.Target;
        if (target.Kind == TargetKind.Person)
        {
            PersonId = target.ContactId;
            PersonHash = StringComparer.Ordinal.GetHashCode(target.ContactId!);
        }
    }

    public Recommendation Recommendation { get; }

    public int Application { get; }

    public int Company { get; }

    /// <summary>Gets the position of the step's rule in the playbook.</summary>
    public int Rule { get; }

    public LocalDate Due { get; }

    public LocalDate Latest { get; }

    public Urgency Urgency { get; }

    /// <summary>Gets the first criteria of the step order (<see cref="StepOrder.UrgencyKey(Recommendation)"/>) in one number.</summary>
    public long UrgencyKey { get; }

    /// <summary>Gets the contact id of a step to a person; <see langword="null"/> for any other step.</summary>
    public string? PersonId { get; }

    public int PersonHash { get; }
}
