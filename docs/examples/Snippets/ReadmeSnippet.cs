using FollowUpRules.Domain;
using FollowUpRules.Engine;
using FollowUpRules.Rules;
using NodaTime;

namespace FollowUpRules.Snippets;

/// <summary>The snippet in README.md.</summary>
public static class ReadmeSnippet
{
    /// <summary>Evaluates one application with the default playbook and prints the next step.</summary>
    /// <returns>The evaluation.</returns>
    public static Evaluation Run()
    {
        // One engine per playbook: immutable and thread-safe. Without a date, "today" comes from the clock in the seeker's zone.
        var engine = new FollowUpEngine(DefaultPlaybook.Instance, SystemClock.Instance);

        var input = new EvaluationInput(
            new Application("app-1", "acme", "Acme", "Data Analyst", ApplicationStatus.Interviewing, new LocalDate(2026, 11, 2)),
            [new Contact("ana", "acme", "Ana Ruiz", [ContactRole.HiringManager], email: "ana@acme.example")],
            [new Touchpoint("t1", TouchpointKind.Interview, new LocalDate(2026, 11, 20), ["ana"])],
            new Seeker(DateTimeZoneProviders.Tzdb["Europe/London"]));

        Evaluation evaluation = engine.Evaluate(input, new LocalDate(2026, 11, 21));
        Console.WriteLine(evaluation.Next);              // Send a thank-you email (Ana Ruiz, by Email), due Mon 2026-11-23
        Console.WriteLine(evaluation.Next!.Explanation); // the rule and its source, the anchor, the due date, the window
        return evaluation;
    }
}
