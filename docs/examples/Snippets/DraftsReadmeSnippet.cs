using FollowUpRules.Domain;
using FollowUpRules.Drafts;
using FollowUpRules.Engine;
using FollowUpRules.Rules;
using NodaTime;

namespace FollowUpRules.Snippets;

/// <summary>The quick start in src/FollowUpRules.Drafts/README.md.</summary>
public static class DraftsReadmeSnippet
{
    /// <summary>Writes the draft of the next step of one application with the default playbook, and prints it.</summary>
    /// <returns>The draft.</returns>
    public static Draft? Run()
    {
        var engine = new FollowUpEngine(DefaultPlaybook.Instance, SystemClock.Instance);
        var drafts = new DraftWriter(DefaultPlaybook.Instance); // checks every template of the playbook, once

        var input = new EvaluationInput(
            new Application("app-1", "acme", "Acme", "Data Analyst", ApplicationStatus.Interviewing, new LocalDate(2026, 11, 2)),
            [new Contact("ana", "acme", "Ana Ruiz", [ContactRole.HiringManager], email: "ana@acme.example")],
            [new Touchpoint("t1", TouchpointKind.Interview, new LocalDate(2026, 11, 20), ["ana"])],
            new Seeker(DateTimeZoneProviders.Tzdb["Europe/London"], name: "Sam Taylor"));

        Recommendation next = engine.Evaluate(input, new LocalDate(2026, 11, 21)).Next!;
        Draft? draft = drafts.Write(input, next); // null when the playbook has no template for the step
        Console.WriteLine(draft);                 // Subject: Thank you: Data Analyst interview, then "Hi Ana, ..."
        return draft;
    }
}
