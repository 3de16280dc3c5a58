using FollowUpRules.Domain;
using FollowUpRules.Engine;
using FollowUpRules.Planning;
using NodaTime;

namespace FollowUpRules.Html;

/// <summary>One step on the timeline: the engine's recommendation, the day the plan or the agenda puts it on, its status on the timeline's day, and its moves.</summary>
internal sealed class TimelineStep
{
    public TimelineStep(Recommendation recommendation, LocalDate date, IReadOnlyList<Application> applications, StepStatus status, IReadOnlyList<AgendaMove> moves, Explanation? moveExplanation)
    {
        Recommendation = recommendation;
        Date = date;
        Applications = applications;
        Status = status;
        Moves = moves;
        MoveExplanation = moveExplanation;
    }

    /// <summary>Gets the step.</summary>
    public Recommendation Recommendation { get; }

    /// <summary>Gets the day the plan assumes the step is done, or the agenda schedules it.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets the applications the step serves, the lane's first (several for a person step the agenda merged across one company's applications).</summary>
    public IReadOnlyList<Application> Applications { get; }

    /// <summary>Gets the step's status on the timeline's day.</summary>
    public StepStatus Status { get; }

    /// <summary>Gets the agenda's moves of the step; empty for a plan's step and a step not moved.</summary>
    public IReadOnlyList<AgendaMove> Moves { get; }

    /// <summary>Gets the agenda's explanation of the moves (a sentence per move, and one if the step ended past its latest date), worded when the timeline is written; <see langword="null"/> for a plan's step.</summary>
    public Explanation? MoveExplanation { get; }

    /// <summary>Returns the status of a step with the window <paramref name="earliest"/> to <paramref name="latest"/> on <paramref name="today"/>, like the engine's urgency.</summary>
    public static StepStatus StatusOn(LocalDate today, LocalDate earliest, LocalDate latest) =>
        today > latest ? StepStatus.Overdue : today >= earliest ? StepStatus.Due : StepStatus.Upcoming;
}

/// <summary>One application's lane: the application and its steps in date order.</summary>
internal sealed record TimelineLane(Application Application, IReadOnlyList<TimelineStep> Steps);

/// <summary>One company's lanes.</summary>
internal sealed record TimelineCompany(string Name, IReadOnlyList<TimelineLane> Lanes);
