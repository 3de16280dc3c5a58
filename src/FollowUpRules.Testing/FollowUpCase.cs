using FollowUpRules.Domain;
using FollowUpRules.Engine;
using FollowUpRules.Rules;
using NodaTime;

namespace FollowUpRules.Testing;

/// <summary>One generated test case: a valid evaluation input and the day to evaluate it on.</summary>
/// <remarks>Immutable and safe to share between threads. <see cref="ToString"/> prints the whole case, so a failing property shows it.</remarks>
public sealed record FollowUpCase
{
    /// <summary>Initializes a new case.</summary>
    /// <param name="input">The input; valid for <paramref name="today"/>.</param>
    /// <param name="today">The evaluation date.</param>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> is <see langword="null"/>.</exception>
    public FollowUpCase(EvaluationInput input, LocalDate today)
    {
        ArgumentNullException.ThrowIfNull(input);
        Input = input;
        Today = today;
    }

    /// <summary>Gets the input.</summary>
    /// <value>Valid for <see cref="Today"/>.</value>
    public EvaluationInput Input { get; }

    /// <summary>Gets the evaluation date.</summary>
    /// <value>On or after every date in the input.</value>
    public LocalDate Today { get; }

    /// <summary>Returns a copy with other touchpoints.</summary>
    /// <param name="touchpoints">The touchpoints.</param>
    /// <returns>The new case; the caller keeps it valid.</returns>
    public FollowUpCase WithTouchpoints(IEnumerable<Touchpoint> touchpoints) =>
        new(new EvaluationInput(Input.Application, Input.Contacts, touchpoints, Input.Seeker), Today);

    /// <summary>Returns a copy evaluated on another day.</summary>
    /// <param name="today">The new evaluation date; not before the latest date in the input.</param>
    /// <returns>The new case.</returns>
    public FollowUpCase WithToday(LocalDate today) => new(Input, today);

    /// <summary>
    /// Returns a copy in which <paramref name="step"/> is recorded as done on <see cref="Today"/>: the touchpoint
    /// <see cref="Recommendation.DoneOn"/> gives (of the first kind that completes its action, naming its target when that
    /// is a person).
    /// Recording a <see cref="TouchpointKind.Rejection"/> also sets the application's status to
    /// <see cref="ApplicationStatus.Rejected"/>, so that the case stays valid.
    /// </summary>
    /// <param name="step">A recommendation the engine made for this case.</param>
    /// <returns>The new case, with one touchpoint more (its id starts with <c>done-</c>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="step"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="step"/> is not an action that a touchpoint completes.</exception>
    public FollowUpCase WithStepDone(Recommendation step)
    {
        ArgumentNullException.ThrowIfNull(step);
        var ids = Input.Touchpoints.Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
        int n = Input.Touchpoints.Count;
        while (ids.Contains($"done-{n}"))
        {
            n++;
        }

        Touchpoint done = step.DoneOn(Today, $"done-{n}");
        Application a = Input.Application;
        Application application = done.Kind == TouchpointKind.Rejection && a.Status is not (ApplicationStatus.Rejected or ApplicationStatus.Closed)
            ? new Application(a.Id, a.CompanyId, a.CompanyName, a.Role, ApplicationStatus.Rejected, a.AppliedOn, a.RejectionReason)
            : a;
        return new FollowUpCase(new EvaluationInput(application, Input.Contacts, [.. Input.Touchpoints, done], Input.Seeker), Today);
    }

    /// <summary>Describes the whole case, one fact per line, for counterexamples.</summary>
    /// <returns>The description.</returns>
    public override string ToString()
    {
        Application a = Input.Application;
        var lines = new List<string>
        {
            $"today {Today:uuuu-MM-dd}, seeker zone {Input.Seeker.Zone.Id}" + (Input.Seeker.EmployedElsewhereSince is { } e ? $", employed elsewhere since {e:uuuu-MM-dd}" : string.Empty),
            $"application {a.Id} at {a.CompanyName}: {a.Status}, applied {a.AppliedOn:uuuu-MM-dd}" + (a.RejectionReason is { } r ? $", reason {r}" : string.Empty),
        };
        foreach (Contact c in Input.Contacts)
        {
            lines.Add($"contact {c.Id} [{string.Join(",", c.Roles)}]"
                + (c.Email is null ? string.Empty : " email")
                + (c.PostalAddress is null ? string.Empty : " postal")
                + (c.LinkedInUrl is null ? string.Empty : " linkedin")
                + (c.Phone is null ? string.Empty : " phone")
                + $" linkedin:{c.LinkedIn}"
                + (c.DoNotContact ? " DO-NOT-CONTACT" : string.Empty));
        }

        foreach (Touchpoint t in Input.Touchpoints)
        {
            lines.Add($"touchpoint {t.Id} {t.Date:uuuu-MM-dd} {t.Kind}"
                + (t.ContactIds.Count > 0 ? " with " + string.Join(",", t.ContactIds) : string.Empty)
                + (t.Outcome is { } o ? $" said {o}" : string.Empty)
                + (t.RuleId is { } rule ? $" rule {rule}" : string.Empty)
                + (t.SnoozeUntil is { } until ? $" until {until:uuuu-MM-dd}" : string.Empty));
        }

        return string.Join(Environment.NewLine, lines);
    }
}
