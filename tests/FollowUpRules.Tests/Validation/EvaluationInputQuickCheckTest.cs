using FollowUpRules.Domain;
using FollowUpRules.Rules;
using FollowUpRules.Testing;
using FollowUpRules.Tests.Support;
using FollowUpRules.Validation;
using NodaTime;

namespace FollowUpRules.Tests.Validation;

// The engine runs the checks of EvaluationInputChecks in their quick mode on every evaluation and the validator (the same
// checks, reporting) only when the quick mode finds a problem; these properties check that the two modes agree: on every
// generated valid case and on faults derived from it, the quick check passes exactly when the validator finds nothing.
public class EvaluationInputQuickCheckTest
{
    private static readonly EvaluationInputValidator Validator = new(today: null, DefaultPlaybook.Instance);

    // Each derives a variant of a valid case with one kind of fault (or, where the case has nothing to break, returns it
    // as it is; the agreement is checked either way).
    private static readonly (string Name, Func<FollowUpCase, (EvaluationInput Input, LocalDate Today)> Make)[] Faults =
    [
        ("today before the application", c => (c.Input, c.Input.Application.AppliedOn.PlusDays(-1))),
        ("touchpoint after today", c => (WithTouchpoints(c, [.. c.Input.Touchpoints, new Touchpoint("late", TouchpointKind.JournalEntry, c.Today.PlusDays(1))]), c.Today)),
        ("touchpoint before the application", c => (WithTouchpoints(c, [.. c.Input.Touchpoints, new Touchpoint("early", TouchpointKind.JournalEntry, c.Input.Application.AppliedOn.PlusDays(-1))]), c.Today)),
        ("touchpoint outside the supported range", c => (WithTouchpoints(c, [.. c.Input.Touchpoints, new Touchpoint("far", TouchpointKind.JournalEntry, new LocalDate(3000, 1, 1))]), new LocalDate(3000, 1, 2))),
        ("duplicate touchpoint id", c => (WithTouchpoints(c, [.. c.Input.Touchpoints, .. c.Input.Touchpoints.Take(1)]), c.Today)),
        ("blank touchpoint id", c => (WithTouchpoints(c, [.. c.Input.Touchpoints, new Touchpoint(" ", TouchpointKind.JournalEntry, c.Today)]), c.Today)),
        ("undefined touchpoint kind", c => (WithTouchpoints(c, [.. c.Input.Touchpoints, new Touchpoint("odd", (TouchpointKind)999, c.Today)]), c.Today)),
        ("unknown contact on a touchpoint", c => (WithTouchpoints(c, [.. c.Input.Touchpoints, new Touchpoint("call", TouchpointKind.Call, c.Today, ["nobody"])]), c.Today)),
        ("a contact named twice", c => (WithTouchpoints(c, [.. c.Input.Touchpoints, .. c.Input.Contacts.Take(1).Select(p => new Touchpoint("call", TouchpointKind.Call, c.Today, [p.Id, p.Id]))]), c.Today)),
        ("interaction without a contact", c => (WithTouchpoints(c, [.. c.Input.Touchpoints, new Touchpoint("call", TouchpointKind.Call, c.Today)]), c.Today)),
        ("other application", c => (WithTouchpoints(c, [.. c.Input.Touchpoints, new Touchpoint("other", TouchpointKind.JournalEntry, c.Today, applicationId: "app-2")]), c.Today)),
        ("reply without outcome", c => (WithTouchpoints(c, [.. c.Input.Touchpoints, .. c.Input.Contacts.Take(1).Select(p => new Touchpoint("reply", TouchpointKind.Reply, c.Today, [p.Id]))]), c.Today)),
        ("outcome on a non-reply", c => (WithTouchpoints(c, [.. c.Input.Touchpoints, new Touchpoint("journal", TouchpointKind.JournalEntry, c.Today, outcome: ReplyOutcome.Yes)]), c.Today)),
        ("rule on a non-snooze", c => (WithTouchpoints(c, [.. c.Input.Touchpoints, new Touchpoint("journal", TouchpointKind.JournalEntry, c.Today, ruleId: "journal-notes")]), c.Today)),
        ("dismissal of an unknown rule", c => (WithTouchpoints(c, [.. c.Input.Touchpoints, new Touchpoint("dismissal", TouchpointKind.Dismissal, c.Today, ruleId: "no-such-rule")]), c.Today)),
        ("snooze without a date", c => (WithTouchpoints(c, [.. c.Input.Touchpoints, new Touchpoint("snooze", TouchpointKind.Snooze, c.Today, ruleId: "journal-notes")]), c.Today)),
        ("snooze into the past", c => (WithTouchpoints(c, [.. c.Input.Touchpoints, new Touchpoint("snooze", TouchpointKind.Snooze, c.Today, ruleId: "journal-notes", snoozeUntil: c.Today)]), c.Today)),
        ("title on a non-posting", c => (WithTouchpoints(c, [.. c.Input.Touchpoints, new Touchpoint("journal", TouchpointKind.JournalEntry, c.Today, title: "Senior Analyst")]), c.Today)),
        ("snooze date on a non-snooze", c => (WithTouchpoints(c, [.. c.Input.Touchpoints, new Touchpoint("journal", TouchpointKind.JournalEntry, c.Today, snoozeUntil: c.Today.PlusDays(1))]), c.Today)),
        ("rejection while still applied", c => (WithApplication(c, ApplicationStatus.Applied, null, [.. c.Input.Touchpoints, new Touchpoint("no", TouchpointKind.Rejection, c.Today)]), c.Today)),
        ("rejected without a rejection", c => (WithApplication(c, ApplicationStatus.Rejected, null, [.. c.Input.Touchpoints.Where(t => t.Kind != TouchpointKind.Rejection)]), c.Today)),
        ("rejection reason while open", c => (WithApplication(c, ApplicationStatus.Interviewing, RejectionReason.HiringPaused, [.. c.Input.Touchpoints.Where(t => t.Kind != TouchpointKind.Rejection)]), c.Today)),
        ("employed after today", c => (new EvaluationInput(c.Input.Application, c.Input.Contacts, c.Input.Touchpoints, new Seeker(c.Input.Seeker.Zone, c.Today.PlusDays(1))), c.Today)),
        ("duplicate contact id", c => (WithContacts(c, [.. c.Input.Contacts, .. c.Input.Contacts.Take(1)]), c.Today)),
        ("blank contact name", c => (WithContacts(c, [.. c.Input.Contacts, new Contact("extra", FollowUpGenerators.CompanyId, "")]), c.Today)),
        ("contact at another company", c => (WithContacts(c, [.. c.Input.Contacts, new Contact("extra", "globex", "Gil")]), c.Today)),
        ("not an email address", c => (WithContacts(c, [.. c.Input.Contacts, new Contact("extra", FollowUpGenerators.CompanyId, "Gil", email: "gil@")]), c.Today)),
        ("unknown time zone", c => (WithContacts(c, [.. c.Input.Contacts, new Contact("extra", FollowUpGenerators.CompanyId, "Gil", timeZoneId: "Mars/Olympus")]), c.Today)),
        ("undefined role", c => (WithContacts(c, [.. c.Input.Contacts, new Contact("extra", FollowUpGenerators.CompanyId, "Gil", [(ContactRole)99])]), c.Today)),
        ("unknown holiday calendar", c => (WithContacts(c, [.. c.Input.Contacts, new Contact("extra", FollowUpGenerators.CompanyId, "Gil", holidayCalendarId: "uk")]), c.Today)),
        ("blank company name", c => (new EvaluationInput(new Application("app-1", FollowUpGenerators.CompanyId, " ", "Analyst", c.Input.Application.Status, c.Input.Application.AppliedOn, c.Input.Application.RejectionReason), c.Input.Contacts, c.Input.Touchpoints, c.Input.Seeker), c.Today)),
    ];

    [Fact]
    public void QuickCheck_PassesEveryGeneratedValidCase()
    {
        Properties.ForAllCases(c =>
        {
            Validator.Validate(c.Input, c.Today).IsValid.ShouldBeTrue();
            EvaluationInputQuickCheck.Passes(c.Input, c.Today, DefaultPlaybook.Instance).ShouldBeTrue();
        });
    }

    [Fact]
    public void QuickCheck_AgreesWithTheValidator_OnFaultsDerivedFromValidCases()
    {
        Properties.ForAllCases(c =>
        {
            foreach ((string name, Func<FollowUpCase, (EvaluationInput Input, LocalDate Today)> make) in Faults)
            {
                (EvaluationInput input, LocalDate today) = make(c);
                bool valid = Validator.Validate(input, today).IsValid;
                EvaluationInputQuickCheck.Passes(input, today, DefaultPlaybook.Instance).ShouldBe(valid, name);
            }
        });
    }

    [Fact]
    public void QuickCheck_RejectsEveryFault_ForACaseWithContactsAndTouchpoints()
    {
        // A fixed case where every fault applies, so that each one is seen to fail both checks at least once.
        var contact = new Contact("c1", FollowUpGenerators.CompanyId, "Ana", [ContactRole.HiringManager], email: "ana@acme.example");
        var application = new Application("app-1", FollowUpGenerators.CompanyId, "Acme", "Analyst", ApplicationStatus.Rejected, new LocalDate(2026, 10, 1));
        Touchpoint[] touchpoints = [new("t1", TouchpointKind.Interview, new LocalDate(2026, 10, 8), ["c1"]), new("rejection", TouchpointKind.Rejection, new LocalDate(2026, 10, 20))];
        var @case = new FollowUpCase(new EvaluationInput(application, [contact], touchpoints, new Seeker(DateTimeZoneProviders.Tzdb["Europe/London"])), new LocalDate(2026, 11, 23));
        EvaluationInputQuickCheck.Passes(@case.Input, @case.Today, DefaultPlaybook.Instance).ShouldBeTrue();

        foreach ((string name, Func<FollowUpCase, (EvaluationInput Input, LocalDate Today)> make) in Faults)
        {
            (EvaluationInput input, LocalDate today) = make(@case);
            Validator.Validate(input, today).IsValid.ShouldBeFalse(name);
            EvaluationInputQuickCheck.Passes(input, today, DefaultPlaybook.Instance).ShouldBeFalse(name);
        }
    }

    [Fact]
    public void QuickCheck_ManyTouchpoints_FindsADuplicateId_AndTheNextCheckOnTheThreadStartsClean()
    {
        // Above 32 touchpoints the ids go through a set the thread keeps between checks; a check that stops at a
        // duplicate must not leave ids behind for the next one.
        FollowUpRules.Benchmarks.Workload workload = FollowUpRules.Benchmarks.Workloads.Scaling(100);
        EvaluationInput valid = workload.Input;
        Touchpoint[] all = [.. valid.Touchpoints];
        var duplicate = new EvaluationInput(valid.Application, valid.Contacts, [.. all, all[^1]], valid.Seeker);

        EvaluationInputQuickCheck.Passes(valid, workload.Today, DefaultPlaybook.Instance).ShouldBeTrue();
        EvaluationInputQuickCheck.Passes(duplicate, workload.Today, DefaultPlaybook.Instance).ShouldBeFalse();
        EvaluationInputQuickCheck.Passes(valid, workload.Today, DefaultPlaybook.Instance).ShouldBeTrue();
        EvaluationInputQuickCheck.Passes(duplicate, workload.Today, DefaultPlaybook.Instance).ShouldBeFalse();
    }

    private static EvaluationInput WithTouchpoints(FollowUpCase c, Touchpoint[] touchpoints) =>
        new(c.Input.Application, c.Input.Contacts, touchpoints, c.Input.Seeker);

    private static EvaluationInput WithContacts(FollowUpCase c, Contact[] contacts) =>
        new(c.Input.Application, contacts, c.Input.Touchpoints, c.Input.Seeker);

    private static EvaluationInput WithApplication(FollowUpCase c, ApplicationStatus status, RejectionReason? reason, Touchpoint[] touchpoints)
    {
        Application a = c.Input.Application;
        return new EvaluationInput(new Application(a.Id, a.CompanyId, a.CompanyName, a.Role, status, a.AppliedOn, reason), c.Input.Contacts, touchpoints, c.Input.Seeker);
    }
}
