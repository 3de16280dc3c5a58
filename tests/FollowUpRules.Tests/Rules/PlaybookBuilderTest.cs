using FollowUpRules.Calendar;
using FollowUpRules.Domain;
using FollowUpRules.Rules;
using FollowUpRules.Rules.Conditions;
using FollowUpRules.Validation;
using NodaTime;

namespace FollowUpRules.Tests.Rules;

public partial class PlaybookBuilderTest
{
    private const string LizRyan = "Liz Ryan, \"Five Steps To Take When You Don't Get The Job\" (Forbes)";
    private const string AngelaCopeland = "Angela Copeland, career coach (Memphis Daily News)";
    private const string CommonPractice = "common job-search practice";

    private static readonly string NewLine = Environment.NewLine;

    /// <summary>The default playbook, written rule by rule from DefaultPlaybook.cs with the builder.</summary>
    // The default playbook's template texts live in its resources; the rebuild writes them through the builders' methods.
    private static void OwnDrafts(RuleBuilder rule, string ruleId, params Channel[] channels) =>
        Array.ForEach(DefaultDrafts.Rule(ruleId, channels), t => rule.Draft(t.Channel, t.Body, t.Subject, t.TalkingPoints));

    private static Playbook DefaultPlaybookRebuilt()
    {
        ActionSpec emailElseLinkedIn(ActionKind kind) => new(kind, Channel.Email, new ActionSpec(kind, Channel.LinkedIn));
        Condition stillSearching = Condition.Not(Condition.EmployedElsewhere);
        Condition afterRejection = Condition.StatusIs(ApplicationStatus.Rejected, ApplicationStatus.Closed);

        return PlaybookBuilder.Create("default", "FollowUpRules default playbook", version: 1)
            .AddStopRule(
                "respect-no-contact",
                "Respect a \"no\" and a request not to be contacted",
                new Audience(AudienceKind.Contacts),
                CommonPractice,
                Condition.AnyOf(Condition.DoNotContact, Condition.ReplyReceived(ReplyOutcome.No)))
            .AddRule("status-follow-up", "Follow up politely on the application's status", rule => rule
                .After(Anchor.ApplicationSubmitted)
                .Due(StepOffset.FromWeeks(1))
                .Window(Period.FromDays(2), Period.FromDays(3))
                .Repeat(StepOffset.FromWeeks(1), maxCount: 2)
                .Adjust(DateAdjustment.Following)
                .For(Audience.FirstOf(ContactRole.Recruiter, ContactRole.HiringManager))
                .Do(emailElseLinkedIn(ActionKind.SendStatusFollowUp))
                .When(Condition.StatusIs(ApplicationStatus.Applied, ApplicationStatus.Interviewing))
                .StopWhen(Condition.ReplyReceived(scope: ConditionScope.Anyone), Condition.TouchpointRecorded(TouchpointKind.Interview, ConditionScope.Anyone))
                .StopWhen(Condition.EmployedElsewhere)
                .WithPriority(60)
                .From(CommonPractice))
            .AddRule("interview-thank-you", "Thank each interviewer by email", rule => rule
                .After(Anchor.InterviewHeld)
                .Due(StepOffset.FromBusinessDays(1))
                .Window(early: null, late: Period.FromDays(3))
                .For(Audience.EachInterviewer)
                .Do(ActionKind.SendThankYouEmail, Channel.Email, new ActionSpec(ActionKind.SendThankYouEmail, Channel.LinkedIn))
                .IfLate(LatePolicy.Expire)
                .WithPriority(70)
                .From(CommonPractice))
            .AddRule("silent-rejection", "Treat a long silence after the last interview as a rejection", rule => rule
                .After(Anchor.LastInterview)
                .Due(StepOffset.FromDays(30))
                .Window(early: Period.Zero)
                .For(Audience.Seeker)
                .Do(ActionKind.TreatAsRejected, Channel.None)
                .When(Condition.Not(Condition.StatusIs(ApplicationStatus.Offer, ApplicationStatus.Hired, ApplicationStatus.Withdrawn, ApplicationStatus.Closed)))
                .WithPriority(55)
                .From(AngelaCopeland + ": sometimes the company never tells you at all"))
            .AddRule("journal-notes", "Write journal notes about the interviews while memory is fresh", rule => rule
                .After(Anchor.RejectionReceived)
                .Due(StepOffset.Zero)
                .Window(late: Period.FromDays(1))
                .For(Audience.Seeker)
                .Do(ActionKind.WriteJournalNotes, Channel.None)
                .When(Condition.TouchpointRecorded(TouchpointKind.Interview, ConditionScope.Anyone))
                .WithPriority(60)
                .From(LizRyan + ", step 5"))
            .AddRule("rejection-thank-you-note", "Send each interviewer a handwritten thank-you note", rule => rule
                .After(Anchor.RejectionReceived)
                .Due(StepOffset.FromDays(3))
                .Window(late: Period.FromDays(4))
                .Adjust(DateAdjustment.Following)
                .For(Audience.EachInterviewer)
                .Do(ActionKind.SendThankYouNote, Channel.Postal, emailElseLinkedIn(ActionKind.SendThankYouEmail))
                .IfLate(LatePolicy.TurnIntoAction(emailElseLinkedIn(ActionKind.SendThankYouEmail)))
                .WithPriority(70)
                .From(LizRyan + ", step 1")
                .Also(rule => OwnDrafts(rule, "rejection-thank-you-note", Channel.Postal, Channel.Email, Channel.LinkedIn)))
            .AddRule("congratulate-and-connect", "Congratulate each interviewer on the hire and ask to connect on LinkedIn", rule => rule
                .After(Anchor.AfterRule("rejection-thank-you-note"))
                .Due(StepOffset.FromWeeks(1))
                .Window(late: Period.FromWeeks(1))
                .Adjust(DateAdjustment.Following)
                .For(Audience.EachInterviewer)
                .Do(emailElseLinkedIn(ActionKind.SendCongratulations))
                .WithPriority(60)
                .From(LizRyan + ", step 2"))
            .AddRule("send-linkedin-invitation", "Send the LinkedIn invitation they agreed to", rule => rule
                .After(Anchor.ReplyReceived(ReplyOutcome.Yes))
                .Due(StepOffset.FromBusinessDays(1))
                .Window(late: Period.FromDays(3))
                .For(new Audience(AudienceKind.Contacts))
                .Do(ActionKind.SendLinkedInInvitation, Channel.LinkedIn)
                .When(Condition.TouchpointRecorded(TouchpointKind.Congratulations))
                .When(Condition.Not(Condition.LinkedInStateIs(LinkedInConnection.Pending, LinkedInConnection.Connected)))
                .WithPriority(65)
                .From(LizRyan + ", step 2"))
            .AddRule("follow-company-social", "Follow the company on its social accounts", rule => rule
                .After(Anchor.RejectionReceived)
                .Due(StepOffset.FromWeeks(1))
                .For(Audience.Company)
                .Do(ActionKind.FollowOnSocial, Channel.Social)
                .When(Condition.Not(Condition.TouchpointRecorded(TouchpointKind.SocialFollow, ConditionScope.Anyone)))
                .WithPriority(30)
                .From(LizRyan + ", step 3"))
            .AddRule("check-back-on-company", "Check back on the company for new openings and news", rule => rule
                .After(Anchor.RejectionReceived)
                .Due(StepOffset.FromMonths(3))
                .Window(Period.FromWeeks(2), Period.FromWeeks(2))
                .Repeat(StepOffset.FromMonths(3), maxCount: 2)
                .For(Audience.Company)
                .Do(ActionKind.CheckOnCompany, Channel.Web)
                .WithPriority(40)
                .From(LizRyan + ", step 4"))
            .AddRule("check-back-hiring-paused", "Check back sooner: hiring was only paused", rule => rule
                .After(Anchor.RejectionReceived)
                .Due(StepOffset.FromWeeks(6))
                .Window(Period.FromWeeks(1), Period.FromWeeks(2))
                .For(Audience.Company)
                .Do(ActionKind.CheckOnCompany, Channel.Web)
                .When(Condition.RejectionReasonIs(RejectionReason.HiringPaused))
                .WithPriority(45)
                .From(AngelaCopeland + ": hiring put on hold is a common reason that has nothing to do with you")
                .Also(rule => OwnDrafts(rule, "check-back-hiring-paused", Channel.Web)))
            .AddRule("nurture-hiring-manager", "Check in with the hiring manager", rule => rule
                .After(Anchor.RejectionReceived)
                .Due(StepOffset.FromMonths(3))
                .Window(Period.FromWeeks(2), Period.FromMonths(1))
                .Repeat(StepOffset.FromMonths(3), @for: Period.FromYears(3), restartOnInteraction: true, backOffFactor: 2, maxUnanswered: 3)
                .Adjust(DateAdjustment.Following)
                .For(Audience.Each(ContactRole.HiringManager))
                .Do(emailElseLinkedIn(ActionKind.SendCheckIn))
                .When(afterRejection, stillSearching)
                .WithPriority(50)
                .From(AngelaCopeland + ": reach out to the hiring manager again later"))
            .AddRule("coffee-with-team-member", "Meet someone from the team for coffee", rule => rule
                .After(Anchor.RejectionReceived)
                .Due(StepOffset.FromMonths(4))
                .Window(Period.FromMonths(1), Period.FromMonths(1))
                .Repeat(StepOffset.FromMonths(6), @for: Period.FromYears(3), restartOnInteraction: true)
                .Adjust(DateAdjustment.Following)
                .For(Audience.FirstOf(ContactRole.TeamMember))
                .Do(ActionKind.MeetForCoffee, Channel.InPerson)
                .When(afterRejection, stillSearching)
                .IfLate(LatePolicy.Expire)
                .WithPriority(40)
                .From(AngelaCopeland + ": meet someone from the team for coffee now and then"))
            .AddRule("reach-out-on-new-posting", "Reach out to the hiring manager about the new posting before applying", rule => rule
                .After(Anchor.PostingSpotted)
                .Due(StepOffset.FromBusinessDays(2))
                .Window(late: Period.FromDays(2))
                .For(Audience.FirstOf(ContactRole.HiringManager, ContactRole.Recruiter))
                .Do(emailElseLinkedIn(ActionKind.ReachOutAboutPosting))
                .When(Condition.StatusIs(ApplicationStatus.Rejected, ApplicationStatus.Withdrawn, ApplicationStatus.Closed))
                .IfLate(LatePolicy.Expire)
                .WithPriority(80)
                .From(AngelaCopeland + ": keep an eye on new openings at the company"))
            .AddRule("coffee-with-team-member-employed", "Meet someone from the team for coffee once in a while, now that you have a job", rule => rule
                .After(Anchor.RejectionReceived)
                .Due(StepOffset.FromMonths(6))
                .Window(Period.FromMonths(1), Period.FromMonths(1))
                .Repeat(StepOffset.FromMonths(12), @for: Period.FromYears(3), restartOnInteraction: true)
                .Adjust(DateAdjustment.Following)
                .For(Audience.FirstOf(ContactRole.TeamMember))
                .Do(ActionKind.MeetForCoffee, Channel.InPerson)
                .When(afterRejection)
                .When(Condition.EmployedElsewhere)
                .IfLate(LatePolicy.Expire)
                .WithPriority(35)
                .From(AngelaCopeland + ": it can take years; the network brings jobs to you")
                .Also(rule => OwnDrafts(rule, "coffee-with-team-member-employed", Channel.InPerson)))
            .AddRule("nurture-hiring-manager-employed", "Check in with the hiring manager now and then, now that you have a job", rule => rule
                .After(Anchor.RejectionReceived)
                .Due(StepOffset.FromMonths(6))
                .Window(Period.FromWeeks(2), Period.FromMonths(1))
                .Repeat(StepOffset.FromMonths(6), @for: Period.FromYears(3), restartOnInteraction: true, backOffFactor: 2, maxUnanswered: 3)
                .Adjust(DateAdjustment.Following)
                .For(Audience.Each(ContactRole.HiringManager))
                .Do(emailElseLinkedIn(ActionKind.SendCheckIn))
                .When(afterRejection, Condition.EmployedElsewhere)
                .WithPriority(45)
                .From(AngelaCopeland + ": it can take years; the network brings jobs to you")
                .Also(rule => OwnDrafts(rule, "nurture-hiring-manager-employed", Channel.Email, Channel.LinkedIn)))
            .Also(builder => Array.ForEach(DefaultDrafts.Playbook(), t => builder.WithDraft(t.Action!.Value, t.Channel, t.Body, t.Subject, t.TalkingPoints)))
            .Also(builder => Array.ForEach(DefaultTranslations.Of(DefaultPlaybook.Instance.Rules, DefaultDrafts.Playbook()), t => builder.WithTranslation(t)))
            .Build();
    }

    private static PlaybookBuilder Minimal() =>
        PlaybookBuilder.Create("mine", "Mine")
            .AddRule("journal", "Write it down", rule => rule
                .After(Anchor.RejectionReceived)
                .Due(StepOffset.Zero)
                .For(Audience.Seeker)
                .Do(ActionKind.WriteJournalNotes, Channel.None));

    private static string[] Errors(FollowUpValidationException exception) =>
        [.. exception.Errors.Select(e => $"{e.PropertyName}: {e.ErrorMessage}")];

    [Fact]
    public void Build_TheDefaultPlaybookRuleByRule_EqualsTheDefaultPlaybook()
    {
        Playbook rebuilt = DefaultPlaybookRebuilt();

        rebuilt.Rules.Count.ShouldBe(DefaultPlaybook.Instance.Rules.Count);
        for (int i = 0; i < rebuilt.Rules.Count; i++)
        {
            rebuilt.Rules[i].ShouldBe(DefaultPlaybook.Instance.Rules[i], $"rule {i} ({DefaultPlaybook.Instance.Rules[i].Id})");
        }

        (rebuilt == DefaultPlaybook.Instance).ShouldBeTrue();
    }

    [Fact]
    public void Create_WithoutOptionalCalls_UsesTheModelsDefaults()
    {
        Playbook playbook = Minimal().Build();

        playbook.ShouldBe(new Playbook("mine", "Mine", 1,
            [new Rule("journal", "Write it down", Anchor.RejectionReceived, new Timing(StepOffset.Zero), Audience.Seeker, new ActionSpec(ActionKind.WriteJournalNotes, Channel.None))]));
        playbook.WorkingWeek.ShouldBe(WorkingWeek.MondayToFriday);
        playbook.Rules[0].Late.ShouldBe(LatePolicy.KeepOpen);
        playbook.Rules[0].Priority.ShouldBe(Rule.DefaultPriority);
        playbook.Rules[0].Source.ShouldBeEmpty();
    }

    [Fact]
    public void WithIdNameVersionAndWorkingWeek_SetThePlaybooksFields()
    {
        WorkingWeek sundayToThursday = WorkingWeek.Of(IsoDayOfWeek.Sunday, IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday);

        Playbook playbook = Minimal().WithId("other").WithName("Other").WithVersion(3).WithWorkingWeek(sundayToThursday).Build();

        playbook.Id.ShouldBe("other");
        playbook.Name.ShouldBe("Other");
        playbook.Version.ShouldBe(3);
        playbook.WorkingWeek.ShouldBe(sundayToThursday);
    }

    [Fact]
    public void From_TheDefaultPlaybook_BuildsAnEqualCopy()
    {
        Playbook copy = PlaybookBuilder.From(DefaultPlaybook.Instance).Build();

        copy.ShouldBe(DefaultPlaybook.Instance);
    }

    [Fact]
    public void From_KeepsTheWorkingWeekOfThePlaybookItCopies()
    {
        WorkingWeek saturdayOff = WorkingWeek.Of(IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday, IsoDayOfWeek.Sunday);
        Playbook original = Minimal().WithWorkingWeek(saturdayOff).Build();

        PlaybookBuilder.From(original).WithVersion(2).Build().WorkingWeek.ShouldBe(saturdayOff);
    }

    [Fact]
    public void WithOutreachLimits_SetsThem_FromKeepsThem_AndBuildChecksTheirRanges()
    {
        var limits = new OutreachLimits(maxPerDay: 2, minSpacingPerPerson: Period.FromDays(5));

        Playbook gentle = PlaybookBuilder.From(DefaultPlaybook.Instance).WithOutreachLimits(limits).Build();

        gentle.OutreachLimits.ShouldBe(limits);
        PlaybookBuilder.From(gentle).Build().OutreachLimits.ShouldBe(limits);
        Minimal().Build().OutreachLimits.ShouldBe(OutreachLimits.Default);
        var error = Should.Throw<FollowUpValidationException>(() => Minimal().WithOutreachLimits(new OutreachLimits(0, 51, Period.FromDays(91))).Build());
        error.Errors.Select(e => e.PropertyName).ShouldBe(["OutreachLimits.MaxPerDay", "OutreachLimits.MaxPerCompanyPerWeek", "OutreachLimits.MinSpacingPerPerson"]);
    }

    [Fact]
    public void ReplaceRule_SilentRejectionDueIn45Days_ChangesOnlyThatRuleAndKeepsPositions()
    {
        Playbook changed = PlaybookBuilder.From(DefaultPlaybook.Instance)
            .ReplaceRule("silent-rejection", r => r.Due(StepOffset.FromDays(45)))
            .Build();

        Playbook original = DefaultPlaybook.Instance;
        changed.Rules.Select(r => r.Id).ShouldBe(original.Rules.Select(r => r.Id));
        for (int i = 0; i < original.Rules.Count; i++)
        {
            if (original.Rules[i].Id != "silent-rejection")
            {
                changed.Rules[i].ShouldBe(original.Rules[i]);
            }
        }

        Rule before = original.FindRule("silent-rejection")!;
        Rule after = changed.FindRule("silent-rejection")!;
        after.Timing.ShouldBe(new Timing(StepOffset.FromDays(45), before.Timing!.Window, before.Timing.Repeat));
        new Rule(after.Id, after.Title, after.Anchor, before.Timing, after.Audience, after.Action, after.Conditions, after.StopWhen, after.Late, after.Priority, after.Source)
            .ShouldBe(before);
        (changed.Id, changed.Name, changed.Version, changed.WorkingWeek).ShouldBe((original.Id, original.Name, original.Version, original.WorkingWeek));
    }

    [Fact]
    public void ReplaceRule_WhenAndStopWhen_AddToTheExistingConditions()
    {
        Playbook changed = PlaybookBuilder.From(DefaultPlaybook.Instance)
            .ReplaceRule("status-follow-up", r => r.When(Condition.HasChannel(Channel.Email)).StopWhen(Condition.DoNotContact).WithPriority(90))
            .Build();

        Rule before = DefaultPlaybook.Instance.FindRule("status-follow-up")!;
        Rule after = changed.FindRule("status-follow-up")!;
        after.Conditions.ShouldBe([.. before.Conditions, Condition.HasChannel(Channel.Email)]);
        after.StopWhen.ShouldBe([.. before.StopWhen, Condition.DoNotContact]);
        after.Priority.ShouldBe(90);
        after.Timing.ShouldBe(before.Timing);
    }

    [Fact]
    public void ReplaceRule_AStopRule_KeepsItAStopRule()
    {
        Playbook changed = PlaybookBuilder.From(DefaultPlaybook.Instance)
            .ReplaceRule("respect-no-contact", r => r.When(Condition.Not(Condition.LinkedInConnected)))
            .Build();

        Rule rule = changed.Rules[0];
        rule.IsStopRule.ShouldBeTrue();
        rule.Anchor.ShouldBeNull();
        rule.Timing.ShouldBeNull();
        rule.Conditions.Count.ShouldBe(2);
    }

    [Fact]
    public void RemoveRule_AnExistingRule_RemovesOnlyThatRule()
    {
        Playbook changed = PlaybookBuilder.From(DefaultPlaybook.Instance).RemoveRule("follow-company-social").Build();

        changed.Rules.ShouldBe(DefaultPlaybook.Instance.Rules.Where(r => r.Id != "follow-company-social"));
        changed.Rules.Count.ShouldBe(15);
    }

    [Fact]
    public void RemoveRule_ARuleAnotherWaitsOn_IsReportedByBuild()
    {
        PlaybookBuilder builder = PlaybookBuilder.From(DefaultPlaybook.Instance).RemoveRule("rejection-thank-you-note");

        var exception = Should.Throw<FollowUpValidationException>(() => builder.Build());

        Errors(exception).ShouldBe(["Rules[5].Anchor.RuleId: The rule waits on 'rejection-thank-you-note', but the playbook has no rule with that id."]);
    }

    [Fact]
    public void ReplaceRuleAndRemoveRule_UnknownId_ThrowArgumentExceptionNamingTheKnownIds()
    {
        PlaybookBuilder builder = Minimal().AddRule("other", "Other", r => r.After(Anchor.RejectionReceived));

        var replace = Should.Throw<ArgumentException>(() => builder.ReplaceRule("jornal", r => r.WithPriority(1)));
        replace.ParamName.ShouldBe("id");
        replace.Message.ShouldBe("The playbook has no rule with the id 'jornal'; its rules are journal, other. (Parameter 'id')");

        var remove = Should.Throw<ArgumentException>(() => builder.RemoveRule("Journal"));
        remove.Message.ShouldBe("The playbook has no rule with the id 'Journal'; its rules are journal, other. (Parameter 'id')");

        Should.Throw<ArgumentException>(() => PlaybookBuilder.Create("empty", "Empty").RemoveRule("journal"))
            .Message.ShouldBe("The playbook has no rule with the id 'journal'; it has no rules. (Parameter 'id')");
    }

    [Fact]
    public void ReplaceRule_ConfigureThrows_LeavesTheRuleAsItWas()
    {
        PlaybookBuilder builder = PlaybookBuilder.From(DefaultPlaybook.Instance);

        Should.Throw<ArgumentNullException>(() => builder.ReplaceRule("silent-rejection", r => r.Due(StepOffset.FromDays(45)).After(null!)));

        builder.Build().ShouldBe(DefaultPlaybook.Instance);
    }

    [Fact]
    public void Arguments_Null_ThrowArgumentNullExceptionNamingTheParameter()
    {
        PlaybookBuilder builder = Minimal();

        Should.Throw<ArgumentNullException>(() => PlaybookBuilder.Create(null!, "name")).ParamName.ShouldBe("id");
        Should.Throw<ArgumentNullException>(() => PlaybookBuilder.Create("id", null!)).ParamName.ShouldBe("name");
        Should.Throw<ArgumentNullException>(() => PlaybookBuilder.From(null!)).ParamName.ShouldBe("existing");
        Should.Throw<ArgumentNullException>(() => builder.WithId(null!)).ParamName.ShouldBe("id");
        Should.Throw<ArgumentNullException>(() => builder.WithName(null!)).ParamName.ShouldBe("name");
        Should.Throw<ArgumentNullException>(() => builder.WithWorkingWeek(null!)).ParamName.ShouldBe("workingWeek");
        Should.Throw<ArgumentNullException>(() => builder.AddRule(null!, "title", r => { })).ParamName.ShouldBe("id");
        Should.Throw<ArgumentNullException>(() => builder.AddRule("id", null!, r => { })).ParamName.ShouldBe("title");
        Should.Throw<ArgumentNullException>(() => builder.AddRule("id", "title", null!)).ParamName.ShouldBe("configure");
        Should.Throw<ArgumentNullException>(() => builder.AddStopRule("id", "title", null!, Condition.DoNotContact)).ParamName.ShouldBe("audience");
        Should.Throw<ArgumentNullException>(() => builder.AddStopRule("id", "title", Audience.EachInterviewer, (string)null!, Condition.DoNotContact)).ParamName.ShouldBe("source");
        Should.Throw<ArgumentNullException>(() => builder.AddStopRule("id", "title", Audience.EachInterviewer, (Condition[])null!)).ParamName.ShouldBe("conditions");
        Should.Throw<ArgumentNullException>(() => builder.ReplaceRule(null!, r => { })).ParamName.ShouldBe("id");
        Should.Throw<ArgumentNullException>(() => builder.ReplaceRule("journal", null!)).ParamName.ShouldBe("configure");
        Should.Throw<ArgumentNullException>(() => builder.RemoveRule(null!)).ParamName.ShouldBe("id");

        builder.AddRule("r", "R", r =>
        {
            Should.Throw<ArgumentNullException>(() => r.After(null!)).ParamName.ShouldBe("anchor");
            Should.Throw<ArgumentNullException>(() => r.For(null!)).ParamName.ShouldBe("audience");
            Should.Throw<ArgumentNullException>(() => r.Do(null!)).ParamName.ShouldBe("action");
            Should.Throw<ArgumentNullException>(() => r.When((Condition)null!)).ParamName.ShouldBe("condition");
            Should.Throw<ArgumentNullException>(() => r.When((Condition[])null!)).ParamName.ShouldBe("conditions");
            Should.Throw<ArgumentNullException>(() => r.StopWhen((Condition)null!)).ParamName.ShouldBe("condition");
            Should.Throw<ArgumentNullException>(() => r.StopWhen((Condition[])null!)).ParamName.ShouldBe("conditions");
            Should.Throw<ArgumentNullException>(() => r.IfLate(null!)).ParamName.ShouldBe("policy");
            Should.Throw<ArgumentNullException>(() => r.From(null!)).ParamName.ShouldBe("source");
        });
    }

    [Fact]
    public void When_ANullAmongTheConditions_ThrowsArgumentException()
    {
        Should.Throw<ArgumentException>(() => Minimal().AddRule("r", "R", r => r.When(Condition.EmployedElsewhere, null!)))
            .Message.ShouldBe("The conditions must not hold null; the one at index 1 is null. (Parameter 'conditions')");
        Should.Throw<ArgumentException>(() => Minimal().AddStopRule("r", "R", Audience.EachInterviewer, Condition.DoNotContact, null!))
            .ParamName.ShouldBe("conditions");
    }

    [Fact]
    public void Build_AnInvalidPlaybook_ListsEveryProblemInOneException()
    {
        PlaybookBuilder builder = PlaybookBuilder.Create("broken", "Broken", version: 0)
            .AddRule("no-timing", "Missing its timing", r => r
                .After(Anchor.ApplicationSubmitted)
                .For(Audience.Seeker)
                .Do(ActionKind.WriteJournalNotes, Channel.None)
                .WithPriority(101))
            .AddRule("too-far", "Too far off", r => r
                .After(Anchor.RejectionReceived)
                .Due(StepOffset.FromPeriod(Period.FromYears(51)))
                .Repeat(StepOffset.FromMonths(1))
                .For(Audience.Company)
                .Do(ActionKind.CheckOnCompany, Channel.Web))
            .AddStopRule("stop", "Stops nothing", Audience.EachInterviewer);

        var exception = Should.Throw<FollowUpValidationException>(() => builder.Build());

        exception.Message.ShouldBe(string.Join(NewLine,
            "Playbook 'broken' is invalid:",
            " - Version: The playbook's version must be 1 or more; it is 0.",
            " - Rules[0].Priority: The priority must be between 0 and 100; it is 101.",
            " - Rules[0].Timing: The rule needs a timing: when its step falls due after the anchor.",
            " - Rules[1].Timing.Offset: 'P51Y' is too long; at most 50 years, 600 months, 2600 weeks or 18300 days.",
            " - Rules[1].Timing.Repeat: A repeating step needs a bound: set MaxCount, For, or both, so that it cannot recur forever.",
            " - Rules[2].Conditions: A stop rule needs at least one condition; without one it would block everybody."));
    }

    [Fact]
    public void Build_RulesMissingTheirAudienceOrAction_ReportsThemWithTheValidatorsErrors()
    {
        PlaybookBuilder builder = PlaybookBuilder.Create("gaps", "Gaps")
            .AddRule("no-audience", "For nobody", r => r
                .After(Anchor.InterviewHeld)
                .Due(StepOffset.FromBusinessDays(1))
                .Do(ActionKind.SendThankYouEmail, Channel.Email)
                .When(Condition.HasChannel(Channel.Email)))
            .AddRule("no-action", "Does nothing", r => r
                .After(Anchor.ApplicationSubmitted)
                .Due(StepOffset.FromWeeks(1))
                .For(Audience.Company))
            .AddRule("", "Empty", r => { })
            .AddRule("waits", "Waits on the one with no audience", r => r
                .After(Anchor.AfterRule("no-audience"))
                .Due(StepOffset.FromWeeks(1))
                .For(Audience.EachInterviewer)
                .Do(ActionKind.SendCongratulations, Channel.Email));

        var exception = Should.Throw<FollowUpValidationException>(() => builder.Build());

        Errors(exception).ShouldBe(
        [
            "Rules[0].Audience: The rule needs an audience: who the step is for.",
            "Rules[1].Action: The rule needs an action: what to do, and by which channel.",
            "Rules[2].Audience: The rule needs an audience: who the step is for.",
            "Rules[2].Action: The rule needs an action: what to do, and by which channel.",
            "Rules[2].Id: Every rule needs an id.",
            "Rules[2].Anchor: The rule needs an anchor: the event its timing counts from.",
            "Rules[2].Timing: The rule needs a timing: when its step falls due after the anchor.",
        ]);
        exception.Message.ShouldStartWith($"Playbook 'gaps' is invalid:{NewLine} - Rules[0].Audience: The rule needs an audience: who the step is for.{NewLine}");
    }

    [Fact]
    public void Build_ACorrectedBuilderAfterAFailedBuild_Succeeds()
    {
        PlaybookBuilder builder = Minimal().WithVersion(0);
        Should.Throw<FollowUpValidationException>(() => builder.Build());

        builder.WithVersion(2).Build().Version.ShouldBe(2);
    }

    [Fact]
    public void Build_UnknownCustomCondition_IsInvalidUnlessItsNameIsGiven()
    {
        PlaybookBuilder Builder() => Minimal().ReplaceRule("journal", r => r.When(new CustomCondition("is-weekday")));

        Errors(Should.Throw<FollowUpValidationException>(() => Builder().Build()))
            .ShouldBe(["Rules[0].Conditions[0].Name: No custom condition is registered under the name 'is-weekday' (none is registered)."]);
        Builder().Build(["is-weekday"]).Rules[0].Conditions.ShouldBe([new CustomCondition("is-weekday")]);
    }

    [Fact]
    public void Build_Twice_ThrowsInvalidOperationException()
    {
        PlaybookBuilder builder = Minimal();
        builder.Build();

        Should.Throw<InvalidOperationException>(() => builder.Build())
            .Message.ShouldBe("This builder has already built its playbook; create a new builder.");
        Should.Throw<InvalidOperationException>(() => builder.AddRule("late", "Too late", r => { }));
        Should.Throw<InvalidOperationException>(() => builder.RemoveRule("journal"));
    }
}

/// <summary>Runs an action on a builder inside a chain of calls.</summary>
file static class ChainExtensions
{
    public static T Also<T>(this T builder, Action<T> action)
    {
        action(builder);
        return builder;
    }
}
