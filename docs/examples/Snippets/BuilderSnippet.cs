using FollowUpRules.Domain;
using FollowUpRules.Rules;
using FollowUpRules.Rules.Conditions;
using NodaTime;

namespace FollowUpRules.Snippets;

/// <summary>The snippet in docs/concepts.md, "Building a playbook in code".</summary>
public static class BuilderSnippet
{
    /// <summary>Builds a small playbook with the fluent builder.</summary>
    /// <returns>The playbook, validated.</returns>
    public static Playbook Run()
    {
        Playbook playbook = PlaybookBuilder.Create("gentle", "Gentle follow-ups", version: 1)
            .AddStopRule("respect-a-no", "Respect a \"no\"", new Audience(AudienceKind.Contacts),
                Condition.ReplyReceived(ReplyOutcome.No))
            .AddRule("interview-thank-you", "Thank each interviewer by email", rule => rule
                .After(Anchor.InterviewHeld)
                .Due(StepOffset.FromBusinessDays(1))
                .Window(late: Period.FromDays(3))
                .For(Audience.EachInterviewer)
                .Do(ActionKind.SendThankYouEmail, Channel.Email, otherwise: new ActionSpec(ActionKind.SendThankYouEmail, Channel.LinkedIn))
                .IfLate(LatePolicy.Expire)
                .WithPriority(70))
            .AddRule("status-follow-up", "Ask about the application's status", rule => rule
                .After(Anchor.ApplicationSubmitted)
                .Due(StepOffset.FromWeeks(2))
                .Repeat(StepOffset.FromWeeks(2), maxCount: 2)
                .For(Audience.FirstOf(ContactRole.Recruiter, ContactRole.HiringManager))
                .Do(ActionKind.SendStatusFollowUp, Channel.Email)
                .When(Condition.StatusIs(ApplicationStatus.Applied))
                .StopWhen(Condition.ReplyReceived(), Condition.EmployedElsewhere)
                .From("common job-search practice"))
            .Build(); // validates: a FollowUpValidationException lists every problem, with its path

        return playbook;
    }
}
