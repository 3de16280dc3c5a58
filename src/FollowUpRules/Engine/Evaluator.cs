using System.Diagnostics;
using FollowUpRules.Calendar;
using FollowUpRules.Domain;
using FollowUpRules.Rules;
using FollowUpRules.Utility;
using NodaTime;

namespace FollowUpRules.Engine;

/// <summary>
/// One evaluation: walks the playbook's rules in dependency order over the facts of one application and collects
/// recommendations, expired steps and suppressed steps. Not thread-safe; the engine makes one per call.
/// </summary>
/// <remarks>
/// <para>The walk is split by concern: choosing the audience (<c>Evaluator.Audience.cs</c>), finding the anchor events
/// (<c>Evaluator.Anchors.cs</c>), the gates a step passes (<c>Evaluator.Gates.cs</c>), the chain of occurrences
/// (<c>Evaluator.Chain.cs</c>), and here the output.</para>
/// <para>An evaluation writes no sentence. Each step it makes points back to an <see cref="ExplanationSource"/>, which, when
/// an explanation is first read, walks the same input again with an <see cref="ExplanationTrace"/>: the walk then records
/// what happened as messages, and <see cref="ExplanationText"/> words them.</para>
/// </remarks>
internal sealed partial class Evaluator
{
    /// <summary>The back-off multiplier never exceeds this, whatever the number of unanswered attempts.</summary>
    internal const int MaxBackOffMultiplier = 64;

    private readonly CompiledPlaybook compiled;
    private readonly Facts facts;

    // The lists the steps are collected in: the thread's, reused between evaluations (Run gives them back).
    private readonly Workspace work = Workspace.Rent();

    // A fast run (source set) records nothing and gives each step an explanation that points back to the source; the
    // explaining run (trace set) walks the same path, produces the same steps in the same order, and collects what the trace
    // recorded for each.
    private readonly ExplanationSource? source;
    private readonly ExplanationTrace? trace;
    private int produced;

    // Set for callers that read only the recommendations (the agenda, the planner): expired and suppressed steps are
    // counted, so that every step keeps the number the explaining run gives it, but not made.
    private readonly bool recommendationsOnly;

    // What the steps of this evaluation share, made with the first step.
    private StepContext? stepContext;

    /// <summary>Initializes an evaluation that records nothing: each explanation is made by <paramref name="source"/> when first read.</summary>
    /// <param name="compiled">The playbook, compiled once per engine.</param>
    /// <param name="input">The validated input.</param>
    /// <param name="today">The date the evaluation is made on, in the seeker's zone.</param>
    /// <param name="source">The source every step of this evaluation points back to, to make its explanation when read.</param>
    /// <param name="recommendationsOnly">Whether to skip making the expired and suppressed steps, for <see cref="RunRecommendations"/>.</param>
    internal Evaluator(CompiledPlaybook compiled, EvaluationInput input, LocalDate today, ExplanationSource source, bool recommendationsOnly = false)
    {
        this.compiled = compiled;
        facts = new Facts(input, today, work.Facts);
        this.source = source;
        this.recommendationsOnly = recommendationsOnly;
    }

    /// <summary>Initializes an evaluation that records what happened, collecting each step's messages in production order in <paramref name="explained"/>.</summary>
    internal Evaluator(CompiledPlaybook compiled, EvaluationInput input, LocalDate today, List<ValueList<ExplanationMessage>> explained)
    {
        this.compiled = compiled;
        facts = new Facts(input, today, work.Facts);
        trace = new ExplanationTrace(explained, compiled.Playbook.Translations);
    }

    private LocalDate Today => facts.Today;

    internal Evaluation Run()
    {
        Debug.Assert(!recommendationsOnly, "An evaluation that skips the expired and suppressed steps cannot return them.");
        try
        {
            EvaluateRules();
            return new Evaluation(
                facts.Application.Id,
                Today,
                InOrder(work.Recommendations, CompiledPlaybook.CompareUrgency),
                InOrder(work.Expired, CompiledPlaybook.CompareExpired),
                InOrder(work.Suppressed, CompiledPlaybook.CompareSuppressed));
        }
        finally
        {
            work.Return();
        }
    }

    /// <summary>Runs the evaluation and adds only its recommendations to <paramref name="into"/>, in the order <see cref="Run"/> gives them.</summary>
    internal void RunRecommendations(List<Recommendation> into)
    {
        try
        {
            EvaluateRules();
            Span<Ranked<Recommendation>> ranked = work.Recommendations.Items;
            ranked.Sort(CompiledPlaybook.CompareUrgency);
            foreach (Ranked<Recommendation> step in ranked)
            {
                into.Add(step.Step);
            }
        }
        finally
        {
            work.Return();
        }
    }

    private void EvaluateRules()
    {
        // A pass before the other rules: the silent rejection, which they read (the status, the rejection anchor), and which
        // does not change while they run.
        foreach (CompiledRule rule in compiled.SilentRejectionRules)
        {
            EvaluateRule(rule);
        }

        foreach (CompiledRule rule in compiled.EvaluationOrder)
        {
            EvaluateRule(rule);
        }
    }

    private static ValueList<T> InOrder<T>(PooledList<Ranked<T>> steps, Comparison<Ranked<T>> order)
    {
        if (steps.Count == 0)
        {
            return ValueList<T>.Empty;
        }

        Span<Ranked<T>> ranked = steps.Items;
        ranked.Sort(order);
        var items = new T[ranked.Length];
        for (int i = 0; i < items.Length; i++)
        {
            items[i] = ranked[i].Step;
        }

        return ValueList<T>.Wrap(items);
    }

    private Subject PersonSubject(int person) => new(TargetKind.Person, facts.Contacts[person], person);

    // Targets are made when a step names them rather than for every subject walked: an evaluation that makes only its
    // recommendations (see recommendationsOnly) then makes no target for a contact who gets none. Each is made once.
    private Target TargetOf(Subject who) => who.Kind switch
    {
        TargetKind.Seeker => Target.Seeker,
        TargetKind.Company => facts.Company,
        _ => facts.PersonTarget(who.Person),
    };

    // The steps are made here rather than where they are found, so that the rule walk does not hold each one's
    // temporaries on its stack.
    private void Recommend(CompiledRule rule, Subject who, ActionSpec action, string anchorKey, int occurrence, LocalDate anchorDate, LocalDate earliest, LocalDate due, LocalDate latest, Urgency urgency, bool isReplacement)
    {
        // A person's step has a send time, worked out from the window when read; the explaining run says what it is.
        stepContext ??= new StepContext(facts.Application.Id, facts.Input.Seeker.Zone, compiled.Playbook.SendWindow, compiled.Playbook.Translations);
        if (who.Contact is { } contact)
        {
            trace?.SendAt(compiled.Playbook.SendWindow, due, contact, facts.ZoneOf(who.Person), facts.Input.Seeker.Zone);
        }

        var step = new Recommendation(rule.Rule, action, TargetOf(who), anchorKey, occurrence, anchorDate, earliest, due, latest, urgency, isReplacement, stepContext, Explain(rule.Rule.Id));
        work.Recommendations.Add(new(rule.Index, step, StepOrder.UrgencyKey(urgency, earliest, due, latest, rule.Rule.Priority)));
    }

    private void Expire(CompiledRule rule, Subject who, int occurrence, LocalDate due, LocalDate latest)
    {
        if (OnlyCounted())
        {
            return;
        }

        work.Expired.Add(new(rule.Index, new ExpiredStep(rule.Rule.Id, TargetOf(who), occurrence, due, latest, Explain(rule.Rule.Id)), work.Expired.Count));
    }

    private void Suppress(CompiledRule rule, Subject who, SuppressionReason reason, string? blockingRuleId = null)
    {
        if (OnlyCounted())
        {
            return;
        }

        work.Suppressed.Add(new(rule.Index, new SuppressedStep(rule.Rule.Id, TargetOf(who), reason, blockingRuleId, Explain(rule.Rule.Id)), work.Suppressed.Count));
    }

    /// <summary>
    /// Returns whether the next expired or suppressed step is only counted, not made (see recommendationsOnly): counted,
    /// so that every later step keeps the number the explaining run gives it.
    /// </summary>
    private bool OnlyCounted()
    {
        if (!recommendationsOnly)
        {
            return false;
        }

        produced++;
        return true;
    }

    /// <summary>
    /// Returns the explanation of the next step produced: in the explaining run, what the trace recorded for it; otherwise
    /// one that <see cref="source"/> makes when first read. Both runs number their steps the same way.
    /// </summary>
    private ExplanationSlot Explain(string ruleId)
    {
        int index = produced++;
        if (trace is not null)
        {
            return new ExplanationSlot(new Explanation(ruleId, trace.Produced()));
        }

        return new ExplanationSlot(source!, index);
    }

    /// <summary>Whom a step is for: the kind of target and, for a person, the contact and their position in the input (else -1).</summary>
    private readonly record struct Subject(TargetKind Kind, Contact? Contact, int Person)
    {
        /// <summary>Gets the subject's place among a rule's marks: the seeker, the company, then each contact.</summary>
        internal int Slot => Person >= 0 ? 2 + Person : Kind == TargetKind.Company ? 1 : 0;
    }
}
