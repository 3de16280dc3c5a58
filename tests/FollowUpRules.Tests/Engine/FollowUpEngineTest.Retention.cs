using System.Runtime.CompilerServices;
using FollowUpRules.Domain;
using FollowUpRules.Engine;
using FollowUpRules.Rules;
using FollowUpRules.Tests.Support;
using NodaTime;
using static FollowUpRules.Tests.Support.Scenario;

namespace FollowUpRules.Tests.Engine;

/// <summary>
/// The engine reuses each thread's arrays and lists from one evaluation to the next, emptied: once its results are
/// dropped, nothing of an input stays alive, so a service that evaluates many applications holds on to none of them.
/// </summary>
public partial class FollowUpEngineTest
{
    private static readonly Playbook ThanksPlaybook = PlaybookBuilder.Create("thanks", "Thanks")
        .AddRule("thanks", "Thank each interviewer", rule => rule
            .After(Anchor.InterviewHeld).Due(StepOffset.FromDays(1)).Window(late: Period.FromDays(3))
            .For(Audience.EachInterviewer).Do(ActionKind.SendThankYouEmail, Channel.Email))
        .Build();

    [Fact]
    public void Evaluate_ResultsDropped_NothingOfTheInputStaysAlive()
    {
        WeakReference[] touchpoints = EvaluateAndDrop();

        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        touchpoints.Count(t => t.IsAlive).ShouldBe(0);
    }

    // Evaluates, on this thread, an interview and the thank-you for it, listed out of date order (so that they are sorted
    // in a rented array); returns weak references to the touchpoints.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference[] EvaluateAndDrop()
    {
        EvaluationInput input = new Scenario(D(2026, 11, 2)).Person("ana")
            .Touch(TouchpointKind.ThankYouEmail, D(2026, 11, 21), "ana")
            .Interview(D(2026, 11, 20), "ana")
            .Input();
        var engine = new FollowUpEngine(ThanksPlaybook, Clocks.AtNoon(D(2026, 11, 23), Zone));

        engine.Evaluate(input, D(2026, 11, 23)).Recommendations.ShouldBeEmpty();
        return [.. input.Touchpoints.Select(t => new WeakReference(t))];
    }
}
