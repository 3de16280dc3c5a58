using FollowUpRules.Calendar;
using FollowUpRules.Domain;
using FollowUpRules.Rules.Conditions;
using NodaTime;

namespace FollowUpRules.Rules;

/// <summary>
/// The playbook FollowUpRules ships: the follow-up advice of Liz Ryan ("Five Steps To Take When You Don't Get The Job")
/// and Angela Copeland (rejection as the start of a longer conversation), plus common job-search practice, as 16 rules,
/// with a draft template for every step they make, in English with Spanish and German translations.
/// </summary>
/// <remarks>
/// <para>This is plain data in the same rule model a playbook file loads: the engine has no code that knows any of these
/// rules. Every timing, audience and stop rule here is a default; apps may ship their own playbook.
/// <c>docs/default-playbook.md</c> explains each rule and where it comes from.</para>
/// <para>The instance is immutable and safe to share between threads.</para>
/// </remarks>
public static class DefaultPlaybook
{
    /// <summary>The default playbook's id: <c>default</c>.</summary>
    public const string Id = "default";

    private const string LizRyan = "Liz Ryan, \"Five Steps To Take When You Don't Get The Job\" (Forbes)";
    private const string AngelaCopeland = "Angela Copeland, career coach (Memphis Daily News)";
    private const string CommonPractice = "common job-search practice";

    /// <summary>Gets the default playbook.</summary>
    /// <value>Version 1 of the <c>default</c> playbook, Monday-to-Friday working week.</value>
    public static Playbook Instance { get; } = Create();

    private static Playbook Create()
    {
        ActionSpec emailElseLinkedIn(ActionKind kind) => new(kind, Channel.Email, new ActionSpec(kind, Channel.LinkedIn));
        Condition stillSearching = Condition.Not(Condition.EmployedElsewhere);
        Condition afterRejection = Condition.StatusIs(ApplicationStatus.Rejected, ApplicationStatus.Closed);

        Rule[] rules =
        [
            // Row 13: nothing more to a person who asked not to be contacted or said no.
            new Rule(
                "respect-no-contact",
                "Respect a \"no\" and a request not to be contacted",
                anchor: null,
                timing: null,
                new Audience(AudienceKind.Contacts),
                new ActionSpec(ActionKind.StopOutreach, Channel.None),
                conditions: [Condition.AnyOf(Condition.DoNotContact, Condition.ReplyReceived(ReplyOutcome.No))],
                source: CommonPractice),

            // Row 1: application submitted, nothing heard (the status may already say Interviewing with no interview recorded).
            new Rule(
                "status-follow-up",
                "Follow up politely on the application's status",
                Anchor.ApplicationSubmitted,
                new Timing(StepOffset.FromWeeks(1), new Window(Period.FromDays(2), Period.FromDays(3)), new Repeat(StepOffset.FromWeeks(1), maxCount: 2), DateAdjustment.Following),
                Audience.FirstOf(ContactRole.Recruiter, ContactRole.HiringManager),
                emailElseLinkedIn(ActionKind.SendStatusFollowUp),
                conditions: [Condition.StatusIs(ApplicationStatus.Applied, ApplicationStatus.Interviewing)],
                stopWhen: [Condition.ReplyReceived(scope: ConditionScope.Anyone), Condition.TouchpointRecorded(TouchpointKind.Interview, ConditionScope.Anyone), Condition.EmployedElsewhere],
                priority: 60,
                source: CommonPractice),

            // Row 2: interview held.
            new Rule(
                "interview-thank-you",
                "Thank each interviewer by email",
                Anchor.InterviewHeld,
                new Timing(StepOffset.FromBusinessDays(1), new Window(late: Period.FromDays(3))),
                Audience.EachInterviewer,
                emailElseLinkedIn(ActionKind.SendThankYouEmail),
                late: LatePolicy.Expire,
                priority: 70,
                source: CommonPractice),

            // Row 3: no decision long after the last interview.
            new Rule(
                "silent-rejection",
                "Treat a long silence after the last interview as a rejection",
                Anchor.LastInterview,
                new Timing(StepOffset.FromDays(30), new Window(early: Period.Zero)),
                Audience.Seeker,
                new ActionSpec(ActionKind.TreatAsRejected, Channel.None),
                conditions: [Condition.Not(Condition.StatusIs(ApplicationStatus.Offer, ApplicationStatus.Hired, ApplicationStatus.Withdrawn, ApplicationStatus.Closed))],
                priority: 55,
                source: AngelaCopeland + ": sometimes the company never tells you at all"),

            // Row 4: journal notes about the interviews while memory is fresh; without an interview there is nothing to note.
            new Rule(
                "journal-notes",
                "Write journal notes about the interviews while memory is fresh",
                Anchor.RejectionReceived,
                new Timing(StepOffset.Zero, new Window(late: Period.FromDays(1))),
                Audience.Seeker,
                new ActionSpec(ActionKind.WriteJournalNotes, Channel.None),
                conditions: [Condition.TouchpointRecorded(TouchpointKind.Interview, ConditionScope.Anyone)],
                priority: 60,
                source: LizRyan + ", step 5"),

            // Row 5: a handwritten note to each interviewer, or an email where no postal address is known.
            new Rule(
                "rejection-thank-you-note",
                "Send each interviewer a handwritten thank-you note",
                Anchor.RejectionReceived,
                new Timing(StepOffset.FromDays(3), new Window(late: Period.FromDays(4)), adjust: DateAdjustment.Following),
                Audience.EachInterviewer,
                new ActionSpec(ActionKind.SendThankYouNote, Channel.Postal, emailElseLinkedIn(ActionKind.SendThankYouEmail)),
                late: LatePolicy.TurnIntoAction(emailElseLinkedIn(ActionKind.SendThankYouEmail)),
                priority: 70,
                source: LizRyan + ", step 1",
                drafts: DefaultDrafts.Rule("rejection-thank-you-note", Channel.Postal, Channel.Email, Channel.LinkedIn)),

            // Row 6: congratulate on the hire, ask to connect, about a week after the note.
            new Rule(
                "congratulate-and-connect",
                "Congratulate each interviewer on the hire and ask to connect on LinkedIn",
                Anchor.AfterRule("rejection-thank-you-note"),
                new Timing(StepOffset.FromWeeks(1), new Window(late: Period.FromWeeks(1)), adjust: DateAdjustment.Following),
                Audience.EachInterviewer,
                emailElseLinkedIn(ActionKind.SendCongratulations),
                priority: 60,
                source: LizRyan + ", step 2"),

            // Row 7: they said yes: send the invitation.
            new Rule(
                "send-linkedin-invitation",
                "Send the LinkedIn invitation they agreed to",
                Anchor.ReplyReceived(ReplyOutcome.Yes),
                new Timing(StepOffset.FromBusinessDays(1), new Window(late: Period.FromDays(3))),
                new Audience(AudienceKind.Contacts),
                new ActionSpec(ActionKind.SendLinkedInInvitation, Channel.LinkedIn),
                conditions: [Condition.TouchpointRecorded(TouchpointKind.Congratulations), Condition.Not(Condition.LinkedInStateIs(LinkedInConnection.Pending, LinkedInConnection.Connected))],
                priority: 65,
                source: LizRyan + ", step 2"),

            // Row 8: follow the organisation on its social accounts.
            new Rule(
                "follow-company-social",
                "Follow the company on its social accounts",
                Anchor.RejectionReceived,
                new Timing(StepOffset.FromWeeks(1)),
                Audience.Company,
                new ActionSpec(ActionKind.FollowOnSocial, Channel.Social),
                conditions: [Condition.Not(Condition.TouchpointRecorded(TouchpointKind.SocialFollow, ConditionScope.Anyone))],
                priority: 30,
                source: LizRyan + ", step 3"),

            // Row 9: check back at three and six months.
            new Rule(
                "check-back-on-company",
                "Check back on the company for new openings and news",
                Anchor.RejectionReceived,
                new Timing(StepOffset.FromMonths(3), new Window(Period.FromWeeks(2), Period.FromWeeks(2)), new Repeat(StepOffset.FromMonths(3), maxCount: 2)),
                Audience.Company,
                new ActionSpec(ActionKind.CheckOnCompany, Channel.Web),
                priority: 40,
                source: LizRyan + ", step 4"),

            // Row 10: hiring paused: check back sooner.
            new Rule(
                "check-back-hiring-paused",
                "Check back sooner: hiring was only paused",
                Anchor.RejectionReceived,
                new Timing(StepOffset.FromWeeks(6), new Window(Period.FromWeeks(1), Period.FromWeeks(2))),
                Audience.Company,
                new ActionSpec(ActionKind.CheckOnCompany, Channel.Web),
                conditions: [Condition.RejectionReasonIs(RejectionReason.HiringPaused)],
                priority: 45,
                source: AngelaCopeland + ": hiring put on hold is a common reason that has nothing to do with you",
                drafts: DefaultDrafts.Rule("check-back-hiring-paused", Channel.Web)),

            // Row 11: the long conversation with the hiring manager.
            new Rule(
                "nurture-hiring-manager",
                "Check in with the hiring manager",
                Anchor.RejectionReceived,
                new Timing(
                    StepOffset.FromMonths(3),
                    new Window(Period.FromWeeks(2), Period.FromMonths(1)),
                    new Repeat(StepOffset.FromMonths(3), @for: Period.FromYears(3), restartOnInteraction: true, backOffFactor: 2, maxUnanswered: 3),
                    DateAdjustment.Following),
                Audience.Each(ContactRole.HiringManager),
                emailElseLinkedIn(ActionKind.SendCheckIn),
                conditions: [afterRejection, stillSearching],
                priority: 50,
                source: AngelaCopeland + ": reach out to the hiring manager again later"),

            // Row 11: coffee with a team member now and then.
            new Rule(
                "coffee-with-team-member",
                "Meet someone from the team for coffee",
                Anchor.RejectionReceived,
                new Timing(
                    StepOffset.FromMonths(4),
                    new Window(Period.FromMonths(1), Period.FromMonths(1)),
                    new Repeat(StepOffset.FromMonths(6), @for: Period.FromYears(3), restartOnInteraction: true),
                    DateAdjustment.Following),
                Audience.FirstOf(ContactRole.TeamMember),
                new ActionSpec(ActionKind.MeetForCoffee, Channel.InPerson),
                conditions: [afterRejection, stillSearching],
                late: LatePolicy.Expire,
                priority: 40,
                source: AngelaCopeland + ": meet someone from the team for coffee now and then"),

            // Row 12: a new posting: reach out before applying.
            new Rule(
                "reach-out-on-new-posting",
                "Reach out to the hiring manager about the new posting before applying",
                Anchor.PostingSpotted,
                new Timing(StepOffset.FromBusinessDays(2), new Window(late: Period.FromDays(2))),
                Audience.FirstOf(ContactRole.HiringManager, ContactRole.Recruiter),
                emailElseLinkedIn(ActionKind.ReachOutAboutPosting),
                conditions: [Condition.StatusIs(ApplicationStatus.Rejected, ApplicationStatus.Withdrawn, ApplicationStatus.Closed)],
                late: LatePolicy.Expire,
                priority: 80,
                source: AngelaCopeland + ": keep an eye on new openings at the company"),

            // Row 14: employed elsewhere: the conversation goes on, more slowly.
            new Rule(
                "coffee-with-team-member-employed",
                "Meet someone from the team for coffee once in a while, now that you have a job",
                Anchor.RejectionReceived,
                new Timing(
                    StepOffset.FromMonths(6),
                    new Window(Period.FromMonths(1), Period.FromMonths(1)),
                    new Repeat(StepOffset.FromMonths(12), @for: Period.FromYears(3), restartOnInteraction: true),
                    DateAdjustment.Following),
                Audience.FirstOf(ContactRole.TeamMember),
                new ActionSpec(ActionKind.MeetForCoffee, Channel.InPerson),
                conditions: [afterRejection, Condition.EmployedElsewhere],
                late: LatePolicy.Expire,
                priority: 35,
                source: AngelaCopeland + ": it can take years; the network brings jobs to you",
                drafts: DefaultDrafts.Rule("coffee-with-team-member-employed", Channel.InPerson)),

            new Rule(
                "nurture-hiring-manager-employed",
                "Check in with the hiring manager now and then, now that you have a job",
                Anchor.RejectionReceived,
                new Timing(
                    StepOffset.FromMonths(6),
                    new Window(Period.FromWeeks(2), Period.FromMonths(1)),
                    new Repeat(StepOffset.FromMonths(6), @for: Period.FromYears(3), restartOnInteraction: true, backOffFactor: 2, maxUnanswered: 3),
                    DateAdjustment.Following),
                Audience.Each(ContactRole.HiringManager),
                emailElseLinkedIn(ActionKind.SendCheckIn),
                conditions: [afterRejection, Condition.EmployedElsewhere],
                priority: 45,
                source: AngelaCopeland + ": it can take years; the network brings jobs to you",
                drafts: DefaultDrafts.Rule("nurture-hiring-manager-employed", Channel.Email, Channel.LinkedIn)),
        ];

        DraftTemplate[] drafts = DefaultDrafts.Playbook();
        return new Playbook(Id, "FollowUpRules default playbook", 1, rules, drafts: drafts, translations: DefaultTranslations.Of(rules, drafts));
    }
}
