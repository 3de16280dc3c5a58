using FollowUpRules.Domain;
using FollowUpRules.Engine;
using FollowUpRules.Rules;
using FollowUpRules.Validation;
using NodaTime;
using FollowUpRules.Tests.Support;

namespace FollowUpRules.Tests.Validation;

public partial class EvaluationInputValidatorTest
{
    private static readonly LocalDate Today = new(2026, 11, 23);
    private static readonly Seeker Seeker = new(DateTimeZoneProviders.Tzdb["Europe/Berlin"]);

    private static Application App(ApplicationStatus status = ApplicationStatus.Interviewing, RejectionReason? reason = null) =>
        new("app-1", "acme", "Acme", "Analyst", status, new LocalDate(2026, 10, 1), reason);

    private static Contact Ana(string companyId = "acme", string? zone = "Europe/Berlin", string? email = "ana@acme.example") =>
        new("ana", companyId, "Ana Ruiz", [ContactRole.HiringManager], email: email, timeZoneId: zone);

    private static string[] Errors(EvaluationInput input) =>
        [.. new EvaluationInputValidator(Today, DefaultPlaybook.Instance).Validate(input).Errors.Select(e => $"{e.PropertyName}: {e.ErrorMessage}")];

    [Fact]
    public void Validate_ValidInput_NoErrors()
    {
        var input = new EvaluationInput(App(), [Ana()], [new Touchpoint("t1", TouchpointKind.Interview, new LocalDate(2026, 11, 2), ["ana"])], Seeker);

        Errors(input).ShouldBeEmpty();
    }

    [Fact]
    public void Validate_EveryProblemAtOnce_EachWithItsPath()
    {
        var input = new EvaluationInput(
            App(),
            [Ana(companyId: "globex", zone: "Mars/Olympus", email: "not-an-address"), Ana()],
            [
                new Touchpoint("t1", TouchpointKind.Interview, new LocalDate(2026, 9, 30)),
                new Touchpoint("t2", TouchpointKind.ThankYouEmail, new LocalDate(2026, 11, 24), ["bob"]),
                new Touchpoint("t2", TouchpointKind.Reply, new LocalDate(2026, 11, 3), ["ana"]),
                new Touchpoint("t4", TouchpointKind.Snooze, new LocalDate(2026, 11, 3), ruleId: "no-such-rule", snoozeUntil: new LocalDate(2026, 11, 1), title: "Analyst"),
            ],
            Seeker);

        Errors(input).ShouldBe(
        [
            "Contacts[0].CompanyId: Ana Ruiz works at 'globex', not at the application's company 'acme'; pass only contacts at the application's company.",
            "Contacts[0].Email: 'not-an-address' is not an email address.",
            "Contacts[0].TimeZoneId: 'Mars/Olympus' is not a time zone id; use an IANA id such as 'Europe/Berlin' or 'America/New_York'.",
            "Contacts[1].Id: The contact id 'ana' is already used by Contacts[0]; every contact needs its own id.",
            "Touchpoints[0].Date: The Interview 't1' is dated 2026-09-30, before the application date 2026-10-01.",
            "Touchpoints[0].ContactIds: The Interview 't1' names no interviewer; add the contact id of each person who interviewed you.",
            "Touchpoints[1].Date: The ThankYouEmail 't2' (2026-11-24) is after today (2026-11-23); record things once they have happened.",
            "Touchpoints[1].ContactIds[0]: The ThankYouEmail 't2' names the contact 'bob', who is not among the contacts given.",
            "Touchpoints[2].Outcome: The Reply 't2' needs an outcome: Yes, No or Neutral.",
            "Touchpoints[3].RuleId: The Snooze 't4' names the rule 'no-such-rule', which is not in the playbook 'default'.",
            "Touchpoints[3].SnoozeUntil: The Snooze 't4' snoozes until 2026-11-01, which is not after the day it was made (2026-11-03).",
            "Touchpoints[3].Title: Only a PostingSpotted has a title (the posting's); The Snooze 't4' is not a posting.",
            "Touchpoints[2].Id: The touchpoint id 't2' is already used by Touchpoints[1]; every touchpoint needs its own id.",
        ],
        ignoreOrder: true);
    }

    [Fact]
    public void Validate_RelationshipTouchBeforeTheApplication_IsValid_ButNotAnApplicationTouch()
    {
        // The application is dated Thu 2026-10-01; Ana said no on Tue 2026-09-01 and had coffee with the seeker on Thu 2026-09-10.
        var input = new EvaluationInput(
            App(),
            [Ana()],
            [
                new Touchpoint("no", TouchpointKind.Reply, new LocalDate(2026, 9, 1), ["ana"], outcome: ReplyOutcome.No),
                new Touchpoint("coffee", TouchpointKind.Coffee, new LocalDate(2026, 9, 10), ["ana"]),
                new Touchpoint("notes", TouchpointKind.JournalEntry, new LocalDate(2026, 9, 10)),
                new Touchpoint("check", TouchpointKind.CompanyCheck, new LocalDate(2026, 9, 10)),
            ],
            Seeker);

        Errors(input).ShouldBe(
        [
            "Touchpoints[2].Date: The JournalEntry 'notes' is dated 2026-09-10, before the application date 2026-10-01.",
            "Touchpoints[3].Date: The CompanyCheck 'check' is dated 2026-09-10, before the application date 2026-10-01.",
        ]);
    }

    [Fact]
    public void Validate_OneValidatorForEveryDay_TakesTodayPerCall()
    {
        var validator = new EvaluationInputValidator(today: null, DefaultPlaybook.Instance);
        var input = new EvaluationInput(App(), [Ana()], [new Touchpoint("t1", TouchpointKind.Interview, new LocalDate(2026, 11, 20), ["ana"])], Seeker);

        validator.Validate(input, new LocalDate(2026, 11, 20)).Errors.ShouldBeEmpty();
        validator.Validate(input, new LocalDate(2026, 11, 19)).Errors.Select(e => $"{e.PropertyName}: {e.ErrorMessage}").ShouldBe(
            ["Touchpoints[0].Date: The Interview 't1' (2026-11-20) is after today (2026-11-19); record things once they have happened."]);
        validator.Validate(input).Errors.ShouldBeEmpty(); // no date at all: the "after today" check is skipped
    }

    [Fact]
    public void Evaluate_TouchpointAfterToday_IsRefusedEvenWithACachedValidator()
    {
        var engine = new FollowUpEngine(DefaultPlaybook.Instance, Clocks.AtNoon(Today, Seeker.Zone));
        var input = new EvaluationInput(App(), [Ana()], [new Touchpoint("t1", TouchpointKind.Interview, new LocalDate(2026, 11, 20), ["ana"])], Seeker);

        engine.Evaluate(input, new LocalDate(2026, 11, 20)).ShouldNotBeNull();
        Should.Throw<FollowUpValidationException>(() => engine.Evaluate(input, new LocalDate(2026, 11, 19)));
    }

    [Fact]
    public void Validate_RejectedWithoutARejectionTouchpoint_SaysHowToFixIt()
    {
        Errors(new EvaluationInput(App(ApplicationStatus.Rejected), [], [], Seeker)).ShouldBe(
            ["Application.Status: The application is Rejected, but no Rejection touchpoint dates the rejection; add one with the date it arrived."]);
    }

    [Fact]
    public void Validate_RejectionTouchpointWhileInterviewing_AndAReasonWithoutRejection()
    {
        var input = new EvaluationInput(App(ApplicationStatus.Interviewing, RejectionReason.HiringPaused), [], [new Touchpoint("r", TouchpointKind.Rejection, new LocalDate(2026, 11, 2))], Seeker);

        Errors(input).ShouldBe(
        [
            "Application.RejectionReason: A rejection reason (HiringPaused) is set, but the application's status is Interviewing; set the status to Rejected or remove the reason.",
            "Application.Status: Touchpoints[0] records a rejection, but the application's status is Interviewing; set the status to Rejected.",
        ],
        ignoreOrder: true);
    }

    [Fact]
    public void Validate_UndefinedEnumValues_AreNamed()
    {
        var input = new EvaluationInput(
            new Application("app-1", "acme", "Acme", "Analyst", (ApplicationStatus)42, new LocalDate(2026, 10, 1)),
            [new Contact("ana", "acme", "Ana", [(ContactRole)9])],
            [new Touchpoint("t1", (TouchpointKind)77, new LocalDate(2026, 10, 2))],
            Seeker);

        Errors(input).ShouldBe(
        [
            "Application.Status: '42' is not an application status.",
            "Contacts[0].Roles[0]: '9' is not a contact role; use HiringManager, Recruiter, TeamMember or Referrer.",
            "Touchpoints[0].Kind: '77' is not a touchpoint kind.",
        ],
        ignoreOrder: true);
    }

    [Fact]
    public void Validate_DatesOutsideTheSupportedRange_AreRejected()
    {
        var input = new EvaluationInput(new Application("app-1", "acme", "Acme", "Analyst", ApplicationStatus.Applied, new LocalDate(1850, 1, 1)), [], [], Seeker);

        Errors(input).ShouldBe(["Application.AppliedOn: The application date (1850-01-01) is outside the supported range 1900-01-01 to 2999-12-31."]);
    }

    [Fact]
    public void Evaluate_InvalidInput_ThrowsWithEveryError_NeverReturnsADate()
    {
        var engine = new FollowUpEngine(DefaultPlaybook.Instance, Clocks.AtNoon(Today, Seeker.Zone));
        var input = new EvaluationInput(App(), [], [new Touchpoint("t1", TouchpointKind.Interview, new LocalDate(2026, 11, 2), ["ghost"])], Seeker);

        FollowUpValidationException error = Should.Throw<FollowUpValidationException>(() => engine.Evaluate(input));

        error.Message.ShouldBe(
            "The input for application 'app-1' is invalid:" + Environment.NewLine +
            " - Touchpoints[0].ContactIds[0]: The Interview 't1' names the contact 'ghost', who is not among the contacts given.");
        error.Errors.Count().ShouldBe(1);
    }
}
