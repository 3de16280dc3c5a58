// A job seeker's pipeline, evaluated with the default playbook: what to do next, for whom, when, and why.
// Usage: dotnet run --project docs/examples/QuickStart [-- --today 2026-11-23]
using FollowUpRules.Domain;
using FollowUpRules.Engine;
using FollowUpRules.Rules;
using NodaTime;
using NodaTime.Text;

DateTimeZone zone = DateTimeZoneProviders.Tzdb["Europe/London"];
var engine = new FollowUpEngine(DefaultPlaybook.Instance, SystemClock.Instance);
LocalDate today = args is ["--today", var text] ? LocalDatePattern.Iso.Parse(text).GetValueOrThrow() : engine.Today(zone);
var seeker = new Seeker(zone);

Console.WriteLine($"FollowUpRules quick start: the default playbook on a sample pipeline, {today:uuuu-MM-dd}");
foreach (EvaluationInput input in SamplePipeline.Build(today, seeker))
{
    Evaluation evaluation = engine.Evaluate(input, today);
    Application app = input.Application;
    Console.WriteLine();
    Console.WriteLine($"== {app.Role} at {app.CompanyName} ({app.Status}) ==");
    if (evaluation.Recommendations.Count == 0)
    {
        Console.WriteLine("   Nothing to do.");
    }

    foreach (Recommendation step in evaluation.Recommendations)
    {
        Console.WriteLine($" - [{step.Urgency}] {step.Summary}");
    }

    if (evaluation.Next is { } next)
    {
        Console.WriteLine("   Why the first one:");
        foreach (string line in next.Explanation.Lines)
        {
            Console.WriteLine($"     {line}");
        }
    }
}

/// <summary>A few applications in different states, dated relative to today so the example shows something any day.</summary>
internal static class SamplePipeline
{
    internal static IEnumerable<EvaluationInput> Build(LocalDate today, Seeker seeker)
    {
        // Just applied, nothing heard for a week.
        var recruiter = new Contact("rita", "globex", "Rita Chen", [ContactRole.Recruiter], email: "rita@globex.example");
        yield return new EvaluationInput(
            new Application("globex-analyst", "globex", "Globex", "Data Analyst", ApplicationStatus.Applied, today.PlusDays(-8)),
            [recruiter],
            [],
            seeker);

        // Interviewed two days ago by two people.
        var ana = new Contact("ana", "initech", "Ana Ruiz", [ContactRole.HiringManager], email: "ana@initech.example", postalAddress: "Initech, 1 Office Park, London");
        var ben = new Contact("ben", "initech", "Ben Okafor", [ContactRole.TeamMember], email: "ben@initech.example");
        yield return new EvaluationInput(
            new Application("initech-engineer", "initech", "Initech", "Software Engineer", ApplicationStatus.Interviewing, today.PlusDays(-20)),
            [ana, ben],
            [new Touchpoint("i1", TouchpointKind.Interview, today.PlusDays(-2), ["ana", "ben"])],
            seeker);

        // Rejected last week, hiring paused; a thank-you note is already in the post.
        var hank = new Contact("hank", "umbrella", "Hank Moss", [ContactRole.HiringManager], email: "hank@umbrella.example", postalAddress: "Umbrella, 2 Hill Road, Leeds");
        yield return new EvaluationInput(
            new Application("umbrella-pm", "umbrella", "Umbrella", "Product Manager", ApplicationStatus.Rejected, today.PlusDays(-60), RejectionReason.HiringPaused),
            [hank],
            [
                new Touchpoint("u1", TouchpointKind.Interview, today.PlusDays(-30), ["hank"]),
                new Touchpoint("u2", TouchpointKind.ThankYouEmail, today.PlusDays(-30), ["hank"]),
                new Touchpoint("u3", TouchpointKind.Rejection, today.PlusDays(-7)),
                new Touchpoint("u4", TouchpointKind.JournalEntry, today.PlusDays(-7)),
                new Touchpoint("u5", TouchpointKind.ThankYouNote, today.PlusDays(-5), ["hank"]),
            ],
            seeker);

        // Interviewed six weeks ago and never heard back: a silent rejection.
        var gwen = new Contact("gwen", "hooli", "Gwen Park", [ContactRole.HiringManager], email: "gwen@hooli.example");
        yield return new EvaluationInput(
            new Application("hooli-analyst", "hooli", "Hooli", "Business Analyst", ApplicationStatus.Interviewing, today.PlusDays(-70)),
            [gwen],
            [
                new Touchpoint("h1", TouchpointKind.Interview, today.PlusDays(-42), ["gwen"]),
                new Touchpoint("h2", TouchpointKind.ThankYouEmail, today.PlusDays(-41), ["gwen"]),
            ],
            seeker);
    }
}
