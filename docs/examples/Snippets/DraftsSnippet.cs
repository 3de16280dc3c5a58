using FollowUpRules.Domain;
using FollowUpRules.Drafts;
using FollowUpRules.Engine;
using FollowUpRules.Rules;
using NodaTime;

namespace FollowUpRules.Snippets;

/// <summary>The snippet in docs/concepts.md#drafts.</summary>
public static class DraftsSnippet
{
    /// <summary>Drafts the thank-you note to Ana Ruiz for the concepts page's example application, three days after the rejection.</summary>
    /// <returns>What the snippet prints.</returns>
    public static string Run()
    {
        var input = new EvaluationInput(
            new Application("app-1", "acme", "Acme", "Data Analyst", ApplicationStatus.Rejected, new LocalDate(2026, 9, 1),
                rejectionReason: RejectionReason.HiringPaused),
            [new Contact("ana", "acme", "Ana Ruiz", [ContactRole.HiringManager], postalAddress: "Ana Ruiz, 1 Acme Way, London")],
            [
                new Touchpoint("t1", TouchpointKind.Interview, new LocalDate(2026, 9, 15), ["ana"]),
                new Touchpoint("t2", TouchpointKind.Rejection, new LocalDate(2026, 11, 16)),
            ],
            new Seeker(DateTimeZoneProviders.Tzdb["Europe/London"], name: "Sam Taylor"));
        var engine = new FollowUpEngine(DefaultPlaybook.Instance, SystemClock.Instance);
        var drafts = new DraftWriter(DefaultPlaybook.Instance); // FollowUpRules.Drafts: checks every template once, here
        var printed = new StringWriter { NewLine = "\n" };

        Recommendation note = engine.Evaluate(input, new LocalDate(2026, 11, 19)).Recommendations
            .First(step => step.Action == ActionKind.SendThankYouNote);

        // Rendered now, not during Evaluate: null when the playbook has no template for the step.
        Draft? draft = drafts.Write(input, note);
        printed.WriteLine(draft); // the subject line (for email), the body, the talking points (for a coffee or a call)

        return printed.ToString();
    }
}
