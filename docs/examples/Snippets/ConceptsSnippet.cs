using FollowUpRules.Domain;
using FollowUpRules.Engine;
using FollowUpRules.Rules;
using NodaTime;

namespace FollowUpRules.Snippets;

/// <summary>The snippet in docs/concepts.md.</summary>
public static class ConceptsSnippet
{
    /// <summary>Evaluates the concepts page's example application with the default playbook and prints the steps.</summary>
    /// <returns>The evaluation printed.</returns>
    public static Evaluation Run()
    {
        var application = new Application(
            "app-1", "acme", "Acme", "Data Analyst", ApplicationStatus.Rejected, new LocalDate(2026, 9, 1),
            rejectionReason: RejectionReason.HiringPaused);

        Contact[] contacts =
        [
            new Contact("ana", "acme", "Ana Ruiz", [ContactRole.HiringManager],
                email: "ana@acme.example", postalAddress: "Ana Ruiz, 1 Acme Way, London"),
            new Contact("ben", "acme", "Ben Okafor", [ContactRole.TeamMember], email: "ben@acme.example"),
        ];

        Touchpoint[] touchpoints =
        [
            new Touchpoint("t1", TouchpointKind.Interview, new LocalDate(2026, 9, 15), ["ana", "ben"], applicationId: "app-1"),
            new Touchpoint("t2", TouchpointKind.Rejection, new LocalDate(2026, 11, 16), applicationId: "app-1"),
        ];

        var seeker = new Seeker(DateTimeZoneProviders.Tzdb["Europe/London"]);
        var input = new EvaluationInput(application, contacts, touchpoints, seeker);

        Evaluation evaluation = new FollowUpEngine(DefaultPlaybook.Instance, SystemClock.Instance).Evaluate(input);

        foreach (Recommendation step in evaluation.Recommendations)
        {
            // For example "Due: Send a handwritten thank-you note (Ana Ruiz, by Postal), due Thu 2026-11-19".
            Console.WriteLine($"{step.Urgency}: {step.Summary}");

            // One sentence per line: the rule and its source, the anchor, the conditions, the due date, the window.
            Console.WriteLine(step.Explanation);
        }

        return evaluation;
    }
}
